package diff

import (
	"errors"
	"fmt"
	"strings"

	"lexdiff/corpus"
)

// ErrDateOrder is wrapped by the error of a comparison whose from date is
// after its to date. It is bad input: errors.Is(ErrDateOrder,
// corpus.ErrInvalid) holds.
var ErrDateOrder error = invalidInput("the from date is after the to date")

type invalidInput string

func (e invalidInput) Error() string { return string(e) }

func (e invalidInput) Is(target error) bool { return target == corpus.ErrInvalid }

// A Report compares an act, or one unit of it (Unit), as in force on two
// dates. Changes lists every unit that is not unchanged, in document order;
// of a page of a Listing (Page.Make), those of the page: when it is not the
// whole, First is the place of its first change (from 1) among the Total
// of the comparison; Next names the unit whose change begins the next page
// ("" on the last one). A page that is the whole is what Dates gives.
//
// Unknown lists the top-level units compared whose wording on From the
// corpus does not know (corpus.Act.UnknownOn): they may well have been in
// force then, so they are not compared, rather than called added.
type Report struct {
	Act      string                  `json:"act"`
	Unit     string                  `json:"unit,omitempty"`
	Citation string                  `json:"citation,omitempty"`
	From     corpus.Date             `json:"from"`
	To       corpus.Date             `json:"to"`
	Changes  []Change                `json:"changes"`
	Unknown  []corpus.UnknownWording `json:"unknown,omitempty"`
	First    int                     `json:"first,omitempty"`
	Total    int                     `json:"total,omitempty"`
	Next     string                  `json:"next,omitempty"`
}

// Paged reports whether r is one page of a comparison of several.
func (r *Report) Paged() bool { return r.Total > 0 }

// Last is the place of the last change of a page (see First).
func (r *Report) Last() int { return r.First + len(r.Changes) - 1 }

// Dates compares act a as in force on from and on to: the whole act when
// unitID is "", else that unit and the units below it. A side on which a
// unit was not in force holds nothing, so the unit is added or removed.
// The error wraps ErrDateOrder when from is after to, corpus.ErrNotFound
// when no version of the act has the unit, and corpus.ErrNotInForce when
// nothing compared was in force on either date.
func Dates(a *corpus.Act, from, to corpus.Date, unitID string) (*Report, error) {
	return dates(a, from, to, unitID, true)
}

// Changes is Dates without the inline diffs, the cheap listing of the
// units that changed: every change's Ops is empty, and its kind, class,
// footnote changes and attribution are those Dates gives.
func Changes(a *corpus.Act, from, to corpus.Date, unitID string) (*Report, error) {
	return dates(a, from, to, unitID, false)
}

// dates is Dates, with the inline diffs when withOps is set.
func dates(a *corpus.Act, from, to corpus.Date, unitID string, withOps bool) (*Report, error) {
	r, cmp, err := newReport(a, from, to, unitID, withOps)
	if err != nil {
		return nil, err
	}
	r.Changes = cmp.compare()
	return r, nil
}

// newReport starts the report comparing a, or its unit unitID, from from
// to to, and the comparer that finds its changes.
func newReport(a *corpus.Act, from, to corpus.Date, unitID string, withOps bool) (*Report, *comparer, error) {
	if from > to {
		return nil, nil, fmt.Errorf("%w: from %s, to %s", ErrDateOrder, from, to)
	}
	r := &Report{Act: a.ID, From: from, To: to}
	cmp := &comparer{attr: &attributor{versions: a.Versions, renumberings: a.Renumberings(), after: from, until: to, notes: &noteCache{}}, noOps: !withOps}
	if unitID == "" {
		r.Unknown = a.UnknownOn(from)
		if err := cmp.actSides(a, from, to, r.Unknown); err != nil {
			return nil, nil, err
		}
	} else {
		r.Unit, r.Citation = unitID, corpus.CitationOf(unitID)
		known, err := cmp.unitSides(a, unitID, from, to)
		if err != nil {
			return nil, nil, err
		}
		if !known {
			r.Unknown = unknownOf(a, unitID, from)
		}
	}
	return r, cmp, nil
}

// unknownOf is the entry of a.UnknownOn(d) of the top-level unit holding
// id.
func unknownOf(a *corpus.Act, id string, d corpus.Date) []corpus.UnknownWording {
	top, _, _ := strings.Cut(id, ".")
	for _, u := range a.UnknownOn(d) {
		if u.Unit == top {
			return []corpus.UnknownWording{u}
		}
	}
	return nil
}

// subject names what r compares: the act, or a unit of it.
func (r *Report) subject() string {
	if r.Unit == "" {
		return r.Act
	}
	return r.Citation + " of " + r.Act
}

// actSides sets the trees to the top-level units in force on each date,
// leaving out the versions in force on both, which cannot have changed,
// and those of units whose wording on from is unknown, which cannot be
// compared but for the units below them added or repealed since from
// (knownWithin); with nothing left, the comparison holds no change. Nothing in
// force on either date is an error, of unknown wording when the corpus
// knows the act only from later on.
func (c *comparer) actSides(a *corpus.Act, from, to corpus.Date, unknown []corpus.UnknownWording) error {
	olds, news := a.InForce(from), a.InForce(to)
	if len(olds) == 0 && len(news) == 0 {
		if len(unknown) > 0 {
			return fmt.Errorf("the corpus does not know the text of %s on %s or on %s (it holds its units only from %s on): %w; %w", a.ID, from, to, earliest(unknown), corpus.ErrNotInForce, corpus.ErrWordingUnknown)
		}
		return fmt.Errorf("no unit of %s was in force on %s or on %s (its versions span %s): %w", a.ID, from, to, a.Span(), corpus.ErrNotInForce)
	}
	unknownIDs := make(map[string]bool, len(unknown))
	for _, u := range unknown {
		unknownIDs[u.Unit] = true
	}
	sides := map[*corpus.Version]int{} // how many sides hold a version
	for _, v := range append(olds, news...) {
		sides[v]++
	}
	var before []*corpus.Unit // stand-ins of the units repealed under units of unknown wording
	c.old = c.actTree(olds, sides, nil)
	c.new = c.actTree(news, sides, func(v *corpus.Version) []*corpus.Unit {
		if !unknownIDs[v.Unit.ID] {
			return []*corpus.Unit{v.Unit}
		}
		known := knownWithin(v, v.Unit, from, to)
		before = append(before, c.standIns(known.repealed)...)
		return known.units()
	})
	c.old.root.Children = append(c.old.root.Children, before...)
	return nil
}

// earliest is the first day from which the corpus knows one of us.
func earliest(us []corpus.UnknownWording) corpus.Date {
	first := us[0].KnownFrom
	for _, u := range us[1:] {
		first = min(first, u.KnownFrom)
	}
	return first
}

// actTree joins the top-level units of the versions in vs held by one side
// only under a root with no id; compared, when not nil, says which units
// of a version go in instead of its top-level unit.
func (c *comparer) actTree(vs []*corpus.Version, sides map[*corpus.Version]int, compared func(*corpus.Version) []*corpus.Unit) tree {
	t := tree{root: &corpus.Unit{}, notes: map[string][]note{}, tops: map[string]*corpus.Version{}}
	for _, v := range vs {
		if sides[v] > 1 {
			continue
		}
		t.tops[v.Unit.ID] = v
		if compared == nil {
			t.root.Children = append(t.root.Children, v.Unit)
		} else {
			t.root.Children = append(t.root.Children, compared(v)...)
		}
		for id, ns := range c.attr.notes.of(v) {
			t.notes[id] = ns
		}
	}
	return t
}

// unitSides sets the trees to the unit as in force on each date. When one
// version holds it on both dates, nothing of it changed: both trees stay
// empty rather than be compared unit by unit. So do they when the corpus
// does not know the unit's wording on from: known is false then. A unit
// renumbered within the comparison is compared with the unit it was
// numbered from (renumberedSides), and a unit that lost its number so with
// the unit it became (renumberedAwaySides).
func (c *comparer) unitSides(a *corpus.Act, id string, from, to corpus.Date) (known bool, err error) {
	ov, ou, oerr := a.At(id, from)
	nv, nu, nerr := a.At(id, to)
	switch {
	case errors.Is(oerr, corpus.ErrNotFound):
		return false, oerr
	case oerr != nil && nerr != nil:
		return false, fmt.Errorf("in force on neither date: %w; %v", oerr, nerr)
	case errors.Is(oerr, corpus.ErrWordingUnknown):
		if nerr == nil {
			c.knownSides(nv, nu, from, to)
		}
		return false, nil
	case oerr != nil && c.renumberedSides(a, id, nv, nu, from, to):
		return true, nil
	case nerr != nil && c.renumberedAwaySides(a, id, ov, ou, from, to):
		return true, nil
	case ov == nv:
		return true, nil
	}
	c.setSides(ov, ou, nv, nu)
	return true, nil
}

// setSides sets the trees to the units ou of ov and nu of nv (either
// version may be nil: not in force), with their versions' footnotes.
func (c *comparer) setSides(ov *corpus.Version, ou *corpus.Unit, nv *corpus.Version, nu *corpus.Unit) {
	c.old = tree{ou, c.attr.notes.of(ov), topsOf(ov)}
	c.new = tree{nu, c.attr.notes.of(nv), topsOf(nv)}
}

// Versions compares two versions of one top-level unit (either may be nil:
// not in force) and returns the units that are not unchanged. Changes are
// attributed from the footnotes of the newer version.
func Versions(old, new *corpus.Version) []Change {
	notes := &noteCache{}
	cmp := &comparer{old: tree{unitOf(old), notes.of(old), topsOf(old)}, new: tree{unitOf(new), notes.of(new), topsOf(new)}}
	if new != nil {
		cmp.attr = &attributor{versions: func(string) []*corpus.Version { return []*corpus.Version{new} }, renumberings: new.Renumberings(), notes: notes}
		if old != nil {
			cmp.attr.after = old.Range.From
		}
	}
	return cmp.compare()
}

func unitOf(v *corpus.Version) *corpus.Unit {
	if v == nil {
		return nil
	}
	return v.Unit
}

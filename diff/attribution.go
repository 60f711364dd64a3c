package diff

import (
	"strings"

	"lexdiff/corpus"
)

// An Attribution names the amendment that gave a unit its wording, as an
// amendment footnote states it: the amending provision and act as written,
// the act's publication reference ("Dz. U. z 2019 r. poz. 1557", and its
// ELI), and the day the change came into force. Footnote and Unit say which
// footnote says so and where it stands: on the changed unit itself, or on
// the nearest ancestor that has one, since an amendment that sets the
// wording of "ust. 2" sets the wording of its points too.
//
// For a version lexdiff computed by applying an amending act, the
// attribution is the change it recorded (corpus.AppliedAmendment):
// Computed is set, Footnote is empty, and Act is the amending act's title.
type Attribution struct {
	Kind      corpus.AmendmentKind `json:"kind"`
	Provision string               `json:"provision,omitempty"`
	Act       string               `json:"act,omitempty"`
	Ref       string               `json:"ref,omitempty"`
	ELI       string               `json:"eli,omitempty"`
	InForce   corpus.Date          `json:"inForce,omitzero"`
	Footnote  string               `json:"footnote"`
	Unit      string               `json:"unit"`
	Computed  bool                 `json:"computed,omitempty"`
}

// An attributor finds the amendment behind a change that came into force
// in the window (after, until]. It looks through the versions that started
// in the window, newest first, for one that holds the unit with its newer
// text and an amendment note on it or on an ancestor whose in-force date
// (when stated) falls in the window.
type attributor struct {
	versions     func(topID string) []*corpus.Version // oldest first
	renumberings []corpus.AppliedAmendment            // of the versions: see corpus.Act.Renumberings
	after, until corpus.Date                          // zero: no bound
	notes        *noteCache
	refs         map[refKey]refText // written out once per comparison
}

// refKey identifies a publication reference of one position, the usual
// amending act; references of several positions are not cached.
type refKey struct {
	journal                       string
	consolidated, laterAmendments bool
	item                          corpus.PubItem
}

// refText is a publication reference written out, and its ELI.
type refText struct{ ref, eli string }

// find returns the attribution of the newer side n of a change, or nil.
func (a *attributor) find(n *corpus.Unit) *Attribution {
	if a == nil || n == nil {
		return nil
	}
	top, _, _ := strings.Cut(n.ID, ".")
	vs := a.versions(top)
	for i := len(vs) - 1; i >= 0; i-- {
		v := vs[i]
		if !a.inWindow(v.Range.From) {
			continue
		}
		u := v.Unit.Find(n.ID)
		if u == nil || !sameText(u, n) {
			continue
		}
		if v.Computed {
			if at := applied(v, n.ID); at != nil {
				return at
			}
		}
		if at := a.onUnitOrAncestor(a.notes.of(v), n.ID); at != nil {
			return at
		}
	}
	return nil
}

// applied returns the attribution a computed version records for the unit
// with the given id: the change made to it, to a unit holding it, or else
// to a unit inside it.
func applied(v *corpus.Version, id string) *Attribution {
	var inside *corpus.AppliedAmendment
	for i, ap := range v.Applied {
		switch {
		case corpus.IsPathPrefix(ap.Unit, id):
			return attributionOfApplied(ap)
		case inside == nil && corpus.IsPathPrefix(id, ap.Unit):
			inside = &v.Applied[i]
		}
	}
	if inside != nil {
		return attributionOfApplied(*inside)
	}
	return nil
}

func attributionOfApplied(ap corpus.AppliedAmendment) *Attribution {
	return &Attribution{Kind: ap.Kind, Provision: ap.Provision, Act: ap.Title, Ref: ap.Ref, ELI: ap.ELI, InForce: ap.InForce, Unit: ap.Unit, Computed: true}
}

// renumberedIn returns the ids of the units of the newer tree that a
// footnote says an amendment numbered so ("Oznaczenie … nadane przez"),
// or that a computed version records it numbered so, within the
// comparison's window; nil without an attributor.
func (c *comparer) renumberedIn() map[string]bool {
	if c.attr == nil {
		return nil
	}
	ids := map[string]bool{}
	for id, ns := range c.new.notes {
		if c.numberedInWindow(ns, id) {
			ids[id] = true
		}
	}
	for _, ap := range c.attr.renumberings { // a computed version records it
		if c.attr.inWindow(ap.InForce) {
			ids[ap.Unit] = true
		}
	}
	if len(ids) == 0 {
		return nil
	}
	return ids
}

func (a *attributor) inWindow(d corpus.Date) bool {
	return (a.after.IsZero() || d > a.after) && (a.until.IsZero() || d <= a.until)
}

func (a *attributor) onUnitOrAncestor(notes map[string][]note, id string) *Attribution {
	for {
		for _, f := range notes[id] {
			if f.Amendment != nil && (f.Amendment.InForce.IsZero() || a.inWindow(f.Amendment.InForce)) {
				return a.attributionOf(f.Footnote, id)
			}
		}
		i := strings.LastIndexByte(id, '.')
		if i < 0 {
			return nil
		}
		id = id[:i]
	}
}

func (a *attributor) attributionOf(f corpus.Footnote, unitID string) *Attribution {
	am := f.Amendment
	at := &Attribution{Kind: am.Kind, Provision: am.Provision, Act: am.Act, InForce: am.InForce, Footnote: f.Label, Unit: unitID}
	if am.Ref != nil {
		t := a.refText(am.Ref)
		at.Ref, at.ELI = t.ref, t.eli
	}
	return at
}

func (a *attributor) refText(r *corpus.PubRef) refText {
	if len(r.Items) != 1 {
		return refText{r.String(), r.ELI()}
	}
	k := refKey{r.Journal, r.Consolidated, r.LaterAmendments, r.Items[0]}
	t, ok := a.refs[k]
	if !ok {
		t = refText{r.String(), r.ELI()}
		if a.refs == nil {
			a.refs = map[refKey]refText{}
		}
		a.refs[k] = t
	}
	return t
}

package diff

import (
	"slices"
	"strings"

	"lexdiff/corpus"
)

// A comparer compares two trees and attributes the changes it finds.
type comparer struct {
	old, new tree
	attr     *attributor
	tokens   tokenTable // reused by every inline diff
	noOps    bool       // leave out the inline diffs
	// listOnly finds only the unit and the kind of each change, which is
	// made later (List); of a unit on one side only, added or removed
	// whatever else it holds, it compares nothing.
	listOnly bool
	// unknownBefore are the units of the older tree that stand in for
	// units whose wording on the first date is unknown (standIns): their
	// changes have no inline diff.
	unknownBefore map[string]bool
}

// compare returns a change for every unit of either tree that is not
// unchanged, in document order: the newer tree's units, with removed units
// after the unit that preceded them.
func (c *comparer) compare() []Change {
	compared := c.compared()
	changes := make([]Change, len(compared))
	for i, e := range compared {
		changes[i] = e.change
	}
	return changes
}

// A comparedUnit is the change of one unit and the units it compares (old
// or new is nil when the unit is on one side only), so that a Listing can
// make the change later.
type comparedUnit struct {
	listedUnit
	change Change
}

// compared is compare, each change with the units it compares.
func (c *comparer) compared() []comparedUnit {
	olds, news := c.old.flatten(), c.new.flatten()
	m := match(olds, news, c.renumberedIn())
	after := c.removed(olds, m)
	compared := append([]comparedUnit{}, after[-1]...)
	for n, u := range news.units {
		var o *corpus.Unit
		if i := m.counterpart[n]; i >= 0 {
			o = olds.units[i]
		}
		if e := c.compareUnit(o, u, m.implied[n]); e.change.Kind != Unchanged {
			compared = append(compared, e)
		}
		compared = append(compared, after[n]...)
	}
	if len(after) == 0 {
		return compared
	}
	return foldRepealed(foldReplaced(compared))
}

// foldRepealed drops the removal of the units under a unit repealed or
// lapsed: they go with it ("art. 3: repealed", its ustępy's words struck
// in its change), as one change of the law, by the amendment behind it.
func foldRepealed(compared []comparedUnit) []comparedUnit {
	var gone []string
	for _, e := range compared {
		if e.change.Kind == Repealed || e.change.Kind == Lapsed {
			gone = append(gone, e.change.Unit)
		}
	}
	if len(gone) == 0 {
		return compared
	}
	return slices.DeleteFunc(compared, func(e comparedUnit) bool {
		return e.change.Kind == Removed && slices.ContainsFunc(gone, func(id string) bool { return id != e.change.Unit && corpus.IsPathPrefix(id, e.change.Unit) })
	})
}

func (c *comparer) compareUnit(o, n *corpus.Unit, implied bool) comparedUnit {
	e := comparedUnit{listedUnit: listedUnit{old: o, new: n, implied: implied}}
	if c.listOnly && (o == nil || n == nil) {
		e.change = Change{Unit: e.unit(), Kind: kindOf(o, n, implied, false)}
	} else {
		e.change = c.change(o, n, implied)
	}
	return e
}

// foldReplaced keeps unit ids unique among changes: the removal of an old
// unit whose id a unit of the newer side took goes into that unit's change
// as what it Replaces.
func foldReplaced(compared []comparedUnit) []comparedUnit {
	newer := make(map[string]int, len(compared)) // changes of the newer side by unit id
	for i, e := range compared {
		if e.change.Kind != Removed {
			newer[e.change.Unit] = i
		}
	}
	folded := false
	for _, e := range compared {
		if i, ok := newer[e.change.Unit]; ok && e.change.Kind == Removed {
			compared[i].change.Replaces = &e.change
			compared[i].replaces = &e.listedUnit
			folded = true
		}
	}
	if !folded {
		return compared
	}
	return slices.DeleteFunc(compared, func(e comparedUnit) bool {
		_, ok := newer[e.change.Unit]
		return ok && e.change.Kind == Removed
	})
}

// removed returns a change for every old unit left unpaired, by the new
// unit after whose change it goes: the counterpart of the paired old unit
// before it, or -1 when there is none.
func (c *comparer) removed(olds flat, m matching) map[int][]comparedUnit {
	at := make([]int, len(olds.units)) // old unit -> its new counterpart
	for n, o := range m.counterpart {
		if o >= 0 {
			at[o] = n
		}
	}
	after := map[int][]comparedUnit{}
	anchor := -1
	for o, u := range olds.units {
		if m.taken[o] {
			anchor = at[o]
			continue
		}
		after[anchor] = append(after[anchor], c.compareUnit(u, nil, false))
	}
	return after
}

// change compares o and n (either may be nil). implied says n moved only
// because its parent did.
func (c *comparer) change(o, n *corpus.Unit, implied bool) Change {
	u := n
	if u == nil {
		u = o
	}
	oldNotes, newNotes := c.old.notes[idOf(o)], c.new.notes[idOf(n)]
	groups, headingNotes := c.groupsChange(o, n), c.headingNoteChanges(o, n)
	if o != nil && n != nil && o.ID == n.ID && sameText(o, n) && o.Heading == n.Heading && len(oldNotes)+len(newNotes) == 0 && groups == nil && len(headingNotes) == 0 {
		return Change{Unit: u.ID, Kind: Unchanged}
	}
	if c.listOnly {
		if kind := kindOf(o, n, implied, false); kind != Unchanged {
			return Change{Unit: u.ID, Kind: kind} // footnotes, heading and groupings would only make it Annotated
		}
	}
	ch := Change{Unit: u.ID}
	if !c.listOnly {
		ch.Citation = u.Citation()
	}
	ch.Ops = []Op{}
	if !c.noOps || markedOnBoth(oldNotes, newNotes) {
		ch.Ops = opsOf(goneText(o, n), OwnText(n), &c.tokens)
	}
	ch.Footnotes = append(footnoteChanges(oldNotes, newNotes, ch.Ops), headingNotes...)
	if c.noOps || c.unknownBefore[idOf(o)] {
		ch.Ops = []Op{}
	}
	ch.Heading = headingChange(o, n)
	ch.Groups = groups
	ch.Kind = kindOf(o, n, implied, len(ch.Footnotes) > 0 || ch.Heading != nil || ch.Groups != nil)
	if c.listOnly {
		return ch
	}
	if n != nil && !inForce(n) {
		ch.Status = n.Status
	}
	if o != nil && n != nil {
		if o.ID != n.ID {
			ch.MovedFrom, ch.MovedFromCitation = o.ID, o.Citation()
		}
		if !sameText(o, n) && (ch.Kind == Modified || ch.Kind == Moved) {
			ch.Class = classify(o, n)
		}
	}
	if ch.Kind != Unchanged && (ch.Kind != Annotated || ch.Groups != nil) {
		ch.Attribution = c.attr.find(n)
	}
	return ch
}

// markedOnBoth reports whether both sides have a footnote marked in the
// unit's text: only then does footnoteChanges need the inline diff, to
// tell a marker moved from one that followed its words.
func markedOnBoth(old, new []note) bool {
	marked := func(ns []note) bool { return slices.ContainsFunc(ns, func(n note) bool { return n.offset >= 0 }) }
	return marked(old) && marked(new)
}

// goneText is the old text a change of o to n strikes: o's own, and when n
// is repealed or lapsed, the units under o too, which go with it (see
// foldRepealed).
func goneText(o, n *corpus.Unit) string {
	if !strikesUnder(o, n) {
		return OwnText(o)
	}
	parts := []string{OwnText(o)}
	if parts[0] == "" {
		parts = parts[:0]
	}
	for _, c := range o.Children {
		parts = append(parts, c.FullText())
	}
	return strings.Join(parts, "\n")
}

// strikesUnder reports whether a change of o to n strikes the units under
// o too: n is repealed or lapsed.
func strikesUnder(o, n *corpus.Unit) bool {
	return o != nil && n != nil && len(o.Children) > 0 && inForce(o) && !inForce(n)
}

func idOf(u *corpus.Unit) string {
	if u == nil {
		return ""
	}
	return u.ID
}

// groupsChange returns the change of the headings of the groupings a
// top-level unit stands in (a chapter's new title, the unit moved to
// another chapter), or nil when they read alike, spacing aside, or a side
// has none: a source that prints no headings (a portal's export of one
// unit) says nothing of them.
func (c *comparer) groupsChange(o, n *corpus.Unit) *GroupsChange {
	old, new := c.headings(o, n)
	if old == nil || slices.EqualFunc(old, new, sameHeading) {
		return nil
	}
	return &GroupsChange{Old: headingsOf(old), New: headingsOf(new)}
}

// headings returns the headings of the groupings the top-level units o
// and n stand in on each side, with their footnotes; nil when a side has
// none, or when both stand in one version, whose headings are the same.
func (c *comparer) headings(o, n *corpus.Unit) (old, new []corpus.GroupHeading) {
	if o == nil || n == nil {
		return nil, nil
	}
	ov, nv := c.old.tops[o.ID], c.new.tops[n.ID]
	if ov == nil || nv == nil || ov == nv || len(ov.Groups) == 0 || len(nv.Groups) == 0 {
		return nil, nil
	}
	return ov.GroupHeadings(), nv.GroupHeadings()
}

// headingNoteChanges returns the changes of the footnotes marked in the
// headings above a top-level unit (a note that an act added the chapter,
// which a newer text no longer prints): they annotate the unit, as its own
// footnotes do. None when a side has no headings (see groupsChange).
func (c *comparer) headingNoteChanges(o, n *corpus.Unit) []FootnoteChange {
	old, new := c.headings(o, n)
	if old == nil {
		return nil
	}
	return footnoteChanges(headingNotes(old), headingNotes(new), nil)
}

// headingNotes returns the footnotes marked in headings, as notes with no
// place in a unit's text.
func headingNotes(hs []corpus.GroupHeading) []note {
	var out []note
	for _, h := range hs {
		for _, f := range h.Footnotes {
			out = append(out, note{f, -1})
		}
	}
	return out
}

// headingsOf returns the words of headings.
func headingsOf(hs []corpus.GroupHeading) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = h.Heading
	}
	return out
}

// sameHeading reports whether two headings read alike, spacing and
// footnotes aside. Equal strings first: most headings are equal as
// written, and need no splitting into words.
func sameHeading(a, b corpus.GroupHeading) bool {
	return a.Heading == b.Heading || slices.Equal(strings.Fields(a.Heading), strings.Fields(b.Heading))
}

func headingChange(o, n *corpus.Unit) *HeadingChange {
	if o == nil || n == nil || o.Heading == n.Heading {
		return nil
	}
	return &HeadingChange{Old: o.Heading, New: n.Heading}
}

package diff

import "lexdiff/corpus"

// A comparer compares two trees and attributes the changes it finds.
type comparer struct {
	old, new tree
	attr     *attributor
	refs     refCache
	tokens   tokenTable // reused by every inline diff
}

// compare returns a change for every unit of either tree, in document
// order: the newer tree's units, with removed units after the unit that
// preceded them.
func (c *comparer) compare() []Change {
	olds, _ := c.old.flatten()
	news, newParent := c.new.flatten()
	m := match(olds, news, newParent)
	changes := make([]Change, 0, len(news))
	at := make(map[*corpus.Unit]int, len(news)) // old unit -> index of its change
	for _, n := range news {
		o := m.counterpart[n]
		if o != nil {
			at[o] = len(changes)
		}
		changes = append(changes, c.change(o, n, m.implied[n]))
	}
	return c.withRemoved(changes, olds, m, at)
}

// withRemoved inserts a change for every old unit left unpaired after the
// change of the old unit before it.
func (c *comparer) withRemoved(changes []Change, olds []*corpus.Unit, m matching, at map[*corpus.Unit]int) []Change {
	after := map[int][]Change{}
	anchor, removed := -1, 0
	for _, o := range olds {
		if m.taken[o] {
			anchor = at[o]
			continue
		}
		after[anchor] = append(after[anchor], c.change(o, nil, false))
		removed++
	}
	if removed == 0 {
		return changes
	}
	out := make([]Change, 0, len(changes)+removed)
	out = append(out, after[-1]...)
	for i, ch := range changes {
		out = append(out, ch)
		out = append(out, after[i]...)
	}
	return out
}

// change compares o and n (either may be nil). implied says n moved only
// because its parent did.
func (c *comparer) change(o, n *corpus.Unit, implied bool) Change {
	u := n
	if u == nil {
		u = o
	}
	oldNotes, newNotes := c.old.notes[idOf(o)], c.new.notes[idOf(n)]
	if o != nil && n != nil && o.ID == n.ID && sameText(o, n) && o.Heading == n.Heading && len(oldNotes)+len(newNotes) == 0 {
		return Change{Unit: u.ID, Kind: Unchanged}
	}
	ch := Change{Unit: u.ID, Citation: u.Citation()}
	if c.refs == nil {
		c.refs = refCache{}
	}
	ch.Ops = words(OwnText(o), OwnText(n), c.refs.find, &c.tokens)
	ch.Footnotes = footnoteChanges(oldNotes, newNotes, ch.Ops)
	ch.Heading = headingChange(o, n)
	ch.Kind = kindOf(o, n, implied, len(ch.Footnotes) > 0 || ch.Heading != nil)
	if o != nil && n != nil {
		if o.ID != n.ID {
			ch.MovedFrom, ch.MovedFromCitation = o.ID, o.Citation()
		}
		if !sameText(o, n) && (ch.Kind == Modified || ch.Kind == Moved) {
			ch.Class = classify(o, n, c.refs.find)
		}
	}
	if ch.Kind != Unchanged && ch.Kind != Annotated {
		ch.Attribution = c.attr.find(n)
	}
	return ch
}

func idOf(u *corpus.Unit) string {
	if u == nil {
		return ""
	}
	return u.ID
}

func headingChange(o, n *corpus.Unit) *HeadingChange {
	if o == nil || n == nil || o.Heading == n.Heading {
		return nil
	}
	return &HeadingChange{Old: o.Heading, New: n.Heading}
}

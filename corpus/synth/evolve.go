package synth

import (
	"slices"
	"strings"

	"lexdiff/corpus"
)

// A change is one edit an amendment made to a version's tree: the unit it
// touched, what kind of amendment note it earns (none for a reference
// update, which consolidated texts make silently), and where in the
// unit's text the note's marker goes.
type change struct {
	id     string
	note   corpus.AmendmentKind // "" for no note
	offset int
}

// edit returns root with the unit id replaced by a copy that fn changed,
// copying the units on the path to it and sharing all others: versions
// share their unchanged subtrees. fn must not modify slices of the copy in
// place.
func edit(root *corpus.Unit, id string, fn func(*corpus.Unit)) *corpus.Unit {
	c := *root
	if root.ID == id {
		fn(&c)
		return &c
	}
	c.Children = slices.Clone(root.Children)
	for i, ch := range c.Children {
		if ch.ID == id || strings.HasPrefix(id, ch.ID+".") {
			c.Children[i] = edit(ch, id, fn)
			break
		}
	}
	return &c
}

// units returns the units at or below root for which keep is true.
func units(root *corpus.Unit, keep func(*corpus.Unit) bool) []*corpus.Unit {
	var out []*corpus.Unit
	root.Walk(func(u *corpus.Unit) bool {
		if keep(u) {
			out = append(out, u)
		}
		return true
	})
	return out
}

// related reports whether units a and b are the same or one holds the other.
func related(a, b string) bool {
	return a == b || strings.HasPrefix(a, b+".") || strings.HasPrefix(b, a+".")
}

func untouched(id string, done []change) bool {
	return !slices.ContainsFunc(done, func(c change) bool { return related(id, c.id) })
}

// amend applies one to three changes to root, as one amending act does to
// one article, and returns the new tree and the changes. Most units stay
// as they were.
func (w *words) amend(root *corpus.Unit) (*corpus.Unit, []change) {
	n := 1
	if x := w.r.Float64(); x < 0.1 {
		n = 3
	} else if x < 0.3 {
		n = 2
	}
	var done []change
	for range n {
		var c change
		var ok bool
		switch x := w.r.Float64(); {
		case x < 0.15:
			root, c, ok = w.updateRef(root, done)
		case x < 0.3:
			root, c, ok = w.insert(root, done)
		case x < 0.38:
			root, c, ok = w.repeal(root, done)
		}
		if !ok {
			root, c, ok = w.reword(root, done)
		}
		if ok {
			done = append(done, c)
		}
	}
	return root, done
}

// reword changes a few words of one provision: swaps, drops or adds a
// phrase, or swaps a conjunction. The marker goes after the changed words.
func (w *words) reword(root *corpus.Unit, done []change) (*corpus.Unit, change, bool) {
	cands := units(root, func(u *corpus.Unit) bool {
		return u.Status == corpus.InForce && len(u.Children) == 0 && u.Text != "" && untouched(u.ID, done)
	})
	if len(cands) == 0 {
		return root, change{}, false
	}
	u := pick(w.r, cands)
	text, off := w.rewordText(u.Kind, u.Text)
	root = edit(root, u.ID, func(c *corpus.Unit) { c.Text = text })
	return root, change{id: u.ID, note: corpus.WordingSet, offset: off}, true
}

// conjunctions are swapped for one another in small rewordings.
var conjunctions = [][2]string{{" lub ", " albo "}, {" albo ", " lub "}, {" i ", " oraz "}, {" oraz ", " i "}}

// rewordText returns text, the words of a unit of kind k, with a few words
// changed, and the offset just after the change. text ends with
// punctuation.
func (w *words) rewordText(k corpus.Kind, text string) (string, int) {
	if old, j := w.findAdjunct(text); j >= 0 {
		switch x := w.r.Float64(); {
		case x < 0.65:
			if repl := pick(w.r, adjuncts); repl != old {
				return text[:j] + repl + text[j+len(old):], j + len(repl)
			}
		case x < 0.8 && j > 0:
			return text[:j-1] + text[j+len(old):], j - 1
		}
	}
	for _, c := range conjunctions {
		if j := strings.Index(text, c[0]); j >= 0 && w.chance(0.5) {
			return text[:j] + c[1] + text[j+len(c[0]):], j + len(c[1]) - 1
		}
	}
	end := len(text) - 1
	if k == corpus.Tiret || k == corpus.DoubleTiret {
		repl := w.item(formNom, text[end:])
		return repl, len(repl) - 1
	}
	add := " " + w.adjunct()
	return text[:end] + add + text[end:], end + len(add)
}

// findAdjunct returns a fixed adjunct that text holds and where, or -1.
func (w *words) findAdjunct(text string) (string, int) {
	for _, i := range w.r.Perm(len(adjuncts)) {
		if j := strings.Index(text, adjuncts[i]); j >= 0 {
			return adjuncts[i], j
		}
	}
	return "", -1
}

// updateRef replaces a Dz. U. reference with a newer one, as a
// consolidated text does when the cited act was itself republished.
func (w *words) updateRef(root *corpus.Unit, done []change) (*corpus.Unit, change, bool) {
	cands := units(root, func(u *corpus.Unit) bool {
		return u.Status == corpus.InForce && untouched(u.ID, done) && len(updatableRefs(u.Text)) > 0
	})
	if len(cands) == 0 {
		return root, change{}, false
	}
	u := pick(w.r, cands)
	ref := pick(w.r, updatableRefs(u.Text))
	year := max(ref.Items[0].Year+1, w.year-w.r.IntN(2))
	newer := corpus.PubRef{Journal: "DU", Items: []corpus.PubItem{{Year: year, Position: 50 + w.r.IntN(2400)}}}
	text := u.Text[:ref.Start] + newer.String() + u.Text[ref.End:]
	root = edit(root, u.ID, func(c *corpus.Unit) { c.Text = text })
	return root, change{id: u.ID}, true
}

// updatableRefs returns the Dz. U. references of text with one position
// and a year.
func updatableRefs(text string) []corpus.PubRef {
	if !strings.Contains(text, "Dz. U.") { // FindPubRefs is slow; most texts cite nothing
		return nil
	}
	var out []corpus.PubRef
	for _, r := range corpus.FindPubRefs(text) {
		if r.Journal == "DU" && len(r.Items) == 1 && r.Items[0].Year > 0 {
			out = append(out, r)
		}
	}
	return out
}

// insert adds a unit between two items of a list: "pkt 2a" between pkt 2
// and pkt 3. Numbers of existing units never change.
func (w *words) insert(root *corpus.Unit, done []change) (*corpus.Unit, change, bool) {
	type slot struct {
		parent *corpus.Unit
		i      int
		label  string
	}
	var slots []slot
	root.Walk(func(u *corpus.Unit) bool {
		for i := 0; i+1 < len(u.Children); i++ {
			c := u.Children[i]
			if c.Kind != corpus.Section && c.Kind != corpus.Point && c.Kind != corpus.Letter {
				break
			}
			l := insertedAfter(c.Kind, c.Label)
			if id := childID(u.ID, c.Kind, l); l != "" && l != u.Children[i+1].Label && untouched(id, done) {
				slots = append(slots, slot{u, i, l})
			}
		}
		return true
	})
	if len(slots) == 0 {
		return root, change{}, false
	}
	s := pick(w.r, slots)
	k := s.parent.Children[s.i].Kind
	nu := &corpus.Unit{Kind: k, Label: s.label, ID: childID(s.parent.ID, k, s.label), Status: corpus.InForce}
	if k == corpus.Section {
		nu.Text = w.sentence(".")
	} else {
		nu.Text = w.item(formOf(s.parent.Text), separator(k))
	}
	root = edit(root, s.parent.ID, func(c *corpus.Unit) { c.Children = slices.Insert(slices.Clone(c.Children), s.i+1, nu) })
	return root, change{id: nu.ID, note: corpus.Added, offset: len(nu.Text) - 1}, true
}

// repeal repeals an ustęp, punkt or litera whose parent keeps another unit
// in force.
func (w *words) repeal(root *corpus.Unit, done []change) (*corpus.Unit, change, bool) {
	var cands []*corpus.Unit
	root.Walk(func(u *corpus.Unit) bool {
		inForce := 0
		for _, c := range u.Children {
			if c.Status == corpus.InForce {
				inForce++
			}
		}
		for _, c := range u.Children {
			k := c.Kind
			if inForce > 1 && c.Status == corpus.InForce && untouched(c.ID, done) &&
				(k == corpus.Section || k == corpus.Point || k == corpus.Letter) {
				cands = append(cands, c)
			}
		}
		return true
	})
	if len(cands) == 0 {
		return root, change{}, false
	}
	u := pick(w.r, cands)
	r := repealed(u)
	root = edit(root, u.ID, func(c *corpus.Unit) { *c = *r })
	return root, change{id: u.ID, note: corpus.Removed, offset: len(r.Text)}, true
}

// withoutMarkers returns root with every footnote marker removed: the
// notes of one version do not carry over to the next.
func withoutMarkers(root *corpus.Unit) *corpus.Unit {
	for _, u := range units(root, func(u *corpus.Unit) bool { return len(u.Markers) > 0 }) {
		root = edit(root, u.ID, func(c *corpus.Unit) { c.Markers = nil })
	}
	return root
}

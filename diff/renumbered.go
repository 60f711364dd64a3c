package diff

import (
	"lexdiff/corpus"
)

// numbers reports whether n, a footnote of the unit id, says an amendment
// gave id its number within the comparison's window ("Oznaczenie …
// nadane przez").
func (a *attributor) numbers(n note, id string) bool {
	return n.Amendment != nil && n.Unit == id && n.Amendment.Renumbers() && a.inWindow(n.Amendment.InForce)
}

// renumberedSides sets the trees of a comparison of the unit id alone when
// the unit was not in force on from and a footnote of nv, its version on
// to, says an amendment gave it its number within the comparison: the
// older side is then the unit it was numbered from, the one that a
// comparison of the whole act pairs it with (addRenumbered). That is the
// one unit of its kind, under the same parent, in force on from under an
// id that nothing holds on to. It reports whether it found that unit;
// when it did not, the trees are left alone.
func (c *comparer) renumberedSides(a *corpus.Act, id string, nv *corpus.Version, nu *corpus.Unit, from, to corpus.Date) bool {
	if c.attr == nil || !c.numberedInWindow(c.attr.notes.of(nv)[id], id) {
		return false
	}
	parent := corpus.ParentID(id)
	olds, news := childrenOn(a, parent, from), childrenOn(a, parent, to)
	kept := make(map[string]bool, len(news))
	for _, s := range news {
		kept[s.unit.ID] = true
	}
	var was *sibling
	for i, s := range olds {
		if s.unit.Kind != nu.Kind || kept[s.unit.ID] {
			continue
		}
		if was != nil {
			return false // more than one it can have been
		}
		was = &olds[i]
	}
	if was == nil {
		return false
	}
	c.old = tree{was.unit, c.attr.notes.of(was.version)}
	c.new = tree{nu, c.attr.notes.of(nv)}
	return true
}

// numberedInWindow reports whether one of ns, the footnotes of the unit
// id, says it was given its number within the window.
func (c *comparer) numberedInWindow(ns []note, id string) bool {
	for _, n := range ns {
		if c.attr.numbers(n, id) {
			return true
		}
	}
	return false
}

// A sibling is a unit in force on a day and the version of its top-level
// unit that holds it.
type sibling struct {
	unit    *corpus.Unit
	version *corpus.Version
}

// childrenOn returns the units that the unit parent ("" for the act itself:
// its top-level units) held on d.
func childrenOn(a *corpus.Act, parent string, d corpus.Date) []sibling {
	var out []sibling
	if parent == "" {
		for _, v := range a.InForce(d) {
			out = append(out, sibling{v.Unit, v})
		}
		return out
	}
	v, u, err := a.At(parent, d)
	if err != nil {
		return nil
	}
	for _, ch := range u.Children {
		out = append(out, sibling{ch, v})
	}
	return out
}

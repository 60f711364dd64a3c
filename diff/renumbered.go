package diff

import (
	"slices"

	"lexdiff/corpus"
)

// numbering returns the day on which n, a footnote of the unit id, says
// an amendment gave id its number ("Oznaczenie … nadane przez"); ok is
// false when it says nothing of the kind.
func numbering(n note, id string) (day corpus.Date, ok bool) {
	if n.Amendment == nil || n.Unit != id || !n.Amendment.Renumbers() {
		return 0, false
	}
	return n.Amendment.InForce, true
}

// numberedOn reports whether one of ns, the footnotes of the unit id, says
// it was given its number on day.
func numberedOn(ns []note, id string, day corpus.Date) bool {
	return slices.ContainsFunc(ns, func(n note) bool {
		d, ok := numbering(n, id)
		return ok && d == day
	})
}

// renumberedSides sets the trees of a comparison of the unit id alone when
// the unit was not in force on from and a footnote of nv, its version on
// to, says an amendment gave it its number within the comparison: the
// older side is then the unit it was numbered from (numberedFrom), as in
// a comparison of the whole act (addRenumbered, which besides leaves out
// a unit whose words moved elsewhere). It reports whether it found that
// unit; when it did not, the trees are left alone.
func (c *comparer) renumberedSides(a *corpus.Act, id string, nv *corpus.Version, nu *corpus.Unit, from, to corpus.Date) bool {
	if c.attr == nil || !c.numberedInWindow(c.attr.notes.of(nv)[id], id) {
		return false
	}
	was, ok := numberedFrom(a, id, nu.Kind, from, to)
	if !ok {
		return false
	}
	c.old = tree{was.unit, c.attr.notes.of(was.version)}
	c.new = tree{nu, c.attr.notes.of(nv)}
	return true
}

// numberedInWindow reports whether one of ns, the footnotes of the unit
// id, says it was given its number within the window.
func (c *comparer) numberedInWindow(ns []note, id string) bool {
	return slices.ContainsFunc(ns, func(n note) bool {
		d, ok := numbering(n, id)
		return ok && c.attr.inWindow(d)
	})
}

// numberedFrom returns the unit that the unit id, of kind k, in force on
// after and not on before, can have been numbered from: the one unit of
// its kind under the same parent in force on before, under an id that
// nothing holds on after. ok is false when there is not exactly one.
func numberedFrom(a *corpus.Act, id string, k corpus.Kind, before, after corpus.Date) (was sibling, ok bool) {
	parent := corpus.ParentID(id)
	olds, news := childrenOn(a, parent, before), childrenOn(a, parent, after)
	kept := make(map[string]bool, len(news))
	for _, s := range news {
		kept[s.unit.ID] = true
	}
	for _, s := range olds {
		if s.unit.Kind != k || kept[s.unit.ID] {
			continue
		}
		if ok {
			return sibling{}, false // more than one it can have been
		}
		was, ok = s, true
	}
	return was, ok
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

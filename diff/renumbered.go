package diff

import (
	"slices"

	"lexdiff/corpus"
)

// numberedOn reports whether the unit id was given its number on the
// first day of v, its version: as one of ns, its footnotes there, says, or
// as the amending act a computed v applied did.
func numberedOn(v *corpus.Version, ns []note, id string) bool {
	if ap, ok := v.Renumbering(id); ok && ap.InForce == v.Range.From {
		return true
	}
	return slices.ContainsFunc(ns, func(n note) bool {
		d, ok := n.Numbering(id)
		return ok && d == v.Range.From
	})
}

// renumberedSides sets the trees of a comparison of the unit id alone when
// the unit was not in force on from and a footnote of nv, its version on
// to, says an amendment gave it its number within the comparison: the
// older side is then the unit it was numbered from (NumberedFrom), as in
// a comparison of the whole act (addRenumbered, which besides leaves out
// a unit whose words moved elsewhere). It reports whether it found that
// unit; when it did not, the trees are left alone.
func (c *comparer) renumberedSides(a *corpus.Act, id string, nv *corpus.Version, nu *corpus.Unit, from, to corpus.Date) bool {
	if c.attr == nil || !c.numberedInWindow(c.attr.notes.of(nv)[id], id) {
		return false
	}
	wv, wu, ok := a.NumberedFrom(id, from, to)
	if ok {
		c.setSides(wv, wu, nv, nu)
	}
	return ok
}

// renumberedAwaySides sets the trees of a comparison of the unit id alone
// when the unit, in force on from (ov holds it, as ou), is not on to
// because an amendment gave it another number within the comparison: the
// newer side is then the unit it became (NumberedTo), so that it moved,
// as in a comparison of the whole act, rather than was removed. It
// reports whether it found that unit.
func (c *comparer) renumberedAwaySides(a *corpus.Act, id string, ov *corpus.Version, ou *corpus.Unit, from, to corpus.Date) bool {
	if c.attr == nil {
		return false
	}
	nv, nu, ok := a.NumberedTo(id, from, to)
	if ok {
		c.setSides(ov, ou, nv, nu)
	}
	return ok
}

// numberedInWindow reports whether one of ns, the footnotes of the unit
// id, says it was given its number within the window.
func (c *comparer) numberedInWindow(ns []note, id string) bool {
	return slices.ContainsFunc(ns, func(n note) bool {
		d, ok := n.Numbering(id)
		return ok && c.attr.inWindow(d)
	})
}

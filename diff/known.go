package diff

import (
	"slices"

	"lexdiff/corpus"
)

// Of a unit whose wording on the first date of a comparison the corpus
// does not know (it holds the unit only from a later consolidated text
// on), some changes are known all the same: the units under it that a
// footnote says were added in between ("Dodana przez …, która weszła w
// życie z dniem …"), which were not there before, and those it says were
// repealed in between ("Przez …"), which were, worded as nobody here
// knows. A comparison reports those, and nothing else of the unit.

// knownChanges are the units of a version whose change in a comparison
// its footnotes tell, though the wording before is unknown.
type knownChanges struct {
	added, repealed []*corpus.Unit
}

// units returns the units of k in document order.
func (k knownChanges) units() []*corpus.Unit {
	all := append(slices.Clone(k.added), k.repealed...)
	slices.SortStableFunc(all, func(a, b *corpus.Unit) int { return corpus.CompareIDs(a.ID, b.ID) })
	return all
}

// knownWithin returns what of u, of the version v, or of the units below
// it, v's footnotes say was added or repealed after from, up to to.
func knownWithin(v *corpus.Version, u *corpus.Unit, from, to corpus.Date) knownChanges {
	switch {
	case noteSays(v, u.ID, added, from, to):
		return knownChanges{added: []*corpus.Unit{u}}
	case u.Status == corpus.Repealed && noteSays(v, u.ID, repealed, from, to):
		return knownChanges{repealed: []*corpus.Unit{u}}
	}
	var k knownChanges
	for _, c := range u.Children {
		kc := knownWithin(v, c, from, to)
		k.added, k.repealed = append(k.added, kc.added...), append(k.repealed, kc.repealed...)
	}
	return k
}

// noteSays reports whether a footnote of v on the unit id records an
// amendment that took effect after from, up to to, and did to the unit
// what did says: on which day it did so, if it did.
func noteSays(v *corpus.Version, id string, did func(*corpus.Amendment) (corpus.Date, bool), from, to corpus.Date) bool {
	var u *corpus.Unit // looked up once, for the first note on it
	looked := false
	return slices.ContainsFunc(v.Footnotes, func(f corpus.Footnote) bool {
		if f.Unit != id || f.Amendment == nil {
			return false
		}
		if !looked {
			u, looked = v.Unit.Find(id), true
		}
		if u != nil && !u.NoteOnWhole(f.Label) {
			return false
		}
		day, ok := did(f.Amendment)
		return ok && day > from && day <= to
	})
}

// added says on which day an amendment added its unit, if it did (in the
// first clause of its note, whatever later change the note names).
func added(a *corpus.Amendment) (corpus.Date, bool) { return a.AddedOn() }

// repealed says on which day an amendment repealed its unit, if it did.
func repealed(a *corpus.Amendment) (corpus.Date, bool) { return a.InForce, a.Kind == corpus.Removed }

// standIns returns, for each unit repealed under a unit of unknown
// wording, a unit in force with its id and no words, for the older tree:
// compared with it, the unit reads repealed, with no inline diff.
func (c *comparer) standIns(repealed []*corpus.Unit) []*corpus.Unit {
	out := make([]*corpus.Unit, len(repealed))
	for i, u := range repealed {
		out[i] = &corpus.Unit{ID: u.ID, Kind: u.Kind, Label: u.Label}
		if c.unknownBefore == nil {
			c.unknownBefore = map[string]bool{}
		}
		c.unknownBefore[u.ID] = true
	}
	return out
}

// knownSides sets the trees of a comparison of the unit u, of the version
// nv, whose wording on from is unknown, to what of it is known to have
// changed: all of it when a footnote says it, or a unit above it, was
// added in between (corpus.Version.AddedOn, as Act.At tells a unit not in
// force from one of unknown wording), else knownWithin.
func (c *comparer) knownSides(nv *corpus.Version, u *corpus.Unit, from, to corpus.Date) {
	known := knownWithin(nv, u, from, to)
	if day, ok := nv.AddedOn(u.ID); ok && day > from && day <= to {
		known = knownChanges{added: []*corpus.Unit{u}}
	}
	c.old = tree{&corpus.Unit{Children: c.standIns(known.repealed)}, nil, nil}
	c.new = tree{&corpus.Unit{Children: known.units()}, c.attr.notes.of(nv), nil}
}

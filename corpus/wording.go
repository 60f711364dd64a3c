package corpus

import (
	"fmt"
	"hash/fnv"
	"slices"
)

// A Wording is one wording of a unit (its "brzmienie"): the days on which
// the unit read the same — its text and everything below it, footnote
// markers and editorial headings aside — over consecutive versions of its
// top-level unit. A new consolidated text that repeats a unit's wording
// does not start a new wording: Since ("brzmienie od") is the day the
// wording first applied. A gap between versions ends a wording.
//
// Unit is the unit as the latest of Versions (oldest first) has it.
type Wording struct {
	Unit     *Unit
	Range    Range
	Versions []*Version
}

// Since returns the first day the wording applied: its "brzmienie od".
func (w Wording) Since() Date { return w.Range.From }

// Sources returns the distinct sources of the wording's versions, oldest
// first.
func (w Wording) Sources() []string {
	var out []string
	for _, v := range w.Versions {
		if v.Source != "" && !slices.Contains(out, v.Source) {
			out = append(out, v.Source)
		}
	}
	return out
}

// EachWording calls fn with each wording of each unit found in versions,
// the versions of one top-level unit, oldest first (as Act.Versions gives
// them). A wording is passed to fn when it ends; within one version, units
// come in document order. It stops at the first error fn returns.
//
// This is the one place where lexdiff decides that two versions give a
// unit the same wording: the history, the act's pages, at, versions and
// the search all ask it.
func EachWording(versions []*Version, fn func(Wording) error) error {
	type open struct {
		w  Wording
		fp uint64
	}
	opened := map[string]*open{}
	var order []string // ids in opened, oldest first
	emit := func(keep func(string) bool) error {
		kept := order[:0]
		for _, id := range order {
			if keep(id) {
				kept = append(kept, id)
				continue
			}
			o := opened[id]
			delete(opened, id)
			if err := fn(o.w); err != nil {
				return err
			}
		}
		order = kept
		return nil
	}
	for _, v := range versions {
		fps := map[*Unit]uint64{}
		fingerprint(v.Unit, fps)
		seen := map[string]bool{}
		var ended []string
		v.Unit.Walk(func(u *Unit) bool {
			seen[u.ID] = true
			if o, ok := opened[u.ID]; ok {
				if o.fp == fps[u] && follows(o.w.Range, v.Range) {
					o.w.Range.To, o.w.Unit = v.Range.To, u
					o.w.Versions = append(o.w.Versions, v)
					return true
				}
				ended = append(ended, u.ID)
			}
			return true
		})
		ends := map[string]bool{}
		for _, id := range ended {
			ends[id] = true
		}
		if err := emit(func(id string) bool { return seen[id] && !ends[id] }); err != nil {
			return err
		}
		v.Unit.Walk(func(u *Unit) bool {
			if _, ok := opened[u.ID]; !ok {
				opened[u.ID] = &open{Wording{Unit: u, Range: v.Range, Versions: []*Version{v}}, fps[u]}
				order = append(order, u.ID)
			}
			return true
		})
	}
	return emit(func(string) bool { return false })
}

// follows reports whether r starts on the day after prev ends.
func follows(prev, r Range) bool { return !prev.IsOpen() && prev.To.AddDays(1) == r.From }

// fingerprint computes, for u and each unit below it, a hash of its
// wording (kind, label, text, closing part, and the wordings below it),
// into fps, and returns u's.
func fingerprint(u *Unit, fps map[*Unit]uint64) uint64 {
	h := fnv.New64a()
	for _, s := range []string{string(u.Kind), u.Label, u.Text, u.Closing} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	var b [8]byte
	for _, c := range u.Children {
		fp := fingerprint(c, fps)
		for i := range b {
			b[i] = byte(fp >> (8 * i))
		}
		h.Write(b[:])
	}
	fp := h.Sum64()
	fps[u] = fp
	return fp
}

// Wordings returns the wordings of the unit with the given id (any depth),
// oldest first. The error wraps ErrNotFound when no version has the unit.
func (a *Act) Wordings(id string) ([]Wording, error) {
	ws := a.wordingsOf(id)
	if len(ws) == 0 {
		return nil, fmt.Errorf("%s has no unit %s: %w", a.ID, CitationOf(id), ErrNotFound)
	}
	return slices.Clone(ws), nil
}

// WordingAt returns the wording of the unit with the given id in force on
// d: Since says since when it has applied ("brzmienie od"). The errors are
// those of At.
func (a *Act) WordingAt(id string, d Date) (Wording, error) {
	if _, _, err := a.At(id, d); err != nil {
		return Wording{}, err
	}
	for _, w := range a.wordingsOf(id) {
		if w.Range.Contains(d) {
			return w, nil
		}
	}
	return Wording{}, fmt.Errorf("%s of %s on %s: %w", CitationOf(id), a.ID, d, ErrNotInForce)
}

// topOf returns the id of the top-level unit that holds the unit id.
func topOf(id string) string {
	for i := 0; i < len(id); i++ {
		if id[i] == '.' {
			return id[:i]
		}
	}
	return id
}

package corpus

import (
	"fmt"
	"slices"
)

// Merge returns a new act: a with the versions vs and the sources srcs
// added (a source replaces one with the same reference). A version
// identical to one already there is dropped; a version that starts inside
// an open-ended one closes that one on the day before (the usual case: a
// newer consolidated text); a published version takes the place of a
// computed one that starts on the same day; any other overlap is an error
// wrapping ErrInvalid. a itself is not changed.
func (a *Act) Merge(info ActInfo, vs []*Version, srcs ...Source) (*Act, error) {
	all := map[string][]*Version{}
	for _, id := range a.units {
		all[id] = append([]*Version(nil), a.versions[id]...)
	}
	for _, v := range vs {
		merged, err := mergeVersion(all[v.Unit.ID], v)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrInvalid, err)
		}
		all[v.Unit.ID] = merged
	}
	var flat []*Version
	for _, id := range a.units {
		flat = append(flat, all[id]...)
		delete(all, id)
	}
	for _, v := range vs {
		flat = append(flat, all[v.Unit.ID]...)
		delete(all, v.Unit.ID)
	}
	return NewAct(info, flat, mergeSources(a.sources, srcs)...)
}

// mergeSources returns old with each of add put in, in place of an old
// source with the same reference.
func mergeSources(old, add []Source) []Source {
	out := slices.Clone(old)
	for _, s := range add {
		key := LookupKey(s.Ref)
		if i := slices.IndexFunc(out, func(o Source) bool { return LookupKey(o.Ref) == key }); i >= 0 {
			out[i] = s
		} else {
			out = append(out, s)
		}
	}
	return out
}

// mergeVersion adds v to the versions of one unit.
func mergeVersion(existing []*Version, v *Version) ([]*Version, error) {
	out := make([]*Version, 0, len(existing)+1)
	for _, old := range existing {
		switch {
		case old.Range == v.Range && sameVersion(old, v):
			return existing, nil
		case old.Computed && !v.Computed && old.Range.From == v.Range.From:
			continue // a published text of the day an amendment was computed for takes its place
		case !old.Range.Overlaps(v.Range):
			out = append(out, old)
		case old.Range.IsOpen() && old.Range.From < v.Range.From:
			closed := *old
			closed.Range.To = v.Range.From.AddDays(-1)
			out = append(out, &closed)
		default:
			return nil, fmt.Errorf("%s: the new version %s overlaps the stored version %s", v.Unit.Citation(), v.Range, old.Range)
		}
	}
	return append(out, v), nil
}

package corpus

import (
	"fmt"
	"slices"
	"sort"
)

// Merge returns a new act: a with the versions vs and the sources srcs
// added (a source replaces the one with its reference). a itself is not
// changed.
//
// A version from a consolidated text or an act as published (a snapshot
// of the whole act on its source's date) replaces every version read
// before from that same source, and applies until the day before the
// unit's next wording in a newer snapshot, or, when a newer snapshot lacks
// the unit, until the day before that snapshot's date: so the order in
// which snapshots are imported does not matter, and importing one again
// changes nothing. A snapshot's version left no day by a newer one is
// dropped, with a warning kept on its source. A consolidated text's
// version dated earlier than the text by footnotes of its parts is split
// (splitBackdated).
//
// Any other version (from a portal export, a plain text given its dates,
// or computed by applying an amending act) is added as before: an
// identical one is dropped; one that starts inside an open-ended version
// closes that one on the day before; any other overlap is an error
// wrapping ErrInvalid. A published version takes the place of a computed
// one that starts on the same day, unless it is a consolidated text's
// version that footnotes of the unit's parts date back to that day, which
// gives way to the computed one up to the text's own date (settle).
func (a *Act) Merge(info ActInfo, vs []*Version, srcs ...Source) (*Act, error) {
	sources := mergeSources(a.sources, srcs)
	m := &merger{sources: sources, snapshot: snapshotSources(sources), keys: map[string]string{}}
	fresh := map[string]bool{}
	for _, s := range srcs {
		if s.Kind.snapshot() {
			fresh[m.key(s.Ref)] = true
		}
	}
	all := map[string][]*Version{}
	order := slices.Clone(a.units)
	known := map[string]bool{}
	for _, id := range a.units {
		known[id] = true
		for _, v := range a.versions[id] {
			if !fresh[m.key(v.Source)] {
				all[id] = append(all[id], v)
			}
		}
	}
	for _, v := range vs {
		id := v.Unit.ID
		if !known[id] {
			known[id] = true
			order = append(order, id)
		}
		if m.isSnapshot(v) {
			all[id] = append(all[id], v)
			continue
		}
		merged, err := mergeVersion(all[id], v)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrInvalid, err)
		}
		all[id] = merged
	}
	m.bound(all)
	var flat []*Version
	for _, id := range order {
		settled, err := m.settle(all[id])
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrInvalid, err)
		}
		flat = append(flat, settled...)
	}
	return NewAct(info, flat, m.sources...)
}

// A merger bounds the versions of snapshot sources by the newer ones.
type merger struct {
	sources  []Source
	snapshot map[string]Source // lookup key of each snapshot source → the source
	keys     map[string]string // LookupKey of each source named, read once
}

// key returns LookupKey(ref), reading each reference once: a merge asks
// it of every version's source, for every snapshot.
func (m *merger) key(ref string) string {
	k, ok := m.keys[ref]
	if !ok {
		k = LookupKey(ref)
		m.keys[ref] = k
	}
	return k
}

func snapshotSources(ss []Source) map[string]Source {
	out := map[string]Source{}
	for _, s := range ss {
		if s.Kind.snapshot() {
			out[LookupKey(s.Ref)] = s
		}
	}
	return out
}

func (m *merger) isSnapshot(v *Version) bool {
	_, ok := m.snapshot[m.key(v.Source)]
	return ok
}

// bound ends each snapshot version before the unit's wording in any newer
// snapshot begins (or, where the newer one lacks the unit, before its
// date, or before the day it gave another unit the unit's number: see
// renumberedAway), and drops those left no day.
func (m *merger) bound(all map[string][]*Version) {
	type snap struct {
		key  string
		date Date
	}
	var snaps []snap
	for k, s := range m.snapshot {
		snaps = append(snaps, snap{k, s.Date})
	}
	sort.Slice(snaps, func(i, j int) bool {
		if snaps[i].date != snaps[j].date {
			return snaps[i].date < snaps[j].date
		}
		return snaps[i].key < snaps[j].key
	})
	rank := map[string]int{}
	for i, s := range snaps {
		rank[s.key] = i
	}
	away := m.renumberedAway(all)
	for id, vs := range all {
		// first[i]: the first day of the unit's wording in snapshot i, or
		// the snapshot's date when it lacks the unit (the day another unit
		// took its number, when one did).
		first := make([]Date, len(snaps))
		for i, s := range snaps {
			first[i] = s.date
			if d, ok := away[s.key][id]; ok {
				first[i] = d
			}
			found := false // a snapshot without the unit ends it on the day before its date
			for _, v := range vs {
				if m.key(v.Source) == s.key && (!found || v.Range.From < first[i]) {
					first[i], found = v.Range.From, true
				}
			}
		}
		var keep []*Version
		for _, v := range vs {
			r, ok := rank[m.key(v.Source)]
			if !ok {
				keep = append(keep, v)
				continue
			}
			end := v.Range.To
			for j := r + 1; j < len(snaps); j++ {
				if f := first[j]; !f.IsZero() && (end.IsZero() || f.AddDays(-1) < end) {
					end = f.AddDays(-1)
				}
			}
			if !end.IsZero() && end < v.Range.From {
				m.superseded(v)
				continue
			}
			if end != v.Range.To {
				c := *v
				c.Range.To = end
				v = &c
			}
			keep = append(keep, v)
		}
		all[id] = keep
	}
}

// superseded records on v's source that a newer snapshot left v no day.
func (m *merger) superseded(v *Version) {
	for i := range m.sources {
		if m.key(m.sources[i].Ref) == m.key(v.Source) {
			m.sources[i].Warnings = append(m.sources[i].Warnings, Warning{Kind: WarnSuperseded,
				Msg: fmt.Sprintf("%s from %s is not kept: a newer consolidated text gives the unit another wording from an earlier day", v.Unit.Citation(), v.Range.From)})
		}
	}
}

// closeOpen sorts the versions of one unit and closes an open-ended one,
// or a published one a computed version starts inside, on the day before
// the next starts. Any other overlap is an error.
func closeOpen(vs []*Version) ([]*Version, error) {
	sort.SliceStable(vs, func(i, j int) bool { return vs[i].Range.From < vs[j].Range.From })
	out := make([]*Version, 0, len(vs))
	for _, v := range vs {
		if n := len(out); n > 0 && out[n-1].Range.Overlaps(v.Range) {
			prev := out[n-1]
			switch {
			case prev.Computed && !v.Computed && prev.Range.From == v.Range.From:
				out[n-1] = v // a published text of the day an amendment was computed for takes its place
				continue
			case prev.Range.IsOpen() && prev.Range.From < v.Range.From,
				v.Computed && !prev.Computed && prev.Range.From < v.Range.From:
				// A version computed from an amending act that takes
				// effect inside a published one ends it, as amend.Apply
				// ended it when it computed the version: importing the
				// published text again gives the same act.
				c := *prev
				c.Range.To = v.Range.From.AddDays(-1)
				out[n-1] = &c
			case prev.Range == v.Range && sameVersion(prev, v):
				continue
			default:
				return nil, fmt.Errorf("%s: versions %s (%s) and %s (%s) overlap", v.Unit.Citation(), prev.Range, prev.Source, v.Range, v.Source)
			}
		}
		out = append(out, v)
	}
	return out, nil
}

// mergeVersion adds v, a version from a source that is no snapshot, to the
// versions of one unit.
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

// mergeSources returns old with each of add put in, in place of an old
// source with the same reference.
func mergeSources(old, add []Source) []Source {
	out := slices.Clone(old)
	at := map[string]int{}
	for i, o := range out {
		if _, ok := at[LookupKey(o.Ref)]; !ok {
			at[LookupKey(o.Ref)] = i
		}
	}
	for _, s := range add {
		key := LookupKey(s.Ref)
		if i, ok := at[key]; ok {
			out[i] = s
		} else {
			at[key] = len(out)
			out = append(out, s)
		}
	}
	return out
}

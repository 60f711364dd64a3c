package corpus

// renumberedAway returns, by snapshot (its lookup key) and by the id of a
// top-level unit that the snapshot lacks, the day a footnote of the
// snapshot says an amendment gave another unit of the same kind its number
// ("Oznaczenie załącznika nr 1 nadane przez …"): the unit it lacks was
// that unit until the day before, so it ends then, not on the day before
// the snapshot. A unit is paired so only when it is the one unit of its
// kind, known from another snapshot, that the snapshot lacks.
func (m *merger) renumberedAway(all map[string][]*Version) map[string]map[string]Date {
	held := map[string]map[string]*Version{} // by snapshot, its first version of each unit
	known := map[string]bool{}               // the units some snapshot holds
	kinds := map[string]Kind{}
	for id, vs := range all {
		for _, v := range vs {
			kinds[id] = v.Unit.Kind
			key := m.key(v.Source)
			if _, ok := m.snapshot[key]; !ok {
				continue
			}
			known[id] = true
			if held[key] == nil {
				held[key] = map[string]*Version{}
			}
			if first := held[key][id]; first == nil || v.Range.From < first.Range.From {
				held[key][id] = v
			}
		}
	}
	out := map[string]map[string]Date{}
	for key, units := range held {
		for id, v := range units {
			day := renumberingDay(v, id)
			if day.IsZero() || day >= m.snapshot[key].Date {
				continue
			}
			var away []string
			for other := range known {
				if units[other] == nil && kinds[other] == kinds[id] {
					away = append(away, other)
				}
			}
			if len(away) == 1 {
				if out[key] == nil {
					out[key] = map[string]Date{}
				}
				out[key][away[0]] = day
			}
		}
	}
	return out
}

// renumberingDay returns the day a footnote of v says an amendment gave
// the unit id its number, or 0.
func renumberingDay(v *Version, id string) Date {
	for _, f := range v.Footnotes {
		if f.Unit == id && f.Amendment != nil && f.Amendment.Renumbers() {
			return f.Amendment.InForce
		}
	}
	return 0
}

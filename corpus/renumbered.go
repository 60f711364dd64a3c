package corpus

import "slices"

// renumberedAway returns, by snapshot (its lookup key) and by the id of a
// top-level unit that the snapshot lacks, the day a footnote of the
// snapshot says an amendment gave another unit of the same kind its number
// ("Oznaczenie załącznika nr 1 nadane przez …"): the unit it lacks was
// that unit until the day before, so it ends then, not on the day before
// the snapshot.
//
// A unit is paired so only when it is the one unit of its kind, known from
// another snapshot, that the snapshot lacks; when every snapshot that
// holds it is older than the day (consolidated texts repeat old footnotes:
// a renumbering of 2020 says nothing of an annex a text of 2025 still
// had); and when that day is the only one the snapshot's footnotes give
// for it. A unit known only from other sources (a plain text, a portal's
// export) is not bounded by snapshots at all (see bound).
func (m *merger) renumberedAway(all map[string][]*Version) map[string]map[string]Date {
	held := map[string]map[string]*Version{} // by snapshot, its first version of each unit
	latest := map[string]Date{}              // by unit, the date of the newest snapshot holding it
	kinds := map[string]Kind{}
	for id, vs := range all {
		for _, v := range vs {
			kinds[id] = v.Unit.Kind
			key := m.key(v.Source)
			src, ok := m.snapshot[key]
			if !ok {
				continue
			}
			latest[id] = max(latest[id], src.Date)
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
		days := map[string][]Date{} // by unit lacked, the days it can have ended the day before
		for id, v := range units {
			day := renumberingDay(v, id)
			if day.IsZero() || day >= m.snapshot[key].Date {
				continue
			}
			var away []string
			for other, last := range latest {
				if units[other] == nil && kinds[other] == kinds[id] && last < day {
					away = append(away, other)
				}
			}
			if len(away) == 1 && !slices.Contains(days[away[0]], day) {
				days[away[0]] = append(days[away[0]], day)
			}
		}
		for id, ds := range days {
			if len(ds) != 1 {
				continue // two days it can have ended: neither is sure
			}
			if out[key] == nil {
				out[key] = map[string]Date{}
			}
			out[key][id] = ds[0]
		}
	}
	return out
}

// renumberingDay returns the day a footnote of v says an amendment gave
// the unit id its number, or, for a version lexdiff computed, the day the
// amending act it applied did; 0 when neither says so.
func renumberingDay(v *Version, id string) Date {
	for _, f := range v.Footnotes {
		if day, ok := f.Numbering(id); ok {
			return day
		}
	}
	if ap, ok := v.Renumbering(id); ok {
		return ap.InForce
	}
	return 0
}

// Renumbering returns the change of a computed version that gave the unit
// id its number ("dotychczasowy załącznik oznacza się jako załącznik nr
// 1"), and whether there is one.
func (v *Version) Renumbering(id string) (AppliedAmendment, bool) {
	for _, ap := range v.Renumberings() {
		if ap.Unit == id {
			return ap, true
		}
	}
	return AppliedAmendment{}, false
}

// Renumberings returns the changes of a computed version that gave units
// their numbers.
func (v *Version) Renumberings() []AppliedAmendment {
	var out []AppliedAmendment
	for _, ap := range v.Applied {
		if ap.Kind == Renumbered {
			out = append(out, ap)
		}
	}
	return out
}

// Renumberings returns the changes lexdiff computed that gave units of
// the act their numbers, found once when the act is made: a comparison
// asks for them, and most acts have none.
func (a *Act) Renumberings() []AppliedAmendment { return a.renumberings }

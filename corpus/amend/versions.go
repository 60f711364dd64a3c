package amend

import (
	"fmt"
	"slices"

	"lexdiff/corpus"
)

// versions returns the new versions of the units the day's operations
// changed, and the ids of the units that end on the day before (renumbered
// away).
func (st *state) versions() (vs []*corpus.Version, ends []string) {
	for _, id := range st.ids {
		w := st.tops[id]
		if w.ended {
			ends = append(ends, id)
			continue
		}
		pruneMarkers(w.unit)
		v := &corpus.Version{Unit: w.unit, Range: corpus.Range{From: st.day}, Source: st.by.ref, Groups: w.groups,
			Computed: true, Applied: w.applied}
		if w.base != nil {
			v.Footnotes = keptFootnotes(w.base.Footnotes, w.unit)
			switch {
			case st.again:
				v.Source = w.base.Source // applied again on that version (reapply): still its act's
			case w.base.Range.From == st.day && w.base.Source != "" && w.base.Source != st.by.ref:
				v.Source = w.base.Source + "; " + st.by.ref
			}
		}
		if v.Source == "" {
			v.Source = st.by.id
		}
		vs = append(vs, v)
	}
	return vs, ends
}

// pruneMarkers drops the footnote markers that no longer stand in a text:
// in a closing part that was deleted, past the end of a shortened text. A
// marker at the start of a unit with no text of its own but units under
// it stays: the article's footnote printed before its ust. 1 ("Art. 9a.
// [^2] 1. …").
func pruneMarkers(top *corpus.Unit) {
	top.Walk(func(u *corpus.Unit) bool {
		keep := u.Markers[:0]
		for _, m := range u.Markers {
			t := *textOf(u, m.InClosing)
			if t != "" && m.Offset <= len(t) || t == "" && !m.InClosing && m.Offset == 0 && len(u.Children) > 0 {
				keep = append(keep, m)
			}
		}
		if len(keep) == 0 {
			keep = nil
		}
		u.Markers = keep
		return true
	})
}

// keptFootnotes returns the footnotes of the version before that still
// have a marker to stand by: a unit given a new wording loses its old
// notes. A note whose unit is outside the tree stays (the note of a
// heading above it, or one that another note refers to: "ustawy, o której
// mowa w odnośniku 1"); one whose marker now stands on another unit of
// the tree (the unit was renumbered, or the note also covers its
// neighbours) follows it there.
func keptFootnotes(fs []corpus.Footnote, top *corpus.Unit) []corpus.Footnote {
	var out []corpus.Footnote
	for _, f := range fs {
		if f.Unit == "" || !corpus.IsPathPrefix(top.ID, f.Unit) {
			out = append(out, f)
			continue
		}
		if u := top.Find(f.Unit); u != nil && hasMarker(u, f.Label) {
			out = append(out, f)
			continue
		}
		top.Walk(func(u *corpus.Unit) bool {
			if !hasMarker(u, f.Label) {
				return true
			}
			if !slices.ContainsFunc(fs, func(g corpus.Footnote) bool { return g.Label == f.Label && g.Unit == u.ID }) {
				f.Unit = u.ID
				out = append(out, f)
			}
			return false
		})
	}
	return out
}

// hasMarker reports whether a marker of the note label stands in u.
func hasMarker(u *corpus.Unit, label string) bool {
	return slices.ContainsFunc(u.Markers, func(m corpus.Marker) bool { return m.Label == label })
}

// merge returns act with the computed versions of one day, and those of
// them it stored: each closes the version it follows on the day before and
// runs as long as that one did (or until the next version starts). A
// published version that starts on the same day stays in place of the
// computed one, and where the two differ the difference is reported;
// unless it is a consolidated text's version that footnotes of the unit's
// parts date back to that day (corpus.Act.Yield), which the computed
// version replaces up to the text's own date (where the parts the
// footnotes date differ, that is reported).
// Units in ends close on the day before. A version another amending act
// computed from a later day stays: the change is applied on it again
// (ActChange.reapply).
func merge(act *corpus.Act, day corpus.Date, vs []*corpus.Version, ends []string, src corpus.Source) (*corpus.Act, []*corpus.Version, []Mismatch, error) {
	byUnit := map[string][]*corpus.Version{}
	var order []string
	for _, id := range act.Units() {
		byUnit[id] = append([]*corpus.Version(nil), act.Versions(id)...)
		order = append(order, id)
	}
	var mismatches []Mismatch
	var stored []*corpus.Version
	for _, v := range vs {
		id := v.Unit.ID
		if _, ok := byUnit[id]; !ok {
			order = append(order, id)
		}
		merged, mm, kept, err := mergeOne(byUnit[id], v, day, act.Yield)
		if err != nil {
			return nil, nil, nil, err
		}
		if kept {
			stored = append(stored, v)
		}
		byUnit[id] = merged
		mismatches = append(mismatches, mm...)
	}
	for _, id := range ends {
		byUnit[id] = closeOn(byUnit[id], day)
	}
	var flat []*corpus.Version
	for _, id := range order {
		flat = append(flat, byUnit[id]...)
	}
	a, err := corpus.NewAct(act.ActInfo, flat, withSource(act.Sources(), src)...)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("%w: %w", corpus.ErrInvalid, err)
	}
	return a, stored, mismatches, nil
}

// withSource returns srcs with src among them (once).
func withSource(srcs []corpus.Source, src corpus.Source) []corpus.Source {
	for _, s := range srcs {
		if corpus.LookupKey(s.Ref) == corpus.LookupKey(src.Ref) {
			return srcs
		}
	}
	return append(slices.Clone(srcs), src)
}

// mergeOne adds the computed version v, starting on day, to the versions
// of one unit, and reports whether it kept it. yield says whether, and
// for which days, a published version gives way to a computed one
// (corpus.Act.Yield).
func mergeOne(existing []*corpus.Version, v *corpus.Version, day corpus.Date, yield func(*corpus.Version) (corpus.Range, *corpus.Version, bool)) ([]*corpus.Version, []Mismatch, bool, error) {
	out := make([]*corpus.Version, 0, len(existing)+1)
	var next, rest *corpus.Version
	var mismatches []Mismatch
	for i, e := range existing {
		switch {
		case e.Range.From == day && !e.Computed:
			r, after, ok := yield(e)
			if !ok {
				return existing, Compare(v.Unit, e.Unit, e), false, nil
			}
			mismatches = attested(v, e)
			v.Range, rest = r, after
			continue
		case e.Range.From == day:
			v.Range.To = e.Range.To // the same day's computation, redone or extended
			continue
		case e.Range.Contains(day):
			closed := *e
			closed.Range.To = day.AddDays(-1)
			v.Range.To = e.Range.To
			out = append(out, &closed)
			continue
		case e.Range.From > day && next == nil:
			next = existing[i]
		}
		out = append(out, e)
	}
	if next != nil && v.Range.IsOpen() {
		v.Range.To = next.Range.From.AddDays(-1)
	}
	out = append(out, v)
	if rest != nil {
		out = append(out, rest)
	}
	return out, mismatches, true, nil
}

// attested compares the computed version v with the parts of e, a
// version starting on the same day that gives way to it (corpus.Act.Yield),
// that footnotes date on that day: the rest of e is the older wording, or
// the wording of the text's own date, which the amending act may have
// changed with no footnote saying so.
func attested(v, e *corpus.Version) []Mismatch {
	var out []Mismatch
	seen := map[string]bool{}
	for _, f := range e.Footnotes {
		if f.Amendment == nil || f.Amendment.InForce != e.Range.From || f.Unit == "" || seen[f.Unit] {
			continue
		}
		seen[f.Unit] = true
		computed, published := v.Unit.Find(f.Unit), e.Unit.Find(f.Unit)
		switch {
		case computed != nil && published != nil:
			out = append(out, Compare(computed, published, e)...)
		case published != nil:
			out = append(out, Mismatch{Unit: f.Unit, Citation: corpus.CitationOf(f.Unit), Published: ownTexts(published)[f.Unit], From: e.Range.From, Source: e.Source})
		}
	}
	return out
}

// closeOn ends the version in force on day on the day before, and drops a
// version computed from that day.
func closeOn(vs []*corpus.Version, day corpus.Date) []*corpus.Version {
	out := make([]*corpus.Version, 0, len(vs))
	for _, e := range vs {
		switch {
		case e.Range.From == day && e.Computed:
			continue
		case e.Range.From < day && e.Range.Contains(day):
			closed := *e
			closed.Range.To = day.AddDays(-1)
			e = &closed
		}
		out = append(out, e)
	}
	return out
}

package server

import (
	"slices"
	"strings"

	"lexdiff/corpus"
	"lexdiff/diff"
)

// A matrixView answers "which fields applied when" for a unit with a list:
// a row per unit below it, a column per version, each cell saying what
// the version did to the sub-unit against the version before.
type matrixView struct {
	Columns []matrixColumn
	Rows    []matrixRow
}

type matrixColumn struct {
	Range   corpus.Range
	Source  string
	URL     string
	Current bool
}

type matrixRow struct {
	ID       string
	Citation string
	Depth    int // levels below the unit, from 1
	Cells    []matrixCell
}

// A matrixCell is a sub-unit in one version. State is a CSS class:
// present (first version), unchanged, changed, added, removed, repealed,
// restored, moved, annotated or absent.
type matrixCell struct {
	State string
	Class string // for changed: formatting, reference or wording
	Label string
	Words string // what a symbol Label means, for those who cannot see it
}

// newMatrix builds the matrix of the unit with the given id in a, or nil
// when no version of it has units below it.
func newMatrix(l lang, a *corpus.Act, id string, today corpus.Date) *matrixView {
	top, _, _ := strings.Cut(id, ".")
	var versions []*corpus.Version
	for _, v := range a.Versions(top) {
		if v.Unit.Find(id) != nil {
			versions = append(versions, v)
		}
	}
	rows := subUnits(versions, id)
	if len(rows) == 0 {
		return nil
	}
	m := &matrixView{}
	for _, v := range versions {
		m.Columns = append(m.Columns, matrixColumn{Range: v.Range, Source: v.Source, URL: actURL(a.ID, v.Range.From, id), Current: v.Range.Contains(today)})
	}
	changes := make([]map[string]diff.Change, len(versions))
	for k := 1; k < len(versions); k++ {
		changes[k] = map[string]diff.Change{}
		for _, c := range diff.Versions(versions[k-1], versions[k]) {
			changes[k][c.Unit] = c
		}
	}
	for _, sub := range rows {
		row := matrixRow{ID: sub, Citation: corpus.CitationOf(sub), Depth: strings.Count(sub, ".") - strings.Count(id, ".")}
		for k, v := range versions {
			row.Cells = append(row.Cells, matrixCellOf(l, v.Unit.Find(sub), k, changes[k][sub]))
		}
		m.Rows = append(m.Rows, row)
	}
	return m
}

// subUnits lists the ids of the units below id in any of the versions, in
// document order (a unit inserted later stands after its predecessor).
func subUnits(versions []*corpus.Version, id string) []string {
	var ids []string
	seen := map[string]bool{}
	for _, v := range versions {
		u := v.Unit.Find(id)
		prev := -1
		u.Walk(func(s *corpus.Unit) bool {
			if s == u {
				return true
			}
			if i := slices.Index(ids, s.ID); i >= 0 {
				prev = i
				return true
			}
			if !seen[s.ID] {
				seen[s.ID] = true
				prev++
				ids = append(ids[:prev], append([]string{s.ID}, ids[prev:]...)...)
			}
			return true
		})
	}
	return ids
}

// matrixCellOf says what version k did to the sub-unit u (nil: absent),
// given the change the diff found against version k-1 (zero: none).
func matrixCellOf(l lang, u *corpus.Unit, k int, c diff.Change) matrixCell {
	switch {
	case u == nil && c.Kind != diff.Removed:
		return matrixCell{State: "absent", Label: "—"}
	case k == 0:
		if u.Status != "" && u.Status != corpus.InForce {
			return matrixCell{State: "repealed", Label: l.T("status." + string(u.Status))}
		}
		return matrixCell{State: "present", Label: "●", Words: l.T("history.present")}
	case c.Kind == "" || c.Kind == diff.Unchanged:
		return matrixCell{State: "unchanged", Label: l.T("kind.unchanged")}
	case c.Kind == diff.Modified:
		return matrixCell{State: "changed", Class: string(c.Class), Label: l.T("class." + string(c.Class))}
	}
	return matrixCell{State: string(c.Kind), Label: l.T("kind." + string(c.Kind))}
}

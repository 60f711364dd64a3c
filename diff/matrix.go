package diff

import (
	"slices"
	"strings"

	"lexdiff/corpus"
)

// A Matrix answers "which fields applied when" for a unit with a list,
// such as the paragraph that lists what an application must contain: a row
// per unit below it, a column per wording of the unit (as its History has
// them), and in each cell what that wording did to the row's unit against
// the wording before.
type Matrix struct {
	Act      string         `json:"act"`
	Unit     string         `json:"unit"`
	Citation string         `json:"citation"`
	Columns  []MatrixColumn `json:"columns"`
	Rows     []MatrixRow    `json:"rows"`
}

// A MatrixColumn is one wording of the unit: the days it applied and where
// it comes from.
type MatrixColumn struct {
	Range   corpus.Range `json:"range"`
	Sources []string     `json:"sources,omitempty"`
}

// A MatrixRow is one unit below the matrix's unit, at any depth (1 for its
// children), in document order. Label cites it from the matrix's unit:
// "pkt 1 lit. a" in the matrix of "§ 3 ust. 1".
type MatrixRow struct {
	Unit     string       `json:"unit"`
	Citation string       `json:"citation"`
	Label    string       `json:"label"`
	Depth    int          `json:"depth"`
	Cells    []MatrixCell `json:"cells"`
}

// A MatrixCell says what one wording did to a row's unit. State is
// "present" in the first wording (the unit is there, Status saying when it
// is not in force), "absent" when the wording has no such unit, else the
// Kind of its change against the wording before ("unchanged", "modified",
// "added", "repealed" …) with the Class of a modification.
type MatrixCell struct {
	State  string        `json:"state"`
	Class  Class         `json:"class,omitempty"`
	Status corpus.Status `json:"status,omitempty"`
}

// The states of a cell besides the kinds of change.
const (
	Present = "present"
	Absent  = "absent"
)

// MatrixOf returns the matrix of the unit with the given id in act a. A
// unit with nothing below it has no rows. The error wraps
// corpus.ErrNotFound when no version has the unit.
func MatrixOf(a *corpus.Act, id string) (*Matrix, error) {
	h, err := HistoryOf(a, id)
	if err != nil {
		return nil, err
	}
	m := &Matrix{Act: a.ID, Unit: id, Citation: h.Citation, Columns: []MatrixColumn{}, Rows: []MatrixRow{}}
	// The wordings under an earlier number have units of other ids: their
	// rows would not line up.
	entries := slices.DeleteFunc(slices.Clone(h.Entries), func(e Entry) bool { return e.Unit != "" })
	units := make([]*corpus.Unit, len(entries))
	changes := make([]map[string]Change, len(entries))
	for k, e := range entries {
		m.Columns = append(m.Columns, MatrixColumn{Range: e.Range, Sources: e.Sources})
		if _, u, err := a.At(id, e.Range.From); err == nil {
			units[k] = u
		}
		changes[k] = map[string]Change{}
		for _, c := range e.Changes {
			changes[k][c.Unit] = c
		}
	}
	prefix := h.Citation + " "
	for _, sub := range subUnits(units) {
		cite := corpus.CitationOf(sub)
		row := MatrixRow{Unit: sub, Citation: cite, Label: strings.TrimPrefix(cite, prefix),
			Depth: strings.Count(sub, ".") - strings.Count(id, ".")}
		for k, u := range units {
			var found *corpus.Unit
			if u != nil {
				found = u.Find(sub)
			}
			row.Cells = append(row.Cells, matrixCell(found, k, changes[k][sub]))
		}
		m.Rows = append(m.Rows, row)
	}
	return m, nil
}

// subUnits lists the ids of the units below the roots, in any of them, in
// document order: a unit inserted later stands after its predecessor.
func subUnits(roots []*corpus.Unit) []string {
	var ids []string
	seen := map[string]bool{}
	for _, root := range roots {
		if root == nil {
			continue
		}
		prev := -1
		root.Walk(func(s *corpus.Unit) bool {
			if s == root {
				return true
			}
			if i := slices.Index(ids, s.ID); i >= 0 {
				prev = i
				return true
			}
			if !seen[s.ID] {
				seen[s.ID] = true
				prev++
				ids = slices.Insert(ids, prev, s.ID)
			}
			return true
		})
	}
	return ids
}

// matrixCell says what wording k did to the unit u (nil: absent), given
// its change against wording k-1 (zero: none).
func matrixCell(u *corpus.Unit, k int, c Change) MatrixCell {
	switch {
	case c.Kind != "":
		return MatrixCell{State: string(c.Kind), Class: c.Class, Status: c.Status}
	case u == nil:
		return MatrixCell{State: Absent}
	case k == 0:
		cell := MatrixCell{State: Present}
		if !inForce(u) {
			cell.Status = u.Status
		}
		return cell
	}
	return MatrixCell{State: string(Unchanged)}
}

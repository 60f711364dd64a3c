package server

import (
	"lexdiff/corpus"
	"lexdiff/diff"
)

// A matrixView is the fields matrix of a unit as its history page draws
// it: a row per unit below it, labelled short ("pkt 8", "lit. a"), a column
// per wording, each cell saying in words what the wording did to the row's
// unit and linking the comparison that shows it; cells without a change
// are muted so that changes stand out.
type matrixView struct {
	Columns []matrixColumn
	Rows    []matrixRow
	Legend  []matrixCell // one cell of each state the matrix shows
}

type matrixColumn struct {
	Range   corpus.Range
	Sources []string
	URL     string // the unit's text on the wording's first day
	Current bool
}

type matrixRow struct {
	ID       string
	Label    string
	Citation string
	Depth    int
	Cells    []matrixCell
}

// A matrixCell is a diff.MatrixCell in words. Symbol, when set, is shown
// instead of Label, which then says it for those who cannot see it.
type matrixCell struct {
	State  string // a CSS class: present, absent, unchanged, modified, added, repealed …
	Class  string // for a modification: formatting, reference or wording
	Label  string
	Symbol string
	URL    string // the comparison of the change, or ""
}

// newMatrixView returns the view of m, nil when m has no rows.
func newMatrixView(l lang, act string, m *diff.Matrix, today corpus.Date) *matrixView {
	if len(m.Rows) == 0 {
		return nil
	}
	v := &matrixView{}
	for _, c := range m.Columns {
		v.Columns = append(v.Columns, matrixColumn{Range: c.Range, Sources: c.Sources, URL: actURL(act, c.Range.From, m.Unit),
			Current: c.Range.Contains(today)})
	}
	seen := map[string]bool{}
	for _, r := range m.Rows {
		row := matrixRow{ID: r.Unit, Label: r.Label, Citation: r.Citation, Depth: r.Depth}
		for k, c := range r.Cells {
			cell := newMatrixCell(l, c, r.Unit)
			if k > 0 && cell.changed() {
				from := m.Columns[k].Range.From
				cell.URL = compareURL(act, from.AddDays(-1), from, r.Unit)
			}
			row.Cells = append(row.Cells, cell)
			if key := cell.State + "/" + cell.Class; !seen[key] {
				seen[key] = true
				v.Legend = append(v.Legend, newMatrixCell(l, c, "")) // the masculine form, of no unit in particular
			}
		}
		v.Rows = append(v.Rows, row)
	}
	return v
}

// newMatrixCell says c, a cell of the row of unit, in l.
func newMatrixCell(l lang, c diff.MatrixCell, unit string) matrixCell {
	cell := matrixCell{State: c.State, Class: string(c.Class)}
	switch {
	case c.State == diff.Present && c.Status != "":
		cell.State, cell.Label = "repealed", l.Of("status."+string(c.Status), unit)
	case c.State == diff.Present:
		cell.Label, cell.Symbol = l.T("history.present"), "●"
	case c.State == diff.Absent:
		cell.Label, cell.Symbol = l.T("history.absent"), "—"
	case c.State == string(diff.Unchanged):
		cell.Label, cell.Symbol = l.T("kind.unchanged"), "·"
	case c.State == string(diff.Modified):
		cell.Label = l.T("class." + string(c.Class))
	default:
		cell.Label = l.Of("kind."+c.State, unit)
		if c.Status != "" && c.State != string(diff.Repealed) {
			cell.Label += " (" + l.Of("status."+string(c.Status), unit) + ")"
		}
	}
	return cell
}

// changed reports whether the cell is a change, which has a comparison.
func (c matrixCell) changed() bool {
	switch c.State {
	case diff.Present, diff.Absent, string(diff.Unchanged):
		return false
	}
	return true
}

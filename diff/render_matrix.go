package diff

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// RenderMatrixText writes m as a table: a row per unit, indented by depth,
// a column per wording headed by its first day, each cell "●" (present in
// the first wording), "—" (absent), "·" (unchanged), the class of a
// modification, or the kind of another change.
func RenderMatrixText(w io.Writer, m *Matrix) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s of %s: %s in %s\n", m.Citation, m.Act, count(len(m.Rows), "unit", "units"), count(len(m.Columns), "wording", "wordings"))
	if len(m.Rows) == 0 {
		_, err := io.WriteString(w, b.String())
		return err
	}
	labels := make([]string, len(m.Rows))
	labelW := 0
	for i, r := range m.Rows {
		labels[i] = strings.Repeat("  ", r.Depth-1) + r.Label
		labelW = max(labelW, utf8.RuneCountInString(labels[i]))
	}
	widths := make([]int, len(m.Columns))
	for k, c := range m.Columns {
		widths[k] = len(c.Range.From.String())
		for _, r := range m.Rows {
			widths[k] = max(widths[k], utf8.RuneCountInString(cellText(r.Cells[k])))
		}
	}
	line := func(first string, cell func(k int) string) {
		l := pad(first, labelW)
		for k := range m.Columns {
			l += "  " + pad(cell(k), widths[k])
		}
		b.WriteString(strings.TrimRight(l, " ") + "\n")
	}
	b.WriteString("\n")
	line("", func(k int) string { return m.Columns[k].Range.From.String() })
	for i, r := range m.Rows {
		line(labels[i], func(k int) string { return cellText(r.Cells[k]) })
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// cellText is a cell in a word or a sign.
func cellText(c MatrixCell) string {
	switch {
	case c.State == Present && c.Status != "":
		return string(c.Status)
	case c.State == Present:
		return "●"
	case c.State == Absent:
		return "—"
	case c.State == string(Unchanged):
		return "·"
	case c.State == string(Modified):
		return string(c.Class)
	}
	return c.State
}

// pad fills s with spaces to n runes.
func pad(s string, n int) string { return s + strings.Repeat(" ", max(0, n-utf8.RuneCountInString(s))) }

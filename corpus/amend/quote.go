package amend

import "strings"

// Polish quotation marks: „ opens, ” closes (some texts close with “).
// Quotations nest („zwanej dalej „Szkołą”” inside a new wording), so a
// quotation ends at the mark that closes its own opening one.
const (
	openQuote  = '„'
	closeQuote = '”'
	altClose   = '“'
)

// quoteDepth follows how many quotations are open across the lines of a
// text.
type quoteDepth int

// scan reads one line.
func (q *quoteDepth) scan(s string) {
	if !strings.ContainsAny(s, "„”“") {
		return
	}
	for _, r := range s {
		switch r {
		case openQuote:
			*q++
		case closeQuote, altClose:
			if *q > 0 {
				*q--
			}
		}
	}
}

// open returns the number of quotations open.
func (q quoteDepth) open() int { return int(q) }

// quoteEnd returns the byte offset just past the mark that closes the
// quotation opened at s[start] (which holds „), or -1 when it is never
// closed.
func quoteEnd(s string, start int) int {
	depth := 0
	for i, r := range s[start:] {
		switch r {
		case openQuote:
			depth++
		case closeQuote, altClose:
			depth--
			if depth == 0 {
				return start + i + len(string(r))
			}
		}
	}
	return -1
}

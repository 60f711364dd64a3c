package corpus

import "strings"

// Quotation marks of Polish text: „ opens, ” closes (“ too, in some
// copies).
const (
	quoteOpen   = "„"
	quoteClose  = "”"
	quoteClose2 = "“"
)

// quotedLines returns the numbers of the lines that start inside a
// quotation: provisions quoted in an obwieszczenie or an amending act
// („Art. 25. …”, „3a. …”), whose numbered lines are not units of the text
// that quotes them. A quotation counts only when it closes before the
// next line for which breaks is true (a heading no quotation can hold); a
// mark left open is a fault of the copy, reported in d.
func quotedLines(lines []line, breaks func(line) bool, d *diag) map[int]bool {
	quoted := map[int]bool{}
	var open []int // indexes of the lines with unclosed „, innermost last
	unclosed := func() {
		for _, i := range open {
			d.warnf(lines[i].pos, WarnOpenQuote, "a quotation opened here is not closed before the next article: its lines are read as they stand")
		}
		open = open[:0]
	}
	for i, l := range lines {
		if breaks != nil && breaks(l) {
			unclosed()
		}
		if !strings.Contains(l.text, quoteOpen) && !strings.Contains(l.text, quoteClose) && !strings.Contains(l.text, quoteClose2) {
			continue
		}
		for _, r := range l.text {
			switch string(r) {
			case quoteOpen:
				open = append(open, i)
			case quoteClose, quoteClose2:
				if len(open) == 0 {
					continue
				}
				j := open[len(open)-1]
				open = open[:len(open)-1]
				for k := j + 1; k <= i; k++ {
					quoted[lines[k].pos.Line] = true
				}
			}
		}
	}
	unclosed()
	return quoted
}

// breaksQuote reports whether a line opens something no quotation in an
// act's own text holds: an article or paragraph, or an annex.
func breaksQuote(l line) bool {
	if l.hint == hintAnnex {
		return true
	}
	c := classify(l.text)
	return c.kind == unitLine && (c.unit == Article || c.unit == Paragraph) || c.kind == annexLine && isAnnexHeading(l.text)
}

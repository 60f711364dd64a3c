package server

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"lexdiff/diff"
)

// Legal text is set with no-break spaces where Polish typography wants
// them, so that a citation or a number never breaks across lines: after
// the abbreviations that open a citation ("art. 5", "ust. 2", "pkt 3",
// "lit. a", "§ 3", "poz. 1557"), between the groups of a number
// ("20 000"), between a year and its "r." ("2019 r.") and inside "Dz. U.".

const nbsp = "\u00a0"

// citationWords are the words after which a space never breaks.
var citationWords = []string{"art.", "Art.", "ust.", "pkt", "lit.", "§", "poz.", "Dz."}

// legalSpaces returns s with the spaces that must not break made no-break.
func legalSpaces(s string) string {
	if !strings.Contains(s, " ") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' && keepsTogether(s, i) {
			b.WriteString(nbsp)
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// keepsTogether reports whether the space at s[i] joins what is before it
// to what follows.
func keepsTogether(s string, i int) bool {
	before, after := s[:i], s[i+1:]
	next, _ := utf8.DecodeRuneInString(after)
	if next == utf8.RuneError || next == ' ' {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(before)
	switch {
	case isDigit(last) && thousands(after):
		return true
	case isDigit(last) && strings.HasPrefix(after, "r.") && !isLetterAt(after, 2):
		return true
	}
	for _, w := range citationWords {
		if strings.HasSuffix(before, w) && !isLetterBefore(before, len(before)-len(w)) {
			return unicode.IsDigit(next) || w == "lit." && unicode.IsLower(next) || w == "Dz." && next == 'U'
		}
	}
	return false
}

// thousands reports whether s starts with a group of three digits that
// ends the number or is followed by another space and group.
func thousands(s string) bool {
	if len(s) < 3 || !isDigit(rune(s[0])) || !isDigit(rune(s[1])) || !isDigit(rune(s[2])) {
		return false
	}
	return len(s) == 3 || !isDigit(rune(s[3]))
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isLetterBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r)
}

func isLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// A redOp is an op of an inline redline: Gap puts a space before an
// insertion that follows a deletion with no space between them, so that
// "18" struck and "19" inserted do not read as one word, "1819". On a
// history page, a footnote marker may follow the op (see noteSet.redline).
type redOp struct {
	Op   diff.OpKind
	Text string
	Gap  bool
	noteRef
}

// redline is the inline redline of ops, with no-break spaces (legalOps)
// and gaps.
func redline(ops []diff.Op) []redOp {
	out := make([]redOp, 0, len(ops))
	for i, op := range legalOps(ops) {
		r := redOp{Op: op.Op, Text: op.Text}
		if i > 0 && op.Op == diff.Insert && ops[i-1].Op == diff.Delete {
			last, _ := utf8.DecodeLastRuneInString(ops[i-1].Text)
			first, _ := utf8.DecodeRuneInString(op.Text)
			r.Gap = !unicode.IsSpace(last) && !unicode.IsSpace(first)
		}
		out = append(out, r)
	}
	return out
}

// legalOps sets the no-break spaces of a redline. A deleted stretch is
// read within the old text and an inserted or kept one within the new
// text, so that "art." kept and " 5" replaced still join.
func legalOps(ops []diff.Op) []diff.Op {
	old, new := diff.Old(ops), diff.New(ops)
	out := make([]diff.Op, len(ops))
	oldAt, newAt := 0, 0
	for i, op := range ops {
		side, at := new, newAt
		if op.Op == diff.Delete {
			side, at = old, oldAt
		}
		var b strings.Builder
		for j := 0; j < len(op.Text); j++ {
			if op.Text[j] == ' ' && keepsTogether(side, at+j) {
				b.WriteString(nbsp)
			} else {
				b.WriteByte(op.Text[j])
			}
		}
		out[i] = diff.Op{Op: op.Op, Text: b.String()}
		if op.Op != diff.Insert {
			oldAt += len(op.Text)
		}
		if op.Op != diff.Delete {
			newAt += len(op.Text)
		}
	}
	return out
}

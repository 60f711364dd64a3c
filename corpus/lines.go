package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A line is one non-blank line of a source, trimmed, with its position.
// In legal text, the footnote markers are taken out of text into markers
// (see withoutMarkers).
type line struct {
	text    string
	pos     Pos // of the first non-blank character
	markers []Marker
	hint    lineHint
	// rewritten says that the text is no longer the source's from pos on
	// (superscripts put back, a heading's mark taken off), so that the
	// columns of what is in it are not known.
	rewritten bool
}

// splitLines splits data into its non-blank lines. Blank lines carry no
// meaning in the sources lexdiff reads (exports double or drop them), so
// they are dropped. Invalid UTF-8 and an empty input are reported in errs.
func splitLines(file string, data []byte, errs *ErrorList) []line {
	if len(strings.TrimSpace(string(data))) == 0 {
		errs.add(Pos{File: file, Line: 1, Col: 1}, "empty input: want the text of an act or of a unit")
		return nil
	}
	var out []line
	for i, raw := range strings.Split(string(data), "\n") {
		pos := Pos{File: file, Line: i + 1}
		if !utf8.ValidString(raw) {
			errs.add(Pos{File: file, Line: i + 1, Col: invalidRuneCol(raw)}, "invalid UTF-8: the file must be UTF-8 text")
			continue
		}
		raw = normalizeSpaces(raw)
		if at := strings.IndexFunc(raw, isControl); at >= 0 {
			errs.add(Pos{File: file, Line: pos.Line, Col: utf8.RuneCountInString(raw[:at]) + 1}, "control character %U: legal text holds none", []rune(raw[at:])[0])
			continue
		}
		text := strings.TrimSpace(raw)
		if text == "" {
			continue
		}
		pos.Col = utf8.RuneCountInString(raw[:strings.Index(raw, text)]) + 1
		out = append(out, line{text: text, pos: pos})
	}
	return out
}

// isControl reports whether r is a control character other than those
// normalizeSpaces turns into spaces: text with one could drive a terminal.
func isControl(r rune) bool { return unicode.IsControl(r) }

// invalidRuneCol returns the 1-based rune column of the first invalid byte.
func invalidRuneCol(s string) int {
	col := 1
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return col
			}
		}
		col++
	}
	return col
}

// oddSpaces are the spaces normalizeSpaces turns into plain ones.
const oddSpaces = "\u00a0\u2007\u202f\t"

// normalizeSpaces turns the no-break and other odd spaces of PDF and HTML
// copies into plain spaces, and drops a carriage return and a byte-order mark.
func normalizeSpaces(s string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	s = strings.TrimSuffix(s, "\r")
	if !strings.ContainsAny(s, oddSpaces) {
		return s
	}
	return spaceReplacer.Replace(s)
}

var spaceReplacer = strings.NewReplacer("\u00a0", " ", "\u2007", " ", "\u202f", " ", "\t", " ")

// at returns the position of byte offset off within l.text.
func (l line) at(off int) Pos {
	p := l.pos
	p.Col += utf8.RuneCountInString(l.text[:off])
	return p
}

package corpus

import (
	"strings"
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
	all := string(data)
	if len(strings.TrimSpace(all)) == 0 {
		errs.add(Pos{File: file, Line: 1, Col: 1}, "empty input: want the text of an act or of a unit")
		return nil
	}
	out := make([]line, 0, strings.Count(all, "\n")/2+1)
	invalid := "" // the message for a line that is not UTF-8
	for i := 0; all != ""; i++ {
		raw, rest, _ := strings.Cut(all, "\n")
		all = rest
		pos := Pos{File: file, Line: i + 1}
		if !utf8.ValidString(raw) {
			if invalid == "" {
				invalid = invalidUTF8(data)
			}
			errs.add(Pos{File: file, Line: i + 1, Col: invalidRuneCol(raw)}, "%s", invalid)
			continue
		}
		raw = normalizeSpaces(raw)
		if at := firstControl(raw); at >= 0 {
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

// firstControl returns the offset of the first control character of s
// (C0, DEL or C1, as unicode.IsControl has them), or -1: text with one
// could drive a terminal. The tabs normalizeSpaces turned into spaces.
// It scans bytes: it runs on every line of every input.
func firstControl(s string) int {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 || c == 0x7f:
			return i
		case c == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f:
			return i
		}
	}
	return -1
}

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
	if !hasOddSpace(s) {
		return s
	}
	return spaceReplacer.Replace(s)
}

// hasOddSpace reports whether s holds one of oddSpaces, scanning bytes.
func hasOddSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\t':
			return true
		case 0xc2: // U+00A0
			if i+1 < len(s) && s[i+1] == 0xa0 {
				return true
			}
		case 0xe2: // U+2007, U+202F
			if i+2 < len(s) && (s[i+1] == 0x80 && s[i+2] == 0x87 || s[i+1] == 0x80 && s[i+2] == 0xaf) {
				return true
			}
		}
	}
	return false
}

var spaceReplacer = strings.NewReplacer("\u00a0", " ", "\u2007", " ", "\u202f", " ", "\t", " ")

// at returns the position of byte offset off within l.text.
func (l line) at(off int) Pos {
	p := l.pos
	p.Col += utf8.RuneCountInString(l.text[:off])
	return p
}

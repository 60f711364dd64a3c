package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Footnote markers in a text are "[1]" standing apart, or a number glued
// to a word and closed by a parenthesis, as PDF copies print superscripts
// ("r.3)", "ustawy2)"), or in markdown "[^1]". They are found by scanning,
// not by regular expressions: this runs on every line of every input.

// withoutMarkers takes the footnote markers out of a line of legal text
// and keeps them beside it. The line's structure is read from what is left:
// a marker is not part of the text. In the on-disk format, a "[N]" left in
// the text after that ("[[1]2]") is reported: it cannot be told from a
// marker.
func withoutMarkers(l line, style markerStyle, d *diag) line {
	var text string
	var markers []Marker
	if style == mdMarkers {
		text, markers = stripMarkdownMarkers(l.text)
		for i, m := range markers {
			switch {
			case !m.sup:
				markers[i].at = Pos{}
			case l.rewritten:
				markers[i].at = l.pos
			default:
				markers[i].at = l.at(m.at.Col)
			}
		}
	} else {
		text, markers = stripMarkers(l.text, style)
	}
	l.text = strings.TrimLeft(text, " ")
	cut := len(text) - len(l.text)
	for i := range markers {
		markers[i].Offset = max(markers[i].Offset-cut, 0)
	}
	l.text = strings.TrimRight(l.text, " ")
	for i := range markers {
		markers[i].Offset = min(markers[i].Offset, len(l.text))
	}
	l.markers = markers
	if style != bracketMarkers || strings.IndexByte(l.text, '[') < 0 {
		return l
	}
	if locs := markerLocs(l.text, bracketMarkers); len(locs) > 0 {
		d.errorf(l.at(locs[0][0]), "%q is left in the text after taking out the footnote markers: write each marker as [N] standing apart", l.text[locs[0][0]:locs[0][1]])
	}
	return l
}

// stripMarkdownMarkers returns s without its markdown footnote markers
// ("[^3]"), and the markers with their byte offsets in the returned text.
// A space between a marker and the punctuation after it goes with the
// marker ("ogłoszenia[^4] ." is "ogłoszenia."), and so does one of the two
// spaces around a marker standing apart. A marker right after the number of
// an article or unit ("art. 13[^3]") is flagged as a possible superscript.
func stripMarkdownMarkers(s string) (string, []Marker) {
	if !strings.Contains(s, "[^") {
		return s, nil
	}
	var b strings.Builder
	var markers []Marker
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '[' || i+1 >= len(s) || s[i+1] != '^' {
			continue
		}
		end := i + 2
		for end < len(s) && isLabelByte(s[end]) {
			end++
		}
		if end == i+2 || end >= len(s) || s[end] != ']' {
			continue
		}
		start, stop := i, end+1
		switch {
		case stop+1 < len(s) && s[stop] == ' ' && strings.IndexByte(".,;:)]!?", s[stop+1]) >= 0:
			stop++
		case stop+1 < len(s) && s[stop] == ' ' && strings.HasPrefix(s[stop+1:], "”"):
			stop++
		case start > last && s[start-1] == ' ' && (stop == len(s) || s[stop] == ' '):
			start--
		}
		b.WriteString(s[last:start])
		markers = append(markers, Marker{Label: s[i+2 : end], Offset: b.Len(), sup: afterUnitNumber(s[:i]), at: Pos{Col: i}})
		last = stop
		i = stop - 1
	}
	b.WriteString(s[last:])
	return b.String(), markers
}

// isLabelByte reports whether c may stand in a footnote's label: letters,
// digits, and the underscore of the dataset's converter 0.6 ("[^1_2]").
func isLabelByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// citeWords are the words after which a number is the number of a unit, so
// that a marker glued to it may be a superscript ("art. 13³").
var citeWords = []string{"art.", "Art.", "§", "ust.", "pkt", "lit.", "art"}

// afterUnitNumber reports whether s ends with a unit's number in a
// citation: "art. 13", "§ 2", "ust. 5a".
func afterUnitNumber(s string) bool {
	if s == "" || s[len(s)-1] < '0' || s[len(s)-1] > '9' {
		return false
	}
	i := len(s)
	for i > 0 && (s[i-1] >= '0' && s[i-1] <= '9') {
		i--
	}
	w := strings.TrimRight(s[:i], " ")
	if len(w) == len(s[:i]) {
		return false // glued to a word: "poz.1841"
	}
	for _, c := range citeWords {
		if strings.HasSuffix(w, c) && (len(w) == len(c) || !isWordByte(w[len(w)-len(c)-1])) {
			return true
		}
	}
	return false
}

// appendText appends the text of line l from byte off on to u's text (or
// its closing part), separated by a space, with the line's footnote
// markers. A marker that stood before off (right after the unit's own
// marker, "2.[1] Tekst") goes to the start of the text.
func appendText(u *Unit, l line, off int, closing bool) {
	raw := l.text[off:]
	s := strings.TrimLeft(raw, " ")
	start := off + len(raw) - len(s)
	s = strings.TrimRight(s, " ")
	if s == "" && len(l.markers) == 0 {
		return
	}
	base := &u.Text
	if closing {
		base = &u.Closing
	}
	if *base != "" && s != "" {
		*base += " "
	}
	for _, m := range l.markers {
		m.Offset = len(*base) + min(max(m.Offset-start, 0), len(s))
		m.InClosing = closing
		u.Markers = append(u.Markers, m)
	}
	*base += s
}

// stripMarkers returns s without its footnote markers, and the markers with
// their byte offsets in the returned text.
func stripMarkers(s string, style markerStyle) (string, []Marker) {
	if strings.IndexByte(s, '[') < 0 && (style == bracketMarkers || strings.IndexByte(s, ')') < 0) {
		return s, nil // most lines: nothing that could be a marker
	}
	var markers []Marker
	var b strings.Builder
	last := 0
	for _, loc := range markerLocs(s, style) {
		b.WriteString(s[last:loc[0]])
		markers = append(markers, Marker{Label: s[loc[2]:loc[3]], Offset: b.Len()})
		last = loc[1]
	}
	b.WriteString(s[last:])
	return b.String(), markers
}

// markerLocs returns, for each marker in s, its span [start, end) and the
// span of its label, in order. A bracket marker's span takes in the one
// space before it ("4–7 [1] ustawy" is "4–7 ustawy" with a marker after
// "4–7"), which is what withMarkers puts back; a glued marker's span is its
// number and ")".
func markerLocs(s string, style markerStyle) [][4]int {
	var locs [][4]int
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			if end := labelEnd(s, i+1); end > i+1 && end < len(s) && s[end] == ']' {
				start := i
				if start > 0 && s[start-1] == ' ' {
					start--
				}
				locs = append(locs, [4]int{start, end + 1, i + 1, end})
				i = end
			}
		case ')':
			if loc, ok := gluedMarker(s, i); ok && style == anyMarkers {
				locs = append(locs, loc)
			}
		}
	}
	return locs
}

// digitsEnd returns the end of the run of ASCII digits starting at i.
func digitsEnd(s string, i int) int {
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// labelEnd returns the end of a bracket marker's label starting at i:
// digits, or groups of digits joined by underscores ("1_2", the dataset's
// converter 0.6).
func labelEnd(s string, i int) int {
	end := digitsEnd(s, i)
	for end > i && end+1 < len(s) && s[end] == '_' && s[end+1] >= '0' && s[end+1] <= '9' {
		end = digitsEnd(s, end+1)
	}
	return end
}

// gluedMarker reports whether the ")" at s[paren] closes a glued marker:
// one to three digits right after a letter or a letter and a full stop
// ("ustawy2)", "r.3)"), and a space, punctuation or the end of the text
// after it.
func gluedMarker(s string, paren int) ([4]int, bool) {
	start := paren
	for start > 0 && paren-start < 3 && s[start-1] >= '0' && s[start-1] <= '9' {
		start--
	}
	if start == paren || start == 0 || (start > 0 && s[start-1] >= '0' && s[start-1] <= '9') {
		return [4]int{}, false
	}
	if next := paren + 1; next < len(s) && !strings.ContainsRune(" \t,.;:", rune(s[next])) {
		return [4]int{}, false
	}
	before, size := utf8.DecodeLastRuneInString(s[:start])
	if before == '.' {
		before, _ = utf8.DecodeLastRuneInString(s[:start-size])
	}
	if !unicode.IsLetter(before) {
		return [4]int{}, false
	}
	return [4]int{start, paren + 1, start, paren}, true
}

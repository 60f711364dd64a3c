package corpus

import (
	"regexp"
	"slices"
	"strings"
)

// Footnote markers in a text: "[1]" standing apart, or a number glued to a
// word and closed by a parenthesis, as PDF copies print superscripts
// ("r.3)", "ustawy2)").
var (
	reBracketMarker = regexp.MustCompile(`\s*\[(\d+)\]`)
	reGluedMarker   = regexp.MustCompile(`[\p{L}.](\d{1,3})\)(?:[\s,.;:]|$)`)
)

// appendText appends the text of line l from byte off on to u's text (or
// its closing part), separated by a space, taking the footnote markers out
// of it and recording where they stood.
func appendText(u *Unit, l line, off int, closing bool, errs *ErrorList) {
	s := strings.TrimSpace(l.text[off:])
	if s == "" {
		return
	}
	base := &u.Text
	if closing {
		base = &u.Closing
	}
	if *base != "" {
		*base += " "
	}
	clean, markers := stripMarkers(s)
	for _, m := range markers {
		m.Offset += len(*base)
		m.InClosing = closing
		u.Markers = append(u.Markers, m)
	}
	*base += clean
}

// stripMarkers returns s without its footnote markers, and the markers with
// their byte offsets in the returned text.
func stripMarkers(s string) (string, []Marker) {
	var markers []Marker
	var b strings.Builder
	last := 0
	for _, loc := range markerLocs(s) {
		b.WriteString(s[last:loc[0]])
		markers = append(markers, Marker{Label: s[loc[2]:loc[3]], Offset: b.Len()})
		last = loc[1]
	}
	b.WriteString(s[last:])
	return b.String(), markers
}

// markerLocs returns, for each marker in s, its span [start, end) and the
// span of its label, in order.
func markerLocs(s string) [][4]int {
	var locs [][4]int
	for _, m := range reBracketMarker.FindAllStringSubmatchIndex(s, -1) {
		locs = append(locs, [4]int{m[0], m[1], m[2], m[3]})
	}
	for _, m := range reGluedMarker.FindAllStringSubmatchIndex(s, -1) {
		// The match starts at the letter the number is glued to and may end
		// with the character after ")": keep both in the text.
		locs = append(locs, [4]int{m[2], m[3] + 1, m[2], m[3]})
	}
	slices.SortFunc(locs, func(a, b [4]int) int { return a[0] - b[0] })
	return locs
}

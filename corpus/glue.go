package corpus

import (
	"regexp"
	"strings"
)

// reStatusGlued is the body of a unit without force followed by more text
// on its line: "1a. (uchylony) 1b. W przypadku …", "Art. 126–147.
// (pominięte) Art. 148. …" — two units that a PDF copy glued together.
var reStatusGlued = regexp.MustCompile(`\((?i:uchylon[yaeo]|pominięt[yaeo]|utraci(?:ł|ła|ło|ły) moc|wygas(?:ł|ła|ło|ły)|skreślon[yaeo])\)[.;,]?\s+`)

// splitGlued splits a line where a unit without force is followed by the
// marker of the next unit or grouping, into one line each.
func splitGlued(l line) []line {
	if strings.IndexByte(l.text, '(') < 0 {
		return []line{l}
	}
	for _, loc := range reStatusGlued.FindAllStringIndex(l.text, -1) {
		cut := loc[1]
		if cut >= len(l.text) {
			continue
		}
		if k := classify(l.text[cut:]).kind; k != unitLine && k != groupLine {
			continue
		}
		first := line{text: strings.TrimRight(l.text[:cut], " "), pos: l.pos, hint: l.hint}
		second := line{text: l.text[cut:], pos: l.at(cut)}
		for _, m := range l.markers {
			if m.Offset <= len(first.text) {
				first.markers = append(first.markers, m)
			} else {
				m.Offset -= cut
				second.markers = append(second.markers, m)
			}
		}
		return append([]line{first}, splitGlued(second)...)
	}
	return []line{l}
}

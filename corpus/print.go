package corpus

import (
	"strings"
)

// Marker returns the marker that opens the unit's line in the source:
// "Art. 5a.", "§ 3.", "1.", "2a)", "b)", "–" or "– –".
func (u *Unit) Marker() string {
	switch u.Kind {
	case Article:
		return "Art. " + u.Label + "."
	case Paragraph:
		return "§ " + u.Label + "."
	case Section:
		return u.Label + "."
	case Point, Letter:
		return u.Label + ")"
	case Tiret:
		return "–"
	case DoubleTiret:
		return "– –"
	case Preamble:
		return "Wstęp"
	case Annex:
		if u.Label == "" {
			return "Załącznik"
		}
		return "Załącznik nr " + u.Label
	}
	return ""
}

// writeUnitText writes u in the layout of the source, one item per line.
// With annotated set, it keeps the editorial heading in brackets and the
// footnote markers as "[N]", as the on-disk format does; otherwise it writes
// the legal text only.
func writeUnitText(b *strings.Builder, u *Unit, annotated bool, inline bool) {
	if !inline {
		b.WriteString(u.Marker())
	}
	if annotated && u.Heading != "" {
		b.WriteString(" [" + u.Heading + "]")
	}
	text := u.Text
	if annotated {
		text = withMarkers(u.Text, u.Markers, false)
	}
	children := u.Children
	if text == "" && len(children) > 0 && (u.Kind == Article || u.Kind == Paragraph) && opensInline(u.Kind, children[0].Kind) {
		b.WriteString(" ")
		b.WriteString(children[0].Marker())
		writeUnitText(b, children[0], annotated, true)
		children = children[1:]
	} else {
		if text != "" {
			b.WriteString(" " + text)
		}
		b.WriteString("\n")
	}
	for _, c := range children {
		writeUnitText(b, c, annotated, false)
	}
	if u.Closing != "" {
		closing := u.Closing
		if annotated {
			closing = withMarkers(u.Closing, u.Markers, true)
		}
		b.WriteString(closing + "\n")
	}
}

// withMarkers puts the footnote markers back into text as " [N]".
func withMarkers(text string, markers []Marker, inClosing bool) string {
	var b strings.Builder
	last := 0
	for _, m := range markers {
		if m.InClosing != inClosing || m.Offset < last || m.Offset > len(text) {
			continue
		}
		b.WriteString(text[last:m.Offset])
		if m.Offset == 0 && text != "" {
			b.WriteString("[" + m.Label + "] ") // before the text: "1. [3] Z chwilą"
		} else {
			b.WriteString(" [" + m.Label + "]")
		}
		last = m.Offset
	}
	b.WriteString(text[last:])
	return b.String()
}

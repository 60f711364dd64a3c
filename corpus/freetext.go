package corpus

// Free text: a preamble or an annex, read line by line up to the next
// heading, with no units inside.

import (
	"fmt"
	"strings"
)

// openFree opens a preamble or an annex, whose text is l.text[from:to]
// (the words besides "Wstęp" or "Załącznik nr 1") and every line after it
// up to the next heading.
func (b *treeBuilder) openFree(l line, k Kind, label string, from, to int) {
	if k == Annex && b.top(Annex, label) != nil {
		b.problem(l.pos, WarnNumbering, "a second %s: numbered as the next free annex", (&Unit{Kind: Annex, Label: label}).Marker())
		for n := 1; ; n++ {
			if label = fmt.Sprint(n); b.top(Annex, label) == nil {
				break
			}
		}
	}
	if k == Annex {
		b.open = nil // annexes stand outside the chapters
	}
	captionLine, captionMarkers := b.annexesCaption(k, label)
	u := &Unit{Kind: k, Label: label, ID: childID("", k, label), Status: InForce}
	b.tops = append(b.tops, &parsedUnit{unit: u, groups: b.open, pos: l.pos, last: l.pos.Line})
	b.endFree()
	if k == Annex && label == "" && annexesWordEnd(l.text) > 0 {
		b.caption = u // perhaps the caption of the annexes to come
	}
	b.stack, b.closing, b.lastGroup, b.free = nil, nil, -1, u
	text := l.text[from:to]
	trimmed := strings.TrimLeft(text, " ")
	from += len(text) - len(trimmed)
	text = strings.TrimRight(trimmed, " ")
	var own []Marker
	for _, m := range l.markers {
		m.Offset = min(max(0, m.Offset-from), len(text))
		own = append(own, m)
	}
	if captionLine != "" && annexesWordEnd(l.text) == 0 { // the annexes' caption is the first line of the first, as on one heading (unless this heading gives it again)
		for i := range own {
			own[i].Offset += len(captionLine) + 1
		}
		text, own = strings.TrimSuffix(captionLine+"\n"+text, "\n"), append(captionMarkers, own...)
	}
	l.text, l.markers = text, own
	b.freeLine(l)
}

// annexesCaption takes back the annex opened last when it is no annex but
// the caption of the annexes that follow, on a heading of its own
// ("## Załączniki do rozporządzenia Ministra Środowiska z dnia … (Dz. U.
// …)" then "## Załącznik nr 1", DU-2025-200), and returns the caption's
// line with its markers, for the numbered annex k and label open now:
// its words after "Załączniki", as that annex's own heading would give
// them (see annexesWordEnd). What stands between the two headings (a
// PDF's stray "Dz . z 2 p z )", DU-2026-450) is a warning's remainder.
func (b *treeBuilder) annexesCaption(k Kind, label string) (string, []Marker) {
	c := b.caption
	b.caption = nil
	if k != Annex || label == "" || c == nil || len(b.tops) == 0 || b.tops[len(b.tops)-1].unit != c {
		return "", nil
	}
	b.endFree() // the caption, closed; its text lacks its heading's word
	first, rest, _ := strings.Cut(c.Text, "\n")
	var markers []Marker
	for _, m := range c.Markers {
		if m.Offset <= len(first) {
			markers = append(markers, m)
		}
	}
	if rest != "" {
		b.d.warnf(b.tops[len(b.tops)-1].pos, WarnOutsideUnit, "text between the annexes' caption and the first annex, kept as a remainder: %q", rest)
	}
	b.tops = b.tops[:len(b.tops)-1]
	delete(b.spans, c.ID)
	return first, markers
}

// freeLine adds l as the next line of the open preamble or annex.
func (b *treeBuilder) freeLine(l line) {
	u, t := b.free, &b.freeText
	b.read(l)
	b.span(u, l)
	if l.text == "" && len(l.markers) == 0 {
		return
	}
	if l.text == "" { // markers alone: they end the line before
		for _, m := range l.markers {
			m.Offset = t.Len()
			u.Markers = append(u.Markers, m)
		}
		return
	}
	if t.Len() > 0 {
		t.WriteByte('\n')
	}
	for _, m := range l.markers {
		m.Offset += t.Len()
		u.Markers = append(u.Markers, m)
	}
	t.WriteString(l.text)
}

// endFree closes the open preamble or annex, setting its text.
func (b *treeBuilder) endFree() {
	if b.free != nil {
		b.free.Text = b.freeText.String()
		b.free = nil
	}
	b.freeText.Reset()
}

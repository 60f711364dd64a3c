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
	u := &Unit{Kind: k, Label: label, ID: childID("", k, label), Status: InForce}
	b.tops = append(b.tops, &parsedUnit{unit: u, groups: b.open, pos: l.pos, last: l.pos.Line})
	b.endFree()
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
	l.text, l.markers = text, own
	b.freeLine(l)
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

package corpus

// The top-level units of a text: an article or paragraph opened by its
// label, a collapsed range ("Art. 19–29. (pominięte)"), the second printing
// of a unit, and the text that follows a label.

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// addTop opens a top-level unit, or the units a collapsed range names
// ("Art. 19–29. (pominięte)").
func (b *treeBuilder) addTop(l line, c classified) {
	if b.implicit != nil && (b.implicit.Kind != c.unit || b.implicit.Label != c.label) && len(b.tops) == 0 {
		b.d.errorf(l.pos, "the text holds %s, but -unit names %s", (&Unit{Kind: c.unit, Label: c.label}).Marker(), b.implicit.Marker())
	}
	for i := len(b.tops) - 1; i >= 0; i-- {
		prev := b.tops[i].unit
		if prev.Kind != c.unit {
			continue
		}
		if compareLabels(prev.Label, c.label) < 0 {
			break
		}
		if c.labelTo == "" && b.mode == sourceMode {
			if same := b.top(c.unit, c.label); same != nil && b.alts[same.unit] == nil {
				b.openSecond(l, same, c)
				return
			}
		}
		u := (&Unit{Kind: c.unit, Label: c.label}).Marker()
		if len(b.stack) == 0 {
			b.stack = []frame{{b.tops[len(b.tops)-1].unit, 0}}
		}
		b.backwards(l, b.stack[len(b.stack)-1].u, u+" after "+prev.Marker(), prev.Label)
		return
	}
	if c.labelTo == "" {
		b.openTop(l, c.unit, c.label, c.rest)
		return
	}
	b.addRange(l, c)
}

// top returns the top-level unit of kind k with the given label.
func (b *treeBuilder) top(k Kind, label string) *parsedUnit {
	for _, t := range b.tops {
		if t.unit.Kind == k && t.unit.Label == label {
			return t
		}
	}
	return nil
}

// openSecond opens the second printing of a top-level unit: a wording
// that applies from a later date, which its footnote gives.
func (b *treeBuilder) openSecond(l line, first *parsedUnit, c classified) {
	u := &Unit{Kind: c.unit, Label: c.label, ID: first.unit.ID, Status: InForce}
	b.alts[first.unit] = u
	b.stack, b.closing = []frame{{u, 0}}, nil
	b.lastGroup = -1
	b.topText(u, l, c.rest)
	b.read(l)
	b.span(u, l)
}

// addRange adds the top-level units a collapsed range names, each with
// the range's body as its text and its footnote markers.
func (b *treeBuilder) addRange(l line, c classified) {
	body := strings.TrimSpace(l.text[c.rest:])
	if body == "" && b.mode == sourceMode {
		b.openRange = &pendingRange{l, c}
		b.d.account(l)
		return
	}
	labels, ok := rangeLabels(c)
	if _, known := StatusOfBody(body); !known || !ok {
		b.unreadRange(l, c)
		return
	}
	for _, label := range labels {
		u := &Unit{Kind: c.unit, Label: label, ID: childID("", c.unit, label), Status: InForce}
		appendText(u, l, c.rest, false) // with the range's footnote markers ("(pominięte)[^3]"), as on an inner range
		b.tops = append(b.tops, &parsedUnit{unit: u, groups: b.open, pos: l.pos, last: l.pos.Line})
	}
	b.d.account(l)
	b.stack, b.closing, b.lastGroup = nil, nil, -1
}

// unreadRange keeps a collapsed range that names no labels lexdiff can
// list, or has no body such as (uchylone): as text of the unit before it,
// or else as a warning's remainder. It is an error in a text lexdiff
// wrote.
func (b *treeBuilder) unreadRange(l line, c classified) {
	if b.mode == diskMode {
		b.d.errorf(l.pos, "collapsed range %s–%s: want labels in increasing order and a body such as (uchylone) or (pominięte)", c.label, c.labelTo)
		return
	}
	const what = "collapsed range %s–%s without labels in increasing order and a body such as (uchylone) or (pominięte)"
	if len(b.stack) == 0 {
		b.d.warnf(l.pos, WarnNumbering, what+": kept as this warning's remainder: %q", c.label, c.labelTo, l.text)
		b.d.account(l)
		return
	}
	holder := b.stack[len(b.stack)-1].u
	b.d.warnf(l.pos, WarnNumbering, what+": read as text of %s", c.label, c.labelTo, holder.Citation())
	b.appendText(holder, l, 0, false)
}

// rangeLabels lists the labels a collapsed range names, and whether it
// can: both of a pair ("Art. 21 i 22."); the letters or superscripts of
// one number ("Art. 9a–9d.", "Art. 21¹–21³.", "Art. 21–21³."); or every number between
// two, with the ends as written ("Art. 21–23a." names 21, 22, 23 and
// 23a: the articles with letters between them, if any, are unknown).
func rangeLabels(c classified) ([]string, bool) {
	if c.pair {
		return []string{c.label, c.labelTo}, compareLabels(c.label, c.labelTo) < 0
	}
	if isLetterLabel(c.label) && isLetterLabel(c.labelTo) { // litery "b–d"
		var out []string
		for l := c.label[0]; l <= c.labelTo[0]; l++ {
			out = append(out, string(l))
		}
		return out, len(out) > 1
	}
	from, fs, fsup := splitLabel(c.label)
	to, ts, tsup := splitLabel(c.labelTo)
	switch {
	case from < 0 || to < from || to-from > 10000:
		return nil, false
	case from == to && fsup == "" && tsup == "" && len(fs) <= 1 && len(ts) == 1 && fs < ts:
		var out []string
		if fs == "" {
			out, fs = append(out, c.label), "a"
		}
		for l := fs[0]; l <= ts[0]; l++ {
			out = append(out, fmt.Sprint(from)+string(l))
		}
		return out, true
	case from == to && fs == ts:
		a, errA := 0, error(nil) // "Art. 21–21³.": 21, then 21¹ to 21³
		if fsup != "" {
			a, errA = strconv.Atoi(fsup)
		}
		z, errZ := strconv.Atoi(tsup)
		if errA != nil || errZ != nil || z <= a || z-a > 1000 {
			return nil, false
		}
		out := []string{c.label}
		for n := a + 1; n <= z; n++ {
			out = append(out, fmt.Sprint(from)+fs+toSuperscript(fmt.Sprint(n)))
		}
		return out, true
	case from == to:
		return nil, false
	}
	out := []string{c.label}
	for n := from + 1; n < to; n++ {
		out = append(out, fmt.Sprint(n))
	}
	if ts != "" || tsup != "" {
		out = append(out, fmt.Sprint(to))
	}
	return append(out, c.labelTo), true
}

var reHeading = regexp.MustCompile(`^\[([^\]]*[^\]\d][^\]]*)\]\s*`)

// openTop opens a top-level unit whose own text starts at byte rest of the
// line: an editorial heading, then either its text or its first ustęp.
func (b *treeBuilder) openTop(l line, k Kind, label string, rest int) {
	u := &Unit{Kind: k, Label: label, ID: childID("", k, label), Status: InForce}
	b.tops = append(b.tops, &parsedUnit{unit: u, groups: b.open, pos: l.pos, last: l.pos.Line})
	b.stack, b.closing, b.lastGroup = []frame{{u, 0}}, nil, -1
	b.topText(u, l, rest)
	b.read(l)
	b.span(u, l)
}

// topText reads what follows a top-level unit's label, on its line or, when
// the label stands alone, on the next: an editorial heading, then either
// the unit's text or its first ustęp. Footnote markers before that ustęp's
// label ("[^3] 1. …" right under "Art. 17.") belong to the article.
func (b *treeBuilder) topText(u *Unit, l line, rest int) {
	if m := reHeading.FindStringSubmatch(l.text[rest:]); m != nil {
		u.Heading = strings.TrimSpace(m[1])
		rest += len(m[0])
	}
	if rest >= len(l.text) {
		for _, m := range l.markers {
			m.Offset = 0
			u.Markers = append(u.Markers, m)
		}
		b.read(l)
		return
	}
	if c := classify(l.text[rest:]); c.kind == unitLine && opensInline(u.Kind, c.unit) {
		var own []Marker
		for _, m := range l.markers {
			if m.Offset <= rest {
				m.Offset = 0
				u.Markers = append(u.Markers, m)
			} else {
				own = append(own, m)
			}
		}
		l.markers = own
		c.rest += rest
		b.addUnit(l, c)
		return
	}
	b.appendText(u, l, rest, false)
}

// isLetterLabel reports whether a label is one small letter: "b".
func isLetterLabel(l string) bool { return len(l) == 1 && l[0] >= 'a' && l[0] <= 'z' }

package corpus

import (
	"fmt"
	"regexp"
	"strings"
)

// A parsedUnit is a top-level unit read from a source, with the groupings it
// stands in and the position of its first line.
type parsedUnit struct {
	unit   *Unit
	groups []Group
	pos    Pos
}

// treeBuilder turns classified lines into unit trees. It is the one parser
// of legal text behind every input format.
type treeBuilder struct {
	errs     *ErrorList
	implicit *Unit // the top-level unit named by -unit, for a text that leaves its label out
	tops     []parsedUnit
	stack    []frame // open units, the top-level one first
	closing  *Unit   // the unit whose closing part the last line wrote
	groups   []Group
	untitled bool   // the last group line had no title; the next text line is its title
	preamble []line // lines before the first unit: a title block
	markers  markerStyle
	floor    int // in a fragment (ParseFragment), the frames of the units above it, which stay open
}

type frame struct {
	u     *Unit
	depth int
}

// depthOf is how deep a unit of kind k stands below its top-level unit; a
// § inside an article (as in codes) stands where an ustęp would.
func depthOf(k Kind, inArticle bool) int {
	if k == Paragraph && inArticle {
		return kindDepth[Section]
	}
	return kindDepth[k]
}

// add reads one line.
func (b *treeBuilder) add(l line) {
	l = b.withoutMarkers(l)
	c := classify(l.text)
	if c.kind != textLine && c.kind != groupLine {
		b.untitled = false
	}
	switch c.kind {
	case groupLine:
		b.addGroup(l, c)
	case unitLine:
		b.addUnit(l, c)
	case unknownMarkerLine:
		b.errs.add(l.pos, "unknown unit marker %q: want Art. N., § N., N. (ustęp), N) (punkt), a) (litera), – (tiret) or – – (podwójne tiret)", firstWord(l.text))
	default:
		b.addText(l)
	}
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i > 0 {
		return s[:i]
	}
	return s
}

func (b *treeBuilder) addGroup(l line, c classified) {
	g := Group{Kind: c.word, Label: c.label, Title: strings.TrimSpace(l.text[c.rest:])}
	rank := groupRank[g.Kind]
	keep := b.groups[:0:0]
	for _, old := range b.groups {
		if groupRank[old.Kind] < rank {
			keep = append(keep, old)
		}
	}
	b.groups = append(keep, g)
	b.untitled = g.Title == ""
	b.stack, b.closing = nil, nil
}

func (b *treeBuilder) addText(l line) {
	if b.untitled && len(b.groups) > 0 {
		b.groups[len(b.groups)-1].Title = l.text
		b.untitled = false
		return
	}
	if len(b.stack) == b.floor && b.floor > 0 && b.closing == nil {
		b.errs.add(l.pos, "text outside any unit: want the new wording of a unit of %s, starting with its marker", b.stack[b.floor-1].u.Citation())
		return
	}
	if len(b.stack) == 0 {
		if b.implicit != nil && len(b.tops) == 0 {
			b.openTop(l, b.implicit.Kind, b.implicit.Label, 0)
			return
		}
		if len(b.tops) == 0 {
			b.preamble = append(b.preamble, l)
			return
		}
		b.errs.add(l.pos, "text outside any unit: want a unit marker (Art. N., § N.) or a chapter heading")
		return
	}
	if b.closing != nil {
		appendText(b.closing, l, 0, true)
		return
	}
	if u := b.stack[len(b.stack)-1].u; len(b.stack) == 1 && b.floor == 0 && u.Text == "" && u.Heading == "" && len(u.Children) == 0 {
		b.topText(u, l, 0)
		return
	}
	appendText(b.stack[len(b.stack)-1].u, l, 0, false)
}

func (b *treeBuilder) addUnit(l line, c classified) {
	inArticle := len(b.stack) > 0 && b.stack[0].u.Kind == Article
	switch {
	case b.floor > 0 && (c.unit == Article || (c.unit == Paragraph && !inArticle)):
		b.errs.add(l.pos, "%s cannot stand inside %s", (&Unit{Kind: c.unit, Label: c.label}).Marker(), b.stack[b.floor-1].u.Citation())
		return
	case c.unit == Article || (c.unit == Paragraph && !inArticle):
		b.addTop(l, c)
		return
	case len(b.stack) == 0 && b.implicit != nil && len(b.tops) == 0:
		// The label of the top-level unit is left out: "1. Wniosek …".
		b.openTop(l, b.implicit.Kind, b.implicit.Label, 0)
		return
	case len(b.stack) == 0:
		b.errs.add(l.pos, "%s %s outside any article or paragraph: want Art. N. or § N. first, or name the unit with -unit", c.unit, c.label)
		return
	}
	if (c.unit == Tiret || c.unit == DoubleTiret) && !b.tiretAllowed(c.unit) {
		b.addClosing(l, c)
		return
	}
	depth := depthOf(c.unit, inArticle)
	for len(b.stack) > max(1, b.floor) && b.stack[len(b.stack)-1].depth >= depth {
		b.stack = b.stack[:len(b.stack)-1]
	}
	if b.floor > 0 && len(b.stack) == b.floor && b.stack[b.floor-1].depth >= depth {
		b.errs.add(l.pos, "%s %s cannot stand inside %s", c.unit, c.label, b.stack[b.floor-1].u.Citation())
		return
	}
	parent := b.stack[len(b.stack)-1].u
	b.closing = nil
	if parent.Closing != "" {
		b.errs.add(l.pos, "%s %s comes after the closing part of the list in %s: the closing part ends the list", c.unit, c.label, parent.Citation())
		return
	}
	u := b.newChild(l, parent, c)
	if u == nil {
		return
	}
	b.stack = append(b.stack, frame{u, depth})
	appendText(u, l, c.rest, false)
}

// tiretAllowed reports whether a "–" line opens a tiret (the open unit's
// text ends with ":", or the open unit is itself a tiret of that kind), as
// opposed to the closing part of a list ("– jeżeli …").
func (b *treeBuilder) tiretAllowed(k Kind) bool {
	top := b.stack[len(b.stack)-1].u
	if b.closing != nil {
		return false
	}
	if top.Kind == k || (k == Tiret && top.Kind == DoubleTiret) {
		return true
	}
	return strings.HasSuffix(top.Text, ":")
}

// addClosing makes the line the closing part of the list that the open unit
// ends: it belongs to that unit's parent.
func (b *treeBuilder) addClosing(l line, c classified) {
	if len(b.stack) < b.floor+2 {
		b.errs.add(l.pos, "closing part %q follows no list", l.text)
		return
	}
	b.stack = b.stack[:len(b.stack)-1]
	parent := b.stack[len(b.stack)-1].u
	if parent.Closing != "" {
		b.errs.add(l.pos, "%s already has a closing part", parent.Citation())
		return
	}
	b.closing = parent
	appendText(parent, l, 0, true)
}

// newChild makes the unit the line opens under parent, checking that its
// label comes after its previous sibling's.
func (b *treeBuilder) newChild(l line, parent *Unit, c classified) *Unit {
	label := c.label
	var prev *Unit
	for _, s := range parent.Children {
		if s.Kind == c.unit {
			prev = s
		}
	}
	if c.unit == Tiret || c.unit == DoubleTiret {
		label = "1"
		if prev != nil {
			label = fmt.Sprint(atoi(prev.Label) + 1)
		}
	} else if prev != nil && compareLabels(prev.Label, label) >= 0 {
		b.errs.add(l.pos, "numbering goes backwards: %s %s after %s %s in %s; want a label after %q",
			c.unit, label, c.unit, prev.Label, parent.Citation(), prev.Label)
		return nil
	}
	if c.labelTo != "" {
		b.errs.add(l.pos, "a range %s–%s is accepted only for articles and paragraphs", c.label, c.labelTo)
		return nil
	}
	u := &Unit{Kind: c.unit, Label: label, ID: childID(parent.ID, c.unit, label), Status: InForce}
	parent.Children = append(parent.Children, u)
	return u
}

// addTop opens a top-level unit, or the units a collapsed range names
// ("Art. 19–29. (pominięte)").
func (b *treeBuilder) addTop(l line, c classified) {
	if b.implicit != nil && (b.implicit.Kind != c.unit || b.implicit.Label != c.label) && len(b.tops) == 0 {
		b.errs.add(l.pos, "the text holds %s, but -unit names %s", (&Unit{Kind: c.unit, Label: c.label}).Marker(), b.implicit.Marker())
	}
	for i := len(b.tops) - 1; i >= 0; i-- {
		if prev := b.tops[i].unit; prev.Kind == c.unit {
			if compareLabels(prev.Label, c.label) >= 0 {
				b.errs.add(l.pos, "numbering goes backwards: %s after %s", (&Unit{Kind: c.unit, Label: c.label}).Marker(), prev.Marker())
				return
			}
			break
		}
	}
	if c.labelTo == "" {
		b.openTop(l, c.unit, c.label, c.rest)
		return
	}
	b.addRange(l, c)
}

func (b *treeBuilder) addRange(l line, c classified) {
	from, fs := splitLabel(c.label)
	to, ts := splitLabel(c.labelTo)
	body := strings.TrimSpace(l.text[c.rest:])
	if _, ok := StatusOfBody(body); !ok || fs != "" || ts != "" || to <= from || to-from > 10000 {
		b.errs.add(l.pos, "collapsed range %s–%s: want plain numbers in increasing order and a body such as (uchylone) or (pominięte)", c.label, c.labelTo)
		return
	}
	for n := from; n <= to; n++ {
		label := fmt.Sprint(n)
		u := &Unit{Kind: c.unit, Label: label, ID: childID("", c.unit, label), Text: body}
		b.tops = append(b.tops, parsedUnit{unit: u, groups: b.groups, pos: l.pos})
	}
	b.stack, b.closing = nil, nil
}

var reHeading = regexp.MustCompile(`^\[([^\]]*[^\]\d][^\]]*)\]\s*`)

// openTop opens a top-level unit whose own text starts at byte rest of the
// line: an editorial heading, then either its text or its first ustęp.
func (b *treeBuilder) openTop(l line, k Kind, label string, rest int) {
	u := &Unit{Kind: k, Label: label, ID: childID("", k, label), Status: InForce}
	b.tops = append(b.tops, parsedUnit{unit: u, groups: b.groups, pos: l.pos})
	b.stack, b.closing = []frame{{u, 0}}, nil
	b.topText(u, l, rest)
}

// topText reads what follows a top-level unit's label, on its line or, when
// the label stands alone, on the next: an editorial heading, then either
// the unit's text or its first ustęp.
func (b *treeBuilder) topText(u *Unit, l line, rest int) {
	if m := reHeading.FindStringSubmatch(l.text[rest:]); m != nil {
		u.Heading = strings.TrimSpace(m[1])
		rest += len(m[0])
	}
	if rest >= len(l.text) {
		return
	}
	if c := classify(l.text[rest:]); c.kind == unitLine && opensInline(u.Kind, c.unit) {
		c.rest += rest
		b.addUnit(l, c)
		return
	}
	appendText(u, l, rest, false)
}

// finish sets each unit's status from its body and checks that no unit is
// left without text.
func (b *treeBuilder) finish() []parsedUnit {
	for _, t := range b.tops {
		if readsAsMore(t.unit) {
			b.errs.add(t.pos, "the text of %s starts with %q, which reads as an editorial heading or as its first ustęp", t.unit.Citation(), firstWord(t.unit.Text))
		}
		b.finishUnit(t.unit, t.pos)
	}
	return b.tops
}

// finishUnit sets the status of top and the units under it from their
// bodies, and reports a unit left without text.
func (b *treeBuilder) finishUnit(top *Unit, pos Pos) {
	top.Walk(func(u *Unit) bool {
		if s, ok := StatusOfBody(u.Text); ok && len(u.Children) == 0 {
			u.Status = s
		}
		if u.Text == "" && len(u.Children) == 0 {
			b.errs.add(pos, "%s has no text", u.Citation())
		}
		return true
	})
}

// readsAsMore reports whether the own text of a top-level unit, written
// after its label, would read as something else: an editorial heading
// ("[…]") or its first ustęp ("2. …"). Such a text came from a source that
// broke the line after the label, and no layout can give it back.
func readsAsMore(top *Unit) bool {
	if strings.HasPrefix(top.Text, "[") {
		return true
	}
	c := classify(top.Text)
	return c.kind == unitLine && opensInline(top.Kind, c.unit)
}

// opensInline reports whether the first child of a top-level unit of kind
// top, of kind child, shares its parent's line: "§ 3. 1. Wniosek …",
// "Art. 3. § 1. Rejestr …".
func opensInline(top, child Kind) bool {
	return child == Section || (child == Paragraph && top == Article)
}

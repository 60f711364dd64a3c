package corpus

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A parsedUnit is a top-level unit read from a source, with the groupings it
// stands in and the lines it was read from.
type parsedUnit struct {
	unit   *Unit
	groups []int // indexes into treeBuilder.groups, widest first
	pos    Pos   // of its first line
	last   int   // its last line
}

// A buildMode says what kind of source a treeBuilder reads.
type buildMode int

const (
	// diskMode reads the on-disk format, which lexdiff wrote: every fault
	// is an error, one line is one unit, a preamble or an annex runs to the
	// end.
	diskMode buildMode = iota
	// sourceMode reads a text as published (a plain text, a portal block,
	// the body of a dziennik-ustaw-md file): faults are warnings, lines
	// inside a quotation are text, free text runs to the next heading.
	sourceMode
)

// treeBuilder turns classified lines into unit trees. It is the one parser
// of legal text behind every input format.
type treeBuilder struct {
	d        *diag
	mode     buildMode
	implicit *Unit // the top-level unit named by -unit, for a text that leaves its label out
	preamble bool  // text before the first unit is a preamble (not so in a portal block)
	quoted   map[int]bool
	// unglue splits the units a PDF copy glued on one line (splitGlued):
	// in a source, and in the quoted wording of an amending act.
	unglue bool

	tops      []*parsedUnit
	stack     []frame         // open units, the top-level one first
	closing   *Unit           // the unit whose closing part the last line wrote
	undashed  bool            // that closing part starts with no dash (closesListUndashed)
	caption   *Unit           // the annexes' caption ("Załączniki do …"), opened as an annex last (annexesCaption)
	free      *Unit           // the open preamble or annex: each line is a line of its text
	freeText  strings.Builder // its text so far, set into it by endFree
	groups    []*Group
	open      []int // open groupings, indexes into groups, widest first
	lastGroup int   // the grouping read last while no unit followed it, or -1
	untitled  bool  // that grouping has no title yet: the next text line is its title
	alts      map[*Unit]*Unit
	lastOpen  *Unit             // the unit open before a unit line closed it, for a line read as text
	floor     int               // in a fragment (ParseFragment), the frames of the units above it, which stay open
	spans     map[string][2]int // when set, the first and last line read into each unit, by id
	openRange *pendingRange     // a collapsed range whose body ("(pominięte)") is on the next line
}

type frame struct {
	u     *Unit
	depth int
}

func newTreeBuilder(d *diag, mode buildMode) *treeBuilder {
	return &treeBuilder{d: d, mode: mode, lastGroup: -1, alts: map[*Unit]*Unit{}, unglue: mode == sourceMode}
}

// depthOf is how deep a unit of kind k stands below its top-level unit; a
// § inside an article (as in codes) stands where an ustęp would.
func depthOf(k Kind, inArticle bool) int {
	if k == Paragraph && inArticle {
		return kindDepth[Section]
	}
	return kindDepth[k]
}

// problem reports a fault of the source: a warning, or in the on-disk
// format (which lexdiff wrote itself) an error.
func (b *treeBuilder) problem(pos Pos, kind WarningKind, format string, args ...any) {
	if b.mode == diskMode {
		b.d.errorf(pos, format, args...)
		return
	}
	b.d.warnf(pos, kind, format, args...)
}

// add reads one line.
func (b *treeBuilder) add(l line) {
	if b.quoted[l.pos.Line] {
		if b.free != nil {
			b.freeLine(l)
		} else {
			b.addText(l)
		}
		return
	}
	parts := []line{l}
	if b.unglue && b.free == nil {
		parts = splitGlued(l)
	}
	if b.mode == sourceMode && strings.Contains(l.text, "ałącznik") {
		var annexes []line
		for _, p := range parts {
			annexes = append(annexes, splitAnnexHeadings(p)...)
		}
		parts = annexes
	}
	for _, p := range parts {
		b.addLine(p)
	}
}

// joinLines returns line a with line b after it, and b's footnote markers
// ("##### Art. 17–19." then "(pominięte)[^3]").
func joinLines(a, b line) line {
	shift := len(a.text) + 1
	a.text += " " + b.text
	a.markers = slices.Clip(a.markers)
	for _, m := range b.markers {
		m.Offset += shift
		a.markers = append(a.markers, m)
	}
	return a
}

// A pendingRange is a collapsed range heading ("##### Art. 59–71.")
// waiting for its body on the next line.
type pendingRange struct {
	l line
	c classified
}

func (b *treeBuilder) addLine(l line) {
	if r := b.openRange; r != nil {
		b.openRange = nil
		if _, ok := StatusOfBody(l.text); ok {
			b.addRange(joinLines(r.l, l), r.c)
			b.d.account(l)
			return
		}
		b.unreadRange(r.l, r.c)
	}
	c := classify(l.text)
	switch {
	case l.hint == hintAnnex:
		c = classified{kind: annexLine}
	case c.kind == annexLine && b.mode == sourceMode && !isAnnexHeading(l.text):
		c = classified{kind: textLine}
	case c.kind == groupLine && b.mode == sourceMode && !isGroupHeading(l.text, c):
		c = classified{kind: textLine}
	}
	if b.free != nil {
		if b.mode == diskMode || !b.closesFree(c) {
			b.freeLine(l)
			return
		}
		b.endFree()
	}
	if c.kind != textLine && c.kind != groupLine {
		b.untitled = false
	}
	switch c.kind {
	case groupLine:
		if b.untitled && b.lastGroup >= 0 && b.groups[b.lastGroup].Kind == "Księga" && c.word == "Część" {
			b.addGroupTitle(l) // "KSIĘGA PIERWSZA / CZĘŚĆ OGÓLNA": the book's title, as the Kodeks cywilny prints it
			return
		}
		b.addGroup(l, c)
	case unitLine:
		b.addUnit(l, c)
	case annexLine:
		from, to := c.rest, len(l.text)
		if b.mode == sourceMode {
			c.label, from, to = annexHeading(l.text)
		}
		b.openFree(l, Annex, c.label, from, to)
	case preambleLine:
		if len(b.tops) > 0 || len(b.stack) > 0 || b.untitled {
			b.addText(l)
			return
		}
		b.openFree(l, Preamble, "", c.rest, len(l.text))
	case unknownMarkerLine:
		b.problem(l.pos, WarnUnknownMarker, "unknown unit marker %q, read as text: want Art. N., § N., N. (ustęp), N) (punkt), a) (litera), – (tiret) or – – (podwójne tiret)", firstWord(l.text))
		b.addText(l)
	default:
		b.addText(l)
	}
}

// closesFree reports whether a line of kind c ends the open preamble or
// annex: a new annex ends either; a unit or a grouping ends a preamble.
func (b *treeBuilder) closesFree(c classified) bool {
	if c.kind == annexLine {
		return true
	}
	return b.free.Kind == Preamble && (c.kind == groupLine || c.kind == unitLine && (c.unit == Article || c.unit == Paragraph))
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i > 0 {
		return s[:i]
	}
	return s
}

func (b *treeBuilder) addGroup(l line, c classified) {
	g := &Group{Kind: c.word, Label: c.label, Title: strings.TrimSpace(l.text[c.rest:])}
	labelEnd := len(g.Kind) + 1 + len(g.Label) // where the label ends in g.String()
	for _, m := range l.markers {
		if m.Offset >= c.rest && g.Title != "" {
			m.Offset = labelEnd + 1 + m.Offset - c.rest
		} else {
			m.Offset = labelEnd
		}
		g.Markers = append(g.Markers, m)
	}
	b.d.account(l)
	rank := groupRank[g.Kind]
	keep := b.open[:0:0]
	for _, i := range b.open {
		if groupRank[b.groups[i].Kind] < rank {
			keep = append(keep, i)
		}
	}
	b.groups = append(b.groups, g)
	b.open = append(keep, len(b.groups)-1)
	b.lastGroup = len(b.groups) - 1
	b.untitled = g.Title == ""
	b.stack, b.closing = nil, nil
}

// addGroupTitle makes l the title of the grouping read last, or, when it
// has one, the title's next line.
func (b *treeBuilder) addGroupTitle(l line) {
	g := b.groups[b.lastGroup]
	base := len(g.String()) + 1
	if g.Title != "" {
		g.Title += " "
	}
	for _, m := range l.markers {
		m.Offset += base
		g.Markers = append(g.Markers, m)
	}
	g.Title += l.text
	b.untitled = false
	b.d.account(l)
}

func (b *treeBuilder) addText(l line) {
	if b.untitled && b.lastGroup >= 0 {
		b.addGroupTitle(l)
		return
	}
	if len(b.stack) == b.floor && b.floor > 0 && b.closing == nil {
		b.d.errorf(l.pos, "text outside any unit: want the new wording of a unit of %s, starting with its marker", b.stack[b.floor-1].u.Citation())
		return
	}
	if len(b.stack) == 0 {
		switch {
		case b.implicit != nil && len(b.tops) == 0:
			b.openTop(l, b.implicit.Kind, b.implicit.Label, 0)
		case len(b.tops) == 0 && b.preamble && b.lastGroup < 0:
			b.openFree(l, Preamble, "", 0, len(l.text))
		case b.lastGroup >= 0 && b.mode == sourceMode:
			b.addGroupTitle(l) // a title that runs over two lines
		case b.mode == diskMode:
			b.d.errorf(l.pos, "text outside any unit: want a unit marker (Art. N., § N.) or a chapter heading")
		default:
			b.d.warnf(l.pos, WarnOutsideUnit, "text outside any unit, kept as a remainder: %q", l.text)
			b.d.account(l)
		}
		return
	}
	if b.closing != nil {
		b.appendText(b.closing, l, 0, true)
		return
	}
	if u := b.stack[len(b.stack)-1].u; len(b.stack) == 1 && b.floor == 0 && u.Text == "" && u.Heading == "" && len(u.Children) == 0 {
		b.topText(u, l, 0)
		return
	}
	if b.closesListUndashed(l) {
		b.addClosing(l, classified{})
		b.undashed = true
		return
	}
	b.appendText(b.stack[len(b.stack)-1].u, l, 0, false)
}

// closesListUndashed reports whether l, text with no marker of its own, is
// the closing part of the list the open unit ends, though it starts with
// no dash: the open unit is the last of a list its parent opens with ":",
// its words end a sentence, and l starts one ("3) … a także
// przewoźników." then "Podmioty wymienione w pkt 1–3 są reprezentowane …",
// DU-2022-1015, art. 7 ust. 1). Such a line says something of the whole
// list, not of its last element. The on-disk format writes it so too.
func (b *treeBuilder) closesListUndashed(l line) bool {
	if len(b.stack) < b.floor+2 {
		return false
	}
	u, parent := b.stack[len(b.stack)-1].u, b.stack[len(b.stack)-2].u
	switch u.Kind {
	case Point, Letter, Tiret, DoubleTiret:
	default:
		return false
	}
	first, _ := utf8.DecodeRuneInString(l.text)
	return lastChild(parent) == u && len(u.Children) == 0 && strings.HasSuffix(parent.Text, ":") &&
		strings.HasSuffix(u.Text, ".") && !endsWithAbbreviation(u.Text) && unicode.IsUpper(first)
}

// endsWithAbbreviation reports whether s ends with one of the
// abbreviations, whose period ends no sentence: "… w art. 5 ust.".
func endsWithAbbreviation(s string) bool {
	s = strings.TrimSuffix(s, ".")
	word := s[strings.LastIndexAny(s, " (.")+1:]
	return abbreviations[word]
}

// appendText writes l (from byte off on) to u, and counts the line as read.
func (b *treeBuilder) appendText(u *Unit, l line, off int, closing bool) {
	appendText(u, l, off, closing)
	b.read(l)
	b.span(u, l)
}

// span records that line l was read into u.
func (b *treeBuilder) span(u *Unit, l line) {
	if b.spans == nil {
		return
	}
	s, ok := b.spans[u.ID]
	if !ok {
		s = [2]int{l.pos.Line, l.pos.Line}
	}
	b.spans[u.ID] = [2]int{min(s[0], l.pos.Line), max(s[1], l.pos.Line)}
}

// read counts line l as read into the unit opened last.
func (b *treeBuilder) read(l line) {
	b.d.account(l)
	if n := len(b.tops); n > 0 && b.tops[n-1].last < l.pos.Line {
		b.tops[n-1].last = l.pos.Line
	}
}

func (b *treeBuilder) addUnit(l line, c classified) {
	inArticle := len(b.stack) > 0 && b.stack[0].u.Kind == Article
	switch {
	case b.floor > 0 && (c.unit == Article || (c.unit == Paragraph && !inArticle)):
		b.d.errorf(l.pos, "%s cannot stand inside %s", (&Unit{Kind: c.unit, Label: c.label}).Marker(), b.stack[b.floor-1].u.Citation())
		return
	case c.unit == Article || (c.unit == Paragraph && !inArticle):
		b.addTop(l, c)
		return
	case len(b.stack) == 0 && b.implicit != nil && len(b.tops) == 0:
		// The label of the top-level unit is left out: "1. Wniosek …".
		b.openTop(l, b.implicit.Kind, b.implicit.Label, 0)
		return
	case len(b.stack) == 0 && b.mode == diskMode:
		b.d.errorf(l.pos, "%s %s outside any article or paragraph: want Art. N. or § N. first, or name the unit with -unit", c.unit, c.label)
		return
	case len(b.stack) == 0:
		b.addText(l) // a numbered line before any article: a preamble, or a remainder
		return
	}
	if (c.unit == Tiret || c.unit == DoubleTiret) && !b.tiretAllowed(c.unit) {
		b.addClosing(l, c)
		return
	}
	b.lastOpen = b.stack[len(b.stack)-1].u
	depth := depthOf(c.unit, inArticle)
	n := len(b.stack)
	for n > max(1, b.floor) && b.stack[n-1].depth >= depth {
		n--
	}
	if b.floor > 0 && n == b.floor && b.stack[b.floor-1].depth >= depth {
		b.d.errorf(l.pos, "%s %s cannot stand inside %s", c.unit, c.label, b.stack[b.floor-1].u.Citation())
		return
	}
	parent := b.stack[n-1].u
	if parent.Closing != "" {
		if b.mode == diskMode || len(parent.Children) == 0 {
			b.problem(l.pos, WarnClosingPart, "%s %s comes after the closing part of the list in %s, read as text of it: the closing part ends the list", c.unit, c.label, parent.Citation())
			b.appendText(parent, l, 0, true)
			return
		}
		// The list goes on: what read as its closing part closed only the
		// items before ("e) …; – jeżeli …" then "f) …"), as the text of
		// the last of them.
		last := parent.Children[len(parent.Children)-1]
		if !b.undashed { // a sentence after a point that ends one is no fault of the text
			b.d.warnf(l.pos, WarnClosingPart, "the list in %s goes on after its closing part %q: that part is read as text of %s", parent.Citation(), shorten(parent.Closing), last.Citation())
		}
		moveClosing(parent, last)
		b.stack, b.closing = b.stack[:n], nil
		for u := last; u != nil; u = lastChild(u) {
			b.stack = append(b.stack, frame{u, depthOf(u.Kind, inArticle)})
		}
		b.addUnit(l, c) // as if the list had not been closed
		return
	}
	if n == 1 && parent.Text == "" && len(parent.Children) == 0 {
		l.markers = b.markersBeforeLabel(parent, l.markers)
	}
	u := b.newChild(l, parent, c)
	if u == nil {
		return // the line was read as text of the unit open last, which stays open
	}
	b.stack, b.closing = append(b.stack[:n], frame{u, depth}), nil
	b.appendText(u, l, c.rest, false)
}

// markersBeforeLabel gives top the markers that stand before the label of
// the first line under its heading ("[^3] 1. W razie …" right after "Art.
// 17."): they mark the article. It returns the others.
func (b *treeBuilder) markersBeforeLabel(top *Unit, ms []Marker) []Marker {
	var own []Marker
	for _, m := range ms {
		if m.Offset == 0 {
			top.Markers = append(top.Markers, m)
		} else {
			own = append(own, m)
		}
	}
	return own
}

// moveClosing makes the closing part of parent's list the end of last's
// text, with its footnote markers.
func moveClosing(parent, last *Unit) {
	base := len(last.Text) + 1
	if last.Text == "" {
		base = 0
	}
	var keep []Marker
	for _, m := range parent.Markers {
		if m.InClosing {
			m.InClosing, m.Offset = false, m.Offset+base
			last.Markers = append(last.Markers, m)
		} else {
			keep = append(keep, m)
		}
	}
	parent.Markers = keep
	if last.Text != "" {
		last.Text += " "
	}
	last.Text += parent.Closing
	parent.Closing = ""
}

// lastChild returns u's last child, or nil.
func lastChild(u *Unit) *Unit {
	if len(u.Children) == 0 {
		return nil
	}
	return u.Children[len(u.Children)-1]
}

// shorten cuts s to a few words, for a message.
func shorten(s string) string {
	if len(s) <= 40 {
		return s
	}
	cut := strings.LastIndexByte(s[:40], ' ')
	if cut <= 0 {
		cut = 40
	}
	return s[:cut] + " …"
}

// tiretAllowed reports whether a "–" line opens a tiret (the open unit's
// text ends with ":", or the open unit is itself a tiret of that kind), as
// opposed to the closing part of a list ("– jeżeli …"). A "– –" line
// after a tiret is a double tiret under it whatever the tiret's text ends
// with: no closing part starts so.
func (b *treeBuilder) tiretAllowed(k Kind) bool {
	top := b.stack[len(b.stack)-1].u
	if b.closing != nil {
		return false
	}
	if top.Kind == k || (k == Tiret && top.Kind == DoubleTiret) || (k == DoubleTiret && top.Kind == Tiret) {
		return true
	}
	if b.floor > 0 && len(b.stack) == b.floor {
		return true // a fragment's tirets stand in the unit it is quoted for
	}
	return strings.HasSuffix(top.Text, ":")
}

// addClosing makes the line the closing part of the list that the open unit
// ends: it belongs to that unit's parent.
func (b *treeBuilder) addClosing(l line, c classified) {
	if len(b.stack) < b.floor+2 {
		b.problem(l.pos, WarnClosingPart, "closing part %q follows no list, read as text", l.text)
		b.appendText(b.stack[0].u, l, 0, false)
		return
	}
	b.stack, b.undashed = b.stack[:len(b.stack)-1], false
	parent := b.stack[len(b.stack)-1].u
	if parent.Closing != "" {
		b.problem(l.pos, WarnClosingPart, "%s already has a closing part: the line is added to it", parent.Citation())
	}
	b.closing = parent
	b.appendText(parent, l, 0, true)
}

// newChild makes the unit the line opens under parent, checking that its
// label comes after its previous sibling's. A label printed a second time
// opens the second printing of that unit (see alts); one that goes
// backwards is read as text.
func (b *treeBuilder) newChild(l line, parent *Unit, c classified) *Unit {
	label := c.label
	var prev *Unit
	for _, s := range parent.Children {
		if s.Kind == c.unit {
			prev = s
		}
	}
	if c.labelTo != "" {
		// "§ 2–3. (uchylone)" inside an article: each unit, with the body
		// and its footnote markers; the caller writes the last one's.
		labels, ok := rangeLabels(c)
		body := strings.TrimSpace(l.text[c.rest:])
		if _, known := StatusOfBody(body); !known || !ok || prev != nil && compareLabels(prev.Label, labels[0]) >= 0 {
			b.problem(l.pos, WarnNumbering, "a range %s–%s without labels in increasing order and a body such as (uchylone): read as text", c.label, c.labelTo)
			b.appendText(parent, l, 0, false)
			return nil
		}
		for _, lb := range labels[:len(labels)-1] {
			u := &Unit{Kind: c.unit, Label: lb, ID: childID(parent.ID, c.unit, lb), Status: InForce}
			appendText(u, l, c.rest, false)
			b.span(u, l)
			parent.Children = append(parent.Children, u)
		}
		label = labels[len(labels)-1]
	}
	if c.unit == Tiret || c.unit == DoubleTiret {
		label = "1"
		if prev != nil {
			label = fmt.Sprint(atoi(prev.Label) + 1)
		}
	} else if prev != nil && compareLabels(prev.Label, label) >= 0 {
		if same := sibling(parent, c.unit, label); same != nil && b.mode == sourceMode && b.alts[same] == nil {
			u := &Unit{Kind: c.unit, Label: label, ID: same.ID, Status: InForce}
			b.alts[same] = u
			return u
		}
		b.backwards(l, b.lastOpen, fmt.Sprintf("%s %s after %s %s in %s", c.unit, label, c.unit, prev.Label, parent.Citation()), prev.Label)
		return nil
	}
	u := &Unit{Kind: c.unit, Label: label, ID: childID(parent.ID, c.unit, label), Status: InForce}
	parent.Children = append(parent.Children, u)
	return u
}

// sibling returns the child of parent of kind k with the given label.
func sibling(parent *Unit, k Kind, label string) *Unit {
	for _, s := range parent.Children {
		if s.Kind == k && s.Label == label {
			return s
		}
	}
	return nil
}

// backwards reports a label that comes before its predecessor's, and
// keeps the line as text of the unit open above it.
func (b *treeBuilder) backwards(l line, holder *Unit, what, after string) {
	if b.mode == diskMode {
		b.d.errorf(l.pos, "numbering goes backwards: %s; want a label after %q", what, after)
		return
	}
	b.d.warnf(l.pos, WarnNumbering, "numbering goes backwards: %s; the line is kept as text of %s", what, holder.Citation())
	b.appendText(holder, l, 0, b.closing == holder)
}

// finish sets each unit's status from its body, reports units left without
// text, and returns the top-level units read.
func (b *treeBuilder) finish() []*parsedUnit {
	b.endFree()
	if r := b.openRange; r != nil {
		b.openRange = nil
		b.unreadRange(r.l, r.c)
	}
	for _, t := range b.tops {
		if !t.unit.Kind.freeText() && readsAsMore(t.unit) {
			b.d.errorf(t.pos, "the text of %s starts with %q, which reads as an editorial heading or as its first ustęp", t.unit.Citation(), firstWord(t.unit.Text))
		}
		for _, root := range []*Unit{t.unit, b.alts[t.unit]} {
			if root != nil {
				b.setStatus(root, t.pos)
			}
		}
	}
	return b.tops
}

// setStatus sets the status of root and the units below it from their
// bodies, reporting those left without text.
func (b *treeBuilder) setStatus(root *Unit, pos Pos) {
	root.Walk(func(u *Unit) bool {
		if alt := b.alts[u]; alt != nil && u != root {
			b.setStatus(alt, pos)
		}
		if s, ok := StatusOfBody(u.Text); ok && len(u.Children) == 0 {
			u.Status = s
		}
		switch {
		case u.Text != "" || len(u.Children) > 0:
		case b.floor > 0:
			b.d.errorf(pos, "%s has no text", u.Citation())
		case b.mode == sourceMode:
			b.d.warnf(pos, WarnEmptyUnit, "%s has no text", u.Citation())
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

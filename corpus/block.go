package corpus

import (
	"maps"
	"slices"
	"strings"
)

// A block is the text of one or more top-level units as read from one
// source: a part per version to make, and the footnotes that belong to no
// unit.
type block struct {
	parts []*part
	// outer are the footnotes of the title block and of the obwieszczenie,
	// and the bodies no marker points at.
	outer []Footnote

	twice  map[*Unit]*Unit // a unit printed twice → its second printing
	notes  noteBook
	strict bool // the on-disk format: no second printing
}

// A noteBook is what attaching a block's footnotes decided: the bodies,
// the one the markers of each label take, one footnote per label for
// references between them.
type noteBook struct {
	bodies  []footnoteBody
	chosen  map[string]int
	inAnnex map[string]int // labels whose markers in annexes take another body than the act's (see annexBodies)
	all     map[string]Footnote
	memo    amendMemo
}

// held returns the footnotes whose markers stand in root or in the
// headings of groups, with those they refer to, their amendments read.
func (nb noteBook) held(root *Unit, groups []Group) []Footnote {
	chosen := nb.chosen
	if root.Kind == Annex && len(nb.inAnnex) > 0 {
		chosen = maps.Clone(chosen)
		maps.Copy(chosen, nb.inAnnex)
	}
	return nb.memo.resolve(withReferred(footnotesHeld(root, groups, nb.bodies, chosen), nb.all))
}

// annexBodies returns, for each label with markers both in the act's
// units and in annexes, the next body no marker took, if there is one:
// the annexes' markers take it. An annex's table numbers its notes anew
// ("20–50[^3]" and "[^3]: Dotyczy pełniącego funkcję komendanta …"
// after the act's "[^3]: W brzmieniu ustalonym przez …", DU-2025-200), and
// the act's note would date the annex.
func annexBodies(occs []occurrence, byLabel map[string][]int, used []bool) map[string]int {
	inAct, inAnnexes := map[string]bool{}, map[string]bool{}
	for _, o := range occs {
		if o.top != nil && o.top.unit.Kind == Annex {
			inAnnexes[o.marker().Label] = true
		} else {
			inAct[o.marker().Label] = true
		}
	}
	out := map[string]int{}
	for label := range inAnnexes {
		if !inAct[label] {
			continue
		}
		if i, ok := nextBody(byLabel[label], used); ok {
			out[label], used[i] = i, true
		}
	}
	return out
}

// A part is one top-level unit of a block: its tree, groupings and
// footnotes, and the units in it printed twice (see splitTwice), to be
// given their second printing from the date their footnotes give.
type part struct {
	unit      *Unit
	groups    []Group
	footnotes []Footnote
	pos       Pos // of its first line
	last      int // its last line
	twice     []*Unit
}

// markerStyle says which footnote markers a source may hold.
type markerStyle int

const (
	bracketMarkers markerStyle = iota // "[1]" only: the on-disk format
	anyMarkers                        // "[1]" and glued "r.1)": copies from portals and PDFs
	mdMarkers                         // "[^1]": dziennik-ustaw-md files
)

// parseBlock parses the lines of a text as the on-disk format and plain
// texts write it: the units, then the footnote bodies ("[1] …"). implicit,
// when not nil, is the top-level unit the text holds when it leaves out
// its label; preamble says whether text before the first unit is a
// preamble.
func parseBlock(lines []line, implicit *Unit, preamble bool, style markerStyle, mode buildMode, d *diag) block {
	split := len(lines)
	for i, l := range lines {
		if classify(l.text).kind == footnoteBodyLine {
			split = i
			break
		}
	}
	tb := newTreeBuilder(d, mode)
	tb.implicit, tb.preamble = implicit, preamble
	if mode == sourceMode {
		tb.quoted = quotedLines(lines[:split], breaksQuote, d)
	}
	for _, l := range lines[:split] {
		tb.add(withoutMarkers(l, style, d))
	}
	return attachFootnotes(tb, parseFootnoteBodies(lines[split:], d), nil, d)
}

// footnoteBody is a footnote body as read, before it is attached.
type footnoteBody struct {
	label string
	text  string
	pos   Pos
}

// parseFootnoteBodies reads "[1] …" lines; a line without a label continues
// the body before it.
func parseFootnoteBodies(lines []line, d *diag) []footnoteBody {
	var out []footnoteBody
	for _, l := range lines {
		d.account(l)
		c := classify(l.text)
		if c.kind != footnoteBodyLine {
			last := &out[len(out)-1]
			last.text = strings.TrimSpace(last.text + " " + l.text)
			continue
		}
		out = append(out, footnoteBody{label: c.label, text: strings.TrimSpace(l.text[c.rest:]), pos: l.pos})
	}
	return out
}

// An outerMarker is a footnote marker outside any unit: in the title
// block or in the obwieszczenie.
type outerMarker struct {
	label string
	pos   Pos
}

// occurrence is one footnote marker in a unit or a grouping heading.
type occurrence struct {
	unit  *Unit  // the unit holding the marker, or nil
	group *Group // the grouping heading holding it, or nil
	idx   int    // its index in the holder's Markers
	top   *parsedUnit
}

func (o occurrence) marker() *Marker {
	if o.unit != nil {
		return &o.unit.Markers[o.idx]
	}
	return &o.group.Markers[o.idx]
}

// attachFootnotes gives each marker its body and each part its
// footnotes. A marker glued to a unit's number that has no body, or whose
// body belongs to other markers, was a superscript of the PDF ("art. 13³")
// and goes back into the text. Bodies with one label are given out in
// order: the markers of the title block and of the obwieszczenie take
// theirs first. Faults of the source are warnings, or errors in the
// on-disk format.
func attachFootnotes(tb *treeBuilder, bodies []footnoteBody, outer []outerMarker, d *diag) block {
	tops := tb.finish()
	byLabel := map[string][]int{}
	for i, fb := range bodies {
		byLabel[fb.label] = append(byLabel[fb.label], i)
	}
	occs := tb.occurrences(tops)
	occs = restoreSuperscripts(occs, outer, byLabel, d)
	occs = dropUnmatched(tb, occs, byLabel)

	used := make([]bool, len(bodies))
	var blk block
	for _, om := range outer {
		i, ok := nextBody(byLabel[om.label], used)
		if !ok {
			tb.problem(om.pos, WarnMarkerWithoutBody, "footnote marker [%s] has no body", om.label)
			continue
		}
		used[i] = true
		blk.outer = appendFootnote(blk.outer, Footnote{Label: om.label, Body: bodies[i].text})
	}
	chosen := map[string]int{} // label → the body the markers in units take
	for _, o := range occs {
		label := o.marker().Label
		if _, ok := chosen[label]; !ok {
			i, _ := nextBody(byLabel[label], used)
			chosen[label] = i
		}
	}
	for _, i := range chosen {
		used[i] = true
	}
	inAnnex := annexBodies(occs, byLabel, used)
	for label, is := range byLabel {
		if !slices.ContainsFunc(is, func(i int) bool { return !used[i] }) {
			continue // each body has its markers: the obwieszczenie's note [1] on its title, the act's on its own
		}
		for _, i := range is[1:] {
			tb.problem(bodies[i].pos, WarnFootnoteTwice, "footnote [%s] has a second body (the first at line %d); both are kept", label, bodies[is[0]].pos.Line)
		}
	}
	for i, fb := range bodies {
		if used[i] {
			continue
		}
		if tb.mode == sourceMode && !slices.ContainsFunc(byLabel[fb.label], func(j int) bool { return used[j] }) {
			d.warnf(fb.pos, WarnBodyWithoutMarker, "footnote [%s] has no marker in the text; it is kept with the source", fb.label)
		}
		blk.outer = appendFootnote(blk.outer, Footnote{Label: fb.label, Body: fb.text})
	}
	for _, t := range tops {
		blk.parts = append(blk.parts, tb.part(t, bodies, chosen))
	}
	blk.twice, blk.strict = tb.alts, tb.mode == diskMode
	if tb.mode == diskMode {
		// Bodies without markers in a version file are the footnotes its
		// others refer to: they belong to each part.
		for _, p := range blk.parts {
			p.footnotes = resolveAmendments(append(p.footnotes, blk.outer...))
		}
		blk.outer = nil
		return blk
	}
	blk.notes = noteBook{bodies: bodies, chosen: chosen, inAnnex: inAnnex, all: allFootnotes(bodies, chosen), memo: amendMemo{}}
	for _, p := range blk.parts {
		p.footnotes = blk.notes.held(p.unit, p.groups)
	}
	blk.outer = blk.notes.memo.resolve(withReferred(blk.outer, blk.notes.all))
	return blk
}

// nextBody returns the first body of is not yet used, or the first when
// all are.
func nextBody(is []int, used []bool) (int, bool) {
	for _, i := range is {
		if !used[i] {
			return i, true
		}
	}
	if len(is) > 0 {
		return is[0], true
	}
	return 0, false
}

// occurrences lists the footnote markers of the units and groupings, in
// document order.
func (b *treeBuilder) occurrences(tops []*parsedUnit) []occurrence {
	var out []occurrence
	seenGroup := map[int]bool{}
	var walk func(t *parsedUnit, root *Unit)
	walk = func(t *parsedUnit, root *Unit) {
		root.Walk(func(u *Unit) bool {
			for i := range u.Markers {
				out = append(out, occurrence{unit: u, idx: i, top: t})
			}
			if alt := b.alts[u]; alt != nil && u != root {
				walk(t, alt)
			}
			return true
		})
	}
	for _, t := range tops {
		for _, gi := range t.groups {
			if !seenGroup[gi] {
				seenGroup[gi] = true
				for i := range b.groups[gi].Markers {
					out = append(out, occurrence{group: b.groups[gi], idx: i, top: t})
				}
			}
		}
		walk(t, t.unit)
		if alt := b.alts[t.unit]; alt != nil {
			walk(t, alt)
		}
	}
	return out
}

// restoreSuperscripts puts back into the text the markers that were
// superscript numbers ("art. 13[^3]" is art. 13³): those glued to a unit's
// number whose label has no body, or whose other markers are not so glued
// (the title's marker among them: "Niniejsza ustawa wdraża…" is not a note
// on "art. 41[^1] § 1").
func restoreSuperscripts(occs []occurrence, outer []outerMarker, byLabel map[string][]int, d *diag) []occurrence {
	plain := map[string]bool{}
	for _, om := range outer {
		plain[om.label] = true
	}
	for _, o := range occs {
		if !o.marker().sup {
			plain[o.marker().Label] = true
		}
	}
	var keep []occurrence
	var restore []occurrence
	for _, o := range occs {
		m := o.marker()
		if m.sup && o.unit != nil && isDigits(m.Label) && (len(byLabel[m.Label]) == 0 || plain[m.Label]) {
			restore = append(restore, o)
			continue
		}
		keep = append(keep, o)
	}
	// Restore from the last marker of each unit back, so that the indexes
	// of the others stay right.
	for i := len(restore) - 1; i >= 0; i-- {
		o := restore[i]
		m := o.unit.Markers[o.idx]
		sup := toSuperscript(m.Label)
		insertText(o.unit, m.Offset, m.InClosing, sup)
		o.unit.Markers = deleteMarker(o.unit.Markers, o.idx)
		at := m.at
		if at.Line == 0 {
			at = o.top.pos
		}
		d.warnf(at, WarnSuperscript, "footnote marker [%s] after a number in %s read as the superscript %s", m.Label, o.unit.Citation(), sup)
		for j := range keep {
			if keep[j].unit == o.unit && keep[j].idx > o.idx {
				keep[j].idx--
			}
		}
	}
	for _, o := range keep {
		o.marker().sup, o.marker().at = false, Pos{}
	}
	return keep
}

func isDigits(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// insertText inserts s into u's text (or closing part) at byte off,
// moving the markers after it.
func insertText(u *Unit, off int, inClosing bool, s string) {
	text := &u.Text
	if inClosing {
		text = &u.Closing
	}
	*text = (*text)[:off] + s + (*text)[off:]
	for i := range u.Markers {
		if m := &u.Markers[i]; m.InClosing == inClosing && m.Offset > off {
			m.Offset += len(s)
		}
	}
}

// dropUnmatched takes out the markers whose label has no body, reporting
// each.
func dropUnmatched(tb *treeBuilder, occs []occurrence, byLabel map[string][]int) []occurrence {
	var keep []occurrence
	var drop []occurrence
	for _, o := range occs {
		if len(byLabel[o.marker().Label]) == 0 {
			drop = append(drop, o)
		} else {
			keep = append(keep, o)
		}
	}
	for i := len(drop) - 1; i >= 0; i-- {
		o := drop[i]
		label := o.marker().Label
		if o.unit != nil {
			o.unit.Markers = deleteMarker(o.unit.Markers, o.idx)
			tb.problem(o.top.pos, WarnMarkerWithoutBody, "footnote marker [%s] in %s has no body: want a line \"[%s] …\" after the text", label, o.unit.Citation(), label)
		} else {
			o.group.Markers = deleteMarker(o.group.Markers, o.idx)
			tb.problem(o.top.pos, WarnMarkerWithoutBody, "footnote marker [%s] in the heading %q has no body", label, o.group.String())
		}
		for j := range keep {
			if keep[j].unit == o.unit && keep[j].group == o.group && keep[j].idx > o.idx {
				keep[j].idx--
			}
		}
	}
	return keep
}

// deleteMarker returns ms without its i-th marker (nil when none is left).
func deleteMarker(ms []Marker, i int) []Marker {
	ms = slices.Delete(ms, i, i+1)
	if len(ms) == 0 {
		return nil
	}
	return ms
}

// part returns the part of one top-level unit, with the units in it that
// were printed twice.
func (b *treeBuilder) part(t *parsedUnit, bodies []footnoteBody, chosen map[string]int) *part {
	groups := b.groupsOf(t)
	p := &part{unit: t.unit, groups: groups, pos: t.pos, last: t.last}
	p.footnotes = footnotesHeld(p.unit, groups, bodies, chosen)
	t.unit.Walk(func(u *Unit) bool {
		if b.alts[u] != nil {
			p.twice = append(p.twice, u)
		}
		return true
	})
	return p
}

// groupsOf returns the groupings t stands in, widest first.
func (b *treeBuilder) groupsOf(t *parsedUnit) []Group {
	var groups []Group
	for _, gi := range t.groups {
		groups = append(groups, *b.groups[gi])
	}
	return groups
}

// footnotesHeld lists the footnotes whose markers stand in root or in the
// headings of its groups: one per unit holding a marker, in the order of
// the bodies, then of the units.
func footnotesHeld(root *Unit, groups []Group, bodies []footnoteBody, chosen map[string]int) []Footnote {
	type held struct {
		body int
		unit string
		seq  int
	}
	var hs []held
	seen := map[[2]string]bool{}
	add := func(label, unit string) {
		key := [2]string{label, unit}
		if i, ok := chosen[label]; ok && !seen[key] {
			seen[key] = true
			hs = append(hs, held{i, unit, len(hs)})
		}
	}
	for _, g := range groups {
		for _, m := range g.Markers {
			add(m.Label, "")
		}
	}
	root.Walk(func(u *Unit) bool {
		for _, m := range u.Markers {
			add(m.Label, u.ID)
		}
		return true
	})
	if len(hs) == 0 {
		return nil
	}
	slices.SortStableFunc(hs, func(a, b held) int { return a.body - b.body })
	out := make([]Footnote, len(hs))
	for i, h := range hs {
		out[i] = Footnote{Label: bodies[h.body].label, Unit: h.unit, Body: bodies[h.body].text}
	}
	return out
}

// appendFootnote appends f to fs unless fs holds it already.
func appendFootnote(fs []Footnote, f Footnote) []Footnote {
	for _, g := range fs {
		if g.Label == f.Label && g.Unit == f.Unit && g.Body == f.Body {
			return fs
		}
	}
	return append(fs, f)
}

// allFootnotes returns one footnote per label, with the body the markers
// in units take (or the first), for looking up the footnotes others refer
// to.
func allFootnotes(bodies []footnoteBody, chosen map[string]int) map[string]Footnote {
	all := map[string]Footnote{}
	for _, fb := range bodies {
		if _, ok := all[fb.label]; !ok {
			all[fb.label] = Footnote{Label: fb.label, Body: fb.text}
		}
	}
	for label, i := range chosen {
		all[label] = Footnote{Label: label, Body: bodies[i].text}
	}
	return all
}

// withReferred appends to fs the footnotes that fs refers to ("ustawy, o
// której mowa w odnośniku 2") and does not hold, with no unit, so that the
// reference can be followed wherever fs is kept.
func withReferred(fs []Footnote, all map[string]Footnote) []Footnote {
	for i := 0; i < len(fs); i++ {
		for _, label := range referredLabels(fs[i].Body) {
			if slices.ContainsFunc(fs, func(f Footnote) bool { return f.Label == label }) {
				continue
			}
			if f, ok := all[label]; ok {
				fs = append(fs, Footnote{Label: f.Label, Body: f.Body})
			}
		}
	}
	return fs
}

// versions makes a version of each part, with the range rangeOf gives it,
// the source, and the warnings found in its lines; it returns as well the
// warnings found outside every part.
func (b block) versions(rangeOf func(*part) Range, source string, warns []Warning) ([]*Version, []Warning) {
	vs := make([]*Version, len(b.parts))
	for i, p := range b.parts {
		vs[i] = &Version{Unit: p.unit, Range: rangeOf(p), Source: source, Groups: p.groups, Footnotes: p.footnotes}
	}
	var outer []Warning
	sortWarnings(warns)
	for _, w := range warns {
		if i := b.partAt(w.Pos); i >= 0 {
			vs[i].Warnings = append(vs[i].Warnings, w)
		} else {
			outer = append(outer, w)
		}
	}
	return vs, outer
}

// hasProvisions reports whether the block holds an article or a paragraph:
// a text with only a preamble or annexes is no act.
func (b block) hasProvisions() bool {
	return slices.ContainsFunc(b.parts, func(p *part) bool { return p.unit.Kind == Article || p.unit.Kind == Paragraph })
}

// partAt returns the index of the part whose lines hold pos, or -1.
func (b block) partAt(pos Pos) int {
	for i, p := range b.parts {
		if p.pos.File == pos.File && p.pos.Line <= pos.Line && pos.Line <= p.last {
			return i
		}
	}
	return -1
}

package corpus

import "strings"

// A block is the text of one version of one or more top-level units: the
// units with their groupings, then the footnote bodies.
type block struct {
	units     []parsedUnit
	footnotes map[string][]Footnote // by top-level unit id
	preamble  []line                // lines before the first unit (a title block)
}

// markerStyle says which footnote markers a source may hold.
type markerStyle int

const (
	bracketMarkers markerStyle = iota // "[1]" only: the on-disk format
	anyMarkers                        // "[1]" and glued "r.1)": copies from portals and PDFs
)

// parseBlock parses lines as a block. implicit, when not nil, is the
// top-level unit the text holds when it leaves out its label.
func parseBlock(lines []line, implicit *Unit, style markerStyle, errs *ErrorList) block {
	split := len(lines)
	for i, l := range lines {
		if classify(l.text).kind == footnoteBodyLine {
			split = i
			break
		}
	}
	tb := &treeBuilder{errs: errs, implicit: implicit, markers: style}
	for _, l := range lines[:split] {
		tb.add(l)
	}
	b := block{units: tb.finish(), preamble: tb.preamble}
	b.footnotes = attachFootnotes(b.units, parseFootnoteBodies(lines[split:], errs), errs)
	return b
}

// footnoteBody is a footnote body as read, before it is attached to a unit.
type footnoteBody struct {
	label string
	text  string
	pos   Pos
}

// parseFootnoteBodies reads "[1] …" lines; a line without a label continues
// the body before it.
func parseFootnoteBodies(lines []line, errs *ErrorList) []footnoteBody {
	var out []footnoteBody
	for _, l := range lines {
		c := classify(l.text)
		if c.kind != footnoteBodyLine {
			last := &out[len(out)-1]
			last.text = strings.TrimSpace(last.text + " " + l.text)
			continue
		}
		for _, prev := range out {
			if prev.label == c.label {
				errs.add(l.pos, "footnote [%s] has two bodies (the other at line %d)", c.label, prev.pos.Line)
			}
		}
		out = append(out, footnoteBody{label: c.label, text: strings.TrimSpace(l.text[c.rest:]), pos: l.pos})
	}
	return out
}

// attachFootnotes pairs each body with the unit whose text holds its marker,
// and reports bodies without markers and markers without bodies.
func attachFootnotes(units []parsedUnit, bodies []footnoteBody, errs *ErrorList) map[string][]Footnote {
	out := map[string][]Footnote{}
	used := map[string]bool{}
	for _, fb := range bodies {
		top, holder := findMarker(units, fb.label)
		if holder == nil {
			errs.add(fb.pos, "footnote [%s] has no marker [%s] in the text", fb.label, fb.label)
			continue
		}
		used[fb.label] = true
		out[top.ID] = append(out[top.ID], Footnote{Label: fb.label, Unit: holder.ID, Body: fb.text, Amendment: parseAmendment(fb.text)})
	}
	seen := map[string]string{} // marker label → citation of the unit holding it
	for _, pu := range units {
		pu.unit.Walk(func(u *Unit) bool {
			for _, m := range u.Markers {
				if other, dup := seen[m.Label]; dup {
					errs.add(pu.pos, "footnote marker [%s] in %s, and again in %s: each footnote has one marker", m.Label, other, u.Citation())
				}
				seen[m.Label] = u.Citation()
				if !used[m.Label] {
					errs.add(pu.pos, "footnote marker [%s] in %s has no body: want a line \"[%s] …\" after the text", m.Label, u.Citation(), m.Label)
				}
			}
			return true
		})
	}
	return out
}

// findMarker returns the top-level unit and the unit holding the marker
// with the given label.
func findMarker(units []parsedUnit, label string) (top, holder *Unit) {
	for _, pu := range units {
		pu.unit.Walk(func(u *Unit) bool {
			for _, m := range u.Markers {
				if m.Label == label {
					top, holder = pu.unit, u
					return false
				}
			}
			return true
		})
		if holder != nil {
			return top, holder
		}
	}
	return nil, nil
}

package corpus

import (
	"regexp"
	"strings"
)

// reVersionHeader is the heading of a version block in a portal export:
// "Wersja obowiązująca od 2020-12-07    (Dz.U.2020.2170 tekst jednolity)",
// "Wersja archiwalna obowiązująca od 2019-09-01 do 2020-12-06".
var reVersionHeader = regexp.MustCompile(`(?i)^wersja\s+(?:archiwalna\s+|przyszła\s+|aktualna\s+)?obowi[ąa]zuj[ąa]ca\s+od\s+(\S+)(?:\s+do\s+(\S+))?\s*(?:\((.*)\))?$`)

// placeholderYear: an end date in this year or later is an export's
// stand-in for "no end date".
const placeholderYear = 2100

// isVersionHeader reports whether the trimmed line s heads a version block.
// Its first word is checked before the regular expression runs: this is
// asked of every line.
func isVersionHeader(s string) bool {
	return len(s) > 6 && strings.EqualFold(s[:6], "wersja") && reVersionHeader.MatchString(s)
}

// IsPortalExport reports whether data looks like a portal's version-history
// export: it has at least one version heading.
func IsPortalExport(data []byte) bool {
	for _, l := range strings.Split(string(data), "\n") {
		if isVersionHeader(strings.TrimSpace(normalizeSpaces(l))) {
			return true
		}
	}
	return false
}

// ParsePortal parses a portal's version-history export: a banner, then
// blocks headed "Wersja … obowiązująca od A [do B] [(source)]", newest
// first, each with the whole text of a unit and its footnote bodies. Dates
// may be written with dots; an end date in a far-future year means the
// version is still in force; blank lines carry no meaning.
//
// unit, when not empty, is the citation of the top-level unit the export is
// about ("§ 3"): it is required when the blocks leave the unit's label out,
// and checked against the label when they give it. Identical duplicate
// blocks collapse into one. The error is an ErrorList of every problem
// found, each with its file:line:col.
func ParsePortal(file string, data []byte, unit string) ([]*Version, error) {
	vs, _, err := parsePortal(file, data, unit)
	return vs, err
}

// parsePortal parses a portal export as ParsePortal does, and returns as
// well the warnings found outside every version's text.
func parsePortal(file string, data []byte, unit string) ([]*Version, []Warning, error) {
	var d diag
	implicit := implicitUnit(unit, &d.errs)
	lines := splitLines(file, data, &d.errs)
	var versions []*Version
	var starts []Pos
	var outer []Warning
	for _, blk := range splitBlocks(lines, &d) {
		r, src, ok := parseHeader(blk.header, &d.errs)
		bd := diag{seen: d.seen}
		b := parseBlock(blk.body, implicit, false, anyMarkers, sourceMode, &bd)
		d.errs = append(d.errs, bd.errs...)
		if len(b.parts) == 0 {
			d.errorf(blk.header.pos, "version block has no text of a unit: want \"§ N. …\" or \"Art. N. …\" (or the text alone, with -unit)")
			continue
		}
		if !ok {
			continue
		}
		vs, ws := b.versions(func(*part) Range { return r }, src, bd.warns)
		outer = append(outer, ws...)
		for _, v := range vs {
			versions, starts = addVersion(versions, starts, v, blk.header.pos, &d.errs)
		}
	}
	if err := d.errs.Err(); err != nil {
		return nil, nil, err
	}
	return versions, outer, nil
}

// implicitUnit returns the top-level unit named by -unit, or nil.
func implicitUnit(citation string, errs *ErrorList) *Unit {
	if citation == "" {
		return nil
	}
	id, err := ParseCitation(citation)
	if err != nil {
		errs.add(Pos{File: "-unit"}, "%v", err)
		return nil
	}
	segs, _ := splitID(id)
	if len(segs) != 1 || (segs[0].kind != Article && segs[0].kind != Paragraph) {
		errs.add(Pos{File: "-unit"}, "-unit %q: want a top-level unit such as \"§ 3\" or \"art. 5\": versions are kept per article or paragraph", citation)
		return nil
	}
	return &Unit{Kind: segs[0].kind, Label: segs[0].label, ID: id}
}

type rawBlock struct {
	header line
	body   []line
}

// splitBlocks splits the lines after the banner into version blocks. The
// banner's lines are read past.
func splitBlocks(lines []line, d *diag) []rawBlock {
	var blocks []rawBlock
	for _, l := range lines {
		switch {
		case isVersionHeader(l.text):
			d.account(l)
			blocks = append(blocks, rawBlock{header: l})
		case len(blocks) > 0:
			blocks[len(blocks)-1].body = append(blocks[len(blocks)-1].body, l)
		default:
			d.account(l) // the page's banner
		}
	}
	if len(blocks) == 0 && len(lines) > 0 {
		d.errorf(lines[0].pos, "no version heading: a portal export has blocks headed \"Wersja obowiązująca od YYYY-MM-DD [do YYYY-MM-DD] [(source)]\"")
	}
	return blocks
}

// parseHeader reads the range and source of a version heading.
func parseHeader(l line, errs *ErrorList) (Range, string, bool) {
	m := reVersionHeader.FindStringSubmatchIndex(l.text)
	from, err := ParseDate(l.text[m[2]:m[3]])
	if err != nil {
		errs.add(l.at(m[2]), "%v", err)
		return Range{}, "", false
	}
	r := Range{From: from}
	if m[4] >= 0 {
		to, err := ParseDate(l.text[m[4]:m[5]])
		if err != nil {
			errs.add(l.at(m[4]), "%v", err)
			return Range{}, "", false
		}
		if to.Year() < placeholderYear {
			r.To = to
		}
		if !r.IsOpen() && r.To < r.From {
			errs.add(l.at(m[4]), "version ends on %s, before it starts on %s", r.To, r.From)
			return Range{}, "", false
		}
	}
	src := ""
	if m[6] >= 0 {
		src = strings.TrimSpace(l.text[m[6]:m[7]])
	}
	return r, src, true
}

// addVersion adds v to vs, collapsing an identical duplicate and reporting a
// different text for the same range or an overlap. starts holds the
// position of each version's heading.
func addVersion(vs []*Version, starts []Pos, v *Version, pos Pos, errs *ErrorList) ([]*Version, []Pos) {
	for i, old := range vs {
		if old.Unit.ID != v.Unit.ID || !old.Range.Overlaps(v.Range) {
			continue
		}
		switch {
		case old.Range == v.Range && sameVersion(old, v):
			return vs, starts
		case old.Range == v.Range:
			errs.add(pos, "two different texts of %s for %s (the other at line %d)", v.Unit.Citation(), v.Range, starts[i].Line)
		default:
			errs.add(pos, "versions of %s overlap: %s here and %s at line %d", v.Unit.Citation(), v.Range, old.Range, starts[i].Line)
		}
		return vs, starts
	}
	return append(vs, v), append(starts, pos)
}

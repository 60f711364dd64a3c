package corpus

import (
	"bytes"
	"fmt"
	"strings"
)

// FormatVersion writes v in the on-disk format: a header of "key: value"
// lines (from, to, source, one "warning:" line per warning; for a computed
// version "computed: true" and an "applied:" line per change, see
// AppliedAmendment), a blank line, the groupings and the text in the
// layout of the law, one item per line, with the editorial heading in
// brackets and footnote markers as "[N]", and after a blank line the
// footnote bodies. ParseVersion reads it back into the same Version.
//
//	from: 2019-09-01
//	to: 2020-12-06
//	source: Dz.U.2020.2170 tekst jednolity
//
//	§ 3. [Wniosek o przyznanie danych dostępowych] 1. Wniosek …
//	1) określenie rodzaju jednostki, której wniosek dotyczy:
//	a) szkoła publiczna albo niepubliczna,
//
//	[1] § 3 ust. 1 pkt 8 w brzmieniu ustalonym przez …
func FormatVersion(v *Version) []byte {
	var b bytes.Buffer
	writeHeader(&b, v)
	b.WriteString("\n")
	b.WriteString(FormatText(v))
	writeFootnoteBodies(&b, v.Footnotes)
	return b.Bytes()
}

// FormatText returns the text of v as FormatVersion lays it out, without
// the header and the footnote bodies: the groupings, and the unit's text
// with its heading in brackets and footnote markers as "[N]". A store
// that keeps the other fields of a version apart keeps this; ParseText
// reads it back.
func FormatText(v *Version) string {
	var b strings.Builder
	for _, g := range v.Groups {
		b.WriteString(withMarkers(g.String(), g.Markers, false) + "\n")
	}
	writeUnitText(&b, v.Unit, true, false)
	return b.String()
}

// ParseText reads a version kept in parts, as a store keeps it: head holds
// every field of the version but its text (range, source, computed,
// applied…), text is what FormatText returned, and notes the footnotes
// (their labels and bodies). It returns a new version with head's fields
// and the unit, groupings and footnotes parsed from text and notes: the
// same Version that ParseVersion reads from the file FormatVersion writes.
// name stands for the version in errors, which are as ParseVersion's.
func ParseText(name string, head *Version, text string, notes []Footnote) (*Version, error) {
	var b bytes.Buffer
	writeHeader(&b, head)
	b.WriteString("\n")
	b.WriteString(text)
	writeFootnoteBodies(&b, notes)
	return ParseVersion(name, b.Bytes())
}

// writeHeader writes the header lines of v's file.
func writeHeader(b *bytes.Buffer, v *Version) {
	fmt.Fprintf(b, "from: %s\n", v.Range.From)
	if !v.Range.IsOpen() {
		fmt.Fprintf(b, "to: %s\n", v.Range.To)
	}
	if v.Source != "" {
		fmt.Fprintf(b, "source: %s\n", v.Source)
	}
	for _, w := range v.Warnings {
		fmt.Fprintf(b, "warning: %s\n", formatWarning(w))
	}
	if v.Computed {
		b.WriteString("computed: true\n")
	}
	for _, a := range v.Applied {
		fmt.Fprintf(b, "applied: %s\n", formatApplied(a))
	}
}

// writeFootnoteBodies writes each footnote's body once, after a blank line.
func writeFootnoteBodies(b *bytes.Buffer, fs []Footnote) {
	if len(fs) > 0 {
		b.WriteString("\n")
	}
	written := map[string]bool{}
	for _, f := range fs {
		if !written[f.Label] {
			written[f.Label] = true
			fmt.Fprintf(b, "[%s] %s\n", f.Label, f.Body)
		}
	}
}

// sameVersion reports whether two versions have the same range, source and
// text, footnotes included.
func sameVersion(a, b *Version) bool {
	return bytes.Equal(FormatVersion(a), FormatVersion(b))
}

// ParseVersion reads one version in the on-disk format (see FormatVersion).
// The error is an ErrorList with file:line:col positions.
func ParseVersion(file string, data []byte) (*Version, error) {
	var d diag
	lines := splitLines(file, data, &d.errs)
	header, body := splitHeader(lines, data)
	v := &Version{}
	for _, l := range header {
		key, val, ok := strings.Cut(l.text, ":")
		val = strings.TrimSpace(val)
		var err error
		switch {
		case !ok:
			d.errorf(l.pos, "header line %q: want \"key: value\" (keys: from, to, source, warning, computed, applied)", l.text)
		case key == "from":
			v.Range.From, err = ParseDate(val)
		case key == "to":
			v.Range.To, err = ParseDate(val)
		case key == "source":
			v.Source = val
		case key == "warning":
			w, ok := parseWarning(val)
			if !ok {
				d.errorf(l.pos, "warning %q: want \"KIND FILE:LINE:COL: MESSAGE\"", val)
			}
			v.Warnings = append(v.Warnings, w)
		case key == "computed":
			v.Computed, err = parseComputed(val)
		case key == "applied":
			var a AppliedAmendment
			a, err = parseApplied(val)
			v.Applied = append(v.Applied, a)
		default:
			d.errorf(l.pos, "unknown header key %q: want from, to, source, warning, computed or applied", key)
		}
		if err != nil {
			d.errorf(l.at(len(key)+1), "%v", err)
		}
	}
	if err := checkRange(v.Range); err != nil && len(header) > 0 {
		d.errorf(header[0].pos, "%v", err)
	}
	b := parseBlock(body, nil, false, bracketMarkers, diskMode, &d)
	if len(b.parts) != 1 && len(body) > 0 {
		d.errorf(body[0].pos, "a version file holds exactly one article, paragraph, preamble or annex, found %d", len(b.parts))
	}
	if err := d.errs.Err(); err != nil {
		return nil, err
	}
	p := b.parts[0]
	v.Unit, v.Groups, v.Footnotes = p.unit, p.groups, p.footnotes
	return v, nil
}

// parseComputed reads the value of a "computed:" header line.
func parseComputed(val string) (bool, error) {
	if val != "true" {
		return false, fmt.Errorf("computed: %q: want true (a published version has no computed line)", val)
	}
	return true, nil
}

// splitHeader splits the non-blank lines of a version file at the first
// blank line of data: header lines before it, body lines after.
func splitHeader(lines []line, data []byte) (header, body []line) {
	blank := 0
	for i, l := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(l) == "" {
			blank = i + 1
			break
		}
	}
	for i, l := range lines {
		if blank == 0 || l.pos.Line > blank {
			return lines[:i], lines[i:]
		}
	}
	return lines, nil
}

// formatActInfo writes act.txt: one "key: value" line per field, an
// "alias:" line per alias.
func formatActInfo(a ActInfo) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "id: %s\ntitle: %s\n", a.ID, a.Title)
	if a.Type != "" {
		fmt.Fprintf(&b, "type: %s\n", a.Type)
	}
	if !a.Date.IsZero() {
		fmt.Fprintf(&b, "date: %s\n", a.Date)
	}
	if a.Ref != "" {
		fmt.Fprintf(&b, "ref: %s\n", a.Ref)
	}
	for _, al := range a.Aliases {
		fmt.Fprintf(&b, "alias: %s\n", al)
	}
	return b.Bytes()
}

// parseActInfo reads act.txt.
func parseActInfo(file string, data []byte) (ActInfo, error) {
	var errs ErrorList
	var a ActInfo
	for _, l := range splitLines(file, data, &errs) {
		key, val, ok := strings.Cut(l.text, ":")
		val = strings.TrimSpace(val)
		var err error
		switch {
		case !ok:
			errs.add(l.pos, "line %q: want \"key: value\" (keys: id, title, type, date, ref, alias)", l.text)
		case key == "id":
			a.ID = val
		case key == "title":
			a.Title = val
		case key == "type":
			a.Type = val
		case key == "date":
			a.Date, err = ParseDate(val)
		case key == "ref":
			a.Ref = val
		case key == "alias":
			a.Aliases = append(a.Aliases, val)
		default:
			errs.add(l.pos, "unknown key %q: want id, title, type, date, ref or alias", key)
		}
		if err != nil {
			errs.add(l.at(len(key)+1), "%v", err)
		}
	}
	if a.ID == "" && len(errs) == 0 {
		errs.add(Pos{File: file, Line: 1}, "no \"id:\" line")
	}
	return a, errs.Err()
}

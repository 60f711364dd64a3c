package corpus

import (
	"regexp"
	"strings"
)

// PlainOptions is what the command line says about a plain text: the
// top-level unit it holds when its text leaves the label out, and the range
// and source of the version it is.
type PlainOptions struct {
	Unit   string
	Range  Range
	Source string
}

// reActType is the first line of an act's title block.
var reActType = regexp.MustCompile(`(?i)^(ustawa|rozporządzenie|kodeks|obwieszczenie|zarządzenie|uchwała|dekret|konstytucja)\b`)

// ParsePlain parses a plain text of an act or of one unit, such as a
// consolidated text copied from the official PDF. A title block before the
// first unit ("USTAWA / z dnia … / o …") becomes the returned title and type;
// a collapsed range "Art. 19–29. (pominięte)" becomes the units it names.
// Every top-level unit becomes one version with the range and source of
// opts. The error is an ErrorList of every problem found.
func ParsePlain(file string, data []byte, opts PlainOptions) (ActInfo, []*Version, error) {
	var errs ErrorList
	implicit := implicitUnit(opts.Unit, &errs)
	if err := checkRange(opts.Range); err != nil {
		errs.add(Pos{File: "-from/-to"}, "%v", err)
	}
	lines := splitLines(file, data, &errs)
	b := parseBlock(lines, implicit, anyMarkers, &errs)
	if len(b.units) == 0 && len(lines) > 0 {
		errs.add(lines[0].pos, "no unit found: want \"Art. N.\" or \"§ N.\" at the start of a line (or the text of one unit, with -unit)")
	}
	var versions []*Version
	for _, pu := range b.units {
		versions = append(versions, &Version{Unit: pu.unit, Range: opts.Range, Source: opts.Source, Groups: pu.groups, Footnotes: b.footnotes[pu.unit.ID]})
	}
	if err := errs.Err(); err != nil {
		return ActInfo{}, nil, err
	}
	return titleOf(b.preamble), versions, nil
}

// titleOf reads the title block: from the line naming the act's type on.
func titleOf(preamble []line) ActInfo {
	for i, l := range preamble {
		m := reActType.FindString(l.text)
		if m == "" {
			continue
		}
		words := make([]string, 0, len(preamble)-i)
		for _, l := range preamble[i:] {
			words = append(words, l.text)
		}
		typ := strings.ToLower(m)
		title := strings.Join(words, " ")
		title = groupWord(typ) + title[len(m):]
		return ActInfo{Title: title, Type: typ}
	}
	return ActInfo{}
}

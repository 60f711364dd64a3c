package amend

import (
	"fmt"
	"regexp"
	"strings"
)

// partAndUnits reads one new wording given to a part of a unit's list and
// to units of that list together: "wprowadzenie do wyliczenia i pkt 1
// otrzymują brzmienie: „Wniosek zawiera:\n1) imię;”" and "pkt 5 i część
// wspólna otrzymują brzmienie: „5) …\n– złożone na piśmie.”". The
// quotation is split where the list begins (after the introduction) or
// ends (before the closing part), and each side is one operation. It
// reports whether the clause is of this form; the scanner moves only
// when it is.
func (p *clauseParser) partAndUnits(l loc) (bool, error) {
	s := p.s
	save := s.i
	if s.reFold(reListSep) == nil {
		return false, nil
	}
	chain, ok := s.chain()
	var units, part loc
	switch {
	case ok && l.part.kind == kindIntro && chain[0].isUnit():
		units, part = l.with(chain), l
	case ok && l.part.kind == "" && len(l.path) > 0 && len(chain) == 1 && chain[0].kind == kindClosing:
		parent := loc{path: l.path[:len(l.path)-1]}
		units, part = l, parent.with(chain)
	default:
		s.i = save
		return false, nil
	}
	if !s.words("otrzymują", "brzmienie") {
		return true, p.unread()
	}
	s.punct(":")
	q, ok := s.quote()
	if !ok {
		return true, fmt.Errorf("%w: want the new wording in quotation marks „…” after \"otrzymują brzmienie:\"", errUnread)
	}
	first, rest, ok := splitPart(q, part.part.kind == kindIntro)
	if !ok {
		return true, fmt.Errorf("%w: cannot tell where %s ends in the quoted wording %s", errUnread, part.part, quoted(q.text))
	}
	partWording, unitWording := first, rest
	if part.part.kind == kindClosing {
		partWording, unitWording = rest, first
	}
	p.add(&Operation{Action: SetWording, Path: part.path, Part: part.part, Wording: &partWording})
	p.add(&Operation{Action: SetWording, Path: units.path, Wording: &unitWording})
	p.last = units
	return true, nil
}

// reUnitStart matches the start of a unit of a list: "1)", "2a.", "b)", "–".
var reUnitStart = regexp.MustCompile(`^(?:\d+[a-z]*[).]|[a-z]{1,3}\)|–)\s`)

// splitPart splits a quotation in two at a line break: after its first
// line (the introduction to a list) when first is set, else before its
// last (the closing part). An introduction glued to its list on one line,
// as a PDF copy gives it, ends at its colon.
func splitPart(q quotation, first bool) (quotation, quotation, bool) {
	text := strings.TrimSpace(q.text)
	at := strings.LastIndexByte(text, '\n')
	if first {
		line, _, _ := strings.Cut(text, "\n")
		at = len(line)
		if colon := strings.Index(line, ": "); colon >= 0 && reUnitStart.MatchString(line[colon+2:]) {
			at = colon + 1 // the colon ends the introduction glued to its first unit
		}
	}
	if at <= 0 || at+1 >= len(text) {
		return quotation{}, quotation{}, false
	}
	head := quotation{text: strings.TrimSpace(text[:at]), pos: q.pos}
	tailPos := q.pos
	if n := strings.Count(text[:at+1], "\n"); n > 0 {
		tailPos.Line += n
		tailPos.Col = 1
	} else {
		tailPos.Col += len([]rune(text[:at+1]))
	}
	return head, quotation{text: strings.TrimSpace(text[at+1:]), pos: tailPos}, true
}

package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A titleBlock is the heading of an act as printed: "ROZPORZĄDZENIE /
// MINISTRA ZDROWIA / z dnia 30 września 2002 r. / w sprawie …".
type titleBlock struct {
	Type    string // "rozporządzenie"
	Organ   string // "Ministra Zdrowia"
	Date    Date
	Subject string // "w sprawie …", "o …"

	dateText string // "z dnia 30 września 2002 r."
	lines    []line
	markers  []outerMarker
}

var (
	// reActType is the first line of an act's title block.
	reActType  = regexp.MustCompile(`(?i)^(ustawa|rozporządzenie|kodeks|obwieszczenie|zarządzenie|uchwała|postanowienie|dekret|konstytucja)\b`)
	reDateLine = regexp.MustCompile(`^(?i:z\s+dnia)\s+\d`)
	// reOrganDate is the date at the end of the organ's line, when the
	// two share one ("MARSZAŁKA SEJMU RZECZYPOSPOLITEJ POLSKIEJ z dnia 23
	// czerwca 2022 r.", DU-2022-1535).
	reOrganDate = regexp.MustCompile(`\s(?i:z\s+dnia)\s+\d{1,2}\s+\p{L}+\s+\d{4}\s*r\.$`)
)

// Title returns the act's title as a sentence: "Rozporządzenie Ministra
// Zdrowia z dnia 30 września 2002 r. w sprawie …". It is "" when the block
// names no type.
func (t titleBlock) Title() string {
	if t.Type == "" {
		return ""
	}
	parts := []string{groupWord(t.Type)}
	for _, p := range []string{t.Organ, t.dateText, t.Subject} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " ")
}

// readTitleBlock reads the title block at the start of lines (after any
// lines that precede the act's type, which are left in rest) and returns
// it with the lines that follow it. lines hold no markers yet; the block's
// markers are taken out with style.
func readTitleBlock(lines []line, style markerStyle, d *diag) (titleBlock, []line) {
	start := -1
	for i, l := range lines {
		c := classify(l.text)
		if c.kind == unitLine || c.kind == groupLine || c.kind == annexLine {
			break
		}
		if isTypeLine(lines, i) {
			start = i
			break
		}
	}
	if start < 0 {
		return titleBlock{}, lines
	}
	var t titleBlock
	end := start + 1
	stripped := func(l line) line {
		l = withoutMarkers(l, style, d)
		for _, m := range l.markers {
			t.markers = append(t.markers, outerMarker{label: m.Label, pos: l.pos})
		}
		l.markers = nil
		return l
	}
	first := stripped(lines[start])
	t.Type = strings.ToLower(reActType.FindString(first.text))
	t.lines = append(t.lines, first)
	var organ []string
	if rest := strings.TrimSpace(first.text[len(t.Type):]); rest != "" && !reDateLine.MatchString(rest) {
		organ = append(organ, rest)
	}
	for ; end < len(lines) && end < start+6; end++ {
		if c := classify(lines[end].text); c.kind == unitLine || c.kind == groupLine {
			break // no date line: the text begins
		}
		l := stripped(lines[end])
		if reDateLine.MatchString(l.text) {
			t.Date, t.dateText = polishDate(reActDate, l.text), l.text
			t.lines = append(t.lines, l)
			end++
			break
		}
		if loc := reOrganDate.FindStringIndex(l.text); loc != nil {
			organ = append(organ, l.text[:loc[0]])
			t.dateText = strings.TrimSpace(l.text[loc[0]:])
			t.Date = polishDate(reActDate, t.dateText)
			t.lines = append(t.lines, l)
			end++
			break
		}
		organ = append(organ, l.text)
		t.lines = append(t.lines, l)
	}
	t.Organ = titleCase(strings.Join(organ, " "))
	var subject []string
	for ; end < len(lines); end++ {
		l := stripped(lines[end])
		if !startsLower(l.text) || classify(l.text).kind != textLine {
			break
		}
		subject = append(subject, l.text)
		t.lines = append(t.lines, l)
	}
	t.Subject = strings.Join(subject, " ")
	for _, l := range lines[start:end] {
		d.account(l)
	}
	rest := append(append([]line(nil), lines[:start]...), lines[end:]...)
	return t, rest
}

// isTypeLine reports whether lines[i] opens a title block: it names an
// act's type in capitals, or alone, or a "z dnia" line follows within a
// few lines.
func isTypeLine(lines []line, i int) bool {
	s := stripMarkerText(lines[i].text)
	m := reActType.FindString(s)
	if m == "" {
		return false
	}
	if s == strings.ToUpper(s) || len(strings.TrimSpace(s)) == len(m) {
		return true
	}
	for j := i + 1; j < len(lines) && j <= i+3; j++ {
		if reDateLine.MatchString(lines[j].text) {
			return true
		}
	}
	return false
}

// stripMarkerText returns s without markers of any style, for a test of
// its words.
func stripMarkerText(s string) string {
	s, _ = stripMarkdownMarkers(s)
	s, _ = stripMarkers(s, anyMarkers)
	return strings.TrimSpace(s)
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r) || r == '–'
}

// lowerWords stay in lower case in a title-cased organ: "Ministra Kultury
// i Dziedzictwa Narodowego", "Ministra do spraw Unii Europejskiej". The
// word "spraw" does only after "do": "Ministra Spraw Zagranicznych".
var lowerWords = map[string]bool{"i": true, "oraz": true, "w": true, "z": true, "do": true, "na": true, "dla": true, "ds.": true}

// titleCase turns an organ printed in capitals ("MINISTRA KULTURY,
// DZIEDZICTWA NARODOWEGO I SPORTU") into the case of running text
// ("Ministra Kultury, Dziedzictwa Narodowego i Sportu"). Text that is not
// all capitals is left as it is.
func titleCase(s string) string {
	if s != strings.ToUpper(s) {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if i > 0 && (lowerWords[w] || w == "spraw" && words[i-1] == "do") {
			continue
		}
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

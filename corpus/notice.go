package corpus

import (
	"regexp"
	"strings"
)

// A Notice is what the obwieszczenie announcing a consolidated text says:
// who announces it and when, which act it consolidates (Act: its type,
// date and title; Previous: the reference of its previous consolidated
// text or of its publication), which amending acts it takes in, up to
// when (Cutoff: "przepisów ogłoszonych przed dniem …"; AsOf: "stanu
// prawnego na dzień …"), and its text, line by line, with the provisions
// it quotes as left out of the consolidated text.
type Notice struct {
	Organ      string   `json:"organ,omitempty"`
	Date       Date     `json:"date,omitzero"`
	Act        ActInfo  `json:"act"`
	Previous   string   `json:"previous,omitempty"`
	Amending   []string `json:"amending,omitempty"`
	Cutoff     Date     `json:"cutoff,omitzero"`
	AsOf       Date     `json:"asOf,omitzero"`
	Paragraphs []string `json:"paragraphs,omitempty"`
}

var (
	// reConsolidates is the heart of ust. 1: "ogłasza się … jednolity tekst
	// rozporządzenia Ministra Zdrowia z dnia 30 września 2002 r. …".
	reConsolidates = regexp.MustCompile(`(?i)jednolit(?:y|ego)\s+tekst(?:u)?\s+(ustawy|rozporządzenia|obwieszczenia|zarządzenia|uchwały|dekretu|kodeksu|regulaminu)\s+(.*?)\s*z\s+dnia\s+(\d{1,2})\s+(\p{L}+)\s+(\d{4})\s*r\.\s*`)
	reCutoff       = regexp.MustCompile(`(?i)ogłoszonych\s+przed\s+dniem\s+(\d{1,2})\s+(\p{L}+)\s+(\d{4})`)
	reAsOf         = regexp.MustCompile(`(?i)stan\p{L}*\s+prawn\p{L}*\s+na\s+dzień\s+(\d{1,2})\s+(\p{L}+)\s+(\d{4})`)
	reTakesIn      = regexp.MustCompile(`(?i)z\s+uwzględnieniem`)
)

// nominative turns the type of an act as ust. 1 names it ("rozporządzenia")
// into its name ("rozporządzenie").
var nominative = map[string]string{
	"ustawy": "ustawa", "rozporządzenia": "rozporządzenie", "obwieszczenia": "obwieszczenie",
	"zarządzenia": "zarządzenie", "uchwały": "uchwała", "dekretu": "dekret", "kodeksu": "kodeks", "regulaminu": "regulamin",
}

// readNotice reads the obwieszczenie: its title block, then its
// paragraphs. Footnote markers in it are returned as outer markers.
func readNotice(lines []line, style markerStyle, d *diag) (*Notice, []outerMarker) {
	title, rest := readTitleBlock(lines, style, d)
	n := &Notice{Organ: title.Organ, Date: title.Date}
	outer := title.markers
	var ust1 []string
	quoted := quotedLines(rest, nil, &diag{})
	inUst1 := false
	for _, l := range rest {
		d.account(l)
		l = withoutMarkers(l, style, d)
		for _, m := range l.markers {
			outer = append(outer, outerMarker{label: m.Label, pos: l.pos})
		}
		n.Paragraphs = append(n.Paragraphs, l.text)
		if !quoted[l.pos.Line] {
			if c := classify(l.text); c.kind == unitLine && c.unit == Section {
				inUst1 = c.label == "1"
			}
		}
		if inUst1 {
			ust1 = append(ust1, l.text)
		}
	}
	n.read(strings.Join(ust1, " "))
	return n, outer
}

// read takes from the text of ust. 1 the act consolidated, its previous
// reference, the amending acts taken in, and the dates up to which.
func (n *Notice) read(ust1 string) {
	m := reConsolidates.FindStringSubmatchIndex(ust1)
	if m == nil {
		return
	}
	typ := nominative[strings.ToLower(ust1[m[2]:m[3]])]
	organ := strings.TrimSpace(ust1[m[4]:m[5]])
	n.Act.Type = typ
	n.Act.Date = polishDate(reActDate, ust1[m[0]:m[1]])
	rest := ust1[m[1]:]
	subjectEnd := len(rest)
	if loc := reTakesIn.FindStringIndex(rest); loc != nil {
		subjectEnd = loc[0]
	}
	refs := FindPubRefs(rest)
	if len(refs) > 0 && refs[0].Start < subjectEnd {
		subjectEnd = refs[0].Start
		prev := refs[0]
		if prev.Items[0].Year == 0 {
			prev = prev.WithYear(n.Act.Date.Year())
		}
		n.Previous = prev.String()
		refs = refs[1:]
	}
	subject := strings.TrimRight(rest[:subjectEnd], "(, ")
	parts := []string{groupWord(typ)}
	if organ != "" {
		parts = append(parts, organ)
	}
	parts = append(parts, strings.TrimSpace(ust1[m[5]:m[1]])) // "z dnia … r."
	if subject != "" {
		parts = append(parts, subject)
	}
	n.Act.Title = strings.Join(parts, " ")
	last := subjectEnd
	for _, r := range refs {
		if y := polishDate(reActDate, rest[last:r.Start]); !y.IsZero() {
			r = r.WithYear(y.Year())
		} else if r.Items[0].Year == 0 {
			r = r.WithYear(n.Date.Year())
		}
		n.Amending = append(n.Amending, r.String())
		last = r.End
	}
	if strings.Contains(rest, "przed") {
		n.Cutoff = polishDate(reCutoff, rest)
	}
	if strings.Contains(rest, "prawn") {
		n.AsOf = polishDate(reAsOf, rest)
	}
}

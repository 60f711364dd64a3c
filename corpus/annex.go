package corpus

import (
	"regexp"
	"strings"
)

var (
	// reAnnexHeading is an annex heading standing alone in a text: its
	// caption and nothing else, "Załącznik nr 2", "ZAŁĄCZNIK NR 2 do
	// rozporządzenia …", "Załącznik do ustawy z dnia … (Dz. U. …)",
	// "Załączniki do rozporządzenia Ministra Zdrowia z dnia … (Dz. U. …)
	// Załącznik nr 1". The caption names the act by its author, in
	// capitals, its date and its reference; a provision that starts with
	// the word goes on in lower case ("Załącznik nr 1 do rozporządzenia
	// stosuje się …", "… zmienianego w § 1 …"), and a line a PDF copy
	// wrapped in a sentence starts in lower case ("załącznik do
	// rozporządzenia.").
	reAnnexHeading = regexp.MustCompile(`^(?:Załączniki?|ZAŁĄCZNIKI?)(?:\s+(?i:nr)\s+\S+?)?\.?` +
		`(?:\s+(?i:do)\s+(?i:ustawy|rozporządzenia|obwieszczenia|zarządzenia|uchwały|dekretu)` +
		`(?:,?\s+(?:\p{Lu}[\p{L}-]*|i|oraz))*` + // its author: "Ministra Rodziny, Pracy i Polityki Społecznej"
		`(?:\s+(?i:z\s+dnia)\s+\d{1,2}\s+\p{L}+\s+\d{4}\s*(?i:r)\.)?` +
		`(?:\s*\([^()]*\))?` + // its reference: "(Dz. U. z 2025 r. poz. 453)"
		`(?:\s+(?:Załącznik|ZAŁĄCZNIK)\s+(?i:nr)\s+\S+)?)?$`)
	// reAnnexLast is a heading that names its annex last: "Załączniki do
	// ustawy z dnia … (Dz. U. …) Załącznik nr 1".
	reAnnexLast = regexp.MustCompile(`^((?i:załączniki?)\b.*?)\s*(?i:załącznik\s+nr)\s+(\d+[a-zA-Z]{0,3})\.?\s*$`)
	// reAnnexesWord is the word a caption over several annexes starts
	// with, "Załączniki do rozporządzenia …", and the spaces after it.
	reAnnexesWord = regexp.MustCompile(`^(?i:załączniki)(?:\s+|$)`)
)

// isAnnexHeading reports whether a line of a source, which its markup does
// not mark as a heading, is an annex heading.
func isAnnexHeading(s string) bool { return reAnnexHeading.MatchString(s) }

// annexHeading reads an annex heading of a source: the annex's label ("1",
// "" when it has no number) and the span of its caption in s, the words
// besides "Załącznik nr 1" ("do ustawy z dnia … (Dz. U. …)"). A caption
// over all the annexes that heads the first ("Załączniki do ustawy z dnia
// … (Dz. U. …) Załącznik nr 1") is that annex's without its word
// (annexesWordEnd).
func annexHeading(s string) (label string, from, to int) {
	if m := reAnnexLast.FindStringSubmatchIndex(s); m != nil && !strings.HasPrefix(strings.ToLower(s[m[2]:m[3]]), "załącznik nr") {
		return strings.ToLower(s[m[4]:m[5]]), m[2] + annexesWordEnd(s[m[2]:m[3]]), m[3]
	}
	c := classify(s)
	return c.label, c.rest, len(s)
}

// annexesWordEnd returns the length of the word "Załączniki" and the
// spaces after it that caption starts with, 0 when it does not: the rest of
// a caption over several annexes ("do rozporządzenia … (Dz. U. …)") is what
// a lone annex's heading gives after "Załącznik", and what lexdiff keeps
// as the first line of the first annex, so that an act whose one annex
// became two reads the same there.
func annexesWordEnd(caption string) int {
	return len(reAnnexesWord.FindString(caption))
}

// reRepealedAnnexFirst is a heading of a repealed annex that another
// annex's heading follows on its line: "Załącznik nr 2 (uchylony)
// Załącznik nr 2a (uchylony)" (DU-2026-450). Its group ends the first.
var reRepealedAnnexFirst = regexp.MustCompile(`^(?i:załącznik\s+nr)\s+\d+[a-z]{0,3}\s+(\([^()]{3,20}\)\.?)\s+(?i:załącznik\s+nr)\s+\d`)

// splitAnnexHeadings returns l as the headings of the annexes it names one
// after another, when the first is repealed (reRepealedAnnexFirst); l
// alone otherwise.
func splitAnnexHeadings(l line) []line {
	m := reRepealedAnnexFirst.FindStringSubmatchIndex(l.text)
	if m == nil {
		return []line{l}
	}
	if _, ok := StatusOfBody(l.text[m[2]:m[3]]); !ok {
		return []line{l}
	}
	first, second := cutLine(l, m[3]+len(l.text[m[3]:])-len(strings.TrimLeft(l.text[m[3]:], " ")))
	second.hint = l.hint // a heading, as the first
	return append([]line{first}, splitAnnexHeadings(second)...)
}

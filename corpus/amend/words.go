package amend

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"lexdiff/corpus"
)

// A slot is one run of legal text in a unit tree: a unit's own text or its
// closing part, narrowed to a span (a sentence) when an instruction says
// so.
type slot struct {
	unit       *corpus.Unit
	closing    bool
	start, end int
}

func (s slot) text() string { return (*textOf(s.unit, s.closing))[s.start:s.end] }

// slotsOf lists the texts of u and the units under it in document order:
// where an instruction that names u may find its words.
func slotsOf(u *corpus.Unit) []slot {
	var out []slot
	if u.Text != "" {
		out = append(out, slot{unit: u, end: len(u.Text)})
	}
	for _, c := range u.Children {
		out = append(out, slotsOf(c)...)
	}
	if u.Closing != "" {
		out = append(out, slot{unit: u, closing: true, end: len(u.Closing)})
	}
	return out
}

// A match is one place where an instruction's words stand.
type match struct {
	slot
	at, end int // the words' span within the unit's text
}

// findWords returns where words stand in the slots, whole (not inside a
// longer word). Spaces match any run of spaces, and a hyphen also the
// "- -" that the PDF's line breaks leave in a hyphenated word.
func findWords(slots []slot, words string) []match {
	re := wordsPattern(words)
	var out []match
	for _, s := range slots {
		t := s.text()
		for _, loc := range re.FindAllStringIndex(t, -1) {
			if wholeAt(t, loc[0], loc[1]) {
				out = append(out, match{slot: s, at: s.start + loc[0], end: s.start + loc[1]})
			}
		}
	}
	return out
}

// wordsPattern is the regular expression words are found by.
func wordsPattern(words string) *regexp.Regexp {
	words = reSplitHyphen.ReplaceAllString(words, "-")
	var b strings.Builder
	for i, f := range strings.Fields(words) {
		if i > 0 {
			b.WriteString(`\s+`)
		}
		parts := strings.Split(f, "-")
		for j, p := range parts {
			if j > 0 {
				b.WriteString(`-(?:\s+-)?`)
			}
			b.WriteString(regexp.QuoteMeta(p))
		}
	}
	return regexp.MustCompile(b.String())
}

// reSplitHyphen is a hyphenated word broken by the PDF's line break:
// "operacyjno- -rozpoznawczych".
var reSplitHyphen = regexp.MustCompile(`-\s+-`)

// wholeAt reports whether t[start:end] stands apart from the words around
// it: a match that starts (ends) with a letter or digit may not have one
// right before (after) it.
func wholeAt(t string, start, end int) bool {
	if start > 0 {
		first, _ := utf8.DecodeRuneInString(t[start:])
		prev, _ := utf8.DecodeLastRuneInString(t[:start])
		if isWordRune(first) && isWordRune(prev) {
			return false
		}
	}
	if end < len(t) {
		last, _ := utf8.DecodeLastRuneInString(t[:end])
		next, _ := utf8.DecodeRuneInString(t[end:])
		if isWordRune(last) && isWordRune(next) {
			return false
		}
	}
	return true
}

// abbreviations end with a full stop that ends no sentence.
var abbreviations = map[string]bool{
	"r": true, "ust": true, "art": true, "pkt": true, "lit": true, "poz": true, "dz": true, "u": true,
	"nr": true, "tj": true, "np": true, "in": true, "zm": true, "późn": true, "ww": true, "godz": true,
	"ok": true, "tzw": true, "al": true, "ul": true, "św": true, "sp": true, "itd": true, "itp": true,
	"tys": true, "mln": true, "mld": true, "dr": true, "prof": true, "inż": true, "mgr": true, "lek": true,
	"urz": true, "str": true, "zob": true, "ds": true, "pn": true, "wg": true, "t": true, "j": true,
}

// sentences returns the spans of the sentences of a text: each ends with
// its full stop (or "?", "!"), where the next begins with a capital letter
// and the word before the stop is not an abbreviation.
func sentences(t string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		next := strings.TrimLeft(t[i+1:], " ")
		r, _ := utf8.DecodeRuneInString(next)
		if next == "" || len(next) == len(t[i+1:]) || !unicode.IsUpper(r) || (c == '.' && isAbbreviation(t[:i])) {
			continue
		}
		out = append(out, [2]int{start, i + 1})
		start = len(t) - len(next)
	}
	if strings.TrimSpace(t[start:]) != "" {
		out = append(out, [2]int{start, len(strings.TrimRight(t, " "))})
	}
	return out
}

// isAbbreviation reports whether the text before a full stop ends with an
// abbreviation or an initial.
func isAbbreviation(before string) bool {
	i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })
	w := before[i+1:]
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		return true // an initial, "W. Żurek", or "r."
	}
	return abbreviations[strings.ToLower(w)]
}

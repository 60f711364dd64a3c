package diff

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"lexdiff/corpus"
)

// special matches, at the start of a word, the tokens that must never be
// split: a unit citation ("art. 50 ust. 3–7", "§ 1 pkt 1 lit. a)"), a date
// ("7 sierpnia 2019 r.", "2019-09-01", "01.09.2019"), a number written in
// groups of thousands ("20 000", "1 250 000,50") and a number or a range
// of numbers ("3–7", "1,5"). Publication references are found apart, by
// corpus.FindPubRefs.
var special = regexp.MustCompile(`^(?:` +
	citationSegment + `(?:\s` + citationSegment + `)*` +
	`|\d{1,2}\s(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)\s\d{4}(?:\sr\.)?` +
	`|\d{4}-\d{2}-\d{2}|\d{2}\.\d{2}\.\d{4}(?:\sr\.)?` +
	`|\d{1,3}(?:[ \x{a0}]\d{3})+(?:,\d+)?` +
	`|\d+(?:[.,]\d+)*[a-z]{0,2}(?:\s?[–-]\s?\d+[a-z]{0,2})?` +
	`)`)

// citationSegment is one step of a citation: "art. 50", "ust. 3–7",
// "pkt 2a", "lit. a)".
const citationSegment = `(?:(?:[Aa]rt\.|§|ust\.|pkt)\s?\d+[a-z]{0,3}(?:\s?[–-]\s?\d+[a-z]{0,3})?|lit\.\s?[a-z]{1,3}\)?)`

// tokenize returns the tokens of text, which concatenate back to text:
// words, single whitespace and punctuation runes, and the unsplittable
// tokens of special and the publication references refs finds (findRefs,
// or corpus.FindPubRefs itself).
func tokenize(text string, refs func(string) []corpus.PubRef) []string {
	var toks []string
	pos := 0
	for _, r := range refs(text) {
		toks = tokenizePlain(toks, text[pos:r.Start])
		toks = append(toks, text[r.Start:r.End])
		pos = r.End
	}
	return tokenizePlain(toks, text[pos:])
}

// tokenizePlain appends the tokens of s, which holds no publication
// reference, to toks.
func tokenizePlain(toks []string, s string) []string {
	for i := 0; i < len(s); {
		n := tokenAt(s, i)
		toks = append(toks, s[i:i+n])
		i += n
	}
	return toks
}

// tokenAt returns the length of the token starting at s[i:].
func tokenAt(s string, i int) int {
	r, size := utf8.DecodeRuneInString(s[i:])
	if !isWordRune(r) && r != '§' {
		return size
	}
	if mayBeSpecial(s[i:], r) {
		if n := specialAt(s, i); n > 0 {
			return n
		}
	}
	if r == '§' {
		return size
	}
	n := size
	for i+n < len(s) {
		r, size := utf8.DecodeRuneInString(s[i+n:])
		if !isWordRune(r) {
			break
		}
		n += size
	}
	return n
}

// mayBeSpecial reports whether s, starting with r, may start a token of
// special: a number, "§" or a citation word. It spares the regexp the
// other words.
func mayBeSpecial(s string, r rune) bool {
	if r == '§' || (r >= '0' && r <= '9') {
		return true
	}
	for _, w := range citationWords {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

var citationWords = []string{"art.", "Art.", "ust.", "pkt", "lit."}

// specialAt returns the length of the unsplittable token at s[i:], or 0.
// A token must start and end at word boundaries: "2019r" is one word.
func specialAt(s string, i int) int {
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); isWordRune(r) {
			return 0
		}
	}
	loc := special.FindStringIndex(s[i:])
	if loc == nil {
		return 0
	}
	end := i + loc[1]
	last, _ := utf8.DecodeLastRuneInString(s[:end])
	if next, _ := utf8.DecodeRuneInString(s[end:]); end < len(s) && isWordRune(last) && isWordRune(next) {
		return 0
	}
	return loc[1]
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

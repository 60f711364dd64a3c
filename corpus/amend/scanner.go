package amend

import (
	"regexp"

	"lexdiff/corpus"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A scanner reads the words of an instruction: a cursor over src.text[i:end]
// that skips spaces, line breaks and footnote markers between words, and
// reads words case-insensitively, whole.
type scanner struct {
	src    *source
	i, end int
}

// reFootnoteRef is a footnote reference of the amending act's own text
// ("[1]", "[^1]"), which is not part of an instruction.
var reFootnoteRef = regexp.MustCompile(`^\[\^?\d+\]`)

// space skips spaces, line breaks and footnote references.
func (s *scanner) space() {
	for s.i < s.end {
		r, n := utf8.DecodeRuneInString(s.src.text[s.i:s.end])
		switch {
		case unicode.IsSpace(r):
			s.i += n
		case r == '[':
			m := reFootnoteRef.FindString(s.src.text[s.i:s.end])
			if m == "" {
				return
			}
			s.i += len(m)
		default:
			return
		}
	}
}

// done reports whether nothing but spaces and final punctuation is left.
func (s *scanner) done() bool {
	s.space()
	rest := strings.TrimRight(s.src.text[s.i:s.end], " \t\n.;,")
	return rest == ""
}

// rest returns what is left to read.
func (s *scanner) rest() string {
	s.space()
	return s.src.text[s.i:s.end]
}

// words accepts the given words in order, each whole and in any case (a
// word ending in "." matches with its full stop), and reports whether it
// did; it moves on only when all match.
func (s *scanner) words(ws ...string) bool {
	save := s.i
	for _, w := range ws {
		if !s.word(w) {
			s.i = save
			return false
		}
	}
	return true
}

// word accepts one word, whole, in any case.
func (s *scanner) word(w string) bool {
	s.space()
	t := s.src.text[s.i:s.end]
	if len(t) < len(w) || !strings.EqualFold(t[:len(w)], w) {
		return false
	}
	if !boundaryAfter(t, len(w)) {
		return false
	}
	s.i += len(w)
	return true
}

// oneOf accepts the first of the given words (or phrases of words separated
// by spaces) that follows, and returns it.
func (s *scanner) oneOf(ws ...string) (string, bool) {
	for _, w := range ws {
		if s.words(strings.Fields(w)...) {
			return w, true
		}
	}
	return "", false
}

// prefixed accepts a word that starts with one of the given stems ("wyraz"
// for "wyrazy", "wyrazami") and returns the whole word.
func (s *scanner) prefixed(stems ...string) (string, bool) {
	s.space()
	t := s.src.text[s.i:s.end]
	n := 0
	for n < len(t) {
		r, size := utf8.DecodeRuneInString(t[n:])
		if !unicode.IsLetter(r) {
			break
		}
		n += size
	}
	w := strings.ToLower(t[:n])
	for _, stem := range stems {
		if n > 0 && strings.HasPrefix(w, stem) {
			s.i += n
			return w, true
		}
	}
	return "", false
}

// re accepts a match of re (anchored with ^) and returns its submatches.
func (s *scanner) re(re *regexp.Regexp) []string {
	s.space()
	m := re.FindStringSubmatch(s.src.text[s.i:s.end])
	if m == nil {
		return nil
	}
	s.i += len(m[0])
	return m
}

// punct accepts one punctuation mark.
func (s *scanner) punct(p string) bool {
	s.space()
	if strings.HasPrefix(s.src.text[s.i:s.end], p) {
		s.i += len(p)
		return true
	}
	return false
}

// A quotation is the text between „ and its closing ”, and where that
// text starts in its file.
type quotation struct {
	text string
	pos  corpus.Pos
}

// quote accepts a quotation „…”.
func (s *scanner) quote() (quotation, bool) {
	s.space()
	t := s.src.text[:s.end]
	if !strings.HasPrefix(t[s.i:], string(openQuote)) {
		return quotation{}, false
	}
	end := quoteEnd(t, s.i)
	if end < 0 {
		return quotation{}, false
	}
	_, open := utf8.DecodeRuneInString(t[s.i:])
	_, closing := utf8.DecodeLastRuneInString(t[:end])
	q := quotation{text: t[s.i+open : end-closing], pos: s.src.at(s.i + open)}
	s.i = end
	return q, true
}

// atQuote reports whether a quotation follows.
func (s *scanner) atQuote() bool {
	s.space()
	return strings.HasPrefix(s.src.text[s.i:s.end], string(openQuote))
}

// boundaryAfter reports whether t[n:] starts outside a word: at its end, or
// at a character that is not a letter or digit (or when t[n-1] is itself
// not one, as after "§" or "ust.").
func boundaryAfter(t string, n int) bool {
	if n >= len(t) {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(t[:n])
	if !isWordRune(prev) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t[n:])
	return !isWordRune(r)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

package index

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search"
)

// fragmentSize is the length of a fragment, in characters: long enough to
// hold most units whole (Bleve's default of 200 characters cuts a typical
// punkt in two).
const fragmentSize = 320

// separator stands for the text left out before or after a fragment.
const separator = "…"

// A match is where a term of the query matched in a hit's text: the
// term (numbered among the hit's matched terms), the word's position and
// its byte offsets.
type match struct {
	term       int
	pos        uint64
	start, end int
}

// matched is where a query matched a hit's text.
type matched struct {
	matches []match // in the order of the text; each term at each position once
	terms   int     // the number of distinct terms matched
}

// matchesOf returns where a searcher reading term vectors found the terms
// of its query in the text of a document match m.
func matchesOf(m *search.DocumentMatch) matched {
	var terms []string
	ms := make([]match, 0, len(m.FieldTermLocations))
	for _, l := range m.FieldTermLocations {
		if l.Field != fieldText {
			continue
		}
		t := slices.Index(terms, l.Term)
		if t < 0 {
			t, terms = len(terms), append(terms, l.Term)
		}
		ms = append(ms, match{term: t, pos: l.Location.Pos, start: int(l.Location.Start), end: int(l.Location.End)})
	}
	slices.SortFunc(ms, func(a, b match) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.pos, b.pos), cmp.Compare(a.term, b.term))
	})
	return matched{matches: slices.Compact(ms), terms: len(terms)}
}

// highlight returns the fragment of text that shows the most of the
// matched terms (a list of one, or none), with each match in <mark> and
// separator where text is left out: what Bleve's simple highlighter
// returns as the best fragment, with its simple fragmenter of
// fragmentSize characters and its HTML formatter. It replaces that one,
// which builds a map of the locations and a Bleve document per hit, a
// fragment object per match and a heap of them, and adds to a string
// piece by piece.
func highlight(text string, m matched) []string {
	frags := fragments(text, m.matches)
	if len(frags) == 0 {
		return nil // every fragment met a character that is not valid UTF-8, where Bleve's fragmenter gives up
	}
	best, bestScore := frags[0], -1
	seen := make([]bool, m.terms)
	for _, f := range frags {
		if s := f.score(m.matches, seen); s > bestScore { // the first of the best, as Bleve's heap pops it
			best, bestScore = f, s
		}
	}
	return []string{best.format(text, m.matches)}
}

// A fragment is a span of a text, in bytes.
type fragment struct{ start, end int }

// fragments returns the fragments of text around each match, in order,
// as Bleve's simple fragmenter cuts them: from the match on, fragmentSize
// characters, moved back when the text ends sooner (but not over the
// previous match), then centred on the matches it holds as far as it can
// move both ways. A text without matches has one fragment, its beginning.
func fragments(text string, ms []match) []fragment {
	if len(ms) == 0 {
		end, used := 0, 0
		for end < len(text) && used < fragmentSize {
			r, size := utf8.DecodeRuneInString(text[end:])
			if r == utf8.RuneError {
				break
			}
			end += size
			used++
		}
		return []fragment{{0, end}}
	}
	out := make([]fragment, 0, len(ms))
	maxBegin := 0
next:
	for i, m := range ms {
		start, end, used := m.start, m.start, 0
		for end < len(text) && used < fragmentSize {
			r, size := utf8.DecodeRuneInString(text[end:])
			if r == utf8.RuneError {
				continue next
			}
			end += size
			used++
		}
		for start > 0 && used < fragmentSize {
			if start > len(text) {
				continue next
			}
			r, size := utf8.DecodeLastRuneInString(text[:start])
			if r == utf8.RuneError {
				continue next
			}
			if start-size < maxBegin {
				break
			}
			start -= size
			used++
		}
		lastEnd := end // the end of the last match in the fragment
		for _, inner := range ms[i:] {
			if inner.end > end {
				break
			}
			lastEnd = inner.end
		}
		room := utf8.RuneCountInString(text[lastEnd:end])
		roomBefore := 0
		if start >= maxBegin {
			roomBefore = utf8.RuneCountInString(text[maxBegin:start])
		}
		for shift := min(room, roomBefore) / 2; shift > 0; shift-- {
			r, size := utf8.DecodeLastRuneInString(text[:start])
			if r == utf8.RuneError {
				continue next
			}
			start -= size
			r, size = utf8.DecodeLastRuneInString(text[:end])
			if r == utf8.RuneError {
				continue next
			}
			end -= size
		}
		out = append(out, fragment{start, end})
		maxBegin = m.end
	}
	return out
}

// score is the number of distinct terms matched within f; seen has room
// for every term.
func (f fragment) score(ms []match, seen []bool) int {
	clear(seen)
	n := 0
	for _, m := range ms {
		if m.start >= f.start && m.end <= f.end && !seen[m.term] {
			seen[m.term] = true
			n++
		}
	}
	return n
}

const markStart, markEnd = "<mark>", "</mark>"

// htmlEscaper escapes text as html.EscapeString does, but writes it out
// instead of returning a new string.
var htmlEscaper = strings.NewReplacer(`&`, "&amp;", `'`, "&#39;", `<`, "&lt;", `>`, "&gt;", `"`, "&#34;")

// format returns f of text as HTML, its matches in <mark> (a word matched
// by several terms once), with separator where text is left out.
func (f fragment) format(text string, ms []match) string {
	var b strings.Builder
	b.Grow(f.end - f.start + 2*len(separator) + len(ms)*(len(markStart)+len(markEnd)))
	if f.start != 0 {
		b.WriteString(separator)
	}
	curr := f.start
	for _, m := range ms {
		if m.start < curr {
			continue
		}
		if m.end > f.end {
			break
		}
		htmlEscaper.WriteString(&b, text[curr:m.start])
		b.WriteString(markStart)
		htmlEscaper.WriteString(&b, text[m.start:m.end])
		b.WriteString(markEnd)
		curr = m.end
	}
	htmlEscaper.WriteString(&b, text[curr:f.end])
	if f.end != len(text) {
		b.WriteString(separator)
	}
	return b.String()
}

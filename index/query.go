package index

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"

	"lexdiff/index/internal/lemma"
)

// ErrBadQuery is wrapped by every error about a query the user wrote or a
// request that cannot be searched; the error says what is wrong and what is
// accepted.
var ErrBadQuery = errors.New("bad query")

// minPrefix is the fewest letters a prefix query may have: shorter ones
// match too many words to be useful.
const minPrefix = 3

// A clause is one item of a query: a word, a "phrase" or a prefix*, maybe
// excluded with a leading minus.
type clause struct {
	text    string
	phrase  bool
	prefix  bool
	exclude bool
	col     int // 1-based column in the query, in characters
}

func badQuery(col int, format string, args ...any) error {
	return fmt.Errorf("%w: column %d: %s", ErrBadQuery, col, fmt.Sprintf(format, args...))
}

// parseQuery splits a query into clauses. Accepted: words (all must match),
// "quoted phrases", -excluded words or phrases, and prefix* words.
func parseQuery(q string) ([]clause, error) {
	var cs []clause
	rs := []rune(q)
	for i := 0; i < len(rs); {
		if unicode.IsSpace(rs[i]) {
			i++
			continue
		}
		c := clause{col: i + 1}
		if rs[i] == '-' && i+1 < len(rs) && (rs[i+1] == '"' || unicode.IsLetter(rs[i+1]) || unicode.IsDigit(rs[i+1])) {
			c.exclude = true
			i++
		}
		var err error
		if rs[i] == '"' {
			i, err = readPhrase(rs, i, &c)
		} else {
			i, err = readWord(rs, i, &c)
		}
		if err != nil {
			return nil, err
		}
		cs = append(cs, c)
	}
	if len(cs) == 0 {
		return nil, fmt.Errorf("%w: empty query; type words to find, e.g. wniosek kuratora", ErrBadQuery)
	}
	return cs, nil
}

func readPhrase(rs []rune, i int, c *clause) (int, error) {
	end := i + 1
	for end < len(rs) && rs[end] != '"' {
		end++
	}
	if end == len(rs) {
		return 0, badQuery(c.col, "unclosed quote: a phrase goes between two \" marks")
	}
	c.text, c.phrase = strings.TrimSpace(string(rs[i+1:end])), true
	if c.text == "" {
		return 0, badQuery(c.col, "empty phrase \"\"")
	}
	return end + 1, nil
}

func readWord(rs []rune, i int, c *clause) (int, error) {
	end := i
	for end < len(rs) && !unicode.IsSpace(rs[end]) && rs[end] != '"' {
		end++
	}
	w := string(rs[i:end])
	if end < len(rs) && rs[end] == '"' {
		return 0, badQuery(end+1, "a quote inside a word; put spaces around a \"phrase\"")
	}
	if star := strings.IndexRune(w, '*'); star >= 0 {
		if star != len(w)-1 {
			return 0, badQuery(c.col, "%q: * may only end a word, as in przyzna*", w)
		}
		w = strings.TrimSuffix(w, "*")
		if utf8.RuneCountInString(w) < minPrefix || !isWord(w) {
			return 0, badQuery(c.col, "%q: a prefix needs at least %d letters before *", w+"*", minPrefix)
		}
		c.prefix = true
	}
	if c.text = w; !c.prefix && !hasWordChar(w) {
		return 0, badQuery(c.col, "%q has no letters or digits to search for", w)
	}
	return end, nil
}

func hasWordChar(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// A queryUse is what a query is built for.
type queryUse struct {
	// shingled: phrases are found through shingles (see clauseQuery),
	// which ranks fast; otherwise through their words' positions alone,
	// which highlights each word.
	shingled bool
	// ranking: the query ranks the hits and need not say where each word
	// is, so a word of several lemmas among other words that rank may
	// match without a score: when its terms have more than
	// scoreLemmasUpTo postings together (see allOf and lemmasQuery).
	ranking         bool
	scoreLemmasUpTo int
}

// showing is the use of a query that finds where the words of the page's
// hits are.
var showing = queryUse{}

// buildQuery turns clauses into a Bleve query on the text field for use,
// analysing each with a and t: all included clauses must match, no
// excluded one may. Prefixes are searched with the lemmas of t and their
// terms kept by prefixes (see prefixQuery).
// A clause that is a stop word alone is dropped; a query left with nothing
// to match is an error. A single clause is its own query: wrapped, each hit
// would pass through a conjunction of one.
func buildQuery(cs []clause, a analysis.Analyzer, t *lemma.Table, prefixes *prefixCache, use queryUse) (query.Query, error) {
	var must, mustNot []query.Query
	for _, c := range cs {
		q := clauseQuery(c, a, t, prefixes, use)
		switch {
		case q == nil:
			continue
		case c.exclude:
			mustNot = append(mustNot, q)
		default:
			must = append(must, q)
		}
	}
	if len(must) == 0 {
		return nil, fmt.Errorf("%w: nothing to search for: the query has only excluded or common words (such as \"w\", \"i\", \"oraz\")", ErrBadQuery)
	}
	if len(must) == 1 && len(mustNot) == 0 {
		return must[0], nil
	}
	return allOf(must, mustNot, use), nil
}

// clauseQuery returns the query of one clause, or nil when it is a stop
// word alone. A phrase keeps its stop words, through the shingles with
// their neighbours, which it is then found through even without
// use.shingled ("nie jest"). A prefix is searched with the lemmas of t and
// its terms kept by prefixes (see prefixQuery).
// A word that analyses into several words ("4–7", "ekonomiczno-administracyjnej")
// is searched as a phrase.
func clauseQuery(c clause, a analysis.Analyzer, t *lemma.Table, prefixes *prefixCache, use queryUse) query.Query {
	if c.prefix {
		return prefixQuery{prefix: lemma.Fold(c.text), table: t, kept: prefixes}
	}
	positions, shingles := groupByPosition(a.Analyze([]byte(c.text)))
	words := trimEmpty(positions)
	switch {
	case len(words) == 0 && len(positions) < 2:
		return nil // a stop word alone
	case len(positions) == 1:
		return anyTerm(positions[0])
	}
	var phrase query.Query
	switch len(words) {
	case 0:
	case 1:
		phrase = anyTerm(words[0])
	default:
		phrase = query.NewMultiPhraseQuery(words, fieldText)
	}
	spanned := !slices.ContainsFunc(shingles[:len(shingles)-1], func(p []string) bool { return len(p) == 0 })
	stopWords := len(words) < 2 // but one word, and stop words ("po dniu"): its shingles mark the phrase, not every form of its word
	switch {
	case phrase != nil && (!use.shingled && !stopWords || !spanned):
		return phrase // by positions alone, or a word no shingle spans
	case !spanned:
		return nil
	}
	if len(words) < 2 {
		phrase = nil // the shingles hold every word there is to check
	}
	return shingleQuery(shingles[:len(shingles)-1], phrase, use)
}

// shingleQuery finds a phrase through the shingles of each pair of
// adjacent words (by the position of the first; stop words among them):
// a phrase of two words is exactly its shingle; in a longer one, the
// positions of its words (phrase, when there are two or more) are checked
// too, only in the wordings that have all its shingles. For use, see
// allOf.
func shingleQuery(shingles [][]string, phrase query.Query, use queryUse) query.Query {
	qs := make([]query.Query, 0, len(shingles)+1)
	for _, pairs := range shingles {
		qs = append(qs, anyTerm(pairs))
	}
	if len(qs) == 1 {
		return qs[0]
	}
	if phrase != nil {
		qs = append(qs, phrase)
	}
	return allOf(qs, nil, use)
}

// allOf matches the wordings that every query of must matches and no
// query of mustNot.
//
// Bleve intersects the postings of a conjunction before reading them when
// each of its queries reads as one postings list (a term, or, unscored, a
// prefix or a word of several lemmas, whose terms' lists are then merged
// first): the conjunction then reads only the wordings all of them hold.
// Any other query among them, such as a scored word of several lemmas (a
// disjunction of its terms, merged wording by wording) or a phrase, makes
// it read every wording of every list instead.
//
// So the queries that read as one list are gathered into a conjunction of
// their own, which scores the sum of theirs as the whole would, with the
// same query norm; a lemmasQuery that scores leaves that conjunction
// read as before. And for ranking, a word of several lemmas, when
// another query of must ranks the hits, is a lemmasQuery: unscored when
// its postings are long (otherwise the first such word scores as
// before). Its locations, which a ranking does not need, are found by
// the query showing the page. The shingles of a phrase keep their score:
// their lists are short.
func allOf(must, mustNot []query.Query, use queryUse) query.Query {
	must = slices.Clone(must)
	if use.ranking {
		scored := slices.ContainsFunc(must, ranks)
		for i, q := range must {
			lemmas, ok := lemmasOf(q)
			if !ok {
				continue
			}
			if scored {
				must[i] = lemmasQuery{terms: lemmas, scoreUpTo: use.scoreLemmasUpTo}
			}
			scored = true
		}
	}
	if lists, rest := splitLists(must); len(lists) > 1 && len(rest) > 0 {
		must = append(rest, query.NewConjunctionQuery(lists))
	}
	if len(mustNot) == 0 {
		return query.NewConjunctionQuery(must)
	}
	return query.NewBooleanQuery(must, nil, mustNot)
}

// ranks reports whether q, for ranking, surely scores its hits by their
// words: all but a prefix and a word of several lemmas.
func ranks(q query.Query) bool {
	switch q.(type) {
	case prefixQuery, lemmasQuery:
		return false
	}
	_, lemmas := lemmasOf(q)
	return !lemmas
}

// splitLists splits qs into the queries that Bleve may read as one
// postings list each (a prefix and a lemmasQuery do when unscored) and
// the rest.
func splitLists(qs []query.Query) (lists, rest []query.Query) {
	for _, q := range qs {
		switch q.(type) {
		case *query.TermQuery, prefixQuery, lemmasQuery:
			lists = append(lists, q)
		default:
			rest = append(rest, q)
		}
	}
	return lists, rest
}

// lemmasOf returns the terms of q when it is a word of several lemmas: a
// disjunction of terms that are not shingles (see anyTerm).
func lemmasOf(q query.Query) ([]string, bool) {
	d, ok := q.(*query.DisjunctionQuery)
	if !ok {
		return nil, false
	}
	terms := make([]string, len(d.Disjuncts))
	for i, c := range d.Disjuncts {
		t, ok := c.(*query.TermQuery)
		if !ok || strings.HasPrefix(t.Term, shingleMarker) {
			return nil, false
		}
		terms[i] = t.Term
	}
	return terms, true
}

// groupByPosition returns the terms of ts position by position, leaving
// out the forms kept for prefix queries, and apart the shingles that
// start at each position; a stop word's position has no terms, which a
// phrase query treats as any word.
func groupByPosition(ts analysis.TokenStream) (terms, shingles [][]string) {
	if len(ts) == 0 {
		return nil, nil
	}
	first, last := ts[0].Position, ts[0].Position
	for _, t := range ts {
		end := t.Position
		if bytes.HasPrefix(t.Term, []byte(shingleMarker)) {
			end++ // a stop word at the end has no term but this shingle's
		}
		first, last = min(first, t.Position), max(last, end)
	}
	terms, shingles = make([][]string, last-first+1), make([][]string, last-first+1)
	for _, t := range ts {
		switch term, at := string(t.Term), t.Position-first; {
		case strings.HasPrefix(term, shingleMarker):
			shingles[at] = append(shingles[at], term)
		case !strings.HasPrefix(term, formMarker):
			terms[at] = append(terms[at], term)
		}
	}
	return terms, shingles
}

// trimEmpty returns positions without the empty ones (stop words) at its
// ends.
func trimEmpty(positions [][]string) [][]string {
	for len(positions) > 0 && len(positions[0]) == 0 {
		positions = positions[1:]
	}
	for len(positions) > 0 && len(positions[len(positions)-1]) == 0 {
		positions = positions[:len(positions)-1]
	}
	return positions
}

// anyTerm matches any of the terms of one word: its lemmas, or the word and
// its stem.
func anyTerm(terms []string) query.Query {
	qs := make([]query.Query, len(terms))
	for i, t := range terms {
		tq := query.NewTermQuery(t)
		tq.SetField(fieldText)
		qs[i] = tq
	}
	if len(qs) == 1 {
		return qs[0]
	}
	return query.NewDisjunctionQuery(qs)
}

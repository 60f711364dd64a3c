package index

import (
	"strconv"

	"github.com/blevesearch/bleve/v2/search/query"

	"lexdiff/corpus"
)

// The days a wording applies are indexed as the dyadic intervals that tile
// its range (a segment tree over the day numbers): "in force on d" is then
// a disjunction of one term per level, each wording matching exactly one of
// them. Two numeric range queries (from ≤ d, to ≥ d) do the same but
// enumerate many more terms and cost several times as much at a million
// wordings.

// spanLevels is the number of levels: day numbers below 1<<22 reach past
// 9999-12-31, which stands for an open end.
const spanLevels = 23

// spanTerms returns the terms of the intervals that tile the days from..to,
// both included: at most two per level.
func spanTerms(from, to corpus.Date) []string {
	var terms []string
	lo, hi := int(from), int(to)+1 // half-open, in units of 1<<level days
	for level := 0; lo < hi; level++ {
		if lo&1 == 1 {
			terms = append(terms, spanTerm(level, lo))
			lo++
		}
		if hi&1 == 1 {
			hi--
			terms = append(terms, spanTerm(level, hi))
		}
		lo, hi = lo>>1, hi>>1
	}
	return terms
}

func spanTerm(level, i int) string { return strconv.Itoa(level) + ":" + strconv.Itoa(i) }

// inForceOn matches the wordings whose range holds d.
func inForceOn(d corpus.Date) query.Query {
	qs := make([]query.Query, spanLevels)
	for level := range qs {
		qs[level] = termQuery(fieldSpan, spanTerm(level, int(d)>>level))
	}
	return query.NewDisjunctionQuery(qs)
}

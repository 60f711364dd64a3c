package index

import (
	"context"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// scoreLemmasUpTo is the most postings a word of several lemmas may
// have, its terms' together, and still score when other words rank the
// hits too (see lemmasQuery). Reading a scored posting of a merged word
// costs about 200 ns, so each such word scored adds at most about 2 ms to
// a search.
const scoreLemmasUpTo = 10_000

// A lemmasQuery matches the wordings that hold any of the terms of a word
// of several lemmas ("danych": dać, dane, dany; or a word the dictionary
// does not know, as itself and its stem), in a query that other words
// rank too.
//
// Scored, the word is a disjunction of its terms, which Bleve merges
// wording by wording, and a conjunction with it among its queries reads
// the whole postings of every other list too (see allOf): at 1,000,000
// wordings, "ochrony danych osobowych" read more than 260,000 postings
// for 19,170 hits. So when its terms have more than scoreUpTo postings
// together, the word matches unscored: Bleve reads it as the union of
// their postings, one list like a single term's, which a conjunction of
// such lists intersects before reading any; the hits rank by the other
// words, as they do with a prefix. Otherwise, or when the term vectors
// are asked for (to show where the words are), it is the disjunction.
// Unscored, it still weighs in the query norm, which scales every hit's
// score alike. The postings are those of all history, whatever the date
// searched.
type lemmasQuery struct {
	terms     []string
	scoreUpTo int
}

// Searcher implements query.Query for the text field.
func (q lemmasQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opts search.SearcherOptions) (search.Searcher, error) {
	n, err := postings(ctx, r, q.terms)
	if err != nil {
		return nil, err
	}
	if n <= uint64(q.scoreUpTo) || opts.IncludeTermVectors {
		return anyTerm(q.terms).Searcher(ctx, r, m, opts)
	}
	opts.Score = "none"
	return searcher.NewMultiTermSearcher(ctx, r, q.terms, fieldText, 1, opts, true)
}

// postings returns the number of postings of terms in the text field of r.
func postings(ctx context.Context, r index.IndexReader, terms []string) (uint64, error) {
	var n uint64
	for _, t := range terms {
		tfr, err := r.TermFieldReader(ctx, []byte(t), fieldText, false, false, false)
		if err != nil {
			return 0, err
		}
		n += tfr.Count()
		if err := tfr.Close(); err != nil {
			return 0, err
		}
	}
	return n, nil
}

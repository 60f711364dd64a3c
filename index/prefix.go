package index

import (
	"context"
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"

	"lexdiff/index/internal/lemma"
)

// A prefixQuery matches the words that begin with a folded prefix, with a
// constant score: those
// indexed as they are written (words the dictionary does not know, and
// lemmas) and the other forms, indexed behind formMarker (see lemmaFilter).
//
// A form is searched only when none of its lemmas begins with the prefix:
// otherwise every wording holding the form holds such a lemma too, and
// its postings would be read for no new hit. "przepis*" reads the postings
// of "przepis" and "przepisy" but not of "~przepisami" nor "~przepisow",
// a third less.
//
// The terms are read from the index once and kept by the index for every
// query with the prefix (see prefixCache); those of a prefix too large to
// keep are read once per search (see searchTerms).
type prefixQuery struct {
	prefix string
	table  *lemma.Table
	kept   *prefixCache // the index's
}

// Searcher implements query.Query for the text field.
func (q prefixQuery) Searcher(ctx context.Context, r index.IndexReader, _ mapping.IndexMapping, opts search.SearcherOptions) (search.Searcher, error) {
	terms, ok := q.kept.lookup(ctx, q.prefix)
	if !ok {
		var err error
		if terms, err = q.read(r); err != nil {
			return nil, err
		}
		q.kept.keep(ctx, q.prefix, terms)
	}
	if !opts.IncludeTermVectors {
		// Ranking, not highlighting: a prefix matches with a constant
		// score (as Lucene's do), which lets Bleve read the union of its
		// terms' postings at once instead of merging them hit by hit and
		// scoring each. The other words of the query still rank the hits.
		opts.Score = "none"
	}
	return searcher.NewMultiTermSearcher(ctx, r, terms, fieldText, 1, opts, true)
}

// read reads from r the terms to search.
func (q prefixQuery) read(r index.IndexReader) ([]string, error) {
	terms, err := fieldTerms(r, fieldText, []byte(q.prefix))
	if err != nil {
		return nil, fmt.Errorf("reading the terms beginning with %q: %w", q.prefix, err)
	}
	forms, err := fieldTerms(r, fieldText, []byte(formMarker+q.prefix))
	if err != nil {
		return nil, fmt.Errorf("reading the forms beginning with %q: %w", q.prefix, err)
	}
	var lemmas []string
	for _, f := range forms {
		lemmas = q.table.Lemmas(lemmas[:0], strings.TrimPrefix(f, formMarker))
		if !q.anyHasPrefix(lemmas) {
			terms = append(terms, f)
		}
	}
	return terms, nil
}

func (q prefixQuery) anyHasPrefix(ws []string) bool {
	for _, w := range ws {
		if strings.HasPrefix(w, q.prefix) {
			return true
		}
	}
	return false
}

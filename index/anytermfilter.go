package index

import (
	"context"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// An anyTermFilter matches the wordings that hold any of its terms, with no
// score: Bleve reads it as the union of their postings, one list like a
// single term's, which a conjunction of such lists intersects before
// reading any (scorch's conjunction optimization).
type anyTermFilter struct{ terms []string }

// Searcher implements query.Query for the text field.
func (f anyTermFilter) Searcher(ctx context.Context, r index.IndexReader, _ mapping.IndexMapping, _ search.SearcherOptions) (search.Searcher, error) {
	return searcher.NewMultiTermSearcher(ctx, r, f.terms, fieldText, 1, search.SearcherOptions{Score: "none"}, true)
}

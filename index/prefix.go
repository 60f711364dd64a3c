package index

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"

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
// The terms are read from the index the first time the query searches
// and kept (see prefixTerms): a query is built for one index, which never
// changes, and is kept with it (see queryCache).
type prefixQuery struct {
	prefix string
	table  *lemma.Table
	terms  *prefixTerms
}

// maxKeptTerms bounds the terms that the prefixes of one query keep, all
// together, so that the queries a queryCache keeps hold a bounded part of
// the index's dictionary: past it, a prefix reads its terms again on each
// search. (A variable, for a test.)
var maxKeptTerms int64 = 4096

// prefixTerms are the terms a prefixQuery searches, once read and kept.
type prefixTerms struct {
	mu    sync.Mutex
	read  bool
	terms []string
	kept  *atomic.Int64 // the terms kept by the prefixes of the same query
}

// newPrefixQuery returns the query of prefix, one of the prefixes of a
// query whose kept terms kept counts.
func newPrefixQuery(prefix string, t *lemma.Table, kept *atomic.Int64) prefixQuery {
	return prefixQuery{prefix: prefix, table: t, terms: &prefixTerms{kept: kept}}
}

// Searcher implements query.Query for the text field.
func (q prefixQuery) Searcher(ctx context.Context, r index.IndexReader, _ mapping.IndexMapping, opts search.SearcherOptions) (search.Searcher, error) {
	terms, err := q.termsIn(r)
	if err != nil {
		return nil, err
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

// termsIn returns the terms to search: those kept, else read from r.
func (q prefixQuery) termsIn(r index.IndexReader) ([]string, error) {
	q.terms.mu.Lock()
	read, terms := q.terms.read, q.terms.terms
	q.terms.mu.Unlock()
	if read {
		return terms, nil
	}
	terms, err := q.read(r)
	if err != nil {
		return nil, err
	}
	q.terms.keep(terms)
	return terms, nil
}

// keep keeps terms, unless the query's prefixes would then keep more than
// maxKeptTerms.
func (t *prefixTerms) keep(terms []string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.read {
		return
	}
	if n := int64(len(terms)); t.kept.Add(n) > maxKeptTerms {
		t.kept.Add(-n)
		return
	}
	t.terms, t.read = terms, true
}

// read reads from r the terms to search.
func (q prefixQuery) read(r index.IndexReader) ([]string, error) {
	terms, err := termsWithPrefix(r, q.prefix, nil)
	if err != nil {
		return nil, err
	}
	forms, err := termsWithPrefix(r, formMarker+q.prefix, nil)
	if err != nil {
		return nil, err
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

// termsWithPrefix appends to dst the terms of the text field that begin
// with p.
func termsWithPrefix(r index.IndexReader, p string, dst []string) ([]string, error) {
	d, err := r.FieldDictPrefix(fieldText, []byte(p))
	if err != nil {
		return nil, fmt.Errorf("reading the terms beginning with %q: %w", p, err)
	}
	defer d.Close()
	e, err := d.Next()
	for ; err == nil && e != nil; e, err = d.Next() {
		dst = append(dst, e.Term)
	}
	if err != nil {
		return nil, fmt.Errorf("reading the terms beginning with %q: %w", p, err)
	}
	return dst, nil
}

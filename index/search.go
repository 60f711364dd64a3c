package index

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"

	"lexdiff/corpus"
	"lexdiff/index/internal/lemma"
)

// Page sizes of a Request, and how deep pages may go: a deep page costs
// as much as all the hits before it.
const (
	DefaultSize = 20
	MaxSize     = 100
	MaxDepth    = 10000 // hits before the end of the last page served
)

// A Request is a search: the query, the filters, the mode and the page.
type Request struct {
	Query string `json:"query"`
	// Act filters by act: its id or any reference it is known by.
	Act string `json:"act,omitempty"`
	// Kind filters by unit kind: one of corpus.Kinds, by name ("art", "zal").
	Kind string `json:"kind,omitempty"`
	// Year filters by the year of the matching wording's first day, as
	// the year facet counts it: the day it came into force, or, for a
	// wording known only from a consolidated text (Hit.FromFirstKnown),
	// the first day the corpus knows it; zero: any year.
	Year int `json:"year,omitempty"`
	// Date asks for the law as in force on that day (zero: today), unless
	// All asks for every wording that ever applied.
	Date corpus.Date `json:"date,omitzero"`
	All  bool        `json:"all,omitempty"`
	// Page counts from 1 (zero: 1); Size is the hits per page (zero:
	// DefaultSize, at most MaxSize).
	Page int `json:"page,omitempty"`
	Size int `json:"size,omitempty"`
}

// A Result is one page of hits, the total number of hits and the facets of
// all of them.
type Result struct {
	Total  uint64      `json:"total"`
	Page   int         `json:"page"`
	Size   int         `json:"size"`
	Date   corpus.Date `json:"date,omitzero"` // the day searched, unless all history
	Hits   []Hit       `json:"hits"`
	Facets Facets      `json:"facets"`
}

// A Hit is a unit with a wording that matched, over the days it read so.
// Fragments are HTML, with the matched words in <mark>.
type Hit struct {
	Act      string       `json:"act"`
	Unit     string       `json:"unit"`
	Citation string       `json:"citation"`
	Kind     string       `json:"kind"`
	From     corpus.Date  `json:"from"`
	To       *corpus.Date `json:"to"` // nil: still in force
	// FromFirstKnown is set when From is only the first day the corpus
	// knows the unit from (corpus.Act.SinceFirstKnown), not the day its
	// wording came into force.
	FromFirstKnown bool     `json:"fromFirstKnown,omitempty"`
	Score          float64  `json:"score"`
	Fragments      []string `json:"fragments"`
}

// Facets count all hits by act, unit kind and the year of their wording's
// first day (see Request.Year).
type Facets struct {
	Act  []Count `json:"act"`
	Kind []Count `json:"kind"`
	Year []Count `json:"year"`
}

// A Count is one value of a facet and how many hits have it.
type Count struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// Search runs r. The error wraps ErrBadQuery for a malformed query or
// filter, corpus.ErrNotFound for an unknown act, and ErrDamaged when the
// index on disk turns out to be damaged: the search panicked or failed and
// a segment fails its checksum. A damaged index is marked so (the next
// Open rebuilds it) and fails every later search.
//
// It searches in two passes: the first ranks every hit, filtering and
// counting them with the table; the second loads and highlights only the
// page's hits, so that term positions are read for those alone.
func (ix *Index) Search(ctx context.Context, r Request) (*Result, error) {
	if err := ix.damaged.Load(); err != nil {
		return nil, *err
	}
	r, err := ix.normalize(r)
	if err != nil {
		return nil, err
	}
	rank, err := ix.query(r, ix.ranking())
	if err != nil {
		return nil, err
	}
	show, err := ix.query(r, showing)
	if err != nil {
		return nil, err
	}
	var out *Result
	err = catchFaults(func() (err error) {
		out, err = ix.search(ctx, r, rank, show)
		return err
	})
	if err != nil {
		return nil, ix.searchError(ctx, r, err)
	}
	return out, nil
}

// search runs the normalized request r: the query rank ranks the hits,
// show (the same without shingles) highlights those of the page. Both
// read one snapshot of the index, which numbers the documents alike, and
// share the terms of their prefixes (see searchTerms).
func (ix *Index) search(ctx context.Context, r Request, rank, show query.Query) (out *Result, err error) {
	ctx = withSearchTerms(ctx)
	reader, err := openReader(ix.bleve)
	if err != nil {
		return nil, err
	}
	defer func() {
		if cerr := reader.Close(); err == nil {
			err = cerr
		}
	}()
	tl := ix.table.newTally(r)
	ranked, err := ix.rank(tl.withHandler(ctx), reader, rank, r)
	if err != nil {
		return nil, err
	}
	out = &Result{Total: tl.total, Page: r.Page, Size: r.Size, Date: r.Date, Hits: []Hit{}, Facets: tl.facets()}
	if len(ranked) == 0 {
		return out, nil
	}
	if out.Hits, err = ix.show(ctx, reader, show, ranked); err != nil {
		return nil, err
	}
	return out, nil
}

// rank returns the hits of r's page, best first, as the query q ranks
// them. It runs Bleve's top-hits collector itself, which is all of a
// Bleve search that it needs: the index's search would load every hit's
// fields (none are asked for) and open a snapshot of its own.
func (ix *Index) rank(ctx context.Context, reader bindex.IndexReader, q query.Query, r Request) (hits search.DocumentMatchCollection, err error) {
	s, err := q.Searcher(ctx, reader, ix.bleve.Mapping(), search.SearcherOptions{})
	if err != nil {
		return nil, err
	}
	defer func() {
		if cerr := s.Close(); err == nil {
			err = cerr
		}
	}()
	top := collector.NewTopNCollector(r.Size, (r.Page-1)*r.Size, search.SortOrder{&search.SortScore{Desc: true}})
	if err := top.Collect(ctx, s, reader); err != nil {
		return nil, err
	}
	return top.Results(), nil
}

// searchError is the error of a search of r that failed with err (a panic
// of Bleve's included). A query of too many terms is the user's to fix.
// Any other failure, but for the end of ctx, may come from damage: when a
// segment of the index on disk then fails its checksum, the index is
// marked damaged.
func (ix *Index) searchError(ctx context.Context, r Request, err error) error {
	switch {
	case strings.Contains(err.Error(), "TooManyClauses"):
		return fmt.Errorf("%w: the query matches too many words; make prefixes longer", ErrBadQuery)
	case ctx.Err() != nil && errors.Is(err, ctx.Err()):
		return fmt.Errorf("searching %q: %w", r.Query, err)
	}
	var pe *panicError
	if errors.As(err, &pe) {
		ix.log.Error("search panicked", "query", r.Query, "panic", fmt.Sprint(pe.value), "stack", string(pe.stack))
	}
	if ix.path == "" {
		return fmt.Errorf("searching %q: %w", r.Query, err)
	}
	damage := verifySegments(ix.path)
	if !errors.Is(damage, ErrDamaged) {
		return fmt.Errorf("searching %q: %w (%w)", r.Query, err, errSoundSegments)
	}
	return ix.markDamaged(fmt.Errorf("%w (in %s; searching %q: %v)", damage, ix.path, r.Query, err))
}

// normalize checks r and fills in its defaults.
func (ix *Index) normalize(r Request) (Request, error) {
	switch {
	case r.Page < 0:
		return r, fmt.Errorf("%w: page %d: pages count from 1", ErrBadQuery, r.Page)
	case r.Size < 0 || r.Size > MaxSize:
		return r, fmt.Errorf("%w: page size %d: want 1 to %d", ErrBadQuery, r.Size, MaxSize)
	case r.All && !r.Date.IsZero():
		return r, fmt.Errorf("%w: give a date or all history, not both", ErrBadQuery)
	case r.Year < 0 || r.Year > 9999:
		return r, fmt.Errorf("%w: year %d: want a year such as 2019", ErrBadQuery, r.Year)
	}
	if r.Kind != "" {
		if _, ok := corpus.ParseKind(r.Kind); !ok {
			return r, fmt.Errorf("%w: unit kind %q: want one of %s", ErrBadQuery, r.Kind, corpus.KindNames())
		}
	}
	if r.Act != "" {
		a, err := ix.corpus.Act(r.Act)
		if err != nil {
			return r, err
		}
		r.Act = a.ID
	}
	r.Page = max(r.Page, 1)
	if r.Size == 0 {
		r.Size = DefaultSize
	}
	if r.Page > MaxDepth/r.Size {
		return r, fmt.Errorf("%w: page %d: with %d hits a page, at most page %d is served (the first %d hits); narrow the search instead", ErrBadQuery, r.Page, r.Size, MaxDepth/r.Size, MaxDepth)
	}
	if !r.All && r.Date.IsZero() {
		r.Date = corpus.Today()
	}
	return r, nil
}

// ranking is the use of the query that ranks the hits of ix: with phrases
// found through shingles when ix indexes them, and words of several
// lemmas scored up to ix.scoreLemmasUpTo postings.
func (ix *Index) ranking() queryUse {
	return queryUse{shingled: ix.shingled, ranking: true, scoreLemmasUpTo: ix.scoreLemmasUpTo}
}

// query is the text query of r for use; the table applies its filters. A
// query built once is kept in ix.queries.
func (ix *Index) query(r Request, use queryUse) (query.Query, error) {
	key := queryKey{text: r.Query, use: use}
	if q, ok := ix.queries.get(key); ok {
		return q, nil
	}
	cs, err := parseQuery(r.Query)
	if err != nil {
		return nil, err
	}
	t, err := lemma.Polish()
	if err != nil {
		return nil, fmt.Errorf("loading the Polish lemma table: %w", err)
	}
	q, err := buildQuery(cs, ix.analyzer, t, ix.prefixes, use)
	if err != nil {
		return nil, err
	}
	ix.queries.put(key, q)
	return q, nil
}

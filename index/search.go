package index

import (
	"context"
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"lexdiff/corpus"
)

// Page sizes of a Request.
const (
	DefaultSize = 20
	MaxSize     = 100
)

// A Request is a search: the query, the filters, the mode and the page.
type Request struct {
	Query string `json:"query"`
	// Act filters by act: its id or any reference it is known by.
	Act string `json:"act,omitempty"`
	// Kind filters by unit kind: "art", "par", "ust", "pkt", "lit", "tir", "dtir".
	Kind string `json:"kind,omitempty"`
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
	Act       string       `json:"act"`
	Unit      string       `json:"unit"`
	Citation  string       `json:"citation"`
	Kind      string       `json:"kind"`
	From      corpus.Date  `json:"from"`
	To        *corpus.Date `json:"to"` // nil: still in force
	Score     float64      `json:"score"`
	Fragments []string     `json:"fragments"`
}

// Facets count all hits by act, unit kind and the year their wording came
// into force.
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
// filter, and corpus.ErrNotFound for an unknown act.
func (ix *Index) Search(ctx context.Context, r Request) (*Result, error) {
	r, err := ix.normalize(r)
	if err != nil {
		return nil, err
	}
	q, err := ix.query(r)
	if err != nil {
		return nil, err
	}
	req := bleve.NewSearchRequestOptions(q, r.Size, (r.Page-1)*r.Size, false)
	req.Fields = []string{fieldAct, fieldUnit, fieldCitation, fieldKind, fieldFrom, fieldTo}
	req.Highlight = bleve.NewHighlightWithStyle(highlighterName)
	req.Highlight.AddField(fieldText)
	req.AddFacet(fieldAct, bleve.NewFacetRequest(fieldAct, 50))
	req.AddFacet(fieldKind, bleve.NewFacetRequest(fieldKind, len(corpus.Kinds)))
	req.AddFacet(fieldYear, bleve.NewFacetRequest(fieldYear, 100))
	res, err := ix.bleve.SearchInContext(ctx, req)
	if err != nil {
		if strings.Contains(err.Error(), "TooManyClauses") {
			return nil, fmt.Errorf("%w: the query matches too many words; make prefixes longer", ErrBadQuery)
		}
		return nil, fmt.Errorf("searching %q: %w", r.Query, err)
	}
	return newResult(r, res), nil
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
	}
	if r.Kind != "" {
		if _, ok := corpus.ParseKind(r.Kind); !ok {
			return r, fmt.Errorf("%w: unit kind %q: want one of art, par, ust, pkt, lit, tir, dtir", ErrBadQuery, r.Kind)
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
	if !r.All && r.Date.IsZero() {
		r.Date = corpus.Today()
	}
	return r, nil
}

// query is the text query of r with its filters.
func (ix *Index) query(r Request) (query.Query, error) {
	cs, err := parseQuery(r.Query)
	if err != nil {
		return nil, err
	}
	text, err := buildQuery(cs, ix.analyzer)
	if err != nil {
		return nil, err
	}
	must := []query.Query{text}
	if r.Act != "" {
		must = append(must, termQuery(fieldAct, r.Act))
	}
	if r.Kind != "" {
		must = append(must, termQuery(fieldKind, r.Kind))
	}
	if !r.All {
		must = append(must, inForceOn(r.Date))
	}
	return query.NewConjunctionQuery(must), nil
}

func termQuery(field, term string) query.Query {
	q := query.NewTermQuery(term)
	q.SetField(field)
	return q
}

func newResult(r Request, res *bleve.SearchResult) *Result {
	out := &Result{Total: res.Total, Page: r.Page, Size: r.Size, Date: r.Date, Hits: []Hit{}}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, newHit(h))
	}
	out.Facets = Facets{
		Act:  counts(res.Facets[fieldAct]),
		Kind: counts(res.Facets[fieldKind]),
		Year: counts(res.Facets[fieldYear]),
	}
	return out
}

func newHit(h *search.DocumentMatch) Hit {
	str := func(f string) string { s, _ := h.Fields[f].(string); return s }
	num := func(f string) corpus.Date { n, _ := h.Fields[f].(float64); return corpus.Date(n) }
	hit := Hit{
		Act: str(fieldAct), Unit: str(fieldUnit), Citation: str(fieldCitation), Kind: str(fieldKind),
		From: num(fieldFrom), Score: h.Score, Fragments: h.Fragments[fieldText],
	}
	if to := num(fieldTo); to != openEnd {
		hit.To = &to
	}
	if hit.Fragments == nil {
		hit.Fragments = []string{}
	}
	return hit
}

func counts(f *search.FacetResult) []Count {
	out := []Count{}
	if f == nil || f.Terms == nil {
		return out
	}
	for _, t := range f.Terms.Terms() {
		out = append(out, Count{Value: t.Term, Count: t.Count})
	}
	return out
}

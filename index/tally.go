package index

import (
	"cmp"
	"context"
	"slices"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
)

// Facet sizes: the most frequent values shown of each facet.
const (
	maxActFacet  = 50
	maxYearFacet = 100
)

// A tally filters the hits of one search by act, kind, year and date, using the
// table, and counts those it keeps by act, kind and year. The filters are
// not part of the Bleve query, so they neither cost a lookup per hit in the
// index nor add to the score.
type tally struct {
	t     *table
	keep  func(*docRow) bool
	total uint64
	acts  []int // by index in t.acts
	kinds []int // by index in t.kinds
	years []int // by index in t.years
}

// newTally returns the tally of a search of r. An act that the index does
// not hold matches nothing.
func (t *table) newTally(r Request) *tally {
	act, kind := -1, -1
	if r.Act != "" {
		act = slices.Index(t.acts, r.Act)
	}
	if r.Kind != "" {
		kind = slices.Index(t.kinds, r.Kind)
	}
	keep := func(row *docRow) bool {
		switch {
		case r.Act != "" && int(row.act) != act, r.Kind != "" && int(row.kind) != kind, r.Year != 0 && int(row.year) != r.Year:
			return false
		}
		return r.All || row.from <= r.Date && r.Date <= row.to
	}
	return &tally{t: t, keep: keep, acts: make([]int, len(t.acts)), kinds: make([]int, len(t.kinds)), years: make([]int, len(t.years))}
}

// withHandler returns ctx asking Bleve's top-hits collector to hand every
// hit to the tally first.
func (tl *tally) withHandler(ctx context.Context) context.Context {
	return context.WithValue(ctx, search.MakeDocumentMatchHandlerKey, search.MakeDocumentMatchHandler(tl.handler))
}

// handler passes on to Bleve's top-hits handler the hits the tally keeps,
// after counting them and numbering them in the table's order.
func (tl *tally) handler(sctx *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
	next, loadID, err := collector.MakeTopNDocumentMatchHandler(sctx)
	if err != nil {
		return nil, false, err
	}
	return func(d *search.DocumentMatch) error {
		if d == nil {
			return next(nil)
		}
		n := d.IndexInternalID.Value()
		if n >= uint64(len(tl.t.docs)) || !tl.keep(&tl.t.docs[n]) {
			sctx.DocumentMatchPool.Put(d)
			return nil
		}
		row := &tl.t.docs[n]
		tl.count(row)
		// Bleve ranks hits of equal score by their hit number, the order
		// it met them in, which follows the index's document numbers;
		// the row's place makes it an order of the wordings themselves.
		d.HitNumber = uint64(row.place)
		return next(d)
	}, loadID, nil
}

func (tl *tally) count(row *docRow) {
	tl.total++
	tl.acts[row.act]++
	tl.kinds[row.kind]++
	tl.years[row.year-tl.t.firstYear]++
}

// facets returns the counts, most frequent first (then by value), as many
// as the facet sizes allow.
func (tl *tally) facets() Facets {
	return Facets{
		Act:  topCounts(tl.t.acts, tl.acts, maxActFacet),
		Kind: topCounts(tl.t.kinds, tl.kinds, len(tl.t.kinds)),
		Year: topCounts(tl.t.years, tl.years, maxYearFacet),
	}
}

// topCounts returns the values with a non-zero count, most frequent first,
// ties in order of value, at most size of them.
func topCounts(values []string, counts []int, size int) []Count {
	out := []Count{}
	for i, n := range counts {
		if n > 0 {
			out = append(out, Count{Value: values[i], Count: n})
		}
	}
	slices.SortFunc(out, func(a, b Count) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Value, b.Value))
	})
	return out[:min(len(out), size)]
}

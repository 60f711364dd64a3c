package index

import (
	"bytes"
	"context"
	"slices"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
)

// show returns the hits of a page, ranked hits of the snapshot r, as
// Hits: each with its stored fields and its text highlighted where the
// query q matches.
//
// The matches come from one searcher of q that reads term vectors,
// advanced from one hit to the next in the order of their document numbers:
// the postings of the page's documents alone are read, and no second
// search (a conjunction with a query of the page's ids, collecting and
// sorting its hits) is run.
func (ix *Index) show(ctx context.Context, r bindex.IndexReader, q query.Query, ranked search.DocumentMatchCollection) ([]Hit, error) {
	matches, err := ix.matchLocations(ctx, r, q, ranked)
	if err != nil {
		return nil, err
	}
	hits := make([]Hit, 0, len(ranked))
	for _, h := range ranked {
		hit, text, err := ix.loadHit(r, h)
		if err != nil {
			return nil, err
		}
		if m, ok := matches[h.ID]; ok {
			if fragments := highlight(text, m); fragments != nil {
				hit.Fragments = fragments
			}
		}
		hits = append(hits, hit)
	}
	return hits, nil
}

// matchLocations returns, by document id, where the terms of q match in
// each of the ranked documents that q matches.
func (ix *Index) matchLocations(ctx context.Context, r bindex.IndexReader, q query.Query, ranked search.DocumentMatchCollection) (map[string]matched, error) {
	s, err := q.Searcher(ctx, r, ix.bleve.Mapping(), search.SearcherOptions{IncludeTermVectors: true})
	if err != nil {
		return nil, err
	}
	defer s.Close()
	byNumber := slices.Clone(ranked)
	slices.SortFunc(byNumber, func(a, b *search.DocumentMatch) int { return bytes.Compare(a.IndexInternalID, b.IndexInternalID) })
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0), IndexReader: r}
	out := make(map[string]matched, len(ranked))
	var m *search.DocumentMatch // the searcher's match at or after h
	for _, h := range byNumber {
		if m == nil || m.IndexInternalID.Compare(h.IndexInternalID) < 0 {
			// A match past h is kept for the hits up to it: the searcher
			// has moved on from it and would not give it again.
			if m != nil {
				sctx.DocumentMatchPool.Put(m)
			}
			if m, err = s.Advance(sctx, h.IndexInternalID); err != nil {
				return nil, err
			}
			if m == nil {
				break // no document further on matches
			}
		}
		if m.IndexInternalID.Equals(h.IndexInternalID) {
			out[h.ID] = matchesOf(m)
		}
	}
	return out, nil
}

// loadHit returns the hit of the ranked document h, and apart its text:
// its act, kind and days come from the table, which has them parsed
// already, the rest from its stored fields in r.
func (ix *Index) loadHit(r bindex.IndexReader, h *search.DocumentMatch) (hit Hit, text string, err error) {
	row := &ix.table.docs[h.IndexInternalID.Value()] // the tally kept h: it has a row
	hit = Hit{Act: ix.table.acts[row.act], Kind: ix.table.kinds[row.kind], From: row.from, Score: h.Score, Fragments: []string{}}
	if row.to != openEnd {
		to := row.to
		hit.To = &to
	}
	err = visitStored(r, h.ID, h.IndexInternalID, func(field string, value []byte) {
		switch field {
		case fieldUnit:
			hit.Unit = string(value)
		case fieldCitation:
			hit.Citation = string(value)
		case fieldFirstKnown:
			hit.FromFirstKnown = string(value) == "1"
		case fieldText:
			text = string(value)
		}
	})
	if err != nil {
		return Hit{}, "", err
	}
	return hit, text, nil
}

package index

import (
	"cmp"
	"context"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"lexdiff/corpus"
)

// TestEqualScoresInStableOrder pages through the hits of a prefix on the
// real acts, which all score alike: the pages share no hit, together hold
// every hit, rank them by act, unit in document order ("art2" before
// "art10") and first day, and are the same in an index built in one batch
// and in one built in many (whose document numbers differ).
func TestEqualScoresInStableOrder(t *testing.T) {
	once := realActs(t)
	c := once.corpus
	b, err := bleve.NewUsing("", newMapping(analyzerName), scorch.Name, scorch.Name, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := fill(b, c, nil, 37); err != nil {
		t.Fatal(err)
	}
	batched, err := wrap(b, c, analyzerName)
	if err != nil {
		t.Fatal(err)
	}
	defer batched.Close()

	const query, size = "ustaw*", 20
	pages := func(ix *Index) []Hit {
		var hits []Hit
		for page := 1; ; page++ {
			res, err := ix.Search(context.Background(), Request{Query: query, All: true, Page: page, Size: size})
			if err != nil {
				t.Fatal(err)
			}
			hits = append(hits, res.Hits...)
			if page*size >= int(res.Total) {
				if len(hits) != int(res.Total) {
					t.Fatalf("%d pages of %q hold %d hits, total %d", page, query, len(hits), res.Total)
				}
				return hits
			}
		}
	}
	got := pages(once)
	if len(got) <= 3*size {
		t.Fatalf("%q has %d hits on the real acts; the test needs more than 3 pages", query, len(got))
	}
	if !slices.IsSortedFunc(got, func(a, b Hit) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Act, b.Act), corpus.CompareIDs(a.Unit, b.Unit), cmp.Compare(a.From, b.From))
	}) {
		t.Errorf("hits of %q are not ranked by score, then act, unit in document order and first day: %v", query, pageIDs(got))
	}
	if ids := pageIDs(got); len(slices.Compact(slices.Sorted(slices.Values(ids)))) != len(ids) {
		t.Errorf("pages of %q share hits: %v", query, ids)
	}
	if ids, other := pageIDs(got), pageIDs(pages(batched)); !slices.Equal(ids, other) {
		t.Errorf("pages of %q differ between builds:\n%v\n%v", query, ids, other)
	}
}

func pageIDs(hits []Hit) []string {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.Act + "/" + hitKey(h)
	}
	return ids
}

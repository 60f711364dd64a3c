package index

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"
)

// TestQueryCacheIsBounded fills a cache past its bound: it keeps at most
// maxCachedQueries queries, the last one added among them.
func TestQueryCacheIsBounded(t *testing.T) {
	var c queryCache
	for i := range maxCachedQueries + 10 {
		c.put(queryKey{text: fmt.Sprint(i)}, query.NewMatchNoneQuery())
	}
	if n := len(c.queries); n != maxCachedQueries {
		t.Errorf("the cache holds %d queries, want %d", n, maxCachedQueries)
	}
	if _, ok := c.get(queryKey{text: fmt.Sprint(maxCachedQueries + 9)}); !ok {
		t.Error("the cache lacks the query added last")
	}
}

// TestCachedQueriesAnswerAlike searches the same queries (words, phrases,
// prefixes, exclusions) from several goroutines at once, again and again:
// every search answers as the first one, which built the query (run it
// with -race to check that the searches only read what they share).
func TestCachedQueriesAnswerAlike(t *testing.T) {
	ix := sample(t)
	queries := []string{"wniosek", `"kuratorowi oświaty"`, "upoważ* pracownik*", "kuratora -urzędu", "wniosk*"}
	first := map[string][]string{}
	for _, q := range queries {
		res, err := ix.Search(context.Background(), Request{Query: q, All: true})
		if err != nil {
			t.Fatal(err)
		}
		first[q] = fragmentsOf(res)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 5 {
				for _, q := range queries {
					res, err := ix.Search(context.Background(), Request{Query: q, All: true})
					if err != nil {
						t.Error(err)
						return
					}
					if got := fragmentsOf(res); !slices.Equal(got, first[q]) {
						t.Errorf("%q answers %q, first %q", q, got, first[q])
					}
				}
			}
		})
	}
	wg.Wait()
}

// fragmentsOf returns each hit of res with its fragments.
func fragmentsOf(res *Result) []string {
	var out []string
	for _, h := range res.Hits {
		out = append(out, fmt.Sprint(hitKey(h), h.Fragments))
	}
	return out
}

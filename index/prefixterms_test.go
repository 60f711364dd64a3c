package index

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	bindex "github.com/blevesearch/bleve_index_api"

	"lexdiff/corpus"
	"lexdiff/corpus/embedded"
)

// TestPrefixTermsReadOnce searches a prefix through shingles, so that the
// query that ranks and the one that highlights are two, each counting the
// reads of the prefix's terms: they are read once, at the first search of
// the prefix, for both queries, and not at all once another query has read
// them; on an index that keeps no terms, they are read once per search.
func TestPrefixTermsReadOnce(t *testing.T) {
	const text = "upoważ*"
	for _, tt := range []struct {
		name    string
		keep    int    // the limit of the index's prefixCache
		before  string // a query searched before reads are counted
		reads   []int  // after each of three searches
		explain string
	}{
		{"kept", maxPrefixTerms, "", []int{1, 1, 1}, "once, at the first search"},
		{"kept by another query", maxPrefixTerms, "upoważ* pracownik*", []int{0, 0, 0}, "never: another query read them"},
		{"not kept", 0, "", []int{1, 2, 3}, "once per search"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ix := indexKeeping(t, embedded.Sample, tt.keep)
			if !ix.shingled {
				t.Fatal("the index finds phrases without shingles")
			}
			if tt.before != "" {
				searchHighlights(t, ix, tt.before)
			}
			reads := countReads(t, ix, text)
			var got []int
			for range 3 {
				searchHighlights(t, ix, text)
				got = append(got, int(reads.Load()))
			}
			if !slices.Equal(got, tt.reads) {
				t.Errorf("after each search, %s read its terms %v times in all, want %v: %s", text, got, tt.reads, tt.explain)
			}
		})
	}
}

// searchHighlights searches q in all history on ix and checks that it
// highlights a hit.
func searchHighlights(t *testing.T, ix *Index, q string) {
	t.Helper()
	res, err := ix.Search(context.Background(), Request{Query: q, All: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 || !strings.Contains(fmt.Sprint(res.Hits[0].Fragments), "<mark>") {
		t.Fatalf("%q: no hit highlighted: %+v", q, res.Hits)
	}
}

// countReads has the queries of text on ix, which rank and highlight a
// prefix alone, count the reads of its terms from the index: they are put
// in place of those ix built.
func countReads(t *testing.T, ix *Index, text string) *atomic.Int64 {
	reads := new(atomic.Int64)
	for _, use := range []queryUse{ix.ranking(), showing} {
		q, err := ix.query(Request{Query: text}, use)
		if err != nil {
			t.Fatal(err)
		}
		ix.queries.put(queryKey{text: text, use: use}, countingPrefix{q.(prefixQuery), reads})
	}
	return reads
}

// A countingPrefix is a prefixQuery that counts the reads of the terms
// beginning with its prefix.
type countingPrefix struct {
	prefixQuery
	reads *atomic.Int64
}

func (q countingPrefix) Searcher(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, opts search.SearcherOptions) (search.Searcher, error) {
	return q.prefixQuery.Searcher(ctx, countingReader{r, q.prefix, q.reads}, m, opts)
}

// A countingReader counts the reads of the terms of the text field that
// begin with prefix.
type countingReader struct {
	bindex.IndexReader
	prefix string
	reads  *atomic.Int64
}

func (r countingReader) FieldDictPrefix(field string, prefix []byte) (bindex.FieldDict, error) {
	if field == fieldText && string(prefix) == r.prefix {
		r.reads.Add(1)
	}
	return r.IndexReader.FieldDictPrefix(field, prefix)
}

// TestPrefixesOverTheBound searches many prefixes, from several goroutines
// at once, on an index that keeps few of their terms: many prefixes are
// too large to keep, the others push each other out. Every search answers
// as on an index that keeps them all, and the terms kept never exceed the
// bound.
func TestPrefixesOverTheBound(t *testing.T) {
	want := realActs(t)
	const limit = 48 // a prefix of up to 5 terms is kept
	ix := indexKeeping(t, embedded.Load, limit)
	queries := []string{"prz* pod* nie*", "przepis*", "egzamin*", "samorząd*", "wniosk*", "ustaw*", "zmian*", "art*", "dyr*",
		"upoważ* -pracownik*", "term*", "dec*", "zadan*", "opła*", "nauczyc*", "ucz*", "gmin*", "pra*", "sta*", "kon*",
		"org*", "szk*", "min*", "spr*", "odp*", "egzamin* szko*", "rozp*", "wyk*", "obo*", "dni*", "rad*"}
	first := map[string][]string{}
	for _, q := range queries {
		res, err := want.Search(context.Background(), Request{Query: q, All: true})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total == 0 {
			t.Fatalf("%q finds nothing", q)
		}
		first[q] = fragmentsOf(res)
	}
	var wg sync.WaitGroup
	for g := range 3 {
		wg.Go(func() {
			for i := range 3 * len(queries) {
				q := queries[(g+i)%len(queries)]
				res, err := ix.Search(context.Background(), Request{Query: q, All: true})
				if err != nil {
					t.Error(err)
					return
				}
				if got := fragmentsOf(res); !slices.Equal(got, first[q]) {
					t.Errorf("%q answers %q, on an index that keeps its terms %q", q, got, first[q])
				}
				if n := kept(ix.prefixes); n > limit {
					t.Errorf("after %q, %d terms kept, want at most %d", q, n, limit)
				}
			}
		})
	}
	wg.Wait()
	if kept(ix.prefixes) == 0 {
		t.Error("no prefix kept: the test searches none small enough")
	}
}

// TestPrefixCacheIsBounded keeps the terms of many prefixes, of many sizes:
// the terms kept never exceed the limit, as counted, and the prefix used
// most recently stays while the others come and go.
func TestPrefixCacheIsBounded(t *testing.T) {
	const limit = 200
	c := newPrefixCache(limit)
	ctx := context.Background()
	for i := range 1000 {
		if _, ok := c.lookup(ctx, "used"); !ok {
			c.keep(ctx, "used", make([]string, 10))
		}
		c.keep(ctx, fmt.Sprint(i), make([]string, i%40))
		c.mu.Lock()
		size, sum := c.size, 0
		for e := c.order.Front(); e != nil; e = e.Next() {
			sum += cost(e.Value.(*prefixEntry).terms)
		}
		_, used := c.byPrefix["used"]
		_, large := c.byPrefix[fmt.Sprint(i)]
		entries := len(c.byPrefix) == c.order.Len()
		c.mu.Unlock()
		switch {
		case size > limit || size != sum || !entries:
			t.Fatalf("after %d prefixes: %d terms kept, counted %d, limit %d; %v", i+1, sum, size, limit, entries)
		case !used:
			t.Fatalf("after %d prefixes, the one used each time was dropped", i+1)
		case large && cost(make([]string, i%40)) > limit/8:
			t.Fatalf("a prefix of %d terms was kept: more than an eighth of the limit", i%40)
		}
	}
}

// kept returns the terms c keeps, as its limit counts them.
func kept(c *prefixCache) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.size
}

// indexKeeping returns a new in-memory index of the corpus load returns,
// closed when the test ends, whose prefix queries keep at most limit terms.
func indexKeeping(t testing.TB, load func() (*corpus.Corpus, error), limit int) *Index {
	t.Helper()
	c, err := load()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := NewMem(c)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	ix.prefixes = newPrefixCache(limit)
	return ix
}

package index

import (
	"context"
	"math"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"lexdiff/corpus"
	"lexdiff/corpus/embedded"
	"lexdiff/index/internal/lemma"
)

// Queries of several clauses on the real acts, with words of several
// lemmas ("danych": dać, dane, dany; "dnia": dnia, dzień; "prawa",
// "pracy", "sprawie"), phrases, prefixes and exclusions among single
// words.
var severalClauses = []string{
	"danych dnia ustawy", "prawa dnia", "sprawie dnia -ustawy", "danych szkoły", `"organ prowadzący" szkoły`,
	"przepis* dnia", `"w terminie" dnia wniosek`, "prawa pracy",
}

// unscoredLemmas is the index of the real acts in which a word of
// several lemmas among other words never scores (see lemmasQuery), as on
// a large corpus; built once.
var unscoredLemmas = sync.OnceValues(func() (*Index, error) {
	c, err := embedded.Load()
	if err != nil {
		return nil, err
	}
	ix, err := NewMem(c)
	if err != nil {
		return nil, err
	}
	ix.scoreLemmasUpTo = 0
	return ix, nil
})

func unscored(t *testing.T) *Index {
	t.Helper()
	ix, err := unscoredLemmas()
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// TestRankingFindsWhatShowingFinds: the query that ranks, in which single
// terms are intersected apart and words of several lemmas may match
// unscored, finds on the real acts the same wordings as the query that
// shows them, which does neither, in all history and on one day; whether
// those words score or not.
func TestRankingFindsWhatShowingFinds(t *testing.T) {
	t.Run("scored", func(t *testing.T) { rankingFindsWhatShowingFinds(t, realActs(t)) })
	t.Run("unscored", func(t *testing.T) { rankingFindsWhatShowingFinds(t, unscored(t)) })
}

func rankingFindsWhatShowingFinds(t *testing.T, ix *Index) {
	for _, text := range severalClauses {
		for _, r := range []Request{{Query: text, All: true}, {Query: text, Date: corpus.MakeDate(2020, 1, 1)}} {
			r := everyHit(t, ix, r)
			ranked := rankWith(t, ix, r, ix.ranking())
			shown := rankWith(t, ix, r, showing)
			if len(ranked) == 0 && r.All || !slices.Equal(idsOf(ranked), idsOf(shown)) {
				t.Errorf("%+v: ranking finds %d wordings, showing %d; want the same, and some", r, len(ranked), len(shown))
			}
		}
	}
}

// TestGroupedTermsScoreAsBefore: gathering a query's single terms into a
// conjunction of their own leaves every hit's score as the flat
// conjunction (or boolean query, with exclusions) of its clauses gives
// it, hence the order of the hits; with words of several lemmas that
// score.
func TestGroupedTermsScoreAsBefore(t *testing.T) {
	ix := realActs(t)
	use := ix.ranking()
	use.scoreLemmasUpTo = math.MaxInt
	for _, text := range []string{`przepis* ustawy "minister właściwy"`, `"organ prowadzący" szkoły placówki`, `"minister właściwy do spraw" ustawy przepis*`,
		"sprawie dnia ustawy", `"w terminie" dnia wniosek`, `"organ prowadzący" szkoły -dnia`, "dnia ustawy -danych"} {
		r := everyHit(t, ix, Request{Query: text, All: true})
		got := rankWith(t, ix, r, use)
		want := rankQuery(t, ix, r, flatQuery(t, ix, text, use))
		if len(got) == 0 || len(got) != len(want) {
			t.Fatalf("%s: %d hits grouped, %d flat; want the same, and some", text, len(got), len(want))
		}
		for i := range got {
			if got[i].ID != want[i].ID || math.Abs(got[i].Score-want[i].Score) > 1e-9*want[i].Score {
				t.Errorf("%s: hit %d is %s scoring %g grouped, %s scoring %g flat", text, i, got[i].ID, got[i].Score, want[i].ID, want[i].Score)
				break
			}
		}
	}
}

// TestLemmasScoreUpToTheLimit: a word of several lemmas among other words
// scores while its terms' postings are at most the limit, and ranks
// unscored past it: "dnia ustawy" then ranks as "ustawy" alone.
func TestLemmasScoreUpToTheLimit(t *testing.T) {
	ix := realActs(t)
	reader, err := openReader(ix.bleve)
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	n, err := postings(context.Background(), reader, []string{"dnia", "dzien"})
	if err != nil {
		t.Fatal(err)
	}
	r := everyHit(t, ix, Request{Query: "dnia ustawy", All: true})
	alone := idsInOrder(rankWith(t, ix, everyHit(t, ix, Request{Query: "ustawy", All: true}), ix.ranking()))
	use := ix.ranking()
	use.scoreLemmasUpTo = int(n)
	scored := rankWith(t, ix, r, use)
	flat := rankQuery(t, ix, r, flatQuery(t, ix, r.Query, use))
	if len(scored) < 2 || !slices.Equal(idsInOrder(scored), idsInOrder(flat)) {
		t.Errorf("dnia ustawy, at the limit of its %d postings: ranks %d hits unlike its flat query", n, len(scored))
	}
	use.scoreLemmasUpTo = int(n) - 1
	unscored := idsInOrder(rankWith(t, ix, r, use))
	want := slices.DeleteFunc(slices.Clone(alone), func(id string) bool { return !slices.Contains(unscored, id) })
	if !slices.Equal(unscored, want) || slices.Equal(unscored, idsInOrder(scored)) {
		t.Errorf("dnia ustawy, past the limit: ranks %q; want the order of ustawy alone, %q, unlike scored", unscored, want)
	}
}

// TestSeveralLemmasStillRankAndShow, where words of several lemmas match
// unscored: the hits rank by the other words; a query whose words all
// have several lemmas still ranks its hits (its first word keeps its
// score); and a word that ranks unscored is still marked in the page's
// fragments.
func TestSeveralLemmasStillRankAndShow(t *testing.T) {
	ix := unscored(t)
	got := idsInOrder(rankWith(t, ix, everyHit(t, ix, Request{Query: "sprawie dnia ustawy", All: true}), ix.ranking()))
	var want []string
	for _, id := range idsInOrder(rankWith(t, ix, everyHit(t, ix, Request{Query: "ustawy", All: true}), ix.ranking())) {
		if slices.Contains(got, id) {
			want = append(want, id)
		}
	}
	if len(got) < 2 || !slices.Equal(got, want) {
		t.Errorf("sprawie dnia ustawy ranks %q; want the order of ustawy alone, %q", got, want)
	}
	for _, text := range []string{"prawa pracy", "dnia rady"} {
		hits := rankWith(t, ix, everyHit(t, ix, Request{Query: text, All: true}), ix.ranking())
		if len(hits) < 2 || hits[0].Score == hits[len(hits)-1].Score {
			t.Errorf("%s: %d hits, all of one score: want them ranked", text, len(hits))
		}
	}
	res, err := ix.Search(context.Background(), Request{Query: "danych dnia ustawy", All: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 {
		t.Fatal("danych dnia ustawy: no hits")
	}
	for _, h := range res.Hits {
		for _, word := range []string{"danych", "dnia"} {
			if !marksLemmaOf(t, h.Fragments, word) {
				t.Errorf("%s/%s: no word sharing a lemma with %q marked in %q", h.Act, h.Unit, word, h.Fragments)
			}
		}
	}
}

// marked finds the words marked in a fragment.
var marked = regexp.MustCompile(`<mark>([^<]*)</mark>`)

// marksLemmaOf reports whether fragments mark a word that shares a lemma
// with word, as a query word finds it.
func marksLemmaOf(t *testing.T, fragments []string, word string) bool {
	tbl, err := lemma.Polish()
	if err != nil {
		t.Fatal(err)
	}
	want := tbl.Lemmas(nil, lemma.Fold(word))
	for _, m := range marked.FindAllStringSubmatch(strings.Join(fragments, " "), -1) {
		if slices.ContainsFunc(tbl.Lemmas(nil, lemma.Fold(m[1])), func(l string) bool { return slices.Contains(want, l) }) {
			return true
		}
	}
	return false
}

// flatQuery is the query of text built for use as a plain conjunction of
// its clauses (a boolean query, with exclusions), none of them replaced.
func flatQuery(t *testing.T, ix *Index, text string, use queryUse) query.Query {
	t.Helper()
	tbl, err := lemma.Polish()
	if err != nil {
		t.Fatal(err)
	}
	cs, err := parseQuery(text)
	if err != nil {
		t.Fatal(err)
	}
	var must, mustNot []query.Query
	for _, c := range cs {
		if q := clauseQuery(c, ix.analyzer, tbl, ix.prefixes, use); c.exclude {
			mustNot = append(mustNot, q)
		} else {
			must = append(must, q)
		}
	}
	return query.NewBooleanQuery(must, nil, mustNot)
}

// everyHit returns r normalized, asking for every hit on its first page.
func everyHit(t *testing.T, ix *Index, r Request) Request {
	t.Helper()
	r, err := ix.normalize(r)
	if err != nil {
		t.Fatal(err)
	}
	r.Size = MaxDepth
	return r
}

// rankWith ranks the hits of r with its query built for use.
func rankWith(t *testing.T, ix *Index, r Request, use queryUse) search.DocumentMatchCollection {
	t.Helper()
	q, err := ix.query(r, use)
	if err != nil {
		t.Fatal(err)
	}
	return rankQuery(t, ix, r, q)
}

// rankQuery ranks the hits of r with q.
func rankQuery(t *testing.T, ix *Index, r Request, q query.Query) search.DocumentMatchCollection {
	t.Helper()
	reader, err := openReader(ix.bleve)
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	hits, err := ix.rank(ix.table.newTally(r).withHandler(context.Background()), reader, q, r)
	if err != nil {
		t.Fatal(err)
	}
	return hits
}

// idsInOrder returns the ids of hits, in their order.
func idsInOrder(hits search.DocumentMatchCollection) []string {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	return ids
}

// idsOf returns the ids of hits, sorted.
func idsOf(hits search.DocumentMatchCollection) []string {
	ids := idsInOrder(hits)
	slices.Sort(ids)
	return ids
}

package index

import (
	"context"
	"html"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/registry"
	bhighlight "github.com/blevesearch/bleve/v2/search/highlight"
	htmlformat "github.com/blevesearch/bleve/v2/search/highlight/format/html"
	"github.com/blevesearch/bleve/v2/search/highlight/fragmenter/simple"
	simplehl "github.com/blevesearch/bleve/v2/search/highlight/highlighter/simple"
	"github.com/blevesearch/bleve/v2/search/query"
)

// bleveHighlighter is Bleve's own highlighter of the fragments highlight
// writes: its simple highlighter and fragmenter, with HTML marks.
const bleveHighlighter = "lexdiff_test_bleve_html"

func init() {
	registry.RegisterHighlighter(bleveHighlighter, func(map[string]any, *registry.Cache) (bhighlight.Highlighter, error) {
		return simplehl.NewHighlighter(simple.NewFragmenter(fragmentSize),
			htmlformat.NewFragmentFormatter(markStart, markEnd), separator), nil
	})
}

// TestHighlightAsBleve highlights the hits of words, phrases, prefixes and
// exclusions on the real acts, whose units run from a line to pages with
// the same word many times, and checks every fragment against Bleve's
// highlighter, given the same query and hits.
func TestHighlightAsBleve(t *testing.T) {
	ix := realActs(t)
	compared, cut := 0, 0
	for _, q := range []string{"ustawy", "przepis*", "art*", "dni", `"w terminie"`, "minister właściwy", `"organ prowadzący"`,
		"wniosek -decyzji", "przedsiębiorca pomocy", "spraw", "oświaty", "kuratora", "zmian*", "2024", "ust. 1"} {
		r := Request{Query: q, All: true, Size: MaxSize}
		res, err := ix.Search(context.Background(), r)
		if err != nil {
			t.Fatal(err)
		}
		want := bleveFragments(t, ix, r, res.Hits)
		for _, h := range res.Hits {
			id := h.Act + "/" + h.Unit + "@" + h.From.String()
			if got, want := h.Fragments, want[id]; len(got) != len(want) || len(got) == 1 && got[0] != want[0] {
				t.Errorf("%q, %s:\ngot  %q\nwant %q", q, id, got, want)
			}
			compared++
			if len(h.Fragments) == 1 && (h.Fragments[0][0] == separator[0] || h.Fragments[0][len(h.Fragments[0])-1] == separator[len(separator)-1]) {
				cut++
			}
		}
	}
	if compared < 500 || cut < 50 {
		t.Errorf("compared %d hits, %d of them cut from a longer text: want at least 500 and 50", compared, cut)
	}
}

// bleveFragments returns, by document id, the fragments Bleve's search
// highlights in hits for the request r.
func bleveFragments(t *testing.T, ix *Index, r Request, hits []Hit) map[string][]string {
	t.Helper()
	show, err := ix.query(r, showing)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.Act + "/" + h.Unit + "@" + h.From.String()
	}
	req := bleve.NewSearchRequestOptions(query.NewConjunctionQuery([]query.Query{show, query.NewDocIDQuery(ids)}), len(ids), 0, false)
	req.Highlight = bleve.NewHighlightWithStyle(bleveHighlighter)
	req.Highlight.AddField(fieldText)
	res, err := ix.bleve.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, h := range res.Hits {
		out[h.ID] = h.Fragments[fieldText]
	}
	return out
}

// TestMatchLocationsPastAMiss ranks the real acts' documents by one word
// and finds the matches of a phrase among them, as a page is highlighted
// when the query that ranks differs from the one that shows: each ranked
// document the phrase matches gets its locations, also after ranked
// documents it does not match.
func TestMatchLocationsPastAMiss(t *testing.T) {
	ix := realActs(t)
	for _, pair := range [][2]string{{"organ", `"organ prowadzący"`}, {"dni", `"dni od dnia"`}, {"minister", `"minister właściwy"`}} {
		rank, err := ix.query(Request{Query: pair[0]}, ix.ranking())
		if err != nil {
			t.Fatal(err)
		}
		show, err := ix.query(Request{Query: pair[1]}, showing)
		if err != nil {
			t.Fatal(err)
		}
		r, err := openReader(ix.bleve)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		req := Request{Query: pair[0], All: true, Size: MaxSize, Page: 1}
		ranked, err := ix.rank(ix.table.newTally(req).withHandler(context.Background()), r, rank, req)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ix.matchLocations(context.Background(), r, show, ranked)
		if err != nil {
			t.Fatal(err)
		}
		res, err := ix.bleve.Search(bleve.NewSearchRequestOptions(show, MaxDepth, 0, false))
		if err != nil {
			t.Fatal(err)
		}
		phrase := map[string]bool{}
		for _, h := range res.Hits {
			phrase[h.ID] = true
		}
		want, missed := 0, 0
		for _, h := range ranked {
			if phrase[h.ID] {
				want++
				if _, ok := got[h.ID]; !ok {
					missed++
				}
			}
		}
		if want == 0 || want == len(ranked) || missed > 0 {
			t.Errorf("%s, then %s: %d ranked, %d matched by the phrase, %d of them without locations", pair[0], pair[1], len(ranked), want, missed)
		}
	}
}

// TestHTMLEscaper checks that the escaper of highlighted text escapes as
// html.EscapeString does, which Bleve's HTML formatter uses.
func TestHTMLEscaper(t *testing.T) {
	s := `a<b>&c 'd' "e" &amp; zażółć <mark>` + "\x00\xff…"
	var b strings.Builder
	htmlEscaper.WriteString(&b, s)
	if got, want := b.String(), html.EscapeString(s); got != want {
		t.Errorf("htmlEscaper: got %q, want %q", got, want)
	}
}

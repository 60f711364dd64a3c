package index

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/corpustest"
	"lexdiff/corpus/embedded"
)

// sample returns the in-memory index of the embedded sample, and
// realActs that of the embedded corpus, the real acts; each is built once
// and shared by the tests (an Index is safe for concurrent use).
var (
	sample   = sharedIndex(embedded.Sample)
	realActs = sharedIndex(embedded.Load)
)

// sharedIndex returns a function that returns the in-memory index of the
// corpus load returns, built the first time.
func sharedIndex(load func() (*corpus.Corpus, error)) func(testing.TB) *Index {
	build := sync.OnceValues(func() (*Index, error) {
		c, err := load()
		if err != nil {
			return nil, err
		}
		return NewMem(c)
	})
	return func(t testing.TB) *Index {
		t.Helper()
		ix, err := build()
		if err != nil {
			t.Fatal(err)
		}
		return ix
	}
}

// hitKey is what a test compares of a hit: "par3.ust1.pkt3@2020-12-07".
func hitKey(h Hit) string { return h.Unit + "@" + h.From.String() }

func keys(r *Result) []string {
	var ks []string
	for _, h := range r.Hits {
		ks = append(ks, hitKey(h))
	}
	slices.Sort(ks)
	return ks
}

// TestSearchSample searches the sample regulation. A hit is a wording of a
// unit: § 3 ust. 1, whose pkt 8 changed on 2019-09-01 and pkt 3 on
// 2020-12-07, has had its present wording since 2020-12-07 (the act's
// pages say "brzmienie od" the same day), though the words of its intro
// are older.
func TestSearchSample(t *testing.T) {
	ix := sample(t)
	tests := []struct {
		name  string
		req   Request
		want  []string // exactly these hits, sorted
		wantS []string // at least these hits
	}{
		{name: "2215 on 2020-12-07", req: Request{Query: "2215", Date: corpustest.Date(t, "2020-12-07")},
			want: []string{"par3.ust1.pkt3@2020-12-07"}},
		{name: "2215 not on 2019-10-01", req: Request{Query: "2215", Date: corpustest.Date(t, "2019-10-01")},
			want: nil},
		{name: "1189 on 2019-10-01", req: Request{Query: "1189", Date: corpustest.Date(t, "2019-10-01")},
			want: []string{"par3.ust1.pkt3@2017-07-24"}},
		{name: "2215 all history", req: Request{Query: "2215", All: true},
			want: []string{"par3.ust1.pkt3@2020-12-07"}},
		{name: "art. 50 all history", req: Request{Query: "art. 50", All: true},
			want: []string{"par3.ust1.pkt8@2017-07-24", "par3.ust1.pkt8@2019-09-01"}},
		{name: "art. 50 today", req: Request{Query: "art. 50"},
			want: []string{"par3.ust1.pkt8@2019-09-01"}},
		{name: "wniosku finds Wniosek", req: Request{Query: "wniosku przyznanie", Date: corpustest.Date(t, "2021-01-01")},
			wantS: []string{"par3.ust1@2020-12-07"}},
		{name: "wnioskiem finds Wniosek", req: Request{Query: "wnioskiem dostępowych"},
			wantS: []string{"par3.ust1@2020-12-07"}},
		{name: "wnioski finds Wniosek", req: Request{Query: "wnioski zawiera"},
			wantS: []string{"par3.ust1@2020-12-07", "par3.ust2@2019-09-01"}},
		{name: "kuratorem finds kurator and kuratora", req: Request{Query: "kuratorem oświaty"},
			want: []string{"par3.ust1.pkt1.litf@2017-07-24", "par3.ust1.pkt6@2017-07-24"}},
		{name: "placówkach finds placówka", req: Request{Query: "placówkach oświatowych publicznych"},
			wantS: []string{"par3.ust1.pkt1.litb@2017-07-24"}},
		{name: "no diacritics", req: Request{Query: "dostepowych"},
			wantS: []string{"par3.ust1@2020-12-07", "par3.ust2@2019-09-01"}},
		{name: "phrase in any inflection", req: Request{Query: `"kuratorowi oświaty"`},
			want: []string{"par3.ust1.pkt1.litf@2017-07-24", "par3.ust1.pkt6@2017-07-24"}},
		{name: "phrase word order", req: Request{Query: `"oświaty kuratora"`}, want: nil},
		{name: "phrase with a stop word", req: Request{Query: `"wniosek o przyznanie"`},
			want: []string{"par3.ust1@2020-12-07"}},
		{name: "excluded", req: Request{Query: "kuratora -urzędu"},
			want: []string{"par3.ust1.pkt1.litf@2017-07-24"}},
		{name: "prefix", req: Request{Query: "upoważ* pracownik*"},
			want: []string{"par3.ust2.pkt1@2017-07-24", "par3.ust2.pkt2@2017-07-24", "par3.ust2.pkt3@2017-07-24"}},
		{name: "kind filter", req: Request{Query: "wniosku", Kind: "ust"},
			want: []string{"par3.ust1@2020-12-07", "par3.ust2@2019-09-01"}},
		{name: "year filter", req: Request{Query: "art. 50", All: true, Year: 2019},
			want: []string{"par3.ust1.pkt8@2019-09-01"}},
		{name: "year filter, no wording that year", req: Request{Query: "art. 50", All: true, Year: 2018}, want: nil},
		{name: "act filter by reference", req: Request{Query: "rektor", Act: "Dz. U. z 2017 r. poz. 1399"},
			wantS: []string{"par3.ust1.pkt1.lite@2017-07-24"}},
		{name: "zero hits", req: Request{Query: "hipopotam"}, want: nil},
		{name: "before the act", req: Request{Query: "wniosek", Date: corpustest.Date(t, "2000-01-01")}, want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ix.Search(context.Background(), tt.req)
			if err != nil {
				t.Fatal(err)
			}
			got := keys(res)
			if tt.wantS != nil {
				for _, w := range tt.wantS {
					if !slices.Contains(got, w) {
						t.Errorf("hits %q lack %s", got, w)
					}
				}
				return
			}
			if !slices.Equal(got, tt.want) || res.Total != uint64(len(tt.want)) {
				t.Errorf("hits mismatch: got %q (total %d), want %q", got, res.Total, tt.want)
			}
		})
	}
}

func TestSearchHitFields(t *testing.T) {
	ix := sample(t)
	res, err := ix.Search(context.Background(), Request{Query: "art. 50", All: true})
	if err != nil {
		t.Fatal(err)
	}
	byFrom := map[string]Hit{}
	for _, h := range res.Hits {
		byFrom[h.From.String()] = h
	}
	old, cur := byFrom["2017-07-24"], byFrom["2019-09-01"]
	if old.To == nil || old.To.String() != "2019-08-31" {
		t.Errorf("old wording ends %v, want 2019-08-31", old.To)
	}
	if cur.To != nil {
		t.Errorf("current wording ends %v, want open", cur.To)
	}
	if cur.Act != "du-2017-1399" || cur.Citation != "§ 3 ust. 1 pkt 8" || cur.Kind != "pkt" || cur.Score <= 0 {
		t.Errorf("hit = %+v", cur)
	}
	if !strings.Contains(cur.Fragments[0], "<mark>art</mark>. <mark>50</mark> ust. 3 i 4–7 ustawy.") {
		t.Errorf("fragment = %q", cur.Fragments)
	}
	wantFacets := Facets{
		Act:  []Count{{"du-2017-1399", 2}},
		Kind: []Count{{"pkt", 2}},
		Year: []Count{{"2017", 1}, {"2019", 1}},
	}
	if !equalFacets(res.Facets, wantFacets) {
		t.Errorf("facets = %+v, want %+v", res.Facets, wantFacets)
	}
}

func equalFacets(a, b Facets) bool {
	return slices.Equal(a.Act, b.Act) && slices.Equal(a.Kind, b.Kind) && slices.Equal(a.Year, b.Year)
}

func TestHighlightWholeWords(t *testing.T) {
	ix := sample(t)
	tests := []struct {
		query string
		want  string
	}{
		{"wniosku", "„<mark>wnioskiem</mark>”"},
		{"kuratorem", "<mark>kurator</mark> oświaty"},
		{"dostepowych", "<mark>dostępowych</mark>"},
		{"przyzna*", "<mark>przyznanie</mark>"},
		{"wniosk*", "„<mark>wnioskiem</mark>”"}, // a form whose lemma, wniosek, lacks the prefix
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res, err := ix.Search(context.Background(), Request{Query: tt.query, All: true, Size: MaxSize})
			if err != nil {
				t.Fatal(err)
			}
			var all []string
			for _, h := range res.Hits {
				all = append(all, h.Fragments...)
			}
			if !strings.Contains(strings.Join(all, "\n"), tt.want) {
				t.Errorf("fragments lack %q:\n%s", tt.want, strings.Join(all, "\n"))
			}
		})
	}
}

func TestPagination(t *testing.T) {
	ix := sample(t)
	var seen []string
	var total uint64
	for page := 1; page <= 4; page++ {
		res, err := ix.Search(context.Background(), Request{Query: "określenie", All: true, Page: page, Size: 3})
		if err != nil {
			t.Fatal(err)
		}
		total = res.Total
		seen = append(seen, keys(res)...)
	}
	if total < 10 {
		t.Fatalf("total = %d, want at least 10 hits of \"określenie\"", total)
	}
	if n := len(seen); n != 12 || len(slices.Compact(slices.Sorted(slices.Values(seen)))) != n {
		t.Errorf("4 pages of 3 gave %d hits, %d distinct: %q", n, len(slices.Compact(slices.Sorted(slices.Values(seen)))), seen)
	}
}

func TestSearchErrors(t *testing.T) {
	ix := sample(t)
	tests := []struct {
		req    Request
		target error
		msg    string
	}{
		{Request{Query: ""}, ErrBadQuery, "empty query"},
		{Request{Query: `"kurator oświaty`}, ErrBadQuery, "unclosed quote"},
		{Request{Query: `""`}, ErrBadQuery, "empty phrase"},
		{Request{Query: "pr*"}, ErrBadQuery, "at least 3 letters"},
		{Request{Query: "p*rzy"}, ErrBadQuery, "may only end a word"},
		{Request{Query: "*"}, ErrBadQuery, "at least 3 letters"},
		{Request{Query: "-wniosek"}, ErrBadQuery, "nothing to search for"},
		{Request{Query: "w i oraz"}, ErrBadQuery, "nothing to search for"},
		{Request{Query: "--- ..."}, ErrBadQuery, "no letters or digits"},
		{Request{Query: `wnio"sek"`}, ErrBadQuery, "quote inside a word"},
		{Request{Query: "wniosek", Kind: "rozdział"}, ErrBadQuery, "unit kind"},
		{Request{Query: "wniosek", Size: 1000}, ErrBadQuery, "page size"},
		{Request{Query: "wniosek", Page: -1}, ErrBadQuery, "pages count from 1"},
		{Request{Query: "wniosek", Page: 461168601842738791}, ErrBadQuery, "at most page 500"},
		{Request{Query: "wniosek", Page: 101, Size: 100}, ErrBadQuery, "at most page 100"},
		{Request{Query: "wniosek", All: true, Date: 1}, ErrBadQuery, "not both"},
		{Request{Query: "wniosek", Year: -2019}, ErrBadQuery, "year -2019"},
		{Request{Query: "wniosek", Act: "du-1999-1"}, corpus.ErrNotFound, "no act"},
	}
	for _, tt := range tests {
		t.Run(tt.msg+" "+tt.req.Query, func(t *testing.T) {
			_, err := ix.Search(context.Background(), tt.req)
			if !errors.Is(err, tt.target) || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("Search(%+v) error = %v, want %v saying %q", tt.req, err, tt.target, tt.msg)
			}
		})
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"wniosek", `"a b" -c d*`, `-"x`, "-", "ąę* -", `"""`} {
		f.Add(s)
	}
	ix := sample(f)
	f.Fuzz(func(t *testing.T, q string) {
		_, err := ix.Search(context.Background(), Request{Query: q, All: true})
		if err != nil && !errors.Is(err, ErrBadQuery) {
			t.Errorf("Search(%q): %v is not ErrBadQuery", q, err)
		}
	})
}

// TestSearchHitFirstKnown searches the real acts: a hit in the act on the
// national emblem, which the corpus knows from its consolidated text of
// 2025 alone, starts on the first day the corpus knows it, and says so; a
// wording of the flood act that an amendment footnote dates, and one of
// the sample, read as published, start when they came into force.
func TestSearchHitFirstKnown(t *testing.T) {
	ix := realActs(t)
	for _, tt := range []struct {
		act, query, unit string
		from             corpus.Date
		firstKnown       bool
	}{
		{"DU/2025/299", "orła białego", "art2.ust1", corpus.MakeDate(2025, 3, 6), true},
		{"DU/2026/238", "działalność gospodarczą", "art3.ust1.pkt1", corpus.MakeDate(2025, 5, 27), false},
		{"du-2017-1399", "art. 50", "par3.ust1.pkt8", corpus.MakeDate(2019, 9, 1), false},
	} {
		res, err := ix.Search(context.Background(), Request{Query: tt.query, Act: tt.act, All: true, Size: 100})
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(res.Hits, func(h Hit) bool { return h.Unit == tt.unit && h.From == tt.from })
		if i < 0 {
			t.Errorf("%s %q: no hit in %s from %s: %v", tt.act, tt.query, tt.unit, tt.from, keys(res))
			continue
		}
		if h := res.Hits[i]; h.FromFirstKnown != tt.firstKnown {
			t.Errorf("%s from %s: fromFirstKnown %v, want %v", tt.unit, tt.from, h.FromFirstKnown, tt.firstKnown)
		}
	}
}

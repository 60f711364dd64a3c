package server

import (
	"fmt"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/synth"
)

// longActSizes are the generated statutes the act page is measured on: 2,000
// articles (some 26,000 units in force), and 5,000 (some 66,000, the size
// of act that made a 112 MB page before the page printed parts).
var longActSizes = []int{2000, 5000}

// BenchmarkActPage renders the act page of a long act, on one date after
// another, and reports its size (html-bytes) and the units in force
// (units). The act's overview is built before the timer starts (see
// BenchmarkActOverview). Run it with
//
//	go test -run '^$' -bench ActPage -benchtime 20x ./server/
func BenchmarkActPage(b *testing.B) {
	for _, n := range longActSizes {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			c, a := synthStatute(b, n)
			h := newPageServer(b, c, nil)
			dates := a.ChangeDates()
			target := func(i int) string {
				return "/acts/" + a.ID + "?date=" + dates[i%len(dates)].AddDays(i/len(dates)).String()
			}
			if w := get(h, target(0)); w.Code != 200 {
				b.Fatalf("status %d", w.Code)
			}
			size := 0
			for i := 0; b.Loop(); i++ {
				w := get(h, target(i))
				if w.Code != 200 {
					b.Fatalf("%s: status %d", target(i), w.Code)
				}
				size = max(size, w.Body.Len())
			}
			b.ReportMetric(float64(size), "html-bytes")
			b.ReportMetric(float64(unitsInForce(a, dates[len(dates)-1])), "units")
		})
	}
}

// BenchmarkActOverview builds what the act page says of a long act as a
// whole: its changes and the wordings of every article.
//
//	go test -run '^$' -bench ActOverview -benchtime 5x ./server/
func BenchmarkActOverview(b *testing.B) {
	for _, n := range longActSizes {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			_, a := synthStatute(b, n)
			for b.Loop() {
				if _, err := newOverview(a); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// synthStatute generates a statute of n articles in chapters of 50, in 5
// versions each.
func synthStatute(tb testing.TB, n int) (*corpus.Corpus, *corpus.Act) {
	tb.Helper()
	acts, err := synth.Acts(synth.Config{Units: n, Versions: 5, Seed: 1, UnitsPerChapter: 50})
	if err != nil {
		tb.Fatal(err)
	}
	c, err := corpus.New(acts...)
	if err != nil {
		tb.Fatal(err)
	}
	return c, acts[0]
}

func unitsInForce(a *corpus.Act, d corpus.Date) int {
	n := 0
	for _, v := range a.InForce(d) {
		n += countUnits(v.Unit)
	}
	return n
}

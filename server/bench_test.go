package server

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"lexdiff/index"
)

// BenchmarkHandler measures the handler in memory, through every
// middleware and without the answer cache, on 2,000 questions of the load
// mix by route, in turn; and /healthz. Each runs for a client that asks
// for gzip (enc=gzip) and for one that does not (enc=identity, as wrk
// does), after every question of the route has been asked once, untimed,
// so that both find alike what the server makes once and keeps (a unit's
// HTML, the word diff of two wordings). Besides the time of an op it
// reports the CPU time the process spent on it (cpu-ns/op, garbage
// collection included), which other processes on the machine inflate
// less. Profile it with
//
//	go test -run '^$' -bench Handler -cpuprofile cpu.out ./server/
func BenchmarkHandler(b *testing.B) {
	c, err := loadCorpus()
	if err != nil {
		b.Fatal(err)
	}
	ix, err := index.NewMem(c)
	if err != nil {
		b.Fatal(err)
	}
	s, err := New(Config{Corpus: c, Searcher: ix, Logger: slog.New(slog.NewJSONHandler(io.Discard, nil)), NoAnswerCache: true})
	if err != nil {
		b.Fatal(err)
	}
	gen, err := newLoadURLs(c, 2)
	if err != nil {
		b.Fatal(err)
	}
	ask := func(target, encoding string) {
		r := httptest.NewRequest(http.MethodGet, target, nil)
		if encoding == "gzip" {
			r.Header.Set("Accept-Encoding", "gzip")
		}
		w := httptest.NewRecorder()
		s.Handler().ServeHTTP(w, r)
		if w.Code != http.StatusOK {
			b.Fatalf("%s: %d", target, w.Code)
		}
	}
	for _, route := range append(loadRoutes, "healthz") {
		targets := []string{"/healthz"}
		if route != "healthz" {
			targets = targets[:0]
			for range 2000 {
				targets = append(targets, gen.next(route))
			}
		}
		for _, target := range targets {
			ask(target, "identity")
		}
		for _, enc := range []string{"gzip", "identity"} {
			b.Run(route+"/enc="+enc, func(b *testing.B) {
				i := 0
				cpu := cpuTime()
				for b.Loop() {
					ask(targets[i%len(targets)], enc)
					i++
				}
				b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
			})
		}
	}
}

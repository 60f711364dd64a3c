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
// middleware and without the answer cache, on the questions of the load
// mix, a new one each op, by route; and /healthz. Each runs for a client
// that asks for gzip (enc=gzip) and for one that does not (enc=identity,
// as wrk does). Besides the time of an op it reports the CPU time the
// process spent on it (cpu-ns/op, garbage collection included), which
// other processes on the machine inflate less. Profile it with
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
	for _, route := range append(loadRoutes, "healthz") {
		targets := []string{"/healthz"}
		if route != "healthz" {
			targets = targets[:0]
			for range 2000 {
				targets = append(targets, gen.next(route))
			}
		}
		for _, enc := range []string{"gzip", "identity"} {
			b.Run(route+"/enc="+enc, func(b *testing.B) {
				i := 0
				cpu := cpuTime()
				for b.Loop() {
					r := httptest.NewRequest(http.MethodGet, targets[i%len(targets)], nil)
					if enc == "gzip" {
						r.Header.Set("Accept-Encoding", "gzip")
					}
					i++
					w := httptest.NewRecorder()
					s.Handler().ServeHTTP(w, r)
					if w.Code != http.StatusOK {
						b.Fatalf("%s: %d", r.URL, w.Code)
					}
				}
				b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
			})
		}
	}
}

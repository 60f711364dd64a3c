package server

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
)

// BenchmarkHandler measures the handler in memory, through every
// middleware, for one target of each route of the load mix.
func BenchmarkHandler(b *testing.B) {
	s := newTestServer(b)
	trivial := s.middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok\n") }))
	for _, route := range []string{"text", "diff", "search", "trivial"} {
		for i, target := range loadTargets[route] {
			h := s.Handler()
			if route == "trivial" {
				h = trivial
			}
			b.Run(route+"/"+string(rune('0'+i)), func(b *testing.B) {
				r := httptest.NewRequest(http.MethodGet, target, nil)
				r.Header.Set("Accept-Encoding", "gzip")
				for b.Loop() {
					w := httptest.NewRecorder()
					h.ServeHTTP(w, r)
					if w.Code != http.StatusOK {
						b.Fatalf("%s: %d", target, w.Code)
					}
				}
			})
		}
	}
}

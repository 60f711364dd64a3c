package server

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// goneWriter is the ResponseWriter of a client that has closed its
// connection: writes fail, and it counts the WriteHeader calls, of which
// net/http logs every one after the first as "superfluous".
type goneWriter struct {
	header       http.Header
	writeHeaders int
}

func (g *goneWriter) Header() http.Header  { return g.header }
func (g *goneWriter) WriteHeader(code int) { g.writeHeaders++ }
func (g *goneWriter) Write(b []byte) (int, error) {
	return 0, errors.New("write tcp 127.0.0.1:8080->127.0.0.1:5000: write: broken pipe")
}

// TestClientGone asks for pages, API answers and searches as a client that
// disconnects: nothing is logged above INFO and no response header is
// written twice.
func TestClientGone(t *testing.T) {
	var logs bytes.Buffer
	c, _ := testCorpus()
	ix, _ := testIndex()
	s, err := New(Config{Corpus: c, Searcher: ix, Logger: slogTo(&logs), Now: func() time.Time { return testNow }})
	if err != nil {
		t.Fatal(err)
	}
	for _, target := range []string{
		"/acts/du-2017-1399?date=2019-05-01",
		"/acts/du-2017-1399/compare?from=2019-08-31&to=2019-09-01",
		"/search?q=kuratora",
		"/api/v1/acts/du-2017-1399/text?date=2019-05-01",
		"/api/v1/search?q=kuratora&date=2020-01-01",
		"/api/v1/search?q=wniosek&all=1",
	} {
		for _, gz := range []string{"gzip", ""} {
			ctx, cancel := context.WithCancel(context.Background())
			cancel() // the client is gone before the answer is ready
			r := httptest.NewRequest(http.MethodGet, target, nil).WithContext(ctx)
			r.Header.Set("Accept-Encoding", gz)
			w := &goneWriter{header: http.Header{}}
			s.Handler().ServeHTTP(w, r)
			if w.writeHeaders > 1 {
				t.Errorf("%s (%q): WriteHeader called %d times", target, gz, w.writeHeaders)
			}
		}
	}
	for _, line := range strings.Split(logs.String(), "\n") {
		if strings.Contains(line, "level=ERROR") || strings.Contains(line, "level=WARN") {
			t.Errorf("logged: %s", line)
		}
	}
}

package server

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"lexdiff/corpus"
	"lexdiff/corpus/embedded"
	"lexdiff/index"
)

// testNow is the clock of test servers: 2024-03-10 15:00 in Warsaw (CET),
// nine hours before midnight.
var testNow = time.Date(2024, 3, 10, 14, 0, 0, 0, time.UTC)

// testCorpus is the embedded corpus plus a short act of our own whose only
// version has ended, for answers the sample cannot give.
var testCorpus = sync.OnceValues(func() (*corpus.Corpus, error) {
	sample, err := embedded.Load()
	if err != nil {
		return nil, err
	}
	v, err := corpus.ParseVersion("par1/2000-01-01.txt", []byte(
		"from: 2000-01-01\nto: 2000-12-31\nsource: Dz. U. z 2000 r. poz. 1\n\n§ 1. Kurator <script>alert(1)</script> wydaje zaświadczenie.\n"))
	if err != nil {
		return nil, err
	}
	short, err := corpus.NewAct(corpus.ActInfo{ID: "du-2000-1", Title: "Rozporządzenie próbne", Type: "rozporządzenie", Ref: "Dz. U. z 2000 r. poz. 1"}, []*corpus.Version{v})
	if err != nil {
		return nil, err
	}
	acts := []*corpus.Act{short}
	if err := sample.Each(func(a *corpus.Act) error { acts = append(acts, a); return nil }); err != nil {
		return nil, err
	}
	return corpus.New(acts...)
})

var testIndex = sync.OnceValues(func() (*index.Index, error) {
	c, err := testCorpus()
	if err != nil {
		return nil, err
	}
	return index.NewMem(c)
})

// newTestServer returns a server of the test corpus and index, logging to
// t.
func newTestServer(t testing.TB) *Server {
	t.Helper()
	c, err := testCorpus()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := testIndex()
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{Corpus: c, Searcher: ix, Logger: testLogger(t), Now: func() time.Time { return testNow }})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// testLogger sends logs to t.Log.
func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(logWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
}

type logWriter struct{ t testing.TB }

func (w logWriter) Write(b []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimSuffix(string(b), "\n"))
	return len(b), nil
}

// get sends a GET for target to h, with the headers given as name, value
// pairs.
func get(h http.Handler, target string, header ...string) *httptest.ResponseRecorder {
	return do(h, http.MethodGet, target, header...)
}

func do(h http.Handler, method, target string, header ...string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// decodeProblem decodes a problem+json response.
func decodeProblem(t *testing.T, w *httptest.ResponseRecorder) Problem {
	t.Helper()
	if ct := w.Header().Get("Content-Type"); ct != "application/problem+json" {
		t.Fatalf("Content-Type %q, want application/problem+json; body %s", ct, w.Body)
	}
	var p Problem
	if err := json.Unmarshal(w.Body.Bytes(), &p); err != nil {
		t.Fatalf("problem: %v; body %s", err, w.Body)
	}
	if p.Status != w.Code {
		t.Errorf("problem status %d, response status %d", p.Status, w.Code)
	}
	return p
}

// paramOf returns the parameter the problem names, "" when it names none
// (or one with an empty name: p.Param tells the two apart).
func paramOf(p Problem) string {
	if p.Param == nil {
		return ""
	}
	return *p.Param
}

// from is the start of a version, "" for none.
func from(v *corpus.VersionInfo) string {
	if v == nil {
		return ""
	}
	return v.From.String()
}

// slogTo returns a logger writing text to w.
func slogTo(w io.Writer) *slog.Logger { return slog.New(slog.NewTextHandler(w, nil)) }

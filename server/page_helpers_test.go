package server

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"lexdiff/corpus"
	"lexdiff/corpus/embedded"
	"lexdiff/corpus/synth"
)

// pageToday is the day the page tests run on.
var pageToday = time.Date(2024, 3, 15, 12, 0, 0, 0, time.UTC)

// The tests on a real act of the embedded corpus use the statute on
// lobbying, imported from its consolidated texts of 2025 and 2026, on a
// day between its changes of 2026-02-27 and 2026-07-08.
const realAct = "ustawa-2005-07-07-o-dzialalnosci-lobbingowej-w-procesie-stanowienia-prawa"

var realToday = time.Date(2026, 3, 15, 12, 0, 0, 0, time.UTC)

// newPageServer returns a server over the corpus (the embedded one when c
// is nil), its clock fixed on pageToday.
func newPageServer(t testing.TB, c *corpus.Corpus, s Searcher) http.Handler {
	t.Helper()
	return newPageServerAt(t, c, s, pageToday)
}

// newPageServerAt is newPageServer with its clock on now.
func newPageServerAt(t testing.TB, c *corpus.Corpus, s Searcher, now time.Time) http.Handler {
	t.Helper()
	if c == nil {
		var err error
		if c, err = embedded.Load(); err != nil {
			t.Fatal(err)
		}
	}
	srv, err := New(Config{Corpus: c, Searcher: s, Logger: slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn})), Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	return srv.Handler()
}

// getPage requests target and returns the response and its body.
func getPage(t testing.TB, h http.Handler, target string, cookies ...*http.Cookie) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for _, c := range cookies {
		req.AddCookie(c)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, string(b)
}

// mustContain fails unless body holds every one of wants. No-break spaces
// count as spaces: TestPagesNoBreakSpaces checks where they stand.
func mustContain(t testing.TB, body string, wants ...string) {
	t.Helper()
	body = strings.ReplaceAll(body, nbsp, " ")
	for _, w := range wants {
		if !strings.Contains(body, w) {
			t.Errorf("page lacks %q", w)
		}
	}
}

// synthAct generates the one act cfg asks for, and a corpus of it alone.
func synthAct(t testing.TB, cfg synth.Config) (*corpus.Act, *corpus.Corpus) {
	t.Helper()
	cfg.Acts = 1
	acts, err := synth.Acts(cfg)
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.New(acts[0])
	if err != nil {
		t.Fatal(err)
	}
	return acts[0], c
}

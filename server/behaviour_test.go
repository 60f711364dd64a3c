package server

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"lexdiff/corpus"
	"lexdiff/diff"
	"lexdiff/index"
)

// TestSameAsCLI checks that the API answers with the very objects the CLI
// prints for the same question: the same corpus and diff functions.
func TestSameAsCLI(t *testing.T) {
	s := newTestServer(t)
	a, err := s.state().corpus.Act("du-2017-1399")
	if err != nil {
		t.Fatal(err)
	}
	d := corpus.MakeDate(2019, 9, 1)
	text, _ := a.TextAt("par3.ust1.pkt8", d)
	whole, _ := a.TextAt("", d)
	versions, _ := a.VersionsOf("par3.ust2")
	report, _ := diff.Dates(a, corpus.MakeDate(2019, 8, 31), d, "")
	history, _ := diff.HistoryOf(a, "par3.ust1")
	ix, _ := testIndex()
	found, _ := ix.Search(t.Context(), index.Request{Query: "wniosek", All: true, Size: 5})
	tests := []struct {
		target string
		want   any
	}{
		{"/api/v1/acts/du-2017-1399/text?date=2019-09-01&unit=par3.ust1.pkt8", text},
		{"/api/v1/acts/du-2017-1399/text?date=2019-09-01", whole},
		{"/api/v1/acts/du-2017-1399/versions?unit=par3.ust2", versionsAnswer{"du-2017-1399", "par3.ust2", versions}},
		{"/api/v1/acts/du-2017-1399/diff?from=2019-08-31&to=2019-09-01", report},
		{"/api/v1/acts/du-2017-1399/history?unit=par3.ust1", history},
		{"/api/v1/search?q=wniosek&all=true&size=5", found},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			b, err := json.Marshal(tt.want)
			if err != nil {
				t.Fatal(err)
			}
			var want, got any
			json.Unmarshal(b, &want)
			w := get(s.Handler(), tt.target)
			if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
				t.Fatalf("%v: %s", err, w.Body)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("mismatch:\nAPI: %s\nCLI: %s", w.Body, b)
			}
		})
	}
}

func TestCaching(t *testing.T) {
	h := newTestServer(t).Handler()
	tests := []struct {
		target, cacheControl string
	}{
		{"/api/v1/acts/du-2017-1399/text?date=2019-09-01&unit=par3", "public, max-age=86400"},
		// testNow is 15:00 in Warsaw: nine hours to midnight.
		{"/api/v1/acts/du-2017-1399/text?unit=par3", "public, max-age=32400"},
		{"/api/v1/acts/du-2017-1399/changes?from=2019-01-01", "public, max-age=32400"},
		{"/api/v1/acts/du-2017-1399/changes?from=2019-01-01&to=2020-01-01", "public, max-age=86400"},
		{"/api/v1/search?q=wniosek", "public, max-age=32400"},
		{"/api/v1/search?q=wniosek&all=1", "public, max-age=86400"},
		{"/api/v1/acts/du-2017-1399/text?date=1999-01-01", "no-store"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			w := get(h, tt.target)
			if got := w.Header().Get("Cache-Control"); got != tt.cacheControl {
				t.Errorf("Cache-Control %q, want %q", got, tt.cacheControl)
			}
		})
	}
}

func TestSecondsToMidnight(t *testing.T) {
	tests := []struct {
		now  time.Time
		want int
	}{
		{time.Date(2024, 3, 10, 14, 0, 0, 0, time.UTC), 9 * 3600},   // 15:00 CET
		{time.Date(2024, 7, 1, 21, 59, 30, 0, time.UTC), 30},        // 23:59:30 CEST
		{time.Date(2024, 3, 30, 23, 0, 0, 0, time.UTC), 23 * 3600},  // 00:00 CET, a 23-hour day (DST starts)
		{time.Date(2024, 10, 26, 22, 0, 0, 0, time.UTC), 25 * 3600}, // 00:00 CEST, a 25-hour day (DST ends)
	}
	for _, tt := range tests {
		if got := secondsToMidnight(tt.now); got != tt.want {
			t.Errorf("secondsToMidnight(%s) = %d, want %d", tt.now, got, tt.want)
		}
	}
}

func TestETag(t *testing.T) {
	h := newTestServer(t).Handler()
	const target = "/api/v1/acts/du-2017-1399/text?date=2019-09-01&unit=par3.ust1"
	first := get(h, target)
	etag := first.Header().Get("ETag")
	if first.Code != http.StatusOK || !strings.HasPrefix(etag, `"`) {
		t.Fatalf("status %d, ETag %q", first.Code, etag)
	}
	other := get(h, "/api/v1/acts/du-2017-1399/text?date=2019-08-31&unit=par3.ust1")
	if other.Header().Get("ETag") == etag {
		t.Error("another wording has the same ETag")
	}
	same := get(h, strings.Replace(target, "par3.ust1", "%C2%A7%203%20ust.%201", 1))
	if same.Header().Get("ETag") != etag {
		t.Error("the same answer asked by citation has another ETag")
	}
	tests := []struct {
		ifNoneMatch string
		status      int
	}{
		{etag, http.StatusNotModified},
		{`"other", ` + etag, http.StatusNotModified},
		{"W/" + etag, http.StatusNotModified},
		{"*", http.StatusNotModified},
		{`"other"`, http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.ifNoneMatch, func(t *testing.T) {
			w := get(h, target, "If-None-Match", tt.ifNoneMatch)
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d", w.Code, tt.status)
			}
			if tt.status == http.StatusNotModified && (w.Body.Len() != 0 || w.Header().Get("ETag") != etag) {
				t.Errorf("304 with body %q, ETag %q", w.Body, w.Header().Get("ETag"))
			}
		})
	}
}

func TestGzip(t *testing.T) {
	h := newTestServer(t).Handler()
	const target = "/api/v1/acts/du-2017-1399/text?date=2019-09-01"
	plain := get(h, target)
	zipped := get(h, target, "Accept-Encoding", "br;q=1.0, gzip;q=0.8")
	if zipped.Header().Get("Content-Encoding") != "gzip" {
		t.Fatalf("not gzipped: %v", zipped.Header())
	}
	zr, err := gzip.NewReader(zipped.Body)
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(body, plain.Body.Bytes()) {
		t.Error("gunzipped body differs from the plain one")
	}
	etag := zipped.Header().Get("ETag")
	if etag != strings.TrimSuffix(plain.Header().Get("ETag"), `"`)+`-gzip"` {
		t.Errorf("gzip ETag %q, plain %q", etag, plain.Header().Get("ETag"))
	}
	if !strings.Contains(strings.Join(zipped.Header().Values("Vary"), ","), "Accept-Encoding") ||
		!strings.Contains(strings.Join(plain.Header().Values("Vary"), ","), "Accept-Encoding") {
		t.Error("no Vary: Accept-Encoding")
	}
	if w := get(h, target, "Accept-Encoding", "gzip", "If-None-Match", etag); w.Code != http.StatusNotModified || w.Header().Get("ETag") != etag {
		t.Errorf("revalidating the gzipped body: status %d, ETag %q", w.Code, w.Header().Get("ETag"))
	}
	if w := get(h, target, "Accept-Encoding", "gzip;q=0"); w.Header().Get("Content-Encoding") != "" {
		t.Error("gzipped for a client refusing gzip")
	}
	// An answer shorter than gzipMinBytes goes as it is, and revalidates
	// with the same ETag.
	const small = "/api/v1/acts/du-2017-1399/versions?unit=par3.ust1.pkt1.lita"
	w := get(h, small, "Accept-Encoding", "gzip")
	if w.Body.Len() >= gzipMinBytes || w.Header().Get("Content-Encoding") != "" || strings.Contains(w.Header().Get("ETag"), "gzip") {
		t.Fatalf("small answer: %d bytes, %v", w.Body.Len(), w.Header())
	}
	if w2 := get(h, small, "Accept-Encoding", "gzip", "If-None-Match", w.Header().Get("ETag")); w2.Code != http.StatusNotModified || w2.Header().Get("ETag") != w.Header().Get("ETag") {
		t.Errorf("revalidating a small answer: status %d, ETag %q, want %q", w2.Code, w2.Header().Get("ETag"), w.Header().Get("ETag"))
	}
}

// A page says its length, which is its body's whether the page gzips
// itself (the act page), gzipResponses gzips it (the home page) or it goes
// plain; a HEAD says the length a GET would send.
func TestPageLength(t *testing.T) {
	h := newTestServer(t).Handler()
	for _, target := range []string{"/acts/du-2017-1399?date=2019-09-01", "/", "/no/such/page"} {
		for _, enc := range []string{"", "gzip"} {
			w := get(h, target, "Accept-Encoding", enc)
			n := w.Header().Get("Content-Length")
			if n == "" && (enc == "" || w.Header().Get("Content-Encoding") == "") {
				t.Errorf("%s (Accept-Encoding %q): no Content-Length", target, enc)
			}
			if n != "" && n != strconv.Itoa(w.Body.Len()) {
				t.Errorf("%s (Accept-Encoding %q): Content-Length %s, body of %d bytes (Content-Encoding %q)",
					target, enc, n, w.Body.Len(), w.Header().Get("Content-Encoding"))
			}
		}
	}
	full := get(h, "/acts/du-2017-1399?date=2019-09-01")
	if head := do(h, http.MethodHead, "/acts/du-2017-1399?date=2019-09-01"); head.Header().Get("Content-Length") != strconv.Itoa(full.Body.Len()) {
		t.Errorf("HEAD: Content-Length %q, GET sends %d bytes", head.Header().Get("Content-Length"), full.Body.Len())
	}
}

func TestCORS(t *testing.T) {
	h := newTestServer(t).Handler()
	w := get(h, "/api/v1/acts", "Origin", "https://example.org")
	if w.Header().Get("Access-Control-Allow-Origin") != "*" || !strings.Contains(w.Header().Get("Access-Control-Expose-Headers"), "ETag") {
		t.Errorf("GET: %v", w.Header())
	}
	pre := do(h, http.MethodOptions, "/api/v1/acts/du-2017-1399/text", "Origin", "https://example.org",
		"Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "if-none-match")
	if pre.Code != http.StatusNoContent || pre.Header().Get("Access-Control-Allow-Methods") != "GET, HEAD" ||
		!strings.Contains(pre.Header().Get("Access-Control-Allow-Headers"), "If-None-Match") {
		t.Errorf("preflight: %d %v", pre.Code, pre.Header())
	}
	// A plain OPTIONS gets what its Allow says (it got 405 with an Allow
	// naming OPTIONS).
	if plain := do(h, http.MethodOptions, "/api/v1/acts"); plain.Code != http.StatusNoContent || plain.Header().Get("Allow") != "GET, HEAD, OPTIONS" {
		t.Errorf("OPTIONS: %d %v", plain.Code, plain.Header())
	}
	if none := do(h, http.MethodOptions, "/no/such/path"); none.Code != http.StatusNotFound {
		t.Errorf("OPTIONS of no route: %d, want 404", none.Code)
	}
}

func TestHead(t *testing.T) {
	h := newTestServer(t).Handler()
	w := do(h, http.MethodHead, "/api/v1/acts")
	if w.Code != http.StatusOK || w.Header().Get("ETag") == "" {
		t.Errorf("HEAD: %d %v", w.Code, w.Header())
	}
}

func TestPanicRecovery(t *testing.T) {
	var logs bytes.Buffer
	s := newTestServer(t)
	s.log = slogTo(&logs)
	h := s.middleware(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
		panic("secret internal state")
	}))
	w := get(h, "/api/v1/acts")
	p := decodeProblem(t, w)
	if w.Code != http.StatusInternalServerError || strings.Contains(w.Body.String(), "secret") {
		t.Errorf("status %d, body %s", w.Code, w.Body)
	}
	if p.Type != problemTypeBase+"internal" {
		t.Errorf("type %q", p.Type)
	}
	for _, want := range []string{"secret internal state", "goroutine", "behaviour_test.go"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, logs.String())
		}
	}
}

func TestUnknownErrorHidden(t *testing.T) {
	var logs bytes.Buffer
	s := newTestServer(t)
	s.log = slogTo(&logs)
	w := get(s.api(func(http.ResponseWriter, *http.Request) error { return errors.New("disk on fire at /var/x") }), "/x")
	if w.Code != http.StatusInternalServerError || strings.Contains(w.Body.String(), "disk") {
		t.Errorf("status %d, body %s", w.Code, w.Body)
	}
	if !strings.Contains(logs.String(), "disk on fire") {
		t.Errorf("the error is not logged: %s", logs.String())
	}
}

func TestNotReady(t *testing.T) {
	c, err := testCorpus()
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{Corpus: c, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	for _, target := range []string{"/healthz", "/api/v1/search?q=wniosek"} {
		if w := get(s.Handler(), target); w.Code != http.StatusServiceUnavailable {
			t.Errorf("%s before the index: %d", target, w.Code)
		}
	}
	if w := get(s.Handler(), "/healthz"); !strings.Contains(w.Body.String(), "still being built") {
		t.Errorf("/healthz while building says %s", w.Body)
	}
	failed, _ := New(Config{Corpus: c, Logger: testLogger(t)})
	failed.SearchFailed()
	if w := get(failed.Handler(), "/healthz"); w.Code != http.StatusServiceUnavailable || !strings.Contains(w.Body.String(), "could not be built") {
		t.Errorf("/healthz after a failed build: %d %s", w.Code, w.Body)
	}
	if w := get(failed.Handler(), "/api/v1/acts/du-2017-1399/text?date=2019-09-01"); w.Code != http.StatusOK {
		t.Errorf("text without an index: %d", w.Code)
	}
	ix, err := testIndex()
	if err != nil {
		t.Fatal(err)
	}
	s.SetSearcher(ix)
	if w := get(s.Handler(), "/healthz"); w.Code != http.StatusOK {
		t.Errorf("/healthz with the index: %d", w.Code)
	}
}

// TestIndexAfterFailure checks that a server whose index could not be
// built becomes ready when an index comes: with a new state (a reload)
// or for its state.
func TestIndexAfterFailure(t *testing.T) {
	c, err := testCorpus()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := testIndex()
	if err != nil {
		t.Fatal(err)
	}
	for name, heal := range map[string]func(*Server){
		"Swap":        func(s *Server) { s.Swap(State{Corpus: c, Searcher: ix, Generation: 2, IndexGeneration: 2}) },
		"SetSearcher": func(s *Server) { s.SetSearcher(ix) },
	} {
		t.Run(name, func(t *testing.T) {
			s, err := New(Config{Corpus: c, Generation: 1, Logger: testLogger(t)})
			if err != nil {
				t.Fatal(err)
			}
			s.SearchFailed()
			if w := get(s.Handler(), "/healthz"); w.Code != http.StatusServiceUnavailable {
				t.Fatalf("/healthz after a failed build: %d", w.Code)
			}
			heal(s)
			for _, target := range []string{"/healthz", "/api/v1/search?q=wniosek"} {
				if w := get(s.Handler(), target); w.Code != http.StatusOK {
					t.Errorf("%s once the index is there: %d %s", target, w.Code, w.Body)
				}
			}
		})
	}
}

func TestMetrics(t *testing.T) {
	h := newTestServer(t).Handler()
	get(h, "/api/v1/acts/du-2017-1399/text?date=2019-09-01")
	get(h, "/api/v1/acts/du-2017-1399/text?date=2019-02-30")
	get(h, "/no/such/thing")
	body := get(h, "/metrics").Body.String()
	c, err := testCorpus()
	if err != nil {
		t.Fatal(err)
	}
	list, err := c.Summaries()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`lexdiff_http_requests_total{method="GET",route="/api/v1/acts/{act}/text",status="200"} 1`,
		`lexdiff_http_requests_total{method="GET",route="/api/v1/acts/{act}/text",status="400"} 1`,
		`lexdiff_http_requests_total{method="GET",route="unmatched",status="404"} 1`,
		`lexdiff_http_request_duration_seconds_count{route="/api/v1/acts/{act}/text"} 2`,
		fmt.Sprintf("lexdiff_corpus_acts %d", len(list)), // the embedded acts and the test's own
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	if !regexp.MustCompile(`(?m)^lexdiff_index_documents [1-9]`).MatchString(body) {
		t.Errorf("the index size is not reported:\n%s", body)
	}
}

// TestAnswerCache checks that a repeated question gets the same answer,
// and that a question about today gets a new one when the day changes.
func TestAnswerCache(t *testing.T) {
	s := newTestServer(t)
	now := testNow
	s.now = func() time.Time { return now }
	const target = "/api/v1/acts/du-2017-1399/text?unit=par3.ust1.pkt8"
	first := get(s.Handler(), target)
	again := get(s.Handler(), target)
	if first.Body.String() != again.Body.String() || first.Header().Get("ETag") != again.Header().Get("ETag") {
		t.Error("the cached answer differs")
	}
	now = now.Add(10 * time.Hour) // past midnight in Warsaw
	next := get(s.Handler(), target)
	if !strings.Contains(next.Body.String(), `"date":"2024-03-11"`) {
		t.Errorf("the next day is answered from the cache: %s", next.Body)
	}
	if got := next.Header().Get("Cache-Control"); got != "public, max-age="+strconv.Itoa(secondsToMidnight(now)) {
		t.Errorf("Cache-Control %q", got)
	}
}

// rebuildingSearcher is a searcher whose index is being rebuilt.
type rebuildingSearcher struct{}

func (rebuildingSearcher) Search(context.Context, index.Request) (*index.Result, error) {
	return nil, fmt.Errorf("%w: segment 1.zap fails its checksum (in /srv/law/.index/af27; searching \"x\": panic: runtime error: slice bounds out of range)", index.ErrRebuilding)
}

func (rebuildingSearcher) Unavailable() error {
	return fmt.Errorf("%w: segment 1.zap fails its checksum (in /srv/law/.index/af27)", index.ErrRebuilding)
}

func TestIndexRebuilding(t *testing.T) {
	c, err := testCorpus()
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{Corpus: c, Searcher: rebuildingSearcher{}, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	for _, target := range []string{"/healthz", "/api/v1/search?q=wniosek"} {
		w := get(s.Handler(), target)
		p := decodeProblem(t, w)
		if w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") != "10" || p.Type != problemTypeBase+"index-rebuilding" {
			t.Errorf("%s: %d, Retry-After %q, %+v", target, w.Code, w.Header().Get("Retry-After"), p)
		}
		if strings.Contains(p.Detail, "/srv/law") || strings.Contains(p.Detail, "panic") || !strings.Contains(p.Detail, "try again in 10 s") {
			t.Errorf("%s: the problem shows the server's files or the failure, or not when to ask again: %q", target, p.Detail)
		}
	}
	if w := get(s.Handler(), "/api/v1/acts/du-2017-1399/text?date=2019-09-01"); w.Code != http.StatusOK {
		t.Errorf("text while the index is rebuilt: %d", w.Code)
	}
}

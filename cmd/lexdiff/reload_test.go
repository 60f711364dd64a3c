package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestServeShowsImport serves a corpus directory over HTTP, imports a new
// act into it with lexdiff import, and sees the server answer about the
// act, search included, without a restart; the index was updated with the
// new act, not rebuilt.
func TestServeShowsImport(t *testing.T) {
	dir := writeCorpus(t, otherAct(t))
	var log syncBuffer
	ts := serveReady(t, serveConfig{Data: dir, Logger: slog.New(slog.NewTextHandler(&log, nil)), Poll: 10 * time.Millisecond})
	if h := healthOf(t, ts.URL); h.Generation != 1 || h.IndexGeneration != 1 || h.Acts != 1 {
		t.Fatalf("before the import: %+v", h)
	}
	if code, _ := fetch(t, ts.URL+"/api/v1/acts/du-2017-1399"); code != http.StatusNotFound {
		t.Fatalf("the act to import is served already: %d", code)
	}

	importSample(t, dir)
	waitForGeneration(t, ts.URL, 2)
	if h := healthOf(t, ts.URL); h.IndexGeneration != 2 || h.Acts != 2 {
		t.Errorf("after the import: %+v", h)
	}
	if code, body := fetch(t, ts.URL+"/api/v1/acts/du-2017-1399/text?date=2019-09-01&unit=par3.ust1.pkt8"); code != http.StatusOK || !strings.Contains(body, "art. 50 ust. 3 i 4–7") {
		t.Errorf("text of the imported act: %d %s", code, body)
	}
	if code, body := fetch(t, ts.URL+"/api/v1/search?q=kuratora&all=1&act=du-2017-1399"); code != http.StatusOK || !strings.Contains(body, `"act":"du-2017-1399"`) {
		t.Errorf("search of the imported act: %d %s", code, body)
	}
	if l := log.String(); !strings.Contains(l, "search index updated") || !strings.Contains(l, "acts=1") {
		t.Errorf("the index was not updated with the one new act:\n%s", l)
	}
}

// A syncBuffer is a bytes.Buffer safe for concurrent use.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServeReloadsOnSIGHUP serves a corpus that is not polled: an import
// is served once SIGHUP comes.
func TestServeReloadsOnSIGHUP(t *testing.T) {
	dir := writeCorpus(t, otherAct(t))
	hup := make(chan os.Signal, 1)
	ts := serveReady(t, serveConfig{Data: dir, Logger: slog.New(slog.DiscardHandler), Poll: time.Hour, Reload: hup})
	importSample(t, dir)
	if h := healthOf(t, ts.URL); h.Generation != 1 {
		t.Fatalf("reloaded without SIGHUP or a poll: %+v", h)
	}
	hup <- syscall.SIGHUP
	waitForGeneration(t, ts.URL, 2)
}

// serveReady serves cfg over HTTP until the test ends, and returns the
// server once it is ready.
func serveReady(t *testing.T, cfg serveConfig) *httptest.Server {
	t.Helper()
	ts := serveTest(t, cfg)
	waitFor(t, ts.Config.Handler, "/healthz", http.StatusOK)
	return ts
}

// serveTest serves cfg over HTTP until the test ends.
func serveTest(t *testing.T, cfg serveConfig) *httptest.Server {
	t.Helper()
	srv, done, err := buildServer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(done)
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return ts
}

// TestServeKeepsTheLogSmall serves a corpus while acts are imported one
// after the other, and checks that the database's log (lexdiff.db-wal)
// does not grow with every import, as it does while a reader keeps the
// log from restarting.
func TestServeKeepsTheLogSmall(t *testing.T) {
	dir := writeCorpus(t, otherAct(t))
	ts := serveReady(t, serveConfig{Data: dir, Logger: slog.New(slog.DiscardHandler), Poll: 10 * time.Millisecond})
	var first int64
	const imports = 12
	for i := range imports {
		code, _, errOut := runCLI(t, "import", "-data", dir, "-act", fmt.Sprintf("du-2011-%d", i+1), "-from", "2020-01-01",
			"-source", fmt.Sprintf("Dz. U. z 2011 r. poz. %d", i+1), "../../examples/ustawa-2020.txt")
		if code != 0 {
			t.Fatalf("import %d: exit %d: %s", i+1, code, errOut)
		}
		waitForGeneration(t, ts.URL, uint64(i+2))
		time.Sleep(50 * time.Millisecond) // a few polls: the reloader refreshes its snapshot
		fi, err := os.Stat(filepath.Join(dir, "lexdiff.db-wal"))
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = fi.Size()
		}
		if fi.Size() > 4*first {
			t.Fatalf("after %d imports the log is %d bytes, after the first %d: it grows with every import", i+1, fi.Size(), first)
		}
	}
	if h := healthOf(t, ts.URL); h.Acts != imports+1 || h.IndexGeneration != imports+1 {
		t.Errorf("after the imports: %+v", h)
	}
}

// importSample imports the sample regulation into the corpus in dir.
func importSample(t *testing.T, dir string) {
	t.Helper()
	code, _, errOut := runCLI(t, "import", "-data", dir, "-act", "du-2017-1399", "-title", "Rozporządzenie", "../../corpus/testdata/portal-par3.txt")
	if code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
}

// waitForGeneration waits, at most 30 s, until the server at base answers
// from generation g.
func waitForGeneration(t *testing.T, base string, g uint64) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for healthOf(t, base).Generation != g {
		if time.Now().After(deadline) {
			t.Fatalf("generation %d not served after 30 s", g)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

type healthAnswer struct {
	Acts                        int
	Generation, IndexGeneration uint64
}

func healthOf(t *testing.T, base string) healthAnswer {
	t.Helper()
	var h healthAnswer
	code, body := fetch(t, base+"/healthz")
	if code != http.StatusOK || json.Unmarshal([]byte(body), &h) != nil {
		t.Fatalf("/healthz: %d %s", code, body)
	}
	return h
}

func fetch(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// TestServeStopFoldsTheLog stops a server after an import: the store is
// closed on the way out, so the log is folded into the database file and
// removed, not left beside it.
func TestServeStopFoldsTheLog(t *testing.T) {
	dir := writeCorpus(t, otherAct(t))
	srv, done, err := buildServer(serveConfig{Data: dir, Logger: slog.New(slog.DiscardHandler), Poll: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	waitFor(t, srv.Handler(), "/healthz", http.StatusOK)
	importSample(t, dir)
	waitForGeneration(t, ts.URL, 2)
	ts.Close()
	done()
	// The store closes its connections as their read transactions end:
	// that of a state swapped out ends once its last request has, which
	// may follow done by a moment on a busy machine.
	deadline := time.Now().Add(5 * time.Second)
	for {
		_, err := os.Stat(filepath.Join(dir, "lexdiff.db-wal"))
		if os.IsNotExist(err) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the log is left 5 s after serve stopped: %v", err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

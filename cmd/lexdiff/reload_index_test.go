package main

import (
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestServeIndexFirstBuildFails serves a corpus whose index cannot be
// built (DIR/.index is a file): /healthz says so and the corpus is served;
// once the cause is gone, SIGHUP makes the server ready.
func TestServeIndexFirstBuildFails(t *testing.T) {
	dir := writeCorpus(t, otherAct(t))
	blockIndex(t, dir)
	hup := make(chan os.Signal, 1)
	ts := serveTest(t, serveConfig{Data: dir, Logger: slog.New(slog.DiscardHandler), Poll: time.Hour, Reload: hup})
	waitForBody(t, ts.URL+"/healthz", http.StatusServiceUnavailable, "could not be built")
	if code, _ := fetch(t, ts.URL+"/api/v1/acts/du-2099-1/versions"); code != http.StatusOK {
		t.Errorf("the corpus is not served without its index: %d", code)
	}
	if err := os.Remove(filepath.Join(dir, ".index")); err != nil {
		t.Fatal(err)
	}
	hup <- syscall.SIGHUP
	waitForBody(t, ts.URL+"/healthz", http.StatusOK, `"indexGeneration":1`)
}

// TestServeImportWhileIndexFails imports an act while the index cannot be
// brought up to date: the act is served at once, searched by the index of
// the state before (indexGeneration lags), the failure is logged once,
// and the index catches up by itself when it can.
func TestServeImportWhileIndexFails(t *testing.T) {
	dir := writeCorpus(t, otherAct(t))
	var log syncBuffer
	ts := serveReady(t, serveConfig{Data: dir, Logger: slog.New(slog.NewTextHandler(&log, nil)), Poll: 10 * time.Millisecond})
	aside := filepath.Join(t.TempDir(), "index")
	if err := os.Rename(filepath.Join(dir, ".index"), aside); err != nil {
		t.Fatal(err)
	}
	blockIndex(t, dir)

	importSample(t, dir)
	waitForGeneration(t, ts.URL, 2)
	if h := healthOf(t, ts.URL); h.IndexGeneration != 1 || h.Acts != 2 {
		t.Errorf("served with the index before: %+v", h)
	}
	if code, body := fetch(t, ts.URL+"/api/v1/acts/du-2017-1399/versions?unit=par3"); code != http.StatusOK {
		t.Errorf("the imported act: %d %s", code, body)
	}
	if code, body := fetch(t, ts.URL+"/api/v1/search?q=kurator&all=1"); code != http.StatusOK || !strings.Contains(body, "du-2099-1") {
		t.Errorf("search with the index before: %d %s", code, body)
	}
	time.Sleep(300 * time.Millisecond) // retries, at 10, 20, 40… ms
	if n := strings.Count(log.String(), "search index unavailable"); n != 1 {
		t.Errorf("the failure is logged %d times, want once:\n%s", n, log.String())
	}

	if err := os.Remove(filepath.Join(dir, ".index")); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(aside, filepath.Join(dir, ".index")); err != nil {
		t.Fatal(err)
	}
	waitForBody(t, ts.URL+"/healthz", http.StatusOK, `"indexGeneration":2`)
	if code, body := fetch(t, ts.URL+"/api/v1/search?q=kuratora&all=1&act=du-2017-1399"); code != http.StatusOK || !strings.Contains(body, `"act":"du-2017-1399"`) {
		t.Errorf("search of the imported act once the index caught up: %d %s", code, body)
	}
}

// blockIndex makes the index of the corpus in dir impossible to build: a
// file stands where its directory goes.
func blockIndex(t *testing.T, dir string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, ".index"), []byte("not a directory"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// waitForBody waits, at most 30 s, until url answers code with a body
// holding want.
func waitForBody(t *testing.T, url string, code int, want string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		got, body := fetch(t, url)
		if got == code && strings.Contains(body, want) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: %d %s; want %d with %q", url, got, body, code, want)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

package main

import (
	"context"
	"crypto/rand"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestBuildServer(t *testing.T) {
	srv, done, err := buildServer(serveConfig{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	defer done()
	h := srv.Handler()
	deadline := time.Now().Add(30 * time.Second)
	for status(h, "/healthz") != http.StatusOK {
		if time.Now().After(deadline) {
			t.Fatal("not ready after 30 s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	for _, target := range []string{"/api/v1/acts/du-2017-1399/text?date=2019-09-01&unit=par3.ust1.pkt8", "/api/v1/search?q=kuratora"} {
		if got := status(h, target); got != http.StatusOK {
			t.Errorf("%s: %d", target, got)
		}
	}
}

func TestBuildServerBadData(t *testing.T) {
	_, _, err := buildServer(serveConfig{Data: t.TempDir() + "/missing", Logger: slog.New(slog.DiscardHandler)})
	if err == nil || exitCode(err) != exitUsage {
		t.Errorf("err %v (exit %d), want a usage error", err, exitCode(err))
	}
}

func TestServePortTaken(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	code, _, errOut := runCLI(t, "serve", "-addr", ln.Addr().String())
	if code != exitUsage || !strings.Contains(errOut, "-addr "+ln.Addr().String()) {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func status(h http.Handler, target string) int {
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, target, nil))
	return w.Code
}

// TestServeAnswersWhileLoading checks that serve answers from the moment it
// listens: 503 "loading" with Retry-After while the corpus loads, then the
// server's answers.
func TestServeAnswersWhileLoading(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	loaded := make(chan struct{})
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() {
		served <- serveWhileLoading(ctx, ln, slog.New(slog.DiscardHandler), func() (http.Handler, func(), error) {
			<-loaded
			srv, done, err := buildServer(serveConfig{Logger: slog.New(slog.DiscardHandler)})
			if err != nil {
				return nil, nil, err
			}
			return srv.Handler(), done, nil
		})
	}()
	client := &http.Client{Timeout: 5 * time.Second}
	base := "http://" + ln.Addr().String()
	for _, path := range []string{"/healthz", "/api/v1/acts"} {
		resp, err := client.Get(base + path)
		if err != nil {
			t.Fatalf("%s while loading: %v", path, err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" || !strings.Contains(string(body), "loading") {
			t.Errorf("%s while loading: %d, Retry-After %q, %s", path, resp.StatusCode, resp.Header.Get("Retry-After"), body)
		}
	}
	close(loaded)
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := client.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("not ready 30 s after loading: %v", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if err := <-served; err != nil {
		t.Errorf("serve: %v", err)
	}
}

// TestServeHealsIndex damages the index of a served corpus on disk: search
// and /healthz answer 503 with Retry-After while it is rebuilt, then
// search answers again; the rest is served throughout.
func TestServeHealsIndex(t *testing.T) {
	dir := writeCorpus(t, otherAct(t))
	srv, done, err := buildServer(serveConfig{Data: dir, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	defer done()
	h := srv.Handler()
	waitFor(t, h, "/healthz", http.StatusOK)
	const search = "/api/v1/search?q=kuratora&all=1"
	if got := status(h, search); got != http.StatusOK {
		t.Fatalf("search before the damage: %d", got)
	}
	segments, _ := filepath.Glob(filepath.Join(dir, ".index", "*", "store", "*.zap"))
	for _, f := range segments {
		info, _ := os.Stat(f)
		junk := make([]byte, info.Size())
		rand.Read(junk)
		os.WriteFile(f, junk, 0o644)
	}
	w := httptest.NewRecorder() // another question: the answer to the first one is cached
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/api/v1/search?q=wydaje&all=1", nil))
	if w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") == "" || !strings.Contains(w.Body.String(), "index-rebuilding") {
		t.Errorf("search of the damaged index: %d, Retry-After %q, %s", w.Code, w.Header().Get("Retry-After"), w.Body)
	}
	if got := status(h, "/api/v1/acts/du-2099-1/text?date=2099-06-01"); got != http.StatusOK {
		t.Errorf("text during the rebuild: %d", got)
	}
	waitFor(t, h, "/healthz", http.StatusOK)
	if got := status(h, "/api/v1/search?q=zaświadczenie&all=1"); got != http.StatusOK {
		t.Errorf("search after the rebuild: %d", got)
	}
}

// waitFor asks h for target until it answers want, for at most 30 s.
func waitFor(t *testing.T, h http.Handler, target string, want int) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for status(h, target) != want {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not %d after 30 s", target, want)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

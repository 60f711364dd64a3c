package main

import (
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
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

package server

import (
	"net/http"
	"strings"
	"testing"
)

func TestStatic(t *testing.T) {
	h := newTestServer(t).Handler()
	for _, tt := range []struct {
		target string
		status int
		ctype  string
	}{
		{"/static/app.js", http.StatusOK, "text/javascript; charset=utf-8"},
		{"/static/style.css", http.StatusOK, "text/css; charset=utf-8"},
		{"/static/nope.js", http.StatusNotFound, "application/problem+json"},
		{"/static/%ff", http.StatusBadRequest, "application/problem+json"},
		{"/static/a%00b", http.StatusNotFound, "application/problem+json"},
		{"/static/dir/", http.StatusBadRequest, "application/problem+json"},
		{"/static/", http.StatusNotFound, "application/problem+json"},
	} {
		w := get(h, tt.target)
		if w.Code != tt.status || w.Header().Get("Content-Type") != tt.ctype {
			t.Errorf("%s: %d %q, want %d %q; body %.200s", tt.target, w.Code, w.Header().Get("Content-Type"), tt.status, tt.ctype, w.Body)
		}
	}
	w := get(h, "/static/app.js")
	etag := w.Header().Get("ETag")
	if etag == "" || !strings.Contains(w.Header().Get("Cache-Control"), "max-age") {
		t.Fatalf("headers %v", w.Header())
	}
	if w := get(h, "/static/app.js", "If-None-Match", etag); w.Code != http.StatusNotModified {
		t.Errorf("If-None-Match: %d, want 304", w.Code)
	}
}

// TestStaticNeverFails asks for odd paths under /static/: each is answered
// as a file, a redirect to the clean path, or a 400 or 404, never a 500.
func TestStaticNeverFails(t *testing.T) {
	h := newTestServer(t).Handler()
	for _, p := range []string{"%ff", "%c3%28", "..", "%2e%2e", "a/../../b", "app.js%2f..%2fstyle.css", "%2f", "//", "app.js/", "a%20b", "%e2%80%ae", "templates/layout.html", strings.Repeat("a/", 500)} {
		w := get(h, "/static/"+p)
		switch w.Code {
		case http.StatusOK, http.StatusMovedPermanently, http.StatusBadRequest, http.StatusNotFound:
		default:
			t.Errorf("/static/%s: %d %s", p, w.Code, w.Body)
		}
	}
}

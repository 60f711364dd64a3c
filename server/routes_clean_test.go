package server

import (
	"net/http"
	"strings"
	"testing"
)

// TestNoRedirectToAnotherAct: an act named with dot segments or encoded
// slashes ("a%2F..%2Fdu-2017-1399", "%2F", "..") is not found; the server
// never redirects it to a path that names another act, or none.
func TestNoRedirectToAnotherAct(t *testing.T) {
	h := newPageServer(t, nil, nil)
	for _, tt := range []struct {
		target      string
		contentType string
		param       string // of an API problem; "" for none
		detail      string
	}{
		{"/api/v1/acts/%2F/text", "application/problem+json", "", "Nothing is served at /api/v1/acts///text"},
		{"/api/v1/acts/a%2F..%2Fdu-2017-1399/text?date=2019-05-01", "application/problem+json", "", "Nothing is served at"},
		{"/api/v1/acts//text", "application/problem+json", "", "Nothing is served at"},
		{"/api/v1/acts/..", "application/problem+json", "act", `No act ".."`},
		{"/api/v1/acts/.", "application/problem+json", "act", `No act "."`},
		{"/api/v1/acts/%2E%2E/text?date=2019-05-01", "application/problem+json", "act", `No act ".."`},
		{"/api/v1/acts/..%2F2017%2F1399/versions", "application/problem+json", "act", `No act "../2017/1399"`},
		{"/acts/..", "text/html; charset=utf-8", "", "Nie ma aktu „..”"},
		{"/acts/.?date=2019-05-01", "text/html; charset=utf-8", "", "Nie ma aktu „.”"},
		{"/acts/%2F", "text/html; charset=utf-8", "", "/acts//"},
		{"/acts/a%2F..%2Fdu-2017-1399?date=2019-05-01", "text/html; charset=utf-8", "", "/acts/a/../du-2017-1399"},
		{"/acts/../history?unit=par3", "text/html; charset=utf-8", "", "Nie ma aktu „..”"},
		{"/acts/.%2F/", "text/html; charset=utf-8", "", "/acts/.//"},
		{"/acts/..%2F2017%2F1399/", "text/html; charset=utf-8", "", "/acts/../2017/1399/"},
	} {
		w := get(h, tt.target)
		if w.Code != http.StatusNotFound || w.Header().Get("Location") != "" || w.Header().Get("Content-Type") != tt.contentType {
			t.Errorf("%s: %d %s Location %q, want 404 %s", tt.target, w.Code, w.Header().Get("Content-Type"), w.Header().Get("Location"), tt.contentType)
			continue
		}
		if tt.contentType == "application/problem+json" {
			if p := decodeProblem(t, w); paramOf(p) != tt.param || !strings.Contains(p.Detail, tt.detail) {
				t.Errorf("%s: param %q, detail %q; want param %q, detail with %q", tt.target, paramOf(p), p.Detail, tt.param, tt.detail)
			}
		} else {
			mustContain(t, w.Body.String(), tt.detail)
		}
	}
	// An act's reference with slashes, as sent or encoded, is still found,
	// and a page's path with a trailing slash still leads to the page.
	for target, location := range map[string]string{
		"/acts/DU%2F2017%2F1399/": "/acts/DU/2017/1399",
		"/acts/Dz.U./2017/1399/":  "/acts/Dz.U./2017/1399",
	} {
		if w := get(h, target); w.Code != http.StatusMovedPermanently || w.Header().Get("Location") != location {
			t.Errorf("%s: %d Location %q, want 301 to %s", target, w.Code, w.Header().Get("Location"), location)
		}
	}
}

package server

import (
	"net/http"
	"strings"
	"testing"
)

// TestMalformedQuery: the pairs url.ParseQuery leaves out are found, with
// the parameter's name decoded as far as it can be.
func TestMalformedQuery(t *testing.T) {
	for _, tt := range []struct {
		raw  string
		want *malformedPair
	}{
		{"", nil},
		{"date=2019-05-01&unit=%C2%A7+3&&x", nil},
		{"q=%e2%80&=", nil}, // escapes of bytes that are no UTF-8 still decode
		{"date=%zz&unit=par3", &malformedPair{"date", "%zz"}},
		{"date=2019-05-01&unit=par3.ust1.pkt8%", &malformedPair{"unit", "%"}},
		{"unit=par3%2", &malformedPair{"unit", "%2"}},
		{"unit=%żółw", &malformedPair{"unit", "%żó"}},
		{"dat%zz=1", &malformedPair{"dat%zz", "%zz"}},
		{"%C2%A7+1%=x", &malformedPair{"§ 1%", "%"}},
		{"%ff%=x", &malformedPair{"\uFFFD%", "%"}},
		{"=%zz", &malformedPair{"", "%zz"}},
		{"date=2019-05-01;unit=par3", &malformedPair{"date", ";"}},
	} {
		got := malformedQuery(tt.raw)
		if (got == nil) != (tt.want == nil) || got != nil && *got != *tt.want {
			t.Errorf("%q: got %+v, want %+v", tt.raw, got, tt.want)
		}
	}
}

// TestMalformedQueryAnswers: a query with a pair url.ParseQuery leaves
// out is a 400 naming the parameter on every route, never an answer that
// acts as if the pair had not been sent (today's text, the whole act, a
// parameter check passed), even when the question without it was asked
// and cached before.
func TestMalformedQueryAnswers(t *testing.T) {
	h := newTestServer(t).Handler()
	const act = "/api/v1/acts/du-2017-1399"
	for _, warm := range []string{act + "/text?unit=par3", act + "/text?date=2019-05-01", act + "/text?date=2019-05-01&unit=par3"} {
		if w := get(h, warm); w.Code != http.StatusOK {
			t.Fatalf("%s: %d %s", warm, w.Code, w.Body)
		}
	}
	for _, tt := range []struct {
		target, param, detail string
	}{
		{act + "/text?date=%zz&unit=par3", "date", `"%zz" is not a %-escape, which is % and two hex digits: write % itself as %25.`},
		{act + "/text?date=2019-05-01&unit=par3.ust1.pkt8%", "unit", `"%" is not a %-escape`},
		{act + "/text?date=2019-05-01&dat=%zz", "dat", `"%zz" is not a %-escape`},
		{act + "/history?unit=par3%zz", "unit", `"%zz" is not a %-escape`},
		{act + "/text?date=2019-05-01&unit=%C2%A7%203%20ust.%201%", "unit", `"%" is not a %-escape`},
		{act + "/text?date=2019-05-01&un%it=par3", "un%it", `"%it" is not a %-escape`},
		{act + "/text?date=2019-05-01;unit=par3", "date", `";" does not separate parameters: separate them with "&", and write ";" in a value as %3B.`},
		{"/api/v1/search?q=kurator%", "q", `"%" is not a %-escape`},
		{"/healthz?x=%zz", "x", `"%zz" is not a %-escape`},
		{"/openapi.json?v=%zz", "v", `"%zz" is not a %-escape`},
		{"/static/app.js?v=%zz", "v", `"%zz" is not a %-escape`},
	} {
		w := get(h, tt.target)
		if w.Code != http.StatusBadRequest {
			t.Errorf("%s: %d, want 400; body %.300s", tt.target, w.Code, w.Body)
			continue
		}
		checkSpec(t, http.MethodGet, tt.target, w)
		p := decodeProblem(t, w)
		if paramOf(p) != tt.param || !strings.Contains(p.Detail, tt.detail) {
			t.Errorf("%s: param %q, detail %q; want param %q, detail with %q", tt.target, paramOf(p), p.Detail, tt.param, tt.detail)
		}
	}
}

// TestMalformedQueryPages: on the pages such a query is the 400 error page,
// in the page's language, naming the parameter and what is accepted.
func TestMalformedQueryPages(t *testing.T) {
	h := newPageServer(t, nil, nil)
	for _, tt := range []struct {
		target string
		want   []string
	}{
		{"/acts/du-2017-1399?date=%zz", []string{"Nieprawidłowy parametr", "Parametr „date”: „%zz” nie jest kodem %XX", "jako %25"}},
		{"/acts/du-2017-1399?date=%zz&lang=en", []string{"Invalid parameter", "Parameter “date”: “%zz” is not a %-escape", "as %25"}},
		{"/acts/du-2017-1399/history?unit=par3%", []string{"Parametr „unit”: „%” nie jest kodem %XX"}},
		{"/acts/du-2017-1399/compare?from=2019-08-31;to=2019-09-01&lang=en", []string{"Parameter “from”: a semicolon does not separate parameters"}},
		{"/search?q=%zz%ff", []string{"Parametr „q”: „%zz” nie jest kodem %XX"}},
	} {
		res, body := getPage(t, h, tt.target)
		if res.StatusCode != http.StatusBadRequest || res.Header.Get("Content-Type") != "text/html; charset=utf-8" {
			t.Errorf("%s: %d %s, want a 400 page", tt.target, res.StatusCode, res.Header.Get("Content-Type"))
			continue
		}
		mustContain(t, body, tt.want...)
	}
}

package server

import (
	"strings"
	"testing"
)

// TestKnownParams: a query parameter a path does not take, or one given
// twice, is a 400 naming it and what is accepted; those documented pass.
func TestKnownParams(t *testing.T) {
	h := newTestServer(t).Handler()
	for _, c := range []struct {
		target string
		status int
		want   string
	}{
		{"/api/v1/search?q=wniosek&dat=2019-01-01", 400, `"detail":"Unknown parameter: this path takes q, date, all, act, kind, year, page, size.","param":"dat"`},
		{"/api/v1/acts/du-2017-1399/text?date=2019-05-01&date=2019-09-01&unit=par3", 400, `"detail":"Given 2 times, with different values: give it once.","param":"date"`},
		{"/api/v1/acts/du-2017-1399/text?date=2019-05-01&date=2019-05-01&unit=par3", 200, ""},
		{"/api/v1/acts?_=1701&utm_source=news", 200, ""},
		{"/api/v1/acts?format=xml", 400, `"detail":"Unknown parameter: this path takes none.","param":"format"`},
		{"/api/v1/acts/du-2017-1399/changes?from=2019-05-01&to=2019-09-01&format=html", 400, `"param":"format"`},
		{"/api/v1/acts/du-2017-1399/diff?from=2019-05-01&to=2019-09-01&format=text", 200, ""},
		{"/api/v1/search?q=wniosek&date=2019-01-01", 200, ""},
	} {
		w := get(h, c.target)
		if w.Code != c.status || !strings.Contains(w.Body.String(), c.want) {
			t.Errorf("%s: %d %s; want %d with %s", c.target, w.Code, w.Body, c.status, c.want)
		}
		checkSpec(t, "GET", c.target, w)
	}
}

// TestEmptyParamName: a parameter with an empty name ("?=") is a 400 whose
// problem names it, as "", and says its name is empty.
func TestEmptyParamName(t *testing.T) {
	h := newTestServer(t).Handler()
	for _, c := range []struct{ target, detail string }{
		{"/api/v1/acts?=", `The parameter's name is empty ("="): give each parameter as name=value; this path takes none.`},
		{"/api/v1/acts/du-2017-1399/text?date=2019-05-01&=", `The parameter's name is empty ("="): give each parameter as name=value; this path takes date, unit, limit, cursor.`},
		{"/api/v1/search?q=kurator&=2019-05-01", `The parameter's name is empty ("=2019-05-01")`},
	} {
		w := get(h, c.target)
		if w.Code != 400 {
			t.Errorf("%s: %d %s, want 400", c.target, w.Code, w.Body)
			continue
		}
		checkSpec(t, "GET", c.target, w)
		if !strings.Contains(w.Body.String(), `"param":""`) {
			t.Errorf("%s: %s lacks \"param\":\"\"", c.target, w.Body)
		}
		if p := decodeProblem(t, w); p.Param == nil || *p.Param != "" || !strings.Contains(p.Detail, c.detail) {
			t.Errorf("%s: param %v, detail %q; want param \"\", detail with %q", c.target, p.Param, p.Detail, c.detail)
		}
	}
}

// TestKnownParamsEverywhere: the OpenAPI document and /healthz take no
// parameter either: one they do not take, or one given twice, is a 400
// naming it, as on the other paths of the API; a cache-buster passes.
func TestKnownParamsEverywhere(t *testing.T) {
	h := newTestServer(t).Handler()
	for _, c := range []struct {
		target string
		status int
		param  string
	}{
		{"/healthz?q=x&q=y", 400, "q"},
		{"/healthz?verbose=1", 400, "verbose"},
		{"/openapi.json?format=yaml", 400, "format"},
		{"/api/v1/openapi.json?v=2", 400, "v"},
		{"/healthz?_=1701", 200, ""},
		{"/openapi.json?utm_source=docs", 200, ""},
	} {
		w := get(h, c.target)
		if w.Code != c.status {
			t.Errorf("%s: %d, want %d; body %.300s", c.target, w.Code, c.status, w.Body)
			continue
		}
		checkSpec(t, "GET", c.target, w)
		if c.status != 400 {
			continue
		}
		if p := decodeProblem(t, w); paramOf(p) != c.param || p.Detail != "Unknown parameter: this path takes none." {
			t.Errorf("%s: param %q, detail %q; want param %q, \"Unknown parameter: this path takes none.\"", c.target, paramOf(p), p.Detail, c.param)
		}
	}
}

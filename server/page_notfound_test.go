package server

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// TestPagesNoDeadEnds asks for paths no page serves: a reader gets an HTML
// page (or the file asked for, or a redirect to the page meant), never the
// API's problem+json; the API keeps its problems.
func TestPagesNoDeadEnds(t *testing.T) {
	h := newPageServer(t, nil, nil)
	tests := []struct {
		name, target string
		status       int
		contentType  string
		location     string
		want         []string
	}{
		{"unknown page", "/nowhere", 404, "text/html; charset=utf-8", "", []string{"Nie znaleziono", "/nowhere", `role="search"`, `href="/"`}},
		{"unknown page in English", "/nowhere?lang=en", 404, "text/html; charset=utf-8", "", []string{"There is no page at /nowhere"}},
		{"acts", "/acts", 301, "", "/", nil},
		{"acts slash", "/acts/?lang=en", 301, "", "/?lang=en", nil},
		{"act slash", "/acts/du-2017-1399/", 301, "", "/acts/du-2017-1399", nil},
		{"history slash", "/acts/du-2017-1399/history/?unit=par3", 301, "", "/acts/du-2017-1399/history?unit=par3", nil},
		{"unknown act slash", "/acts/nope/x/", 404, "text/html; charset=utf-8", "", nil},
		{"favicon", "/favicon.ico", 200, "image/vnd.microsoft.icon", "", nil},
		{"robots", "/robots.txt", 200, "text/plain; charset=utf-8", "", []string{"User-agent: *", "Disallow: /api/"}},
		{"page posted", "POST /acts/du-2017-1399", 405, "text/html; charset=utf-8", "", []string{"POST"}},
		{"unknown API path", "/api/v1/nowhere", 404, "application/problem+json", "", []string{`"no-such-route"`[1:]}},
		{"API with a slash", "/api/v1/acts/", 404, "application/problem+json", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			method, target, ok := strings.Cut(tt.target, " ")
			if !ok {
				method, target = http.MethodGet, tt.target
			}
			rec := do(h, method, target)
			if rec.Code != tt.status {
				t.Errorf("status %d, want %d", rec.Code, tt.status)
			}
			if ct := rec.Header().Get("Content-Type"); tt.contentType != "" && ct != tt.contentType {
				t.Errorf("Content-Type %q, want %q", ct, tt.contentType)
			}
			if loc := rec.Header().Get("Location"); loc != tt.location {
				t.Errorf("Location %q, want %q", loc, tt.location)
			}
			mustContain(t, rec.Body.String(), tt.want...)
		})
	}
}

// TestErrorPages checks what every error page gives a reader: the words
// of the page's language (the detail too), the form to ask again filled
// with what was asked, and no HTTP status code.
func TestErrorPages(t *testing.T) {
	h := newPageServer(t, nil, pageSearcher(t))
	const act = "/acts/du-2017-1399"
	tests := []struct {
		name, target string
		status       int
		want         []string
	}{
		{"bad date", act + "?date=2019-13-01", 400, []string{"„2019-13-01” nie jest datą", `action="/acts/du-2017-1399"`,
			`type="text" id="retry-date" name="date" value="2019-13-01"`, `<a href="/acts/du-2017-1399">tekst na dziś</a>`}},
		{"bad date in English", act + "?date=2019-13-01&lang=en", 400, []string{"“2019-13-01” is not a date", "Try again"}},
		{"not in force", act + "?date=2010-01-01", 404, []string{"Żadna wersja nie obowiązywała w dniu 2010-01-01",
			`type="date" id="retry-date" name="date" value="2010-01-01"`, "2017-07-24"}},
		{"unknown act", "/acts/du-1999-1", 404, []string{"Nie ma aktu „du-1999-1”", `action="/search"`, `value="du-1999-1"`}},
		{"bad unit", act + "/history?unit=%C2%A7+x", 400, []string{"„§ x” nie jest oznaczeniem jednostki (parametr unit)", `name="unit" value="§ x"`}},
		{"bad unit to show", act + "/compare?from=2019-08-31&to=2019-09-01&at=lit_a", 400, []string{"„lit_a” nie jest oznaczeniem jednostki (parametr at)"}},
		{"bad unit in English", act + "?at=lit_a&lang=en", 400, []string{"“lit_a” does not name a unit (parameter at)"}},
		{"no unit", act + "/history", 400, []string{"Nie podano jednostki", `id="retry-unit"`}},
		{"reversed range", act + "/compare?from=2020-01-01&to=2019-01-01", 400, []string{"Data początkowa (2020-01-01) jest późniejsza",
			`name="from" value="2020-01-01"`, `name="to" value="2019-01-01"`}},
		{"compare before the act", act + "/compare?from=2001-01-01&to=2002-01-01", 404, []string{"ani 2001-01-01, ani 2002-01-01"}},
		{"bad query", "/search?q=%22unclosed", 400, []string{"Nie udało się odczytać zapytania „&#34;unclosed”", `name="q" value="&#34;unclosed"`}},
		{"bad query in English", "/search?q=%22unclosed&lang=en", 400, []string{"Invalid query", "quote"}},
		{"bad kind", "/search?q=kurator&kind=xyz", 400, []string{"Nieznany rodzaj jednostki „xyz”; dozwolone: art, par, ust, pkt, lit, tir, dtir, wstep, zal.", `name="kind" value="xyz"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, body := getPage(t, h, tt.target)
			if res.StatusCode != tt.status {
				t.Errorf("status %d, want %d", res.StatusCode, tt.status)
			}
			mustContain(t, body, tt.want...)
			mustContain(t, body, `<form class="retry-form"`, `<meta name="robots" content="noindex">`)
			if strings.Contains(mainOf(body), "HTTP") {
				t.Error("the page shows an HTTP status to the reader")
			}
			for _, english := range []string{"parsing", "want ", "bad parameter", "not found"} {
				if !strings.Contains(tt.target, "lang=en") && strings.Contains(mainOf(body), english) {
					t.Errorf("the Polish page holds the English %q", english)
				}
			}
			checkPageSafety(t, res, body)
		})
	}
}

// TestErrorPageBusy shows the page a reader gets when the server cannot
// answer now: 503 in the page's language, with Retry-After, never a 500.
func TestErrorPageBusy(t *testing.T) {
	p := newPages(newTestServer(t))
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, "/acts/du-2017-1399", nil)
	p.renderError(rec, req, &unavailableError{fmt.Errorf("%w: no memory left", errBusy), 3 * time.Second})
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") != "3" {
		t.Errorf("status %d, Retry-After %q; want 503 and 3", rec.Code, rec.Header().Get("Retry-After"))
	}
	mustContain(t, rec.Body.String(), "Serwer jest zajęty", "Spróbuj ponownie za chwilę")
}

// TestPagesInvalidUTF8 asks with bytes that are not UTF-8 where a page
// quotes what was asked: the page quotes them as U+FFFD and stays valid
// UTF-8.
func TestPagesInvalidUTF8(t *testing.T) {
	h := newPageServer(t, nil, pageSearcher(t))
	for _, target := range []string{"/acts/%FF", "/acts/%FF/history?unit=par3", "/acts/du-2017-1399?date=%FF", "/acts/du-2017-1399/history?unit=%FF",
		"/search?q=%FF", "/search?q=kurator%FF", "/nowhere%FF"} {
		body := get(h, target).Body.Bytes()
		if !utf8.Valid(body) {
			t.Errorf("%s: the page is not valid UTF-8", target)
		}
		if !strings.Contains(string(body), "\uFFFD") {
			t.Errorf("%s: the page does not quote the byte asked as U+FFFD", target)
		}
	}
}

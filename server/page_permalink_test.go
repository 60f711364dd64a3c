package server

import (
	"html"
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"lexdiff/corpus"
	"lexdiff/corpus/corpustest"
	"lexdiff/index"
)

// TestPermalinks opens views without dates and follows their permanent
// links: each names the date it showed (and the unit by its id), the page
// links it visibly and as canonical, and opened it shows the same main
// content.
func TestPermalinks(t *testing.T) {
	h := newPageServer(t, nil, pageSearcher(t))
	const act = "/acts/du-2017-1399"
	tests := []struct {
		name, target, want string
	}{
		{"act today", act, act + "?date=2024-03-15"},
		{"act on a date", act + "?date=2019.09.01", act + "?date=2019-09-01"},
		{"act in English", act + "?lang=en", act + "?date=2024-03-15&lang=en"},
		{"compare latest change", act + "/compare", act + "/compare?from=2020-12-06&to=2024-03-15"},
		{"compare to today", act + "/compare?from=2019-08-31&view=side", act + "/compare?from=2019-08-31&to=2024-03-15&view=side"},
		{"compare a cited unit", act + "/compare?unit=%C2%A7+3+ust.+1&hide=minor", act + "/compare?from=2020-12-06&hide=minor&to=2024-03-15&unit=par3.ust1"},
		{"search today", "/search?q=kuratorem&kind=pkt", "/search?date=2024-03-15&kind=pkt&q=kuratorem"},
		{"search all history", "/search?q=kuratorem&all=true&date=2019-01-01", "/search?all=1&date=2019-01-01&q=kuratorem"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, body := getPage(t, h, tt.target)
			got := canonical(t, body)
			if got != tt.want {
				t.Errorf("permanent link %s, want %s", got, tt.want)
			}
			mustContain(t, body, `<a href="`+html.EscapeString(got)+`" rel="bookmark"`)
			res, again := getPage(t, h, got)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("%s: status %d", got, res.StatusCode)
			}
			if mainOf(again) != mainOf(body) {
				t.Errorf("%s shows other content than %s", got, tt.target)
			}
		})
	}
}

// TestPermalinksNextYear opens a page today and its permanent link a year
// later, after the law changed: the link still shows today's wording. (The
// rest of the page may move with the day: the link to today, the end of the
// timeline's axis.)
func TestPermalinksNextYear(t *testing.T) {
	c := twoWordings(t)
	now, later := newDayServer(t, c, pageToday), newDayServer(t, c, pageToday.AddDate(1, 0, 0))
	tests := []struct{ target, content string }{
		{"/acts/test-1", `<h3 class="unit-head">`}, // after the notes of the day (a change pending today is past next year)
		{"/search?q=wording", `<section aria-labelledby="results-h">`},
		{"/acts/test-1/compare", `<h1>`},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			_, body := getPage(t, now, tt.target)
			link := canonical(t, body)
			content := func(body string) string { return fromFirst(mainOf(body), tt.content) }
			if content(body) == "" {
				t.Fatalf("%s lacks %s", tt.target, tt.content)
			}
			_, thenBody := getPage(t, later, link)
			if content(thenBody) != content(body) {
				t.Errorf("%s a year later shows other content than %s today", link, tt.target)
			}
			if _, laterBody := getPage(t, later, tt.target); content(laterBody) == content(body) {
				t.Errorf("%s a year later shows the same content: the test proves nothing", tt.target)
			}
		})
	}
}

// twoWordings is an act whose art. 1 changes on 2025-01-01.
func twoWordings(t *testing.T) *corpus.Corpus {
	t.Helper()
	change := corpus.MakeDate(2025, 1, 1)
	version := func(r corpus.Range, text string) *corpus.Version {
		return &corpus.Version{Range: r, Source: "test", Unit: &corpus.Unit{Kind: corpus.Article, Label: "1", ID: "art1",
			Text: text, Status: corpus.InForce}}
	}
	return corpustest.Corpus(t, corpustest.Act(t, corpus.ActInfo{ID: "test-1", Title: "Test"},
		version(corpus.Range{From: corpus.MakeDate(2020, 1, 1), To: change.AddDays(-1)}, "The old wording."),
		version(corpus.Range{From: change}, "The new wording."),
	))
}

// newDayServer serves c with its clock on now and an index of c.
func newDayServer(t *testing.T, c *corpus.Corpus, now time.Time) http.Handler {
	t.Helper()
	ix, err := index.NewMem(c)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	srv, err := New(Config{Corpus: c, Searcher: ix, Logger: slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn})),
		Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	return srv.Handler()
}

// canonical returns the path and query of the page's canonical URL,
// failing without one or when it is not absolute (httptest requests go
// to example.com).
func canonical(t *testing.T, body string) string {
	t.Helper()
	m := reCanonical.FindStringSubmatch(body)
	if m == nil {
		t.Fatal("page has no canonical link")
	}
	u := html.UnescapeString(m[1])
	path, ok := strings.CutPrefix(u, "http://example.com/")
	if !ok {
		t.Fatalf("canonical link %s is not an absolute URL of the server", u)
	}
	return "/" + path
}

var reCanonical = regexp.MustCompile(`<link rel="canonical" href="([^"]+)">`)

// fromFirst is s from the first sep on, or "" without one.
func fromFirst(s, sep string) string {
	if i := strings.Index(s, sep); i >= 0 {
		return s[i:]
	}
	return ""
}

// mainOf is the page's main content.
func mainOf(body string) string {
	start, end := strings.Index(body, "<main"), strings.Index(body, "</main>")
	if start < 0 || end < start {
		return ""
	}
	return body[start:end]
}

// TestPagesDescription reads each kind of page's meta description: it says
// what that page shows (the act, the unit, the dates, the query), in the
// page's language; only pages with nothing of their own to say fall back
// to the site's tagline.
func TestPagesDescription(t *testing.T) {
	h := newPageServer(t, nil, pageSearcher(t))
	const act = "/acts/du-2017-1399"
	tests := []struct{ target, want string }{
		{act + "?date=2019-09-01", "Rozporządzenie Ministra Edukacji Narodowej z dnia 14 lipca 2017 r. w sprawie procedury przyznawania danych dostępowych do bazy danych systemu informacji oświatowej – tekst w brzmieniu na dzień 2019-09-01"},
		{act + "?date=2019-09-01&lang=en", "the text as in force on 2019-09-01"},
		{act + "/history?unit=par3.ust1", "Historia brzmień: § 3 ust. 1, Rozporządzenie Ministra Edukacji Narodowej"},
		{act + "/compare?from=2019-08-31&to=2019-09-01", "– zmiany między 2019-08-31 a 2019-09-01 (zmienione jednostki: 2)"},
		{act + "/compare?from=2019-08-31&to=2019-09-01&lang=en", "– the changes between 2019-08-31 and 2019-09-01 (units changed: 2)"},
		{"/search?q=kuratorem", "Przepisy prawa dla zapytania „kuratorem” (znaleziono: 2)."},
		{"/", "Brzmienie przepisów na każdy dzień"},
		{act + "?date=2010-01-01", "Żadna wersja nie obowiązywała w dniu 2010-01-01"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			_, body := getPage(t, h, tt.target)
			m := reDescription.FindStringSubmatch(body)
			if m == nil {
				t.Fatal("the page has no meta description")
			}
			if got := html.UnescapeString(m[1]); !strings.Contains(got, tt.want) {
				t.Errorf("the description reads %q, want it to hold %q", got, tt.want)
			}
		})
	}
}

var reDescription = regexp.MustCompile(`<meta name="description" content="([^"]*)">`)

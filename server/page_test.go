package server

import (
	"net/http"
	"regexp"
	"strings"
	"testing"

	"lexdiff/corpus"
)

func TestPages(t *testing.T) {
	h := newPageServer(t, nil, pageSearcher(t))
	const act = "/acts/du-2017-1399"
	tests := []struct {
		name   string
		target string
		status int
		want   []string
	}{
		{"home", "/", 200, []string{`href="/acts/du-2017-1399"`, "Rozporządzenie Ministra Edukacji Narodowej", `name="q"`}},
		{"act on a date", act + "?date=2019-09-01", 200, []string{`id="par3.ust1.pkt8"`, "art. 50 ust. 3 i 4–7", `href="#fn-par3.ust1.pkt8-1"`,
			`id="fn-par3.ust1.pkt8-1"`, `value="2019-09-01"`, "Dz. U. z 2019 r. poz. 1557"}},
		{"act before the change", act + "?date=2019-08-31", 200, []string{"art. 50 ust. 3–7", "Późniejsze zmiany"}},
		{"act today", act, 200, []string{`value="2024-03-15"`, "Dz.U.2020.2170 tekst jednolity"}},
		{"act by reference", "/acts/Dz.U.2017.1399?date=2019-09-01", 200, []string{"art. 50 ust. 3 i 4–7"}},
		{"act by ELI", "/acts/DU/2017/1399/history?unit=par3.ust2", 200, []string{"art. 70 ust. 1<ins> i 2</ins>"}},
		{"bad date", act + "?date=2019-02-30", 400, []string{"RRRR-MM-DD", `action="/acts/du-2017-1399"`, `value="2019-02-30"`}},
		{"before the act", act + "?date=2010-01-01", 404, []string{`href="/acts/du-2017-1399?date=2017-07-24"`}},
		{"unknown act", "/acts/du-1999-1", 404, []string{`href="/"`}},
		{"history", act + "/history?unit=%C2%A7+3+ust.+1", 200, []string{`class="matrix"`, `id="row-par3.ust1.pkt8"`,
			`<td class="modified wording"><a href="/acts/du-2017-1399/compare?from=2019-08-31&amp;to=2019-09-01&amp;unit=par3.ust1.pkt8">zmiana treści</a>`,
			`<td class="modified reference"><a href="/acts/du-2017-1399/compare?from=2020-12-06&amp;to=2020-12-07&amp;unit=par3.ust1.pkt3">zmiana odesłania publikacyjnego</a>`,
			"<time>2019-09-01</time> – <time>2020-12-06</time>", `<th scope="row" class="depth-1" title="§ 3 ust. 1 pkt 8" lang="pl">pkt 8</th>`,
			`<td class="present"><span aria-hidden="true">●</span><span class="visually-hidden">obowiązuje</span>`}},
		{"history in English", act + "/history?unit=par3.ust1&lang=en", 200, []string{`<span class="visually-hidden">in force</span>`, "Which fields applied when"}},
		{"history of an unknown unit", act + "/history?unit=par3.ust9", 404, []string{`href="/acts/du-2017-1399/history?unit=par3"`}},
		{"history of a bad unit", act + "/history?unit=%C2%A7+x+y", 400, []string{"§ 3 ust. 1 pkt 8"}},
		{"history without unit", act + "/history", 400, []string{`href="/acts/du-2017-1399/history?unit=par3"`}},
		{"compare", act + "/compare?from=2019-08-31&to=2019-09-01", 200, []string{"<ins>art. 50 ust. 3 i 4–7</ins>",
			"<del>art. 50 ust. 3–7</del>", "<ins> i 2</ins>", "poz. 1557", `href="/acts/du-2017-1399/compare?from=2020-12-06&amp;to=2020-12-07"`}},
		{"compare side by side", act + "/compare?from=2019-08-31&to=2019-09-01&view=side", 200, []string{`class="side-by-side"`}},
		{"compare hiding minor", act + "/compare?from=2020-12-06&to=2020-12-07&hide=minor", 200, []string{
			`id="change-par3.ust1.pkt3" data-minor hidden`, "checked"}},
		{"compare showing minor", act + "/compare?from=2020-12-06&to=2020-12-07", 200, []string{`id="change-par3.ust1.pkt3" data-minor>`}},
		{"compare latest change", act + "/compare", 200, []string{`value="2020-12-06"`, `value="2024-03-15"`}},
		{"compare reversed", act + "/compare?from=2019-09-01&to=2019-08-31", 400, []string{"from=2019-09-01"}},
		{"compare bad date", act + "/compare?from=yesterday&to=2019-08-31", 400, []string{"yesterday"}},
		{"search form", "/search", 200, []string{`id="q"`}},
		{"search", "/search?q=kuratorem", 200, []string{"<mark>kurator</mark>", `href="/acts/du-2017-1399?date=2024-03-15#par3.ust1.pkt1.litf"`}},
		{"search all history", "/search?q=kuratorem&all=1&date=2019-01-01", 200, []string{`date=2017-07-24#par3.ust1.pkt6"`}},
		{"search all history, as the API writes it", "/search?q=kuratorem&all=true", 200, []string{`date=2017-07-24#par3.ust1.pkt6"`}},
		{"search facet", "/search?q=kuratorem&kind=pkt", 200, []string{"pkt6", `title="pkt" aria-current="true">✕ punkt</a>`,
			`title="du-2017-1399">Rozporządzenie Ministra Edukacji Narodowej`, `poz. 1399)</a>`,
			`<span lang="pl">Rozporządzenie Ministra Edukacji Narodowej`, ` · Dz. U. z 2017 r. poz. 1399</p>`,
			`href="/search?date=2024-03-15&amp;kind=pkt&amp;q=kuratorem&amp;year=2017">2017</a>`}},
		{"search a year", "/search?q=kuratorem&all=1&year=2017", 200, []string{`aria-current="true">✕ 2017</a>`, `name="year" value="2017"`}},
		{"search facet in English", "/search?q=kuratorem&lang=en", 200, []string{`title="lit">letter</a>`, `title="pkt">point</a>`}},
		{"search bad kind", "/search?q=kuratorem&kind=xyz", 400, []string{"xyz"}},
		{"search page too deep", "/search?q=kuratorem&page=461168601842738791", 400, []string{"najwyżej 500 stron"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, body := getPage(t, h, tt.target)
			if res.StatusCode != tt.status {
				t.Errorf("status %d, want %d", res.StatusCode, tt.status)
			}
			mustContain(t, body, tt.want...)
			checkPageSafety(t, res, body)
		})
	}
}

// checkPageSafety checks the headers and markup that keep a page safe: the
// CSP, no inline script, style or event handler.
func checkPageSafety(t *testing.T, res *http.Response, body string) {
	t.Helper()
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || !strings.Contains(csp, "style-src 'self'") {
		t.Errorf("Content-Security-Policy %q", csp)
	}
	if ct := res.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	for _, bad := range []*regexp.Regexp{reEventHandler, reInlineScript, reStyleAttr, reStyleElem} {
		if m := bad.FindString(body); m != "" {
			t.Errorf("page holds %q", m)
		}
	}
}

var (
	reEventHandler = regexp.MustCompile(`(?i)<[^>]*\son[a-z]+\s*=`)
	reInlineScript = regexp.MustCompile(`(?i)<script(\s+[^>]*)?>[^<]`)
	reStyleAttr    = regexp.MustCompile(`(?i)<[^>]*\sstyle\s*=`)
	reStyleElem    = regexp.MustCompile(`(?i)<style`)
)

func TestPagesEscapeLegalText(t *testing.T) {
	from := corpus.MakeDate(2020, 1, 1)
	evil := `<script>alert("x")</script> & <b>bold</b>`
	v := &corpus.Version{Range: corpus.Range{From: from}, Source: `<img src=x>`,
		Unit: &corpus.Unit{Kind: corpus.Article, Label: "1", ID: "art1", Heading: evil, Status: corpus.InForce, Children: []*corpus.Unit{
			{Kind: corpus.Section, Label: "1", ID: "art1.ust1", Text: evil, Status: corpus.InForce, Markers: []corpus.Marker{{Label: "1", Offset: 8}}},
			{Kind: corpus.Section, Label: "2", ID: "art1.ust2", Text: "(uchylony)", Status: corpus.Repealed},
		}},
		Footnotes: []corpus.Footnote{{Label: "1", Unit: "art1.ust1", Body: evil}},
	}
	a, err := corpus.NewAct(corpus.ActInfo{ID: "test-1", Title: evil}, []*corpus.Version{v})
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.New(a)
	if err != nil {
		t.Fatal(err)
	}
	h := newPageServer(t, c, nil)
	for _, target := range []string{"/", "/acts/test-1?date=2020-01-02", "/acts/test-1/history?unit=art1.ust1"} {
		res, body := getPage(t, h, target)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("%s: status %d", target, res.StatusCode)
		}
		if strings.Contains(body, "<script>alert") || strings.Contains(body, "<b>bold") || strings.Contains(body, "<img src=x>") {
			t.Errorf("%s: legal text rendered as markup", target)
		}
		mustContain(t, body, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;")
		checkPageSafety(t, res, body)
	}
	_, body := getPage(t, h, "/acts/test-1?date=2020-01-02")
	mustContain(t, body, `<span class="badge">uchylony</span>`, `class="unit unit-ust not-in-force" id="art1.ust2"`)
}

func TestPagesSearchUnavailable(t *testing.T) {
	h := newPageServer(t, nil, nil)
	res, body := getPage(t, h, "/search?q=kurator")
	if res.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("status %d, want 503", res.StatusCode)
	}
	mustContain(t, body, "indeks nie został załadowany")
}

func TestPagesLanguage(t *testing.T) {
	h := newPageServer(t, nil, nil)
	res, body := getPage(t, h, "/acts/du-2017-1399?date=2019-09-01&lang=en")
	mustContain(t, body, `<html lang="en">`, "Law as in force on", `href="/acts/du-2017-1399?date=2019-09-01&amp;lang=pl"`)
	var cookie *http.Cookie
	for _, c := range res.Cookies() {
		if c.Name == langCookie {
			cookie = c
		}
	}
	if cookie == nil || cookie.Value != "en" {
		t.Fatalf("no lang=en cookie set: %v", res.Cookies())
	}
	_, body = getPage(t, h, "/", cookie)
	mustContain(t, body, `<html lang="en">`, "Legal acts")
	_, body = getPage(t, h, "/?lang=pl", cookie)
	mustContain(t, body, `<html lang="pl">`, "Akty prawne")
}

func TestPageCompareRenumberingAndLapse(t *testing.T) {
	h := newPageServer(t, renumberingCorpus(t), nil)
	res, body := getPage(t, h, "/acts/du-2001-2/compare?from=2001-06-01&to=2002-06-01")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status %d", res.StatusCode)
	}
	mustContain(t, body, "Zastępuje usuniętą jednostkę o tym numerze: <del lang=\"pl\">imię;</del>", "bez mocy (pominięty)")
	checkPageSafety(t, res, body)
}

package server

import (
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/corpustest"
	"lexdiff/corpus/embedded"
)

func TestRoutes(t *testing.T) {
	h := newTestServer(t).Handler()
	const act = "/api/v1/acts/du-2017-1399"
	pkt8 := url.QueryEscape("§ 3 ust. 1 pkt 8")
	tests := []struct {
		name   string
		target string
		status int
		want   []string // substrings of the body
	}{
		{"acts", "/api/v1/acts", 200, []string{`"id":"du-2017-1399"`, `"first":"2017-07-24"`, `"last":"2020-12-07"`, `"id":"du-2000-1"`}},
		{"act by id", act, 200, []string{`"units":[{"id":"par3","citation":"§ 3"}]`, `"changeDates":["2017-07-24","2019-09-01","2020-12-07"]`, `"source":"Dz. U. z 2019 r. poz. 1557"`}},
		{"act by reference", "/api/v1/acts/" + url.PathEscape("Dz.U. 2017 poz. 1399"), 200, []string{`"id":"du-2017-1399"`}},
		{"act by ELI", "/api/v1/acts/DU%2F2017%2F1399", 200, []string{`"id":"du-2017-1399"`}},
		{"text of a unit by citation", act + "/text?date=2019-05-01&unit=" + pkt8, 200, []string{`"citation":"§ 3 ust. 1 pkt 8"`, "art. 50 ust. 3–7 ustawy", `"from":"2017-07-24","to":"2019-08-31"`}},
		{"text of a unit by id", act + "/text?date=2019-09-01&unit=par3.ust1.pkt8", 200, []string{"art. 50 ust. 3 i 4–7 ustawy", `"from":"2019-09-01","to":"2020-12-06"`}},
		{"text of the act, other date form", act + "/text?date=07.12.2020", 200, []string{`"units":[`, `"date":"2020-12-07"`, `"to":null`}},
		{"text today", act + "/text?unit=par3.ust1.pkt3", 200, []string{`"date":"2024-03-10"`, "Dz. U. z 2019 r. poz. 2215"}},
		{"versions of the act", act + "/versions", 200, []string{`"unit":""`, `"from":"2017-07-24"`, `"from":"2020-12-07"`}},
		{"versions of a unit", act + "/versions?unit=" + pkt8, 200, []string{`"unit":"par3.ust1.pkt8"`, `"citation":"§ 3 ust. 1 pkt 8"`}},
		{"diff", act + "/diff?from=2019-08-31&to=2019-09-01", 200, []string{`"unit":"par3.ust1.pkt8"`, `"kind":"modified"`, `"ops":[`}},
		{"diff of a unit", act + "/diff?from=2019-08-31&to=2019-09-01&unit=par3.ust2&format=json", 200, []string{`"unit":"par3.ust2"`}},
		{"matrix", act + "/matrix?unit=par3.ust1", 200, []string{`"unit":"par3.ust1.pkt8","citation":"§ 3 ust. 1 pkt 8","label":"pkt 8","depth":1,"cells":[{"state":"present"},{"state":"modified","class":"wording"},{"state":"annotated"}]`,
			`"columns":[{"range":{"from":"2017-07-24","to":"2019-08-31"}`}},
		{"matrix of a unit without a list", act + "/matrix?unit=" + pkt8, 200, []string{`"rows":[]`}},
		{"history", act + "/history?unit=" + pkt8, 200, []string{`"citation":"§ 3 ust. 1 pkt 8"`, `"range":{"from":"2017-07-24","to":"2019-08-31"}`, `"class":"wording"`}},
		{"changes", act + "/changes?from=2019-08-31&to=2019-09-01", 200, []string{`{"unit":"par3.ust1.pkt8","citation":"§ 3 ust. 1 pkt 8","kind":"modified","class":"wording","attribution":{"kind":"wording","provision":"§ 1 pkt 1 lit. a)"`, `"eli":"DU/2019/1557","inForce":"2019-09-01"`}},
		{"changes to today", act + "/changes?from=2020-12-06", 200, []string{`"to":"2024-03-10"`, `"unit":"par3.ust1.pkt3"`}},
		{"search today", "/api/v1/search?q=kuratora", 200, []string{`"date":"2024-03-10"`, `"unit":"par3.ust1.pkt6"`, "<mark>kuratora</mark>"}},
		{"search all history", "/api/v1/search?q=kurator&all=1&act=du-2000-1&kind=par", 200, []string{`"unit":"par1"`, `"total":1`}},
		{"search a page", "/api/v1/search?q=kuratora&page=2&size=1", 200, []string{`"page":2`, `"size":1`}},
		{"search a year", "/api/v1/search?q=kurator&all=1&year=2017", 200, []string{`"year":[{"value":"2017"`}},
		{"healthz", "/healthz", 200, []string{`"status":"ok"`}},
		{"openapi", "/openapi.json", 200, []string{`"openapi": "3.0.3"`}},
		{"openapi under the API prefix", "/api/v1/openapi.json", 200, []string{`"openapi": "3.0.3"`, `"getOpenAPIUnderAPI"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := get(h, tt.target)
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d; body %s", w.Code, tt.status, w.Body)
			}
			checkSpec(t, "GET", tt.target, w)
			if ct := w.Header().Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type %q", ct)
			}
			if w.Header().Get("ETag") == "" || w.Header().Get("Cache-Control") == "" {
				t.Errorf("no ETag or Cache-Control: %v", w.Header())
			}
			if !json.Valid(w.Body.Bytes()) {
				t.Errorf("invalid JSON: %s", w.Body)
			}
			body := strings.ReplaceAll(w.Body.String(), " ", " ")
			for _, want := range tt.want {
				if !strings.Contains(body, want) {
					t.Errorf("body lacks %s:\n%s", want, body)
				}
			}
		})
	}
}

func TestErrors(t *testing.T) {
	h := newTestServer(t).Handler()
	const act = "/api/v1/acts/du-2017-1399"
	tests := []struct {
		name   string
		method string
		target string
		status int
		param  string
		detail string // a substring of the detail
	}{
		{"impossible date", "GET", act + "/text?date=2019-02-30", 400, "date", "no such day in the calendar"},
		{"word for a date", "GET", act + "/text?date=yesterday", 400, "date", "want YYYY-MM-DD"},
		{"bad citation", "GET", act + "/text?unit=" + url.QueryEscape("ust. 3 § 1"), 400, "unit", "want a citation such as"},
		{"unknown act", "GET", "/api/v1/acts/du-1999-1/text", 404, "act", `No act "du-1999-1"`},
		{"unknown unit", "GET", act + "/text?unit=par4", 404, "unit", "du-2017-1399 has no unit § 4."},
		{"diff of a unit in force on neither date", "GET", act + "/diff?from=2010-01-01&to=2011-01-01&unit=par3", 404, "from", "not in force"},
		{"unknown unit in versions", "GET", act + "/versions?unit=par3.ust9", 404, "unit", "has no unit § 3 ust. 9"},
		{"unit not in force", "GET", act + "/text?date=2010-01-01&unit=par3", 404, "date", "nearest version: 2017-07-24 – 2019-08-31 (after)"},
		{"act not in force", "GET", "/api/v1/acts/du-2000-1/text?date=2001-01-01", 404, "date", "No unit of du-2000-1 was in force"},
		{"diff without from", "GET", act + "/diff?to=2020-01-01", 400, "from", "Missing"},
		{"diff from after to", "GET", act + "/diff?from=2020-01-01&to=2019-01-01", 400, "from", "is after to"},
		{"diff bad to", "GET", act + "/diff?from=2019-01-01&to=2019-13-01", 400, "to", "no such day"},
		{"diff bad format", "GET", act + "/diff?from=2019-01-01&format=pdf", 400, "format", `"pdf"`},
		{"history without unit", "GET", act + "/history", 400, "unit", "Missing"},
		{"matrix without unit", "GET", act + "/matrix", 400, "unit", "Missing"},
		{"matrix unknown unit", "GET", act + "/matrix?unit=par3.ust7", 404, "unit", "has no unit § 3 ust. 7"},
		{"history unknown unit", "GET", act + "/history?unit=par3.ust7", 404, "unit", "has no unit § 3 ust. 7"},
		{"changes bad unit", "GET", act + "/changes?from=2019-01-01&unit=par99", 404, "unit", "has no unit § 99"},
		{"search without q", "GET", "/api/v1/search", 400, "q", "Missing"},
		{"search unclosed quote", "GET", "/api/v1/search?q=%22kurator", 400, "q", "unclosed quote"},
		{"search bad kind", "GET", "/api/v1/search?q=kurator&kind=chapter", 400, "kind", "want one of"},
		{"search page too big", "GET", "/api/v1/search?q=kurator&size=101", 400, "size", "from 1 to 100"},
		{"search page too deep", "GET", "/api/v1/search?q=kurator&size=100&page=101", 400, "page", "from 1 to 100"},
		{"search date and all", "GET", "/api/v1/search?q=kurator&all=1&date=2020-01-01", 400, "all", "not both"},
		{"search bad year", "GET", "/api/v1/search?q=kurator&year=twenty", 400, "year", "from 1 to 9999"},
		{"search bad all", "GET", "/api/v1/search?q=kurator&all=maybe", 400, "all", "want true or false"},
		{"search unknown act", "GET", "/api/v1/search?q=kurator&act=du-1999-1", 404, "act", `No act "du-1999-1"`},
		{"search query too long", "GET", "/api/v1/search?q=" + strings.Repeat("a", maxQuery+1), 400, "q", "at most 500"},
		{"no such route", "GET", "/api/v1/statutes", 404, "", "/openapi.json lists the routes"},
		{"wrong method", "POST", "/api/v1/acts", 405, "", "use GET or HEAD"},
		{"wrong method on a unit", "DELETE", act + "/text", 405, "", "DELETE is not answered here"},
		{"URI too long", "GET", "/api/v1/search?q=" + strings.Repeat("a", maxURI), 414, "", "at most 4096"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(h, tt.method, tt.target)
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d; body %s", w.Code, tt.status, w.Body)
			}
			checkSpec(t, tt.method, tt.target, w)
			p := decodeProblem(t, w)
			if paramOf(p) != tt.param {
				t.Errorf("param %q, want %q", paramOf(p), tt.param)
			}
			if !strings.Contains(p.Detail, tt.detail) {
				t.Errorf("detail %q lacks %q", p.Detail, tt.detail)
			}
			if !strings.HasPrefix(p.Type, problemTypeBase) || p.Title == "" {
				t.Errorf("type %q, title %q", p.Type, p.Title)
			}
			if tt.status == http.StatusMethodNotAllowed && w.Header().Get("Allow") == "" {
				t.Error("405 without Allow")
			}
		})
	}
}

func TestNotInForceNearest(t *testing.T) {
	h := newTestServer(t).Handler()
	tests := []struct {
		target        string
		before, after string // the nearest versions' from dates; "" for none
	}{
		{"/api/v1/acts/du-2017-1399/text?date=2010-01-01&unit=par3.ust1", "", "2017-07-24"},
		{"/api/v1/acts/du-2000-1/text?date=2001-01-01&unit=par1", "2000-01-01", ""},
		{"/api/v1/acts/du-2000-1/text?date=1999-01-01", "", "2000-01-01"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			w := get(h, tt.target)
			p := decodeProblem(t, w)
			if w.Code != http.StatusNotFound || p.Nearest == nil {
				t.Fatalf("status %d, nearest %v; body %s", w.Code, p.Nearest, w.Body)
			}
			if got := from(p.Nearest.Before); got != tt.before {
				t.Errorf("before %q, want %q", got, tt.before)
			}
			if got := from(p.Nearest.After); got != tt.after {
				t.Errorf("after %q, want %q", got, tt.after)
			}
		})
	}
}

func TestDiffFormats(t *testing.T) {
	h := newTestServer(t).Handler()
	const target = "/api/v1/acts/du-2017-1399/diff?from=2019-08-31&to=2019-09-01&unit=par3.ust1.pkt8&format="
	tests := []struct {
		format, contentType, want string
	}{
		{"html", "text/html; charset=utf-8", "<del>art. 50 ust. 3–7</del><ins>art. 50 ust. 3 i 4–7</ins>"},
		{"text", "text/plain; charset=utf-8", "[-art. 50 ust. 3–7-]{+art. 50 ust. 3 i 4–7+}"},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			w := get(h, target+tt.format)
			if w.Code != http.StatusOK || w.Header().Get("Content-Type") != tt.contentType {
				t.Fatalf("status %d, Content-Type %q; body %s", w.Code, w.Header().Get("Content-Type"), w.Body)
			}
			checkSpec(t, "GET", target+tt.format, w)
			if !strings.Contains(w.Body.String(), tt.want) {
				t.Errorf("body lacks %q:\n%s", tt.want, w.Body)
			}
		})
	}
}

// TestChangesRenumberingAndLapse checks what /changes says of a list whose
// first point was deleted and the rest renumbered (§ 1), and of a point
// left out of a consolidated text (§ 2).
func TestChangesRenumberingAndLapse(t *testing.T) {
	c := renumberingCorpus(t)
	s, err := New(Config{Corpus: c, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	target := "/api/v1/acts/du-2001-2/changes?from=2001-06-01&to=2002-06-01"
	w := get(s.Handler(), target)
	if w.Code != 200 {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	checkSpec(t, "GET", target, w)
	for _, want := range []string{
		`{"unit":"par1.pkt1","citation":"§ 1 pkt 1","kind":"moved","movedFrom":"par1.pkt2","replaced":true}`,
		`{"unit":"par2.pkt2","citation":"§ 2 pkt 2","kind":"lapsed","status":"omitted"}`,
	} {
		if !strings.Contains(w.Body.String(), want) {
			t.Errorf("changes lack %s:\n%s", want, w.Body)
		}
	}
}

// renumberingCorpus is an act whose § 1 lost its pkt 1, the rest
// renumbered, and whose § 2 pkt 2 was left out of a consolidated text, on
// 2002-01-01.
func renumberingCorpus(t *testing.T) *corpus.Corpus {
	t.Helper()
	v := func(rng, text string) *corpus.Version { return corpustest.Version(t, rng, text) }
	return corpustest.Corpus(t, corpustest.Act(t, corpus.ActInfo{ID: "du-2001-2", Title: "Próbne"},
		v("2001-01-01 2001-12-31", "§ 1. Wniosek zawiera:\n1) imię;\n2) nazwisko;\n3) adres;\n4) telefon.\n"),
		v("2002-01-01 2002-12-31", "§ 1. Wniosek zawiera:\n1) nazwisko;\n2) adres;\n3) telefon.\n"),
		v("2001-01-01 2001-12-31", "§ 2. Opłata wynosi:\n1) 10 zł;\n2) 20 zł.\n"),
		v("2002-01-01 2002-12-31", "§ 2. Opłata wynosi:\n1) 10 zł;\n2) (pominięty)\n"),
	))
}

// TestActsCitedByConsolidatedText reads the embedded corpus's acts as the
// API lists and gives them: an act known only from consolidated texts is
// cited by the newest ("consolidated"); an act published as such keeps
// its "ref" and has none.
func TestActsCitedByConsolidatedText(t *testing.T) {
	h := newPageServer(t, nil, nil) // the embedded corpus
	for target, want := range map[string][]string{
		"/api/v1/acts": {`"ref":"Dz. U. z 2017 r. poz. 1399","aliases"`, `"consolidated":"Dz. U. z 2025 r. poz. 299"`, `"consolidated":"Dz. U. z 2026 r. poz. 936"`},
		"/api/v1/acts/" + url.PathEscape("Dz. U. z 2024 r. poz. 155"): {`"consolidated":"Dz. U. z 2025 r. poz. 299"`},
	} {
		w := get(h, target)
		if w.Code != http.StatusOK {
			t.Fatalf("%s: %d %s", target, w.Code, w.Body)
		}
		checkSpec(t, "GET", target, w)
		for _, want := range want {
			if !strings.Contains(w.Body.String(), want) {
				t.Errorf("%s lacks %s", target, want)
			}
		}
	}
}

// TestTextGroups reads the statute on lobbying as the API gives its text:
// each answer names the chapter its article stands in, as the act page
// heads it, for a unit below the article too; the sample regulation,
// without chapters, has no groups.
func TestTextGroups(t *testing.T) {
	s := newEmbeddedServer(t)
	const chapter2 = "Rozdział 2 Zasady jawności działalności lobbingowej w procesie stanowienia prawa"
	var whole corpus.TextAnswer
	target := "/api/v1/acts/" + realAct + "/text?date=2026-07-08"
	getJSON(t, s, target, &whole)
	var chapters []string
	for _, u := range whole.Units {
		if len(u.Groups) != 1 {
			t.Fatalf("%s: %s stands in %q, want one chapter", target, u.Unit.ID, u.Groups)
		}
		if !slices.Contains(chapters, u.Groups[0]) {
			chapters = append(chapters, u.Groups[0])
		}
		if u.Unit.ID == "art3" && u.Groups[0] != chapter2 {
			t.Errorf("%s: art. 3 stands in %q, want %q", target, u.Groups, chapter2)
		}
	}
	if len(chapters) != 7 {
		t.Errorf("%s: %d chapters, want 7: %q", target, len(chapters), chapters)
	}
	var unit corpus.TextAnswer
	getJSON(t, s, "/api/v1/acts/"+realAct+"/text?date=2026-07-08&unit=art7.ust1", &unit)
	if unit.Answer == nil || !slices.Equal(unit.Groups, []string{chapter2}) {
		t.Errorf("art. 7 ust. 1: answer %+v, want groups %q", unit.Answer, chapter2)
	}
	target = "/api/v1/acts/du-2017-1399/text?date=2020-12-07"
	if w := get(s.Handler(), target); strings.Contains(w.Body.String(), `"groups"`) {
		t.Errorf("%s: groups in an act without chapters: %s", target, w.Body)
	}
}

// TestTextGroupFootnotes: a footnote on a chapter's heading comes with
// the chapter in the text of every article under it, not among the
// article's own footnotes: "Rozdział 2a[^1]" of the statute on lobbying
// (DU-2025-677.md:366), and the title of Rozdział 3 of the act on Sunday
// trading, whose note names its act by footnote 1 (DU-2025-301.md:272).
func TestTextGroupFootnotes(t *testing.T) {
	s := newEmbeddedServer(t)
	const sunday = "ustawa-2018-01-10-o-ograniczeniu-handlu-w-niedziele-i-swieta-oraz-w-niektore-inne-dni"
	tests := []struct {
		act, unit, label, body, inForce string
	}{
		{realAct, "art. 8", "1", "Oznaczenie i tytuł rozdziału dodane przez art. 1 pkt 1 ustawy z dnia 25 września 2024 r. o zmianie ustawy o działalności lobbingowej w procesie stanowienia prawa (Dz. U. poz. 1535), która weszła w życie z dniem 31 października 2024 r.", "2024-10-31"},
		{realAct, "art. 9 ust. 1", "1", "Oznaczenie i tytuł rozdziału dodane przez art. 1 pkt 1", "2024-10-31"},
		{sunday, "art. 8", "6", "Tytuł rozdziału ze zmianą wprowadzoną przez art. 4 pkt 4 ustawy, o której mowa w odnośniku 1.", "2025-02-01"},
	}
	for _, tt := range tests {
		var ans corpus.TextAnswer
		target := "/api/v1/acts/" + tt.act + "/text?date=2025-06-01&unit=" + url.QueryEscape(tt.unit)
		getJSON(t, s, target, &ans)
		if ans.Answer == nil || len(ans.Groups) != 1 || len(ans.GroupFootnotes) != 1 {
			t.Fatalf("%s: want one grouping, with footnotes, got %+v", target, ans.Answer)
		}
		g := ans.GroupFootnotes[0]
		if g.Heading != ans.Groups[0] {
			t.Errorf("%s: the footnotes are of %q, want of %q", target, g.Heading, ans.Groups[0])
		}
		if len(g.Footnotes) != 1 {
			t.Fatalf("%s: %q has footnotes %+v, want one", target, g.Heading, g.Footnotes)
		}
		f := g.Footnotes[0]
		if f.Label != tt.label || !strings.HasPrefix(f.Body, tt.body) || f.Amendment == nil || f.Amendment.InForce.String() != tt.inForce {
			t.Errorf("%s: the footnote of %q is %+v, want [%s] %q…, in force %s", target, g.Heading, f, tt.label, tt.body, tt.inForce)
		}
		for _, own := range ans.Footnotes {
			if own.Label == tt.label && own.Body == f.Body {
				t.Errorf("%s: the heading's footnote is among the unit's own", target)
			}
		}
	}
}

// newEmbeddedServer returns a server over the embedded corpus, without a
// search index.
func newEmbeddedServer(t *testing.T) *Server {
	t.Helper()
	c, err := embedded.Load()
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{Corpus: c, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// getJSON gets target, checks the answer is a 200 that fits the OpenAPI
// document, and decodes it into v.
func getJSON(t *testing.T, s *Server, target string, v any) {
	t.Helper()
	w := get(s.Handler(), target)
	if w.Code != http.StatusOK {
		t.Fatalf("%s: %d %s", target, w.Code, w.Body)
	}
	checkSpec(t, "GET", target, w)
	if err := json.Unmarshal(w.Body.Bytes(), v); err != nil {
		t.Fatalf("%s: %v", target, err)
	}
}

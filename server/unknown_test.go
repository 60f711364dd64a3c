package server

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// TestWordingUnknownAnswers asks of the embedded real acts what the
// corpus cannot know: a unit's wording before the consolidated text that
// gives it is a 404 of its own kind (wording-unknown), not "not in
// force"; the whole act's text lists the units it lacks for that; and a
// comparison from before such a text lists them as not compared instead
// of calling them added, in the API and on the compare page.
func TestWordingUnknownAnswers(t *testing.T) {
	h := newPageServer(t, nil, nil) // the embedded corpus
	kssip, sunday := url.PathEscape("DU/2026/594"), url.PathEscape("DU/2025/301")
	for _, tt := range []struct {
		target string
		status int
		want   []string
		not    string
	}{
		{"/api/v1/acts/" + kssip + "/text?date=2025-09-01&unit=par1", http.StatusNotFound,
			[]string{`"type":"urn:lexdiff:problem:wording-unknown"`, "does not know what § 1", `"after":{"from":"2025-10-30"`}, ""},
		{"/api/v1/acts/" + kssip + "/text?date=2025-09-01", http.StatusOK,
			[]string{`"unknown":[{"unit":"wstep","citation":"wstęp","knownFrom":"2025-10-30"},{"unit":"par1"`}, ""},
		{"/api/v1/acts/" + sunday + "/changes?from=2025-02-01&to=2025-03-06", http.StatusOK,
			[]string{`{"unit":"art2","citation":"art. 2","knownFrom":"2025-03-06"}`}, `"kind":"added"`},
		{"/api/v1/acts/" + sunday + "/diff?from=2025-02-01&to=2025-03-06&unit=art6.ust1", http.StatusOK,
			[]string{`"changes":[],"unknown":[{"unit":"art6"`}, ""},
	} {
		w := get(h, tt.target)
		if w.Code != tt.status {
			t.Errorf("%s: %d, want %d: %s", tt.target, w.Code, tt.status, w.Body)
			continue
		}
		checkSpec(t, "GET", tt.target, w)
		for _, want := range tt.want {
			if !strings.Contains(w.Body.String(), want) {
				t.Errorf("%s lacks %s:\n%.600s", tt.target, want, w.Body)
			}
		}
		if tt.not != "" && strings.Contains(w.Body.String(), tt.not) {
			t.Errorf("%s has %s", tt.target, tt.not)
		}
	}
	res, body := getPage(t, h, "/acts/"+sunday+"/compare?from=2025-02-01&to=2025-03-06")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("compare page: %d", res.StatusCode)
	}
	mustContain(t, body, "Nie porównano: baza nie zna brzmienia tych jednostek z dnia 2025-02-01",
		`<a href="/acts/ustawa-2018-01-10-o-ograniczeniu-handlu-w-niedziele-i-swieta-oraz-w-niektore-inne-dni/history?unit=art2">art. 2 (od 2025-03-06)</a>`)
	if strings.Contains(body, `class="badge added"`) {
		t.Error("the compare page calls a unit of unknown wording added")
	}
	// Before anything of the act is known, the comparison is a 404 that
	// says the wording is unknown, not that nothing was in force.
	res, body = getPage(t, h, "/acts/"+sunday+"/compare?from=2020-01-01&to=2020-02-01")
	if res.StatusCode != http.StatusNotFound {
		t.Fatalf("compare page before the act is known: %d", res.StatusCode)
	}
	mustContain(t, body, "Brzmienie nieznane", "Baza nie zna brzmienia z dnia 2020-01-01.")
	// So is the act's page on that day, which speaks of the act's text.
	res, body = getPage(t, h, "/acts/"+sunday+"?date=2020-01-01")
	if res.StatusCode != http.StatusNotFound {
		t.Fatalf("act page before the act is known: %d", res.StatusCode)
	}
	mustContain(t, body, "Brzmienie nieznane", "Baza ma tekst aktu dopiero od")
	if strings.Contains(body, "tę jednostkę") {
		t.Error("the page about the whole act speaks of a unit")
	}
}

package server

import (
	"html"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// TestActPageAtNotInForce asks the act page for a unit (at) on a day the
// act does not have it: art. 3 ust. 1 of the statute on lobbying is gone
// from its text from 2026-02-27 on, art. 99 it never had, and art. 2's
// wording before the consolidated text of 2025-05-21 is not known. Each
// is a 400 page saying so, linking the act's text on that day without at
// and, for the unit the act has on other days, the last day it was in
// force (which prints it) and its history; a unit in force is printed as
// before. The KSSiP regulation's "załącznik nr 1", numbered so on
// 2026-01-17, links on an earlier day the annex it was then.
func TestActPageAtNotInForce(t *testing.T) {
	h := newPageServerAt(t, nil, nil, realToday)
	act := "/acts/" + realAct
	kssip := "/acts/rozporzadzenie-2017-12-22-stypendium-aplikantow-krajowej-szkoly-sadownictwa-i-prokuratury"
	tests := []struct {
		name, target string
		status       int
		want         []string
	}{
		{"repealed", act + "?date=2026-07-08&at=art3.ust1.pkt1", 400, []string{
			"Jednostka art. 3 ust. 1 pkt 1 nie obowiązuje w dniu 2026-07-08; akt zawiera ją w innych dniach.",
			`href="` + act + `?at=art3.ust1.pkt1&amp;date=2026-02-26#art3.ust1.pkt1">ostatni dzień poprzedniej wersji (2026-02-26)</a>`,
			`href="` + act + `/history?unit=art3.ust1.pkt1">historia jednostki art. 3 ust. 1 pkt 1</a>`,
			`href="` + act + `?date=2026-07-08">tekst aktu w dniu 2026-07-08</a>`}},
		{"repealed, cited, in English", act + "?date=2026-07-08&lang=en&at=" + url.QueryEscape("art. 3 ust. 1"), 400, []string{
			"art. 3 ust. 1 is not in force on 2026-07-08; the act has it on other days.",
			`href="` + act + `?date=2026-07-08&amp;lang=en">the act&#39;s text on 2026-07-08</a>`}},
		{"never", act + "?date=2026-07-08&at=art99", 400, []string{
			"art. 99: Ten akt nie ma takiej jednostki w żadnej wersji.",
			`href="` + act + `?date=2026-07-08">tekst aktu w dniu 2026-07-08</a>`}},
		{"never in the sample", "/acts/du-2017-1399?at=par99", 400, []string{"§ 99: Ten akt nie ma takiej jednostki w żadnej wersji."}},
		{"before its first known wording", act + "?date=2025-05-01&at=art2", 400, []string{
			"Baza nie zna brzmienia jednostki art. 2 z dnia 2025-05-01: ma ją dopiero od 2025-05-21."}},
		{"in force", act + "?date=2026-02-26&at=art3.ust1.pkt1", 200, []string{`id="art3.ust1.pkt1"`}},
		{"numbered later", kssip + "?date=2025-12-01&at=zal1", 400, []string{
			`href="` + kssip + `?at=zal&amp;date=2025-12-01#zal">ta jednostka przed nadaniem jej numeru: załącznik, 2025-12-01</a>`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, body := getPage(t, h, tt.target)
			if res.StatusCode != tt.status {
				t.Fatalf("status %d, want %d", res.StatusCode, tt.status)
			}
			mustContain(t, body, tt.want...)
		})
	}
	// The link to the last day the unit was in force shows it.
	_, body := getPage(t, h, act+"?date=2026-07-08&at=art3.ust1.pkt1")
	m := regexp.MustCompile(`href="([^"]*)#art3\.ust1\.pkt1"`).FindStringSubmatch(body)
	if m == nil {
		t.Fatal("the page links no day with art. 3 ust. 1 pkt 1")
	}
	res, body := getPage(t, h, html.UnescapeString(m[1]))
	if res.StatusCode != 200 || !strings.Contains(body, `id="art3.ust1.pkt1"`) {
		t.Errorf("%s: status %d, the unit printed: %v", m[1], res.StatusCode, strings.Contains(body, `id="art3.ust1.pkt1"`))
	}
}

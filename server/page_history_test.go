package server

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/corpustest"
)

// TestHistoryPageRedline reads the wordings of § 3 ust. 1 of the sample:
// newest first, each marked up against the one before in the act page's
// layout, with its class and the amendment that made it, the wording of
// 2019-09-01 leaving out the points it did not change, the oldest in full.
func TestHistoryPageRedline(t *testing.T) {
	h := newPageServer(t, nil, nil)
	_, body := getPage(t, h, "/acts/du-2017-1399/history?unit=par3.ust1")
	if n := strings.Count(body, `<a class="change-mark`); n != 3 {
		t.Errorf("the unit's timeline has %d marks, want one per wording, 3", n)
	}
	mustContain(t, body, `<a class="change-mark" href="/acts/du-2017-1399/compare?from=2019-08-31&amp;to=2019-09-01&amp;unit=par3.ust1"`,
		`<a class="change-mark chosen" href="/acts/du-2017-1399/compare?from=2020-12-06&amp;to=2020-12-07&amp;unit=par3.ust1"`)
	entries := strings.Split(fromFirst(body, `<ol class="entries">`), `<li class="entry`)[1:]
	if len(entries) != 3 {
		t.Fatalf("%d wordings, want 3", len(entries))
	}
	newest, middle, oldest := entries[0], entries[1], entries[2]
	mustContain(t, newest, "<time>2020-12-07</time> –", `<span class="badge reference">zmiana odesłania publikacyjnego</span>`, `<del>Dz. U. z 2017 r. poz. 1189</del> <ins>Dz. U. z 2019 r. poz. 2215</ins>`,
		`<div class="unit unit-pkt">`, `<span class="marker">a)</span> szkoła publiczna albo niepubliczna,`)
	mustContain(t, middle, "<time>2019-09-01</time> – <time>2020-12-06</time>", "pkt 1–7: bez zmian", `<span class="badge wording">zmiana treści</span>`,
		`<p class="attribution meta">Zmiana: <span lang="pl">§ 1 pkt 1 lit. a) rozporządzenia Ministra Edukacji Narodowej z dnia 7 sierpnia 2019 r.`,
		"<del>art. 50 ust. 3–7</del> <ins>art. 50 ust. 3 i 4–7</ins>", "Pominięto jednostki")
	if strings.Contains(middle, "szkoła publiczna") {
		t.Error("the wording of 2019-09-01 repeats the points it did not change")
	}
	mustContain(t, oldest, "pierwsze znane brzmienie", "szkoła publiczna albo niepubliczna")
	if strings.Contains(oldest, "<del>") || strings.Contains(body, `id="par3.ust1.pkt1"`) {
		t.Error("the oldest wording is marked up, or a unit's id repeats on the page")
	}
}

// TestHistoryPageRemovedAndAdded reads a list that lost its pkt 2 and
// gained a pkt 1a: the new point is inserted where it stands, the removed
// one struck where it stood.
func TestHistoryPageRemovedAndAdded(t *testing.T) {
	h := listChanged(t, "1) imię;\n2) nazwisko;\n3) adres;\n4) podpis.", "1) imię;\n1a) drugie imię;\n3) adres;\n4) podpis.")
	_, body := getPage(t, h, "/acts/test-1/history?unit=par1")
	newest := strings.Split(fromFirst(body, `<ol class="entries">`), `<li class="entry`)[1]
	i, j, k := strings.Index(newest, "imię;"), strings.Index(newest, "<ins>drugie imię;</ins>"), strings.Index(newest, "<del>nazwisko;</del>")
	if i < 0 || j < i || k < j || k > strings.Index(newest, "adres") {
		t.Errorf("want pkt 1, the inserted pkt 1a, the struck pkt 2, then pkt 3 in order:\n%s", newest)
	}
	mustContain(t, newest, `class="unit unit-pkt change-removed"`, `class="unit unit-pkt change-added"`)
}

// TestHistoryPageMatrixRepeal reads the fields matrix of a list whose
// pkt 2 was repealed: the cell says "uchylony" (not "treść") and links the
// comparison of that day, the unchanged cells are muted dots without
// links, and the legend explains each kind of cell the matrix shows and
// no other.
func TestHistoryPageMatrixRepeal(t *testing.T) {
	h := listChanged(t, "1) imię;\n2) nazwisko;\n3) adres.", "1) imię;\n2) (uchylony);\n3) adres.")
	_, body := getPage(t, h, "/acts/test-1/history?unit=par1")
	row := func(id string) string {
		r := fromFirst(body, `<tr id="row-`+id+`">`)
		if r == "" {
			t.Fatalf("the matrix has no row of %s", id)
		}
		return r[:strings.Index(r, "</tr>")]
	}
	mustContain(t, row("par1.pkt2"), `<td class="repealed"><a href="/acts/test-1/compare?from=2020-12-31&amp;to=2021-01-01&amp;unit=par1.pkt2">uchylony</a></td>`)
	mustContain(t, row("par1.pkt1"), `<td class="unchanged"><span aria-hidden="true">·</span><span class="visually-hidden">bez zmian</span></td>`)
	legend := fromFirst(body, `<dl class="legend"`)
	legend = legend[:strings.Index(legend, "</dl>")]
	for _, want := range []string{"jednostka obowiązuje", "bez zmian względem poprzedniego brzmienia", "jednostka uchylona"} {
		if !strings.Contains(legend, want) {
			t.Errorf("the legend lacks %q:\n%s", want, legend)
		}
	}
	if strings.Contains(legend, "zmiana treści") {
		t.Errorf("the legend explains a change of wording the matrix does not show:\n%s", legend)
	}
	_, en := getPage(t, h, "/acts/test-1/history?unit=par1&lang=en")
	mustContain(t, en, `unit=par1.pkt2">repealed</a></td>`, "the unit was repealed")
}

// listChanged serves act test-1, whose § 1 "Wniosek zawiera:" lists the
// points before in 2020 and those after from 2021-01-01.
func listChanged(t *testing.T, before, after string) http.Handler {
	t.Helper()
	a := corpustest.Act(t, corpus.ActInfo{ID: "test-1", Title: "Test"},
		corpustest.Version(t, "2020-01-01 2020-12-31", "§ 1. Wniosek zawiera:\n"+before),
		corpustest.Version(t, "2021-01-01", "§ 1. Wniosek zawiera:\n"+after))
	return newPageServer(t, corpustest.Corpus(t, a), nil)
}

// TestHistoryPastRenumbering reads the history of "załącznik nr 1" of the
// KSSiP regulation, a number an amendment gave its annex on 2026-01-17:
// the page lists the annex's wordings before that day as "załącznik",
// linked under that unit, and its first wording as "załącznik nr 1" is
// the annex moved, compared with the one before it by the new number; the
// API's history answer says the same and fits the OpenAPI document, and
// its text of the annex by the new number on an earlier day is a 404 that
// names the unit it was.
func TestHistoryPastRenumbering(t *testing.T) {
	act := url.PathEscape("DU/2026/594")
	_, body := getPage(t, newPageServer(t, nil, nil), "/acts/"+act+"/history?unit=zal1")
	entries := strings.Split(fromFirst(body, `<ol class="entries">`), `<li class="entry`)[1:]
	if len(entries) < 2 {
		t.Fatalf("%d wordings, want those before and after the renumbering", len(entries))
	}
	renumbered, before := entries[len(entries)-2], entries[len(entries)-1]
	mustContain(t, before, `<span class="meta">jako załącznik</span>`, `?date=2024-07-01#zal"`)
	mustContain(t, renumbered, "<time>2026-01-17</time>", `to=2026-01-17&amp;unit=zal1"`, `<span class="badge wording">zmiana treści</span>`)
	if strings.Contains(renumbered, "jako załącznik") {
		t.Error("the wording as załącznik nr 1 says it was załącznik")
	}

	s := newEmbeddedServer(t)
	var h struct {
		Entries []struct{ Unit, Citation string }
	}
	getJSON(t, s, "/api/v1/acts/"+act+"/history?unit=zal1", &h)
	if len(h.Entries) < 2 || h.Entries[0].Unit != "zal" || h.Entries[0].Citation != "załącznik" || h.Entries[len(h.Entries)-1].Unit != "" {
		t.Errorf("entries %+v: want the first as zal (załącznik), the last with no unit of its own", h.Entries)
	}
	target := "/api/v1/acts/" + act + "/text?date=2025-12-01&unit=zal1"
	w := get(s.Handler(), target)
	checkSpec(t, "GET", target, w)
	if w.Code != 404 || !strings.Contains(w.Body.String(), `"was":"zal"`) {
		t.Errorf("%s: %d %s, want a 404 naming the unit it was, zal", target, w.Code, w.Body)
	}
	var d struct {
		Changes []struct{ Unit, Kind, MovedFrom string }
	}
	getJSON(t, s, "/api/v1/acts/"+act+"/diff?from=2026-01-16&to=2026-01-17&unit=zal1", &d)
	if len(d.Changes) == 0 || d.Changes[0].Unit != "zal1" || d.Changes[0].Kind != "moved" || d.Changes[0].MovedFrom != "zal" {
		t.Errorf("changes %+v: want załącznik nr 1 moved from zal", d.Changes)
	}
}

// TestHistoryPageFootnotes reads the history of § 2 of the KSSiP
// regulation, whose two wordings each carry a footnote [1] (the newer,
// computed from the amending act of 2026-01-17, keeps the note of § 2
// ust. 1, which that act did not change, on its first day: the notes of
// the next consolidated text come with it on 2026-04-23), and of art. 5
// of the statute on lobbying, given its wording by an amendment in 2026:
// each wording prints the bodies of its own footnotes beside its units, in
// Polish on the English page too, each marker linking its note and back,
// no id twice on the page.
func TestHistoryPageFootnotes(t *testing.T) {
	h := newPageServerAt(t, nil, nil, realToday)
	kssip := "/acts/" + url.PathEscape("DU/2026/594") + "/history?unit=par2"
	for _, target := range []string{kssip, kssip + "&lang=en"} {
		_, body := getPage(t, h, target)
		checkAnchors(t, target, body)
		entries := historyEntries(t, body, 2)
		newest, oldest := entries[0], entries[1]
		mustContain(t, newest, `<p class="note amendment" id="fn-2026-01-17-par2.ust1-1">`, "(Dz. U. poz. 1115)",
			`<sup class="ref"><a href="#fn-2026-01-17-par2.ust1-1" id="ref-fn-2026-01-17-par2.ust1-1">[1]</a></sup>Wysokość`)
		mustContain(t, oldest, `<p class="note amendment" id="fn-2025-08-14-par2.ust1-1">`, "(Dz. U. poz. 1115)",
			`<sup class="ref"><a href="#fn-2025-08-14-par2.ust1-1" id="ref-fn-2025-08-14-par2.ust1-1">[1]</a></sup>Wysokość`)
		if strings.Contains(newest, "(Dz. U. poz. 53)") || strings.Contains(oldest, "poz. 53)") {
			t.Errorf("%s: a wording prints a footnote not yet in force on its first day", target)
		}
		for _, e := range entries {
			checkNotesLinked(t, e)
		}
	}

	lobbying := "/acts/" + realAct + "/history?unit=art5"
	_, body := getPage(t, h, lobbying)
	checkAnchors(t, lobbying, body)
	entries := historyEntries(t, body, 2)
	mustContain(t, entries[0], `<aside class="notes"><p class="note amendment" id="fn-2026-02-27-art5-2">`,
		"W brzmieniu ustalonym przez art. 6 pkt 2 ustawy, o której mowa w odnośniku 1.",
		`id="ref-fn-2026-02-27-art5-2">[2]</a></sup>Projekty<del> założeń projektów ustaw, projekty</del> ustaw`)
	checkNotesLinked(t, entries[0])
	if strings.Contains(entries[1], `class="notes"`) {
		t.Error("the wording of 2025, which has no footnotes, prints some")
	}
}

// historyEntries returns the wording entries of a history page, failing
// unless there are n.
func historyEntries(t *testing.T, body string, n int) []string {
	t.Helper()
	entries := strings.Split(fromFirst(body, `<ol class="entries">`), `<li class="entry`)[1:]
	if len(entries) != n {
		t.Fatalf("%d wordings, want %d", len(entries), n)
	}
	return entries
}

var noteIDAttr = regexp.MustCompile(`<p class="note[^"]*" id="([^"]*)">`)

// checkNotesLinked fails unless each note printed in part links a marker
// in it, which links the note back.
func checkNotesLinked(t *testing.T, part string) {
	t.Helper()
	for _, m := range noteIDAttr.FindAllStringSubmatch(part, -1) {
		id := m[1]
		mustContain(t, part, `<a class="note-label" href="#ref-`+id+`">`, `<a href="#`+id+`" id="ref-`+id+`">`)
	}
}

// TestHistoryPageFootnoteLabelsRepeat reads a § whose two wordings each
// have a footnote [1] of its own: each note's anchor is qualified by the
// first day of its wording, so that no id repeats on the page.
func TestHistoryPageFootnoteLabelsRepeat(t *testing.T) {
	a := corpustest.Act(t, corpus.ActInfo{ID: "test-1", Title: "Test"},
		corpustest.Version(t, "2020-01-01 2020-12-31", "§ 1. [1] Opłata wynosi 10 zł.\n\n[1] W brzmieniu ustalonym przez § 1 rozporządzenia A."),
		corpustest.Version(t, "2021-01-01", "§ 1. [1] Opłata wynosi 20 zł.\n\n[1] W brzmieniu ustalonym przez § 1 rozporządzenia B."))
	const target = "/acts/test-1/history?unit=par1"
	_, body := getPage(t, newPageServer(t, corpustest.Corpus(t, a), nil), target)
	checkAnchors(t, target, body)
	entries := historyEntries(t, body, 2)
	mustContain(t, entries[0], `id="fn-2021-01-01-par1-1"`, "rozporządzenia B.")
	mustContain(t, entries[1], `id="fn-2020-01-01-par1-1"`, "rozporządzenia A.")
	for _, e := range entries {
		checkNotesLinked(t, e)
	}
}

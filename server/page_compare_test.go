package server

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/corpustest"
)

// TestComparePage compares the two consolidated texts of the 40-article
// statute: the count, a list of the changed units linking their redlines
// at the top, the permanent address for print, and headings in order.
func TestComparePage(t *testing.T) {
	h := newPageServer(t, statute40(t), nil)
	res, body := getPage(t, h, "/acts/du-2010-40/compare?from=2023-08-31&to=2023-09-01")
	if res.StatusCode != 200 {
		t.Fatalf("status %d", res.StatusCode)
	}
	mustContain(t, body, `Zmiany: <span data-shown-count>7</span>`, `<nav class="change-index"`,
		`<a href="#change-art3.ust1" lang="pl">art. 3 ust. 1</a>`, `<a href="#change-art21.ust1" lang="pl">art. 21 ust. 1</a>`, `id="change-art21.ust1"`,
		`<p class="print-only">Stały link: http://example.com/acts/du-2010-40/compare?from=2023-08-31&amp;to=2023-09-01</p>`)
	if strings.Contains(body, "<h4") && !strings.Contains(body, "<h3") || strings.Index(body, "<h3") < strings.Index(body, "<h2") {
		t.Error("the headings skip a level: an h3 comes before the first h2")
	}
}

// TestCompareRedline reads the redline of changed numbers and citations:
// they change whole ("20 000" to "25 000", "art. 18 ust. 1" to "art. 19
// ust. 1"), and a struck word and the word inserted for it stay apart.
func TestCompareRedline(t *testing.T) {
	v := func(rng, text string) *corpus.Version { return corpustest.Version(t, rng, text) }
	a := corpustest.Act(t, corpus.ActInfo{ID: "test-2", Title: "Test"},
		v("2020-01-01 2020-12-31", "Art. 1. Kara wynosi 20 000 zł, o której mowa w art. 18 ust. 1."),
		v("2021-01-01", "Art. 1. Kara wynosi 25 000 zł, o której mowa w art. 19 ust. 1."),
		v("2021-01-01", "Art. 2. Przepis dodany."))
	h := newPageServer(t, corpustest.Corpus(t, a), nil)
	_, body := getPage(t, h, "/acts/test-2/compare?from=2020-12-31&to=2021-01-01")
	mustContain(t, body, "<del>20 000</del> <ins>25 000</ins>", "<del>art. 18 ust. 1</del> <ins>art. 19 ust. 1</ins>")
	if !strings.Contains(body, "<del>20"+nbsp+"000</del>") {
		t.Error("the number 20 000 may break across lines")
	}
	_, side := getPage(t, h, "/acts/test-2/compare?from=2020-12-31&to=2021-01-01&view=side")
	added := fromFirst(side, `id="change-art2"`)
	added = added[:strings.Index(added, "</li>")]
	if strings.Contains(added, "Brzmienie z 2020-12-31") || !strings.Contains(added, `class="side-by-side one-side"`) {
		t.Errorf("the added art. 2 shows an old column:\n%s", added)
	}
	w := get(h, "/api/v1/acts/test-2/diff?from=2020-12-31&to=2021-01-01&unit=art1")
	mustContain(t, w.Body.String(), `{"op":"delete","text":"20 000"},{"op":"insert","text":"25 000"}`,
		`{"op":"delete","text":"art. 18 ust. 1"},{"op":"insert","text":"art. 19 ust. 1"}`)
}

// TestComparePresetsAnswer: the links to the change before and after a
// comparison of one unit lead to comparisons that answer: art. 3 of the
// lobbying act is known only from 2025-05-21, and its "previous change"
// led to 2024-10-31, "wording unknown" (found by a review).
func TestComparePresetsAnswer(t *testing.T) {
	h := newTestServer(t).Handler()
	for _, target := range []string{"/acts/" + realAct + "/compare?from=2026-02-26&to=2026-02-27&unit=art3", "/acts/" + realAct + "/compare?from=2025-05-20&to=2025-05-21&unit=art3"} {
		res, body := getPage(t, h, target)
		if res.StatusCode != 200 {
			t.Fatalf("%s: status %d", target, res.StatusCode)
		}
		for _, rel := range []string{"prev", "next"} {
			m := regexp.MustCompile(`<a href="([^"]+)" rel="` + rel + `">`).FindStringSubmatch(body)
			if m == nil {
				continue
			}
			link := html.UnescapeString(m[1])
			if res, _ := getPage(t, h, link); res.StatusCode != 200 {
				t.Errorf("%s: the %s link %s answers %d", target, rel, link, res.StatusCode)
			}
		}
	}
}

// TestCompareGroupingTitle: a chapter's new title shows on the compare
// page and in the API's diff of the article under it, whose words did
// not change.
func TestCompareGroupingTitle(t *testing.T) {
	v := func(rng, text string) *corpus.Version { return corpustest.Version(t, rng, text) }
	a := corpustest.Act(t, corpus.ActInfo{ID: "test-3", Title: "Test"},
		v("2020-01-01 2020-12-31", "Rozdział 4\nPrzepisy karne\nArt. 10. Kto narusza zakaz, podlega karze grzywny."),
		v("2021-01-01", "Rozdział 4\nPrzepisy karne i kontrola\nArt. 10. Kto narusza zakaz, podlega karze grzywny."))
	h := newPageServer(t, corpustest.Corpus(t, a), nil)
	_, body := getPage(t, h, "/acts/test-3/compare?from=2020-12-31&to=2021-01-01")
	mustContain(t, body, `Nagłówek nad przepisem: <del lang="pl">Rozdział 4 Przepisy karne</del> <ins lang="pl">Rozdział 4 Przepisy karne i kontrola</ins>`)
	w := get(h, "/api/v1/acts/test-3/diff?from=2020-12-31&to=2021-01-01")
	mustContain(t, w.Body.String(), `"kind":"annotated"`, `"groups":{"old":["Rozdział 4 Przepisy karne"],"new":["Rozdział 4 Przepisy karne i kontrola"]}`)
}

package server

import (
	"strings"
	"testing"
)

// TestActPageGroupFootnotes: the act page prints a footnote marked in a
// chapter's heading as it prints a unit's: the marker in the heading,
// linked both ways with the note beside it. "Rozdział 2a[^1]" of the
// statute on lobbying (DU-2025-677.md:366), and the title of Rozdział 3 of
// the act on Sunday trading, whose note names its act by footnote 1
// (DU-2025-301.md:272); the headings without notes print as before.
func TestActPageGroupFootnotes(t *testing.T) {
	h := newPageServer(t, nil, nil)
	const sunday = "ustawa-2018-01-10-o-ograniczeniu-handlu-w-niedziele-i-swieta-oraz-w-niektore-inne-dni"
	tests := []struct {
		act  string
		want []string
	}{
		{realAct, []string{
			`<aside class="notes"><p class="note amendment" id="fn-art8-group1-1"><a class="note-label" href="#ref-fn-art8-group1-1">[1]</a> Oznaczenie i tytuł rozdziału dodane przez art. 1 pkt 1 ustawy z dnia 25 września 2024 r.`,
			`<h2 class="group">Rozdział 2a<sup class="ref"><a href="#fn-art8-group1-1" id="ref-fn-art8-group1-1">[1]</a></sup> Wysłuchanie publiczne oraz konsultacje społeczne</h2>`,
			`<h2 class="group">Rozdział 2 Zasady jawności działalności lobbingowej w procesie stanowienia prawa</h2>`,
		}},
		{sunday, []string{
			`<p class="note amendment" id="fn-art8-group1-6"><a class="note-label" href="#ref-fn-art8-group1-6">[6]</a> Tytuł rozdziału ze zmianą wprowadzoną przez art. 4 pkt 4 ustawy, o której mowa w odnośniku 1. <span class="note-refers">`,
			`w sobotę bezpośrednio poprzedzającą pierwszy dzień Wielkiej Nocy<sup class="ref"><a href="#fn-art8-group1-6" id="ref-fn-art8-group1-6">[6]</a></sup></h2>`,
		}},
	}
	for _, tt := range tests {
		target := "/acts/" + tt.act + "?date=2025-06-01"
		res, body := getPage(t, h, target)
		if res.StatusCode != 200 {
			t.Fatalf("%s: status %d", target, res.StatusCode)
		}
		mustContain(t, body, tt.want...)
		if n := strings.Count(body, `<h2 class="group">Rozdział 2a`); tt.act == realAct && n != 1 {
			t.Errorf("%s: chapter 2a headed %d times, want once", target, n)
		}
	}
}

package server

import (
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"
	"time"

	"lexdiff/corpus"
	"lexdiff/corpus/corpustest"
)

// statute40 is the act the issue tried the pages on: a statute of 40
// articles imported as two consolidated texts, of 2022-03-01 and
// 2023-09-01, the second changing 7 articles (art. 3, 6, 9 … 21) and
// leaving 33 as they were; and a change of art. 5 still to come on
// 2024-07-01 (the pages' today is 2024-03-15).
func statute40(t testing.TB) *corpus.Corpus {
	t.Helper()
	const first, second, pending = "2022-03-01", "2023-09-01", "2024-07-01"
	var vs []*corpus.Version
	changed := func(i int) bool { return i%3 == 0 && i <= 21 }
	art := func(rng, source string, i int, text string) *corpus.Version {
		v := corpustest.Version(t, rng, fmt.Sprintf("Art. %d. 1. %s\n2. Kara wynosi 20 000 zł, o której mowa w art. 18 ust. 1.", i, text))
		v.Source = source
		return v
	}
	for i := 1; i <= 40; i++ {
		text := fmt.Sprintf("Przepis %d w brzmieniu pierwotnym.", i)
		second2 := text
		if changed(i) {
			second2 = fmt.Sprintf("Przepis %d w brzmieniu zmienionym.", i)
		}
		vs = append(vs, art(first+" 2023-08-31", "Dz. U. z 2022 r. poz. 100 (tekst jednolity)", i, text))
		if i == 5 {
			vs = append(vs, art(second+" 2024-06-30", "Dz. U. z 2023 r. poz. 900 (tekst jednolity)", i, second2),
				art(pending, "Dz. U. z 2024 r. poz. 50", i, "Przepis 5 w brzmieniu przyszłym."))
			continue
		}
		vs = append(vs, art(second, "Dz. U. z 2023 r. poz. 900 (tekst jednolity)", i, second2))
	}
	a := corpustest.Act(t, corpus.ActInfo{ID: "du-2010-40", Title: "Ustawa z dnia 1 lutego 2010 r. o czterdziestu artykułach",
		Type: "ustawa", Ref: "Dz. U. z 2010 r. poz. 40"}, vs...)
	return corpustest.Corpus(t, a)
}

// TestActPageWordingSince opens the act after its second consolidated
// text: an article the text left as it was says its wording applies since
// the first text, with no comparison to offer; a changed one says since
// the second text and links the comparison that made it; art. 5 announces
// its pending change.
func TestActPageWordingSince(t *testing.T) {
	h := newPageServer(t, statute40(t), nil)
	_, body := getPage(t, h, "/acts/du-2010-40?date=2023-10-01")
	unchanged, changed, pending := topUnit(t, body, "art1"), topUnit(t, body, "art3"), topUnit(t, body, "art5")
	mustContain(t, unchanged, "brzmienie od <time>2022-03-01</time>")
	if strings.Contains(unchanged, "/compare") {
		t.Errorf("art. 1, unchanged since the first text, links a comparison:\n%s", unchanged)
	}
	mustContain(t, changed, "brzmienie od <time>2023-09-01</time>",
		`href="/acts/du-2010-40/compare?from=2023-08-31&amp;to=2023-09-01&amp;unit=art3"`)
	mustContain(t, pending, "oczekuje zmiana <time>2024-07-01</time>",
		`href="/acts/du-2010-40/compare?from=2024-06-30&amp;to=2024-07-01&amp;unit=art5"`)
}

// topUnit is the section of the act page holding the top-level unit id.
func topUnit(t *testing.T, body, id string) string {
	t.Helper()
	start := strings.Index(body, `<section class="top-unit">`+"\n      <p class=\"version-note\"")
	for start >= 0 {
		end := strings.Index(body[start+1:], `<section class="top-unit">`)
		sec := body[start:]
		if end >= 0 {
			sec = body[start : start+1+end]
		}
		if strings.Contains(sec, `id="`+id+`"`) {
			return sec
		}
		if end < 0 {
			break
		}
		start += 1 + end
	}
	t.Fatalf("no top-level unit %s on the page", id)
	return ""
}

// TestActPageTimeline reads the act-level timeline: one mark per day the
// act changed, the changes linking their comparisons and counting the
// articles they changed, the chosen one marked.
func TestActPageTimeline(t *testing.T) {
	h := newPageServer(t, statute40(t), nil)
	_, body := getPage(t, h, "/acts/du-2010-40?date=2023-10-01")
	marks := reMark.FindAllStringSubmatch(body, -1)
	want := [][2]string{{"change-mark first", "/acts/du-2010-40?date=2022-03-01"},
		{"change-mark chosen", "/acts/du-2010-40/compare?from=2023-08-31&to=2023-09-01"},
		{"change-mark future", "/acts/du-2010-40/compare?from=2024-06-30&to=2024-07-01"}}
	if len(marks) != len(want) {
		t.Fatalf("%d marks, want %d: %q", len(marks), len(want), marks)
	}
	for i, m := range marks {
		if m[1] != want[i][0] || html.UnescapeString(m[2]) != want[i][1] {
			t.Errorf("mark %d: class %q, link %q; want %q, %q", i, m[1], html.UnescapeString(m[2]), want[i][0], want[i][1])
		}
	}
	mustContain(t, body, `<text class="mark-count" x="50.00%" y="85" text-anchor="middle">jedn.: 7</text>`,
		`<text class="mark-source" x="50.00%" y="71" text-anchor="middle">t.j. DU/2023/900</text>`,
		"Zmiana z 2023-09-01 · jedn.: 7", `<a href="#art3" lang="pl">art. 3</a>`, `<a href="#art21" lang="pl">art. 21</a>`)
	if strings.Count(body, "lane") > 0 {
		t.Error("the act page draws per-unit lanes")
	}
}

var reMark = regexp.MustCompile(`<a class="(change-mark[^"]*)" href="([^"]+)"`)

// TestActPageState reads the state banner: current today, historical on a
// past date (linking today's text and naming the later changes), future
// after the pending change; the corpus's newest version is named.
func TestActPageState(t *testing.T) {
	h := newPageServer(t, statute40(t), nil)
	tests := []struct {
		date string
		want []string
	}{
		{"2024-03-15", []string{`class="state state-current"`, "Tekst obowiązujący", "obowiązuje <time>2023-09-01</time> – <time>2024-06-30</time>",
			`Późniejsze zmiany: <a href="/acts/du-2010-40/compare?from=2024-06-30&amp;to=2024-07-01" title="jedn.: 1"><time>2024-07-01</time></a> (oczekująca)`}},
		{"2022-05-01", []string{`class="state state-historical"`, "Tekst historyczny", "obowiązywał <time>2022-03-01</time> – <time>2023-08-31</time>",
			`<a href="/acts/du-2010-40?date=2024-03-15">przejdź do tekstu obowiązującego</a>`, "<time>2023-09-01</time></a>, <a"}},
		{"2024-08-01", []string{`class="state state-future"`, "Tekst przyszły (oczekujący)", "będzie obowiązywał <time>2024-07-01</time> –"}},
	}
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			_, body := getPage(t, h, "/acts/du-2010-40?date="+tt.date)
			mustContain(t, body, tt.want...)
			mustContain(t, body, "Wersje w bazie: do <time>2024-07-01</time>")
		})
	}
}

// TestActPageChanges reads the "Historia zmian": every change, newest
// first, with its source and the number of units it changed.
func TestActPageChanges(t *testing.T) {
	h := newPageServer(t, statute40(t), nil)
	_, body := getPage(t, h, "/acts/du-2010-40?date=2023-10-01")
	list := fromFirst(body, `<details class="changes-list">`)
	list = list[:strings.Index(list, "</details>")]
	for _, want := range [][]string{
		{"2024-07-01", "https://eli.gov.pl/eli/DU/2024/50/ogl", "Dz. U. z 2024 r. poz. 50", ">1</a>"},
		{"2023-09-01", "https://eli.gov.pl/eli/DU/2023/900/ogl", ">7</a>"},
		{"2022-03-01", "pierwsza wersja w bazie"},
	} {
		if !strings.Contains(list, ">"+want[0]+"</a>") {
			t.Errorf("the changes list lacks %s", want[0])
		}
		mustContain(t, list, want[1:]...)
	}
	if i, j := strings.Index(list, "2024-07-01"), strings.Index(list, "2022-03-01"); i > j {
		t.Error("the changes list is not newest first")
	}
}

// TestRealSearchWordingSince searches the real act on 2026-03-01 for the
// words of art. 1, which the consolidated text of 2026 repeated unchanged:
// the hit dates art. 1 as the act page does, from its merged wording, and
// says as it does that the corpus knows it only from then.
func TestRealSearchWordingSince(t *testing.T) {
	c, a := embeddedRealAct(t)
	d := corpus.MakeDate(2026, 3, 1)
	w, err := a.WordingAt("art1", d)
	if err != nil {
		t.Fatal(err)
	}
	h := newPageServerAt(t, c, pageSearcher(t), realToday)
	_, body := getPage(t, h, "/search?q=%22zasady+jawno%C5%9Bci+dzia%C5%82alno%C5%9Bci+lobbingowej%22&act="+realAct+"&date="+d.String())
	hit := fromFirst(body, `#art1"`)
	if hit == "" {
		t.Fatalf("no hit of art. 1:\n%s", mainOf(body))
	}
	hit = hit[:strings.Index(hit, "</h3>")]
	// The wording is the oldest the corpus holds, from the consolidated
	// text of 2025, which does not say since when it applied: the hit says
	// so, as the act page does.
	if want := `<span class="meta">brzmienie znane: od ` + w.Since().String() + `</span>`; !strings.Contains(hit, want) {
		t.Errorf("the hit of art. 1 is dated %q, want known from %s, its merged wording", hit, w.Since())
	}
	_, page := getPage(t, h, "/acts/"+realAct+"?date="+d.String())
	mustContain(t, page, `<span class="since">brzmienie znane od <time>`+w.Since().String()+`</time></span>`)
}

// TestActEnteringLater: the page of an act that enters into force after
// today, linked from the list of acts, shows its first text as future
// text (it was a 404 "not in force on this day"); a date asked for is
// answered as asked.
func TestActEnteringLater(t *testing.T) {
	h := newPageServerAt(t, nil, nil, time.Date(2020, 1, 1, 12, 0, 0, 0, time.UTC))
	res, body := getPage(t, h, "/acts/"+realAct)
	if res.StatusCode != 200 {
		t.Fatalf("status %d", res.StatusCode)
	}
	mustContain(t, body, `class="state state-future"`)
	if res, _ := getPage(t, h, "/acts/"+realAct+"?date=2020-01-01"); res.StatusCode != 404 {
		t.Errorf("asked for 2020-01-01: status %d, want 404", res.StatusCode)
	}
}

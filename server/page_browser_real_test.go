package server

import (
	"fmt"
	"mime"
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"lexdiff/corpus"
	"lexdiff/corpus/embedded"
)

// The browser tests on a real act: the statute on lobbying of the embedded
// corpus (realAct), on realToday.

func newRealBrowserTest(t *testing.T) (*browserTest, *corpus.Act) {
	t.Helper()
	c, a := embeddedRealAct(t)
	return newBrowserTestOf(t, c, pageSearcher(t), realToday), a
}

// embeddedRealAct returns the embedded corpus and its realAct.
func embeddedRealAct(t *testing.T) (*corpus.Corpus, *corpus.Act) {
	t.Helper()
	c, err := embedded.Load()
	if err != nil {
		t.Fatal(err)
	}
	a, err := c.Act(realAct)
	if err != nil {
		t.Fatal(err)
	}
	return c, a
}

// TestBrowserRealTimeline: the act's timeline has one mark per day the act
// changed (its first version's included), and the mark of the change of 2026-02-27 (an amending act of
// 2026) opens the comparison of that change.
func TestBrowserRealTimeline(t *testing.T) {
	b, a := newRealBrowserTest(t)
	b.run("open act", chromedp.Navigate(b.base+"/acts/"+realAct+"?date=2026-03-01"), chromedp.WaitVisible(chromedp.CSS(`svg.timeline`)))
	// One per change of the overview, which leaves out the consolidated
	// text of 2025-05-21 restating the act (TestRestatementIsNoChange).
	o, err := newOverview(a)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := b.count(`svg.timeline .change-mark`), len(o.changes); got != want {
		t.Errorf("the timeline has %d marks, want %d, one per change %+v", got, want, o.changes)
	}
	if got := b.count(`svg.timeline .change-mark.chosen[data-date="2026-02-27"]`); got != 1 {
		t.Error("the change of 2026-02-27, in force on 2026-03-01, is not marked chosen")
	}
	for _, w := range []int64{desktopWidth, phoneWidth} {
		b.run("resize", viewport(w, phoneHeight), chromedp.WaitVisible(chromedp.CSS(`svg.timeline`)))
		b.checkTimelineReadable(fmt.Sprintf("at %d px", w))
		b.screenshotOf(fmt.Sprintf("real-timeline-%d", w), ".timeline-figure")
	}
	b.run("click the change of 2026-02-27", viewport(desktopWidth, phoneHeight),
		chromedp.Click(chromedp.CSS(`svg.timeline .change-mark[data-date="2026-02-27"] circle`)),
		chromedp.WaitVisible(chromedp.CSS(`.changes`)))
	if got := value(b, "url", chromedp.Location()); !strings.HasSuffix(got, "/compare?from=2026-02-26&to=2026-02-27") {
		t.Errorf("the mark opened %s, want the comparison of 2026-02-26 with 2026-02-27", got)
	}
	if got := b.text(`[id="change-art5"] .attribution`); !strings.Contains(got, "poz. 160") {
		t.Errorf("art. 5's change is attributed to %q, want the act of Dz. U. 2026 poz. 160", got)
	}
}

// TestBrowserRealWordingSince: art. 1, which the consolidated text of 2026
// repeated unchanged, says since when its wording applies as its history
// does (the merged wording), with no comparison to offer; art. 5, changed
// on 2026-02-27, links that change.
func TestBrowserRealWordingSince(t *testing.T) {
	b, a := newRealBrowserTest(t)
	d := corpus.MakeDate(2026, 3, 1)
	w, err := a.WordingAt("art1", d)
	if err != nil {
		t.Fatal(err)
	}
	b.run("open act", chromedp.Navigate(b.base+"/acts/"+realAct+"?date="+d.String()), chromedp.WaitVisible(chromedp.CSS(`[id="art1"]`)))
	since := func(id string) string {
		return value(b, "since", chromedp.Evaluate[string](fmt.Sprintf(
			`document.getElementById(%q).closest(".top-unit").querySelector(".since time").textContent`, id)))
	}
	if got := since("art1"); got != w.Since().String() {
		t.Errorf("art. 1 says brzmienie od %s, want %s (its merged wording)", got, w.Since())
	}
	if n := value(b, "links", chromedp.Evaluate[int](`document.getElementById("art1").closest(".top-unit").querySelectorAll(".version-note a[href*=compare]").length`)); n != 0 {
		t.Errorf("art. 1, unchanged, links %d comparisons", n)
	}
	if got := since("art5"); got != "2026-02-27" {
		t.Errorf("art. 5 says brzmienie od %s, want 2026-02-27", got)
	}
	b.run("open art. 1's history", chromedp.Navigate(b.base+"/acts/"+realAct+"/history?unit=art1"), chromedp.WaitVisible(chromedp.CSS(`.entry`)))
	if got := b.text(`.entry.current h3 time`); got != w.Since().String() {
		t.Errorf("art. 1's history says its wording in force today starts %s, the act page %s", got, w.Since())
	}
}

// TestBrowserRealDate types a whole date into the act's date field and
// presses Enter: the text of that date shows, as historical.
func TestBrowserRealDate(t *testing.T) {
	b, _ := newRealBrowserTest(t)
	b.run("open act", chromedp.Navigate(b.base+"/acts/"+realAct+"?date=2026-03-01"), chromedp.WaitVisible(chromedp.CSS(`input[name=date]`)))
	b.run("type date", eval(`document.querySelector("input[name=date]").focus()`), chromedp.KeyEvent("06012025")) // en-US: mm/dd/yyyy
	if got := value(b, "url", chromedp.Location()); !strings.HasSuffix(got, "date=2026-03-01") {
		t.Fatalf("typing loaded %s before Enter", got)
	}
	b.run("press Enter", chromedp.KeyEvent(kb.Enter))
	b.run("load", chromedp.WaitVisible(chromedp.CSS(`input[name=date][value="2025-06-01"]`)))
	if got := b.text(`.state strong`); got != "Tekst historyczny" {
		t.Errorf("the state of 2025-06-01 reads %q, want Tekst historyczny", got)
	}
}

// TestBrowserRealState reads the state banner: historical on a past date,
// linking today's text, naming the later changes, the one still to come
// marked pending.
func TestBrowserRealState(t *testing.T) {
	b, _ := newRealBrowserTest(t)
	b.run("open act", chromedp.Navigate(b.base+"/acts/"+realAct+"?date=2025-06-01"), chromedp.WaitVisible(chromedp.CSS(`.state`)))
	if b.count(`.state.state-historical`) != 1 {
		t.Errorf("the state banner of 2025-06-01 is %q, want historical", b.text(`.state strong`))
	}
	if b.count(`.state a[href$="date=2026-03-15"]`) != 1 {
		t.Error("the historical text does not link today's")
	}
	later := b.text(`.state .later`)
	for _, want := range []string{"2026-02-27", "2026-07-08 (oczekująca)"} {
		if !strings.Contains(later, want) {
			t.Errorf("the later changes read %q, want %s", later, want)
		}
	}
	b.run("open today", chromedp.Navigate(b.base+"/acts/"+realAct), chromedp.WaitVisible(chromedp.CSS(`.state`)))
	if b.count(`.state.state-current`) != 1 || !strings.Contains(b.text(`.state .later`), "2026-07-08") {
		t.Errorf("today's text: state %q, later %q; want current with the pending change", b.text(`.state strong`), b.text(`.state .later`))
	}
}

// TestBrowserRealHistory opens the history of art. 7, changed on
// 2026-02-27: its newest wording is marked up against the one before, its
// timeline is readable at both widths, and a changed cell of its matrix
// opens the comparison.
func TestBrowserRealHistory(t *testing.T) {
	b, _ := newRealBrowserTest(t)
	b.run("open history", chromedp.Navigate(b.base+"/acts/"+realAct+"/history?unit=art7"), chromedp.WaitVisible(chromedp.CSS(`table.matrix`)))
	if b.count(`.entry:first-child .wording del`) == 0 || b.count(`.entry:first-child .wording ins`) == 0 {
		t.Error("the newest wording of art. 7 is not marked up against the one before")
	}
	for _, w := range []int64{desktopWidth, phoneWidth} {
		b.run("resize", viewport(w, phoneHeight), chromedp.WaitVisible(chromedp.CSS(`svg.timeline`)))
		b.checkTimelineReadable(fmt.Sprintf("the history at %d px", w))
	}
	const cell = `[id="row-art7.ust1"] td.modified a`
	want := value(b, "href", chromedp.Evaluate[string](`document.querySelector('`+cell+`').getAttribute("href")`))
	b.run("open the change", chromedp.Click(chromedp.CSS(cell)), chromedp.WaitVisible(chromedp.CSS(`.changes`)))
	if got := value(b, "url", chromedp.Location()); !strings.HasSuffix(got, want) || !strings.Contains(want, "unit=art7.ust1") {
		t.Errorf("the cell opened %s, want %s, the comparison of art. 7 ust. 1", got, want)
	}
	if b.count(`.changes del`) == 0 {
		t.Error("the comparison shows no deletion")
	}
}

// TestBrowserRealNotFound: an unknown path under the act is an HTML page
// with status 404, in Polish, offering search.
func TestBrowserRealNotFound(t *testing.T) {
	b, _ := newRealBrowserTest(t)
	target := b.base + "/acts/" + realAct + "/nowhere"
	res, err := http.Get(target)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if ct, _, _ := mime.ParseMediaType(res.Header.Get("Content-Type")); res.StatusCode != http.StatusNotFound || ct != "text/html" {
		t.Errorf("%s: %d %s, want 404 text/html", target, res.StatusCode, ct)
	}
	b.run("open", chromedp.Navigate(target), chromedp.WaitVisible(chromedp.CSS(`.error-page`)))
	if got := b.text(`h1`); got != "Nie znaleziono" {
		t.Errorf("the page is headed %q", got)
	}
	if b.count(`.error-page form[role=search] input[name=q]`) != 1 {
		t.Error("the page offers no search")
	}
}

// TestBrowserRealAxe runs axe-core on the real act's pages, at both widths.
func TestBrowserRealAxe(t *testing.T) {
	b, _ := newRealBrowserTest(t)
	pages := []struct{ name, target string }{
		{"real-act", "/acts/" + realAct + "?date=2026-03-01&lang=pl"},
		{"real-act-future", "/acts/" + realAct + "?date=2026-08-01&lang=en"},
		{"real-history", "/acts/" + realAct + "/history?unit=art7&lang=pl"}, // the language named: the page before set English
		{"real-compare", "/acts/" + realAct + "/compare?from=2026-02-26&to=2026-02-27&lang=pl"},
		{"real-compare-side", "/acts/" + realAct + "/compare?from=2026-07-07&to=2026-07-08&view=side&lang=pl"},
	}
	for _, w := range []int64{desktopWidth, phoneWidth} {
		for _, p := range pages {
			b.run("open "+p.name, viewport(w, phoneHeight), chromedp.Navigate(b.base+p.target), chromedp.WaitVisible(chromedp.CSS(`main`)))
			b.checkLang(p.target)
			b.checkAxe(fmt.Sprintf("%s at %d px", p.target, w))
			b.screenshot(fmt.Sprintf("%s-%d", p.name, w))
		}
	}
}

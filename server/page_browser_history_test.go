package server

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserHistory opens the history of § 3 ust. 1: the fields matrix
// says pkt 8 changed its wording in the second wording and pkt 3 only its
// reference in the third; the second wording is marked up against the
// first; a changed cell opens the comparison of that change.
func TestBrowserHistory(t *testing.T) {
	b := newBrowserTest(t)
	b.run("open history", chromedp.Navigate(b.base+"/acts/du-2017-1399/history?unit=%C2%A7+3+ust.+1"),
		chromedp.WaitVisible(chromedp.CSS(`table.matrix`)))
	for _, c := range []struct{ sel, want string }{
		{`[id="row-par3.ust1.pkt8"] td:nth-of-type(2)`, "modified wording"},
		{`[id="row-par3.ust1.pkt3"] td:nth-of-type(2)`, "unchanged"},
		{`[id="row-par3.ust1.pkt3"] td:nth-of-type(3)`, "modified reference"},
		{`[id="row-par3.ust1.pkt1.lita"] td:nth-of-type(1)`, "present"},
	} {
		if got := value(b, "class", chromedp.Evaluate[string](`document.querySelector('`+c.sel+`').className`)); got != c.want {
			t.Errorf("%s is %q, want %q", c.sel, got, c.want)
		}
	}
	if got := b.count(`.entry`); got != 3 {
		t.Errorf("%d wordings listed, want 3", got)
	}
	const second = `.entry:nth-of-type(2) .wording`
	if got := b.text(second + ` del`); got != "art. 50 ust. 3–7" {
		t.Errorf("the wording of 2019-09-01 strikes %q, want art. 50 ust. 3–7", got)
	}
	if got := b.text(second + ` ins`); got != "art. 50 ust. 3 i 4–7" {
		t.Errorf("the wording of 2019-09-01 inserts %q, want art. 50 ust. 3 i 4–7", got)
	}
	b.screenshot("history-par3-ust1")
	b.run("open the change of pkt 8", chromedp.Click(chromedp.CSS(`[id="row-par3.ust1.pkt8"] td:nth-of-type(2) a`)),
		chromedp.WaitVisible(chromedp.CSS(`.changes`)))
	if got := value(b, "url", chromedp.Location()); !strings.HasSuffix(got, "/compare?from=2019-08-31&to=2019-09-01&unit=par3.ust1.pkt8") {
		t.Errorf("the cell opened %s, want the comparison of pkt 8 on 2019-09-01", got)
	}
	if got := b.text(`.changes ins`); got != "art. 50 ust. 3 i 4–7" {
		t.Errorf("the comparison inserts %q", got)
	}
}

// TestBrowserMatrixPhone reads the fields matrix of § 3 ust. 1 on a phone:
// wider than the screen, it scrolls sideways with the row labels fixed at
// its left edge, and a cell without change is drawn muted, unlike a change.
func TestBrowserMatrixPhone(t *testing.T) {
	b := newBrowserTest(t)
	b.run("open history", viewport(phoneWidth, phoneHeight), chromedp.Navigate(b.base+"/acts/du-2017-1399/history?unit=par3.ust1"),
		chromedp.WaitVisible(chromedp.CSS(`table.matrix`)))
	if !value(b, "overflow", chromedp.Evaluate[bool](`(() => { const w = document.querySelector(".matrix-wrap"); return w.scrollWidth > w.clientWidth })()`)) {
		t.Fatal("the matrix fits the phone's screen: the test proves nothing")
	}
	const label = `[id="row-par3.ust1.pkt8"] th`
	left := func() float64 {
		return value(b, "left", chromedp.Evaluate[float64](`document.querySelector('`+label+`').getBoundingClientRect().left - document.querySelector(".matrix-wrap").getBoundingClientRect().left`))
	}
	before := left()
	b.run("scroll the matrix", eval(`document.querySelector(".matrix-wrap").scrollLeft = 1000`),
		wait(`document.querySelector(".matrix-wrap").scrollLeft > 0`))
	if after := left(); after != before {
		t.Errorf("scrolled sideways, the row label moved from %.0f to %.0f px", before, after)
	}
	b.screenshotView("history-matrix-scrolled-390")
	color := func(sel string) string {
		return value(b, "color", chromedp.Evaluate[string](`getComputedStyle(document.querySelector('`+sel+`')).color`))
	}
	if unchanged, changed := color(`[id="row-par3.ust1.pkt3"] td.unchanged`), color(`[id="row-par3.ust1.pkt8"] td.modified`); unchanged == changed {
		t.Errorf("a cell without change is drawn in %s, as a change", unchanged)
	}
}

// TestBrowserHistoryFootnotes reads the history of art. 5 of the statute on
// lobbying: the marker [2] of its wording of 2026 opens the note, which
// stands within the window beside the text on a laptop and above it on a
// phone, and the note's label leads back to the marker.
func TestBrowserHistoryFootnotes(t *testing.T) {
	b, _ := newRealBrowserTest(t)
	const note = `fn-2026-02-27-art5-2`
	for _, w := range []int64{desktopWidth, phoneWidth} {
		b.run("open history", viewport(w, phoneHeight), chromedp.Navigate(b.base+"/acts/"+realAct+"/history?unit=art5"),
			chromedp.WaitVisible(chromedp.CSS(`.entry .notes`)))
		b.run("follow the marker", chromedp.Click(chromedp.CSS(`.entry sup.ref a[href="#`+note+`"]`)), wait(`location.hash === "#`+note+`"`))
		inWindow := `(() => { const r = document.getElementById("` + note + `").getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight })()`
		if !value(b, "note in window", chromedp.Evaluate[bool](inWindow)) {
			t.Errorf("at %d px, the note the marker opened is not wholly in the window", w)
		}
		b.screenshotView(fmt.Sprintf("history-footnote-%d", w))
		b.run("follow the note back", chromedp.Click(chromedp.CSS(`[id="`+note+`"] .note-label`)), wait(`location.hash === "#ref-`+note+`"`))
	}
}

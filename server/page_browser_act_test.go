package server

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestBrowserActDate opens the act, types another date into the date
// field and presses Enter: the page waits for the whole date (a typed
// segment loads nothing) and then shows the other wording of § 3 ust. 1
// pkt 8.
func TestBrowserActDate(t *testing.T) {
	b := newBrowserTest(t)
	const pkt8 = `[id="par3.ust1.pkt8"] > .text`
	const start = "/acts/du-2017-1399?date=2019-08-31"
	b.run("open act", chromedp.Navigate(b.base+start), chromedp.WaitVisible(chromedp.CSS(pkt8)))
	if got := b.text(pkt8); !strings.Contains(got, "art. 50 ust. 3–7") {
		t.Errorf("pkt 8 on 2019-08-31 reads %q, want art. 50 ust. 3–7", got)
	}
	b.screenshot("act-2019-08-31")
	// The browser runs in en-US: the field reads mm/dd/yyyy.
	b.run("type date", eval(`document.querySelector("input[name=date]").focus()`), chromedp.KeyEvent("09012019"))
	if got := value(b, "date field", chromedp.Value(chromedp.CSS(`input[name=date]`))); got != "2019-09-01" {
		t.Fatalf("after typing 09012019 the date field holds %q, want 2019-09-01", got)
	}
	if got := value(b, "url", chromedp.Location()); got != b.base+start {
		t.Fatalf("typing the date loaded %s before Enter", got)
	}
	b.run("press Enter", chromedp.KeyEvent(kb.Enter))
	b.run("load", chromedp.WaitVisible(chromedp.CSS(`input[name=date][value="2019-09-01"]`)), chromedp.WaitVisible(chromedp.CSS(pkt8)))
	if got := b.text(pkt8); !strings.Contains(got, "art. 50 ust. 3 i 4–7") {
		t.Errorf("pkt 8 on 2019-09-01 reads %q, want art. 50 ust. 3 i 4–7", got)
	}
	b.screenshot("act-2019-09-01")
}

// TestBrowserTimeline checks the act's timeline: one mark per day the act
// changed, the chosen change marked, and a change's mark opening the
// comparison of that change.
func TestBrowserTimeline(t *testing.T) {
	b := newBrowserTest(t)
	b.run("open act", chromedp.Navigate(b.base+"/acts/du-2017-1399?date=2020-01-01"), chromedp.WaitVisible(chromedp.CSS(`svg.timeline`)))
	if got := b.count(`svg.timeline .change-mark`); got != 3 {
		t.Errorf("the timeline has %d marks, want 3 (2017-07-24, 2019-09-01, 2020-12-07)", got)
	}
	if got := b.count(`svg.timeline .change-mark.chosen[data-date="2019-09-01"]`); got != 1 {
		t.Error("the change of 2019-09-01, in force on 2020-01-01, is not marked chosen")
	}
	b.screenshotOf("timeline-2020-01-01", ".timeline-figure")
	b.run("click the change of 2020-12-07",
		chromedp.Click(chromedp.CSS(`svg.timeline .change-mark[data-date="2020-12-07"] circle`)),
		chromedp.WaitVisible(chromedp.CSS(`.changes`)))
	if got := value(b, "url", chromedp.Location()); !strings.HasSuffix(got, "/acts/du-2017-1399/compare?from=2020-12-06&to=2020-12-07") {
		t.Errorf("the mark of 2020-12-07 opened %s, want the comparison of 2020-12-06 with 2020-12-07", got)
	}
	if got := b.text(`h1`); !strings.Contains(got, "2020-12-06 → 2020-12-07") {
		t.Errorf("the comparison is headed %q, want 2020-12-06 → 2020-12-07", got)
	}
}

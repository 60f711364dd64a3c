package server

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserActDate opens the act, picks another date in the date picker
// and sees the other wording of § 3 ust. 1 pkt 8.
func TestBrowserActDate(t *testing.T) {
	b := newBrowserTest(t)
	const pkt8 = `[id="par3.ust1.pkt8"] > .text`
	b.run("open act", chromedp.Navigate(b.base+"/acts/du-2017-1399?date=2019-08-31"), chromedp.WaitVisible(chromedp.CSS(pkt8)))
	if got := b.text(pkt8); !strings.Contains(got, "art. 50 ust. 3–7") {
		t.Errorf("pkt 8 on 2019-08-31 reads %q, want art. 50 ust. 3–7", got)
	}
	b.screenshot("act-2019-08-31")
	// Typing a date into the picker: the script submits the form.
	b.run("pick date",
		eval(`const d = document.querySelector("input[type=date]"); d.value = "2019-09-01"; d.dispatchEvent(new Event("change"))`),
		chromedp.WaitVisible(chromedp.CSS(`.version-mark.current[data-from="2019-09-01"]`)))
	if got := b.text(pkt8); !strings.Contains(got, "art. 50 ust. 3 i 4–7") {
		t.Errorf("pkt 8 on 2019-09-01 reads %q, want art. 50 ust. 3 i 4–7", got)
	}
	b.screenshot("act-2019-09-01")
}

// TestBrowserTimeline checks the timeline has one mark per version, each a
// link to the text on the version's first day.
func TestBrowserTimeline(t *testing.T) {
	b := newBrowserTest(t)
	b.run("open act", chromedp.Navigate(b.base+"/acts/du-2017-1399?date=2020-01-01"), chromedp.WaitVisible(chromedp.CSS(`svg.timeline`)))
	if got := b.count(`svg.timeline .version-mark`); got != 3 {
		t.Errorf("timeline has %d version marks, want 3 (one per version)", got)
	}
	if got := b.count(`svg.timeline .version-mark.current`); got != 1 {
		t.Errorf("timeline marks %d versions as current, want 1", got)
	}
	// The current bar is dark: its label must be there and light.
	const label = `svg.timeline .version-mark.current .mark-label`
	if b.count(label) != 1 {
		t.Fatal("the current version's bar has no label")
	}
	fill := value(b, "label fill", chromedp.Evaluate[string](`getComputedStyle(document.querySelector("`+label+`")).fill`))
	if fill != "rgb(255, 255, 255)" {
		t.Errorf("the current version's label is painted %s, want white on the dark bar", fill)
	}
	b.screenshotOf("timeline-2020-01-01", "svg.timeline")
	b.run("click first version",
		chromedp.Click(chromedp.CSS(`svg.timeline .version-mark[data-from="2017-07-24"] rect`)),
		chromedp.WaitVisible(chromedp.CSS(`svg.timeline .version-mark.current[data-from="2017-07-24"]`)))
	if got := value(b, "url", chromedp.Location()); !strings.HasSuffix(got, "date=2017-07-24#par3") {
		t.Errorf("the first version's mark opened %s, want the text on 2017-07-24", got)
	}
	b.screenshot("act-timeline-clicked")
}

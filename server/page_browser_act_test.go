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

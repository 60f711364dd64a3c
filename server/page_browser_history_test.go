package server

import (
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

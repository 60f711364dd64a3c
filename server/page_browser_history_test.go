package server

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserHistory opens the history of § 3 ust. 1 and reads the fields
// matrix: pkt 8 changed its wording in the second version, pkt 3 only its
// reference in the third.
func TestBrowserHistory(t *testing.T) {
	b := newBrowserTest(t)
	b.run("open history", chromedp.Navigate(b.base+"/acts/du-2017-1399/history?unit=%C2%A7+3+ust.+1"),
		chromedp.WaitVisible(chromedp.CSS(`table.matrix`)))
	for _, c := range []struct{ sel, want string }{
		{`[id="row-par3.ust1.pkt8"] td:nth-of-type(2)`, "changed wording"},
		{`[id="row-par3.ust1.pkt3"] td:nth-of-type(2)`, "unchanged"},
		{`[id="row-par3.ust1.pkt3"] td:nth-of-type(3)`, "changed reference"},
		{`[id="row-par3.ust1.pkt1.lita"] td:nth-of-type(1)`, "present"},
	} {
		if got := value(b, "class", chromedp.Evaluate[string](`document.querySelector('`+c.sel+`').className`)); got != c.want {
			t.Errorf("%s is %q, want %q", c.sel, got, c.want)
		}
	}
	if got := b.count(`.entry`); got != 3 {
		t.Errorf("%d wordings listed, want 3", got)
	}
	b.screenshot("history-par3-ust1")
}

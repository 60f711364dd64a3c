package server

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserSearch searches "kuratorem" from the home page and follows the
// first hit to its unit in the text.
func TestBrowserSearch(t *testing.T) {
	b := newBrowserTest(t)
	b.run("search",
		chromedp.Navigate(b.base+"/"),
		chromedp.SendKeys(chromedp.ID("home-q"), "kuratorem"),
		chromedp.Submit(chromedp.ID("home-q")),
		chromedp.WaitVisible(chromedp.CSS(`.result`)))
	if got := b.text(`.result mark`); !strings.HasPrefix(strings.ToLower(got), "kurator") {
		t.Errorf("the first hit highlights %q, want a form of kurator", got)
	}
	b.screenshot("search-kuratorem")
	b.run("open hit", chromedp.Click(chromedp.CSS(`.result h3 a`)), chromedp.WaitVisible(chromedp.CSS(`.unit:target`)))
	loc := value(b, "url", chromedp.Location())
	if !strings.Contains(loc, "/acts/du-2017-1399?date=") || !strings.Contains(loc, "#par3.ust1.pkt") {
		t.Errorf("the hit opened %s, want a unit of § 3 ust. 1 on a date", loc)
	}
	if got := b.text(`.unit:target`); !strings.Contains(got, "kurator") {
		t.Errorf("the unit landed on reads %q, want it to mention kurator", got)
	}
}

package server

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserEnglish opens every page in English and keeps a screenshot of
// each, for a person to read for words left in Polish.
func TestBrowserEnglish(t *testing.T) {
	b := newBrowserTest(t)
	pages := []struct{ name, target string }{
		{"en-home", "/?lang=en"},
		{"en-act", "/acts/du-2017-1399?date=2019-09-01&lang=en"},
		{"en-history", "/acts/du-2017-1399/history?unit=par3.ust1&lang=en"},
		{"en-compare", "/acts/du-2017-1399/compare?from=2020-12-06&to=2020-12-07&lang=en"},
		{"en-search", "/search?q=kuratorem&lang=en"},
		{"en-error", "/acts/du-2017-1399?date=2010-01-01&lang=en"},
	}
	for _, p := range pages {
		b.run("open "+p.name, chromedp.Navigate(b.base+p.target), chromedp.WaitVisible(chromedp.CSS(`main`)))
		if got := value(b, "lang", chromedp.Evaluate[string](`document.documentElement.lang`)); got != "en" {
			t.Errorf("%s: page language %q, want en", p.target, got)
		}
		b.screenshot(p.name)
	}
}

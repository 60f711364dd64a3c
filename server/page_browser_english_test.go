package server

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserEnglish opens every page in English and keeps a screenshot of
// each, for a person to read for words left in Polish. Polish text (any
// with Polish letters) is marked lang="pl", so that a screen reader reads
// it as Polish.
func TestBrowserEnglish(t *testing.T) {
	b := newBrowserTest(t)
	pages := []struct{ name, target string }{
		{"en-home", "/?lang=en"},
		{"en-act", "/acts/du-2017-1399?date=2019-09-01&lang=en"},
		{"en-history", "/acts/du-2017-1399/history?unit=par3.ust1&lang=en"},
		{"en-compare", "/acts/du-2017-1399/compare?from=2020-12-06&to=2020-12-07&lang=en"},
		{"en-compare-amended", "/acts/du-2017-1399/compare?from=2019-08-31&to=2019-09-01&lang=en"},
		{"en-real-act", "/acts/" + realAct + "?date=2026-03-01&lang=en"},
		{"en-real-history", "/acts/" + realAct + "/history?unit=art7&lang=en"},
		{"en-real-compare", "/acts/" + realAct + "/compare?from=2026-02-26&to=2026-02-27&lang=en"},
		{"en-search", "/search?q=kuratorem&lang=en"},
		{"en-error", "/acts/du-2017-1399?date=2010-01-01&lang=en"},
	}
	for _, p := range pages {
		b.run("open "+p.name, chromedp.Navigate(b.base+p.target), chromedp.WaitVisible(chromedp.CSS(`main`)))
		if got := value(b, "lang", chromedp.Evaluate[string](`document.documentElement.lang`)); got != "en" {
			t.Errorf("%s: page language %q, want en", p.target, got)
		}
		if unmarked := value(b, "Polish text", chromedp.Evaluate[[]string](unmarkedPolish)); len(unmarked) > 0 {
			t.Errorf("%s: Polish text not marked lang=pl: %q", p.target, unmarked)
		}
		b.screenshot(p.name)
	}
}

// unmarkedPolish lists the texts with Polish letters whose language is not
// Polish.
const unmarkedPolish = `(() => {
  const found = [], walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const el = n.parentElement;
    if (/[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/.test(n.data) && el.closest("[lang]").lang !== "pl" && el.closest("script, [hidden]") === null) {
      found.push(n.data.trim().slice(0, 60));
    }
  }
  return found.slice(0, 10);
})()`

package server

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
)

// axe-core (npm, pinned in testdata/axe/package.json) checks the pages for
// accessibility faults in the browser, offline: the test injects the copy
// npm installed. .ci/run installs it (npm ci); without it the test skips,
// saying how to get it, unless LEXDIFF_REQUIRE_BROWSER=1.

// axeSource reads axe.min.js, or "" when it is not installed.
var axeSource = sync.OnceValue(func() string {
	b, err := os.ReadFile(filepath.Join("testdata", "axe", "node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		return ""
	}
	return string(b)
})

// An axeViolation is one rule a page breaks, with the nodes that break it.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target  []any  `json:"target"`
		Summary string `json:"failureSummary"`
	} `json:"nodes"`
}

// checkAxe runs axe-core on the page in the browser, failing the test on
// any violation of the WCAG 2.x A and AA rules and axe's best practices.
func (b *browserTest) checkAxe(page string) {
	b.t.Helper()
	src := axeSource()
	if src == "" {
		const how = "axe-core not installed: run npm ci --prefix server/testdata/axe (as .ci/run does)"
		if os.Getenv("LEXDIFF_REQUIRE_BROWSER") == "1" {
			b.t.Fatal(how)
		}
		b.t.Skip(how)
	}
	b.run("inject axe", eval(src))
	vs := value(b, "run axe", chromedp.Evaluate[[]axeViolation](
		`axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations)`, chromedp.EvalAwaitPromise))
	for _, v := range vs {
		var where []string
		for i, n := range v.Nodes {
			if i == 3 {
				where = append(where, fmt.Sprintf("… and %d more", len(v.Nodes)-i))
				break
			}
			where = append(where, fmt.Sprintf("%v: %s", n.Target, strings.ReplaceAll(n.Summary, "\n", " ")))
		}
		b.t.Errorf("%s: axe %s (%s): %s\n\t%s", page, v.ID, v.Impact, v.Help, strings.Join(where, "\n\t"))
	}
}

// axePages are the kinds of page, in Polish and English, on the embedded
// corpus; each names its language, which the browser would otherwise keep
// from the page before (a cookie).
var axePages = []struct{ name, target string }{
	{"home", "/?lang=pl"},
	{"act", "/acts/du-2017-1399?date=2019-09-01&lang=pl"},
	{"act-en", "/acts/du-2017-1399?date=2019-09-01&lang=en"},
	{"history", "/acts/du-2017-1399/history?unit=par3.ust1&lang=pl"},
	{"history-en", "/acts/du-2017-1399/history?unit=par3.ust1&lang=en"},
	{"compare", "/acts/du-2017-1399/compare?from=2019-08-31&to=2019-09-01&lang=pl"},
	{"compare-side", "/acts/du-2017-1399/compare?from=2020-12-06&to=2020-12-07&view=side&lang=pl"},
	{"compare-en", "/acts/du-2017-1399/compare?from=2020-12-06&to=2020-12-07&hide=minor&lang=en"},
	{"search-form", "/search?lang=pl"},
	{"search", "/search?q=kuratorem&lang=pl"},
	{"search-en", "/search?q=kuratorem&all=1&lang=en"},
	{"error-404", "/acts/du-2017-1399/nowhere?lang=pl"},
	{"error-400", "/acts/du-2017-1399?date=2019-13-01&lang=pl"},
	{"error-en", "/acts/du-2017-1399?date=2010-01-01&lang=en"},
}

// TestBrowserAxe runs axe-core on every kind of page, on a laptop's
// screen and on a phone's, and keeps a screenshot of each.
func TestBrowserAxe(t *testing.T) {
	b := newBrowserTest(t)
	for _, w := range []int64{desktopWidth, phoneWidth} {
		for _, p := range axePages {
			b.run("open "+p.name, viewport(w, phoneHeight), chromedp.Navigate(b.base+p.target), chromedp.WaitVisible(chromedp.CSS(`main`)))
			b.checkLang(p.target)
			b.checkAxe(fmt.Sprintf("%s at %d px", p.target, w))
			b.screenshot(fmt.Sprintf("%s-%d", p.name, w))
		}
	}
}

// checkLang fails the test when the page is not in the language its
// target names.
func (b *browserTest) checkLang(target string) {
	b.t.Helper()
	want := "pl"
	if strings.Contains(target, "lang=en") {
		want = "en"
	}
	if got := value(b, "lang", chromedp.Evaluate[string](`document.documentElement.lang`)); got != want {
		b.t.Errorf("%s: the page is in %q, want %q", target, got, want)
	}
}

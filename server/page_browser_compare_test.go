package server

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestBrowserCompare compares 2019-08-31 with 2019-09-01 and finds the
// redline marks on "i 4" (§ 3 ust. 1 pkt 8) and "i 2" (§ 3 ust. 2), in
// both views.
func TestBrowserCompare(t *testing.T) {
	b := newBrowserTest(t)
	for _, view := range []string{"", "&view=side"} {
		b.run("open compare", chromedp.Navigate(b.base+"/acts/du-2017-1399/compare?from=2019-08-31&to=2019-09-01"+view),
			chromedp.WaitVisible(chromedp.CSS(`.changes`)))
		for _, c := range []struct{ sel, want string }{
			{`[id="change-par3.ust1.pkt8"] ins`, "i 4"},
			{`[id="change-par3.ust1.pkt8"] del`, "3–7"},
			{`[id="change-par3.ust2"] ins`, "i 2"},
		} {
			if got := b.text(c.sel); !strings.Contains(got, c.want) {
				t.Errorf("view %q: %s reads %q, want it to hold %q", view, c.sel, got, c.want)
			}
		}
		if got := b.text(`[id="change-par3.ust1.pkt8"] .attribution`); !strings.Contains(got, "poz. 1557") {
			t.Errorf("view %q: pkt 8's attribution reads %q, want the amending act Dz. U. 2019 poz. 1557", view, got)
		}
		b.screenshot("compare-2019-09-01" + strings.ReplaceAll(view, "&view=", "-"))
	}
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		t.Fatalf("%q is not a number", s)
	}
	return n
}

// TestBrowserHideMinor toggles hiding formatting and reference-only
// changes on 2020-12-06 → 2020-12-07: pkt 3 (a reference update) goes
// away and comes back, at once with the script and through the URL.
func TestBrowserHideMinor(t *testing.T) {
	b := newBrowserTest(t)
	const pkt3 = `[id="change-par3.ust1.pkt3"]`
	visible := `(() => { const e = document.querySelector('` + pkt3 + `'); return !!e && e.offsetParent !== null })()`
	b.run("open compare", chromedp.Navigate(b.base+"/acts/du-2017-1399/compare?from=2020-12-06&to=2020-12-07"),
		chromedp.WaitVisible(chromedp.CSS(pkt3)))
	b.screenshot("compare-2020-12-07")
	all := b.text(`[data-shown-count]`)
	b.run("hide minor", chromedp.Click(chromedp.ID("hide")), wait("!"+visible))
	if !strings.Contains(value(b, "url", chromedp.Location()), "hide=minor") {
		t.Error("hiding minor changes did not put hide=minor in the URL")
	}
	minor := b.count(`.change[data-minor]`)
	if got, want := b.text(`[data-shown-count]`), strconv.Itoa(atoi(t, all)-minor); got != want || minor == 0 {
		t.Errorf("with %d minor changes of %s hidden, the count says %s, want %s", minor, all, got, want)
	}
	if got := b.text(`[data-hidden-note]`); !strings.Contains(got, strconv.Itoa(minor)) {
		t.Errorf("the note on hidden changes says %q, want %d", got, minor)
	}
	if b.count(`.change-index li[data-minor]:not([hidden])`) != 0 {
		t.Error("the list of changed units still lists the hidden ones")
	}
	b.screenshot("compare-2020-12-07-hidden")
	b.run("show minor", chromedp.Click(chromedp.ID("hide")), wait(visible))
	if got := b.text(`[data-shown-count]`); got != all {
		t.Errorf("showing them again, the count says %s, want %s", got, all)
	}
	// Without the script, the query parameter hides it on the server.
	b.run("open hidden", chromedp.Navigate(b.base+"/acts/du-2017-1399/compare?from=2020-12-06&to=2020-12-07&hide=minor"),
		chromedp.WaitVisible(chromedp.CSS(`.changes`)))
	if value(b, "visible", chromedp.Evaluate[bool](visible)) {
		t.Error("with hide=minor, pkt 3 is still shown")
	}
}

// TestBrowserComparePrint prints the comparison of the real act's change
// of 2026-02-27 (CSS print media on a laptop's width): the page carries its
// permanent address, leaves out the forms and the site's bar, and keeps
// each redline to a readable measure (at most 40 em).
func TestBrowserComparePrint(t *testing.T) {
	b, _ := newRealBrowserTest(t)
	b.run("open compare", viewport(desktopWidth, phoneHeight), chromedp.Navigate(b.base+"/acts/"+realAct+"/compare?from=2026-02-26&to=2026-02-27"),
		chromedp.WaitVisible(chromedp.CSS(`.changes`)), printMedia("print"))
	if got := b.text(`p.print-only:not([lang])`); !strings.Contains(got, b.base+"/acts/"+realAct+"/compare?from=2026-02-26&to=2026-02-27") {
		t.Errorf("the printed page reads %q, want its permanent address", got)
	}
	for _, sel := range []string{"header.site", ".compare-form"} {
		if shown := value(b, "shown", chromedp.Evaluate[bool](`document.querySelector("`+sel+`").offsetParent !== null`)); shown {
			t.Errorf("the printed page shows %s", sel)
		}
	}
	widest := value(b, "measure", chromedp.Evaluate[float64](`Math.max(...[...document.querySelectorAll(".change .redline")].map(
		e => e.getBoundingClientRect().width / parseFloat(getComputedStyle(e).fontSize)))`))
	t.Logf("printed, the widest redline is %.1f em", widest)
	if widest > 40.5 || widest < 10 {
		t.Errorf("printed, the widest redline is %.1f em wide, want a readable measure (at most 40 em)", widest)
	}
	b.screenshot("real-compare-print")
	b.run("screen again", printMedia(""))
}

// printMedia emulates the CSS media type ("print", or "" for the screen).
func printMedia(media string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: media})
		return err
	})
}

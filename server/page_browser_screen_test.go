package server

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
)

// laptopHeight is the height of a small laptop's window (1366 × 768).
const laptopHeight = 768

// TestBrowserFirstScreen opens the real act and the sample regulation on a
// phone and on a laptop: the table of contents is folded on the phone and
// open beside the text on the laptop, and the first unit's heading and
// first line show on the first screen of both.
func TestBrowserFirstScreen(t *testing.T) {
	b, _ := newRealBrowserTest(t)
	pages := []struct{ name, target string }{
		{"real-today", "/acts/" + realAct},
		{"real-2025", "/acts/" + realAct + "?date=2025-06-01"},
		{"sample", "/acts/du-2017-1399?date=2019-09-01"},
	}
	screens := []struct{ width, height int64 }{{phoneWidth, phoneHeight}, {desktopWidth, laptopHeight}}
	for _, p := range pages {
		target := p.target
		for _, s := range screens {
			b.run("open "+target, viewport(s.width, s.height), chromedp.Navigate(b.base+target), chromedp.WaitVisible(chromedp.CSS(`.top-unit`)))
			open := value(b, "toc", chromedp.Evaluate[bool](`document.querySelector(".toc details").open`))
			if wantOpen := s.width >= desktopWidth; open != wantOpen {
				t.Errorf("%s at %d px: the table of contents is open: %v, want %v", target, s.width, open, wantOpen)
			}
			top := value(b, "first unit", chromedp.Evaluate[float64](`document.querySelector(".top-unit .unit").getBoundingClientRect().top`))
			t.Logf("%s at %d×%d px: the first unit starts %.0f px down", target, s.width, s.height, top)
			if top+firstLines > float64(s.height) {
				t.Errorf("%s at %d×%d px: the first unit starts %.0f px down, its first lines below the first screen", target, s.width, s.height, top)
			}
			b.screenshotView(fmt.Sprintf("first-screen-%s-%d", p.name, s.width))
		}
	}
}

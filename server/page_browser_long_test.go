package server

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"lexdiff/corpus"
	"lexdiff/corpus/synth"
)

// longAct is a generated statute of 2,000 articles in chapters of 20, in
// 5 versions each.
func longAct(t *testing.T) (*corpus.Corpus, string) {
	t.Helper()
	c, err := synth.Corpus(synth.Config{Units: 2000, Versions: 5, Seed: 3, UnitsPerChapter: 20})
	if err != nil {
		t.Fatal(err)
	}
	list, err := c.Summaries()
	if err != nil {
		t.Fatal(err)
	}
	return c, list[0].ID
}

// firstLines is the height of a unit's heading and first line of text.
const firstLines = 60

// TestBrowserLongAct opens an act of 2,000 articles as a lawyer would on a
// phone (390×844) and on a laptop (1366×768): the first article starts on
// the first screen of both, the timeline's labels stand apart, the page
// prints a part of the act with links to the others, and a link to an
// article of another part lands on it; its comparison prints in parts.
func TestBrowserLongAct(t *testing.T) {
	c, id := longAct(t)
	b := newBrowserTestOf(t, c, nil, pageToday)
	page := b.base + "/acts/" + id + "?date=2007-06-01"
	res, err := http.Get(page)
	if err != nil {
		t.Fatal(err)
	}
	html, _ := io.ReadAll(res.Body)
	res.Body.Close()
	t.Logf("the act page of a 2,000-article act: %d bytes of HTML", len(html))
	if len(html) > 1<<20 {
		t.Errorf("the page is %d bytes, want it bounded to a part of the act (under 1 MB)", len(html))
	}
	for _, s := range []struct{ width, height int64 }{{phoneWidth, phoneHeight}, {desktopWidth, laptopHeight}} {
		b.run("open", viewport(s.width, s.height), chromedp.Navigate(page), chromedp.WaitVisible(chromedp.CSS(`.top-unit`)))
		top := value(b, "first unit", chromedp.Evaluate[float64](`document.querySelector(".top-unit .unit").getBoundingClientRect().top`))
		t.Logf("at %d×%d px, the first article starts %.0f px down", s.width, s.height, top)
		if top+firstLines > float64(s.height) {
			t.Errorf("at %d×%d px the first article starts %.0f px down: its first lines do not show on the first screen", s.width, s.height, top)
		}
		b.checkTimelineReadable(fmt.Sprintf("at %d px", s.width))
		b.screenshotView(fmt.Sprintf("long-act-%d", s.width))
	}
	if got := b.count(`.toc .parts > li`); got < 2 {
		t.Fatalf("the table of contents lists %d parts, want the act's parts", got)
	}
	// art. 500 is in another part: a link to its anchor lands on it.
	b.run("open art. 500", chromedp.Navigate(page+"#art500"), chromedp.WaitVisible(chromedp.CSS(`[id="art500"]`)))
	if got := value(b, "url", chromedp.Location()); !strings.Contains(got, "at=art500") {
		t.Errorf("the link to #art500 ended at %s, want the part holding it", got)
	}
	b.run("next part", chromedp.Click(chromedp.CSS(`.part-nav a[rel=next]`)), chromedp.WaitVisible(chromedp.CSS(`.top-unit`)))
	if b.count(`[id="art500"]`) != 0 {
		t.Error("the next part still shows art. 500")
	}

	// The comparison of the whole act from before it prints in parts too,
	// which axe finds accessible, and "next changes" opens the second.
	compare := b.base + "/acts/" + id + "/compare?from=1990-01-01&to=2007-06-01"
	b.run("open the comparison", viewport(desktopWidth, laptopHeight), chromedp.Navigate(compare), chromedp.WaitVisible(chromedp.CSS(`nav.part-nav`)))
	b.checkAxe("the first part of a comparison in parts")
	b.screenshotView("long-compare")
	b.run("next changes", chromedp.Click(chromedp.CSS(`nav.part-nav a[rel=next]`)), chromedp.WaitVisible(chromedp.CSS(`nav.part-nav a[rel=prev]`)))
	if got := b.text(`nav.part-nav .meta`); !strings.HasPrefix(got, fmt.Sprintf("zmiany %d–", comparePartChanges+1)) {
		t.Errorf("the second part of the comparison says %q, want the changes from %d", got, comparePartChanges+1)
	}
}

package server

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"lexdiff/corpus"
)

// The browser tests drive Debian's Chromium (package chromium) through
// chromedp. Without it they skip, saying how to run them, unless
// LEXDIFF_REQUIRE_BROWSER=1 (as in CI), which makes a missing browser fail.
// LEXDIFF_CHROMIUM names another binary; LEXDIFF_SCREENSHOTS a directory to
// keep the screenshots in (else the test's artifact directory: go test
// -artifacts -outputdir DIR keeps them).

// chromiumPath finds the browser binary, or "".
func chromiumPath() string {
	if p := os.Getenv("LEXDIFF_CHROMIUM"); p != "" {
		return p
	}
	// /usr/bin/chromium is a wrapper script; the binary is beside its libraries.
	if _, err := os.Stat("/usr/lib/chromium/chromium"); err == nil {
		return "/usr/lib/chromium/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// A browserTest is a headless browser and a server over a corpus.
type browserTest struct {
	t    *testing.T
	ctx  context.Context
	base string // the server's URL
	shot string // where screenshots go
}

// newBrowserTest starts a browser and a server over the embedded corpus.
func newBrowserTest(t *testing.T) *browserTest {
	t.Helper()
	return newBrowserTestOf(t, nil, pageSearcher(t), pageToday)
}

// newBrowserTestOf starts a browser and a server over c (nil: the embedded
// corpus) searched by s, its clock on now.
func newBrowserTestOf(t *testing.T, c *corpus.Corpus, s Searcher, now time.Time) *browserTest {
	t.Helper()
	path := chromiumPath()
	if path == "" {
		const how = "Chromium not found: install it (apt-get install chromium) or set LEXDIFF_CHROMIUM, then run go test ./server -run Browser"
		if os.Getenv("LEXDIFF_REQUIRE_BROWSER") == "1" {
			t.Fatal(how)
		}
		t.Skip(how)
	}
	srv := httptest.NewServer(newPageServerAt(t, c, s, now))
	t.Cleanup(srv.Close)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.WindowSize(1280, 900),
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelCtx := chromedp.NewContext(alloc)
	t.Cleanup(cancelCtx)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	dir := os.Getenv("LEXDIFF_SCREENSHOTS")
	if dir == "" {
		dir = t.ArtifactDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return &browserTest{t: t, ctx: ctx, base: srv.URL, shot: dir}
}

// stepTimeout bounds each step of a browser test: a page that never shows
// what the step waits for fails the test rather than hang it.
const stepTimeout = 60 * time.Second

// run runs the actions, failing the test on error.
func (b *browserTest) run(what string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
}

// value runs one action and returns its value, failing the test on error.
func value[T any](b *browserTest, what string, a chromedp.Action[T]) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
	return v
}

// wait polls the JavaScript condition until it holds.
func wait(cond string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := chromedp.Poll[bool](cond)(ctx, t)
		return err
	})
}

// eval runs a JavaScript statement.
func eval(js string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := chromedp.Evaluate[any](js)(ctx, t)
		return err
	})
}

// The widths the pages are tried at: a laptop and a phone.
const (
	desktopWidth = 1366
	phoneWidth   = 390
	phoneHeight  = 844
)

// viewport sets the browser's window to width × height CSS pixels; a
// phone's (below 600) is a touch screen.
func viewport(width, height int64) chromedp.Action[chromedp.Void] {
	if width < 600 {
		return chromedp.EmulateViewport(width, height, chromedp.EmulateMobile)
	}
	return chromedp.EmulateViewport(width, height)
}

// screenshot saves the whole page as name.png.
func (b *browserTest) screenshot(name string) {
	b.t.Helper()
	b.save(name, value(b, "screenshot "+name, chromedp.FullScreenshot(100)))
}

// screenshotView saves the part of the page in the window as name.png.
func (b *browserTest) screenshotView(name string) {
	b.t.Helper()
	b.save(name, value(b, "screenshot "+name, chromedp.CaptureScreenshot()))
}

// screenshotOf saves the first node matching the CSS selector as name.png.
func (b *browserTest) screenshotOf(name, sel string) {
	b.t.Helper()
	b.save(name, value(b, "screenshot "+name, chromedp.ScreenshotScale(chromedp.CSS(sel), 2)))
}

func (b *browserTest) save(name string, png []byte) {
	b.t.Helper()
	path := filepath.Join(b.shot, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		b.t.Fatal(err)
	}
	b.t.Logf("screenshot: %s", path)
}

// text returns the text of the first node matching the CSS selector, its
// no-break spaces read as spaces.
func (b *browserTest) text(sel string) string {
	b.t.Helper()
	return strings.ReplaceAll(value(b, "read "+sel, chromedp.Text(chromedp.CSS(sel))), nbsp, " ")
}

// count returns how many nodes match the CSS selector.
func (b *browserTest) count(sel string) int {
	b.t.Helper()
	return value(b, "count "+sel, chromedp.Evaluate[int](fmt.Sprintf("document.querySelectorAll(%q).length", sel)))
}

// checkTimelineReadable fails the test when two labels of the timeline's
// marks overlap, or when the chosen mark is scrolled out of view.
func (b *browserTest) checkTimelineReadable(where string) {
	b.t.Helper()
	if overlaps := value(b, "timeline labels", chromedp.Evaluate[[]string](timelineOverlaps)); len(overlaps) > 0 {
		b.t.Errorf("%s, the timeline's labels overlap: %q", where, overlaps)
	}
	if !value(b, "chosen mark", chromedp.Evaluate[bool](chosenMarkInView)) {
		b.t.Errorf("%s, the chosen change of the timeline is out of view", where)
	}
}

// timelineOverlaps lists the pairs of timeline labels that overlap.
const timelineOverlaps = `(() => {
  const boxes = [...document.querySelectorAll("svg.timeline text")].map(e => [e.textContent, e.getBoundingClientRect()]);
  const found = [];
  boxes.forEach(([s, a], i) => boxes.slice(i + 1).forEach(([t, b]) => {
    if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
      found.push(s + " / " + t);
    }
  }));
  return found;
})()`

// chosenMarkInView reports whether the chosen mark, if any, shows within
// the timeline's scrolling box.
const chosenMarkInView = `(() => {
  const mark = document.querySelector("svg.timeline .change-mark.chosen circle");
  if (!mark) return true;
  const m = mark.getBoundingClientRect(), box = document.querySelector("[data-timeline]").getBoundingClientRect();
  return m.left >= box.left && m.right <= box.right;
})()`

package server

import (
	"path/filepath"
	"testing"

	"lexdiff/corpus/embedded"
)

// TestPagesGolden prints the pages besides the act page — home, search,
// a unit's history, a comparison, pages of errors — in both languages,
// and compares each with the page kept in testdata/pages (see
// checkGolden; -update rewrites them). The golden pages were printed by
// html/template writing the whole layout, the site's header included; the
// pages that write parts of it in Go must print them byte for byte.
func TestPagesGolden(t *testing.T) {
	c, err := embedded.Load()
	if err != nil {
		t.Fatal(err)
	}
	h := newPageServerAt(t, c, pageSearcher(t), realToday)
	for i, tt := range []struct {
		target string
		status int
	}{
		{"/", 200},
		{"/?lang=en", 200},
		{"/search?q=wniosek+dyrektora", 200},
		{"/search?q=%3Ca%3E%22%26%27%2B&lang=en", 400}, // a malformed query, echoed in the search box
		{"/search?q=przepis*&date=2025-06-01", 200},
		{"/acts/du-2017-1399/history?unit=par3", 200},
		{"/acts/du-2017-1399/history?unit=par3&lang=en", 200},
		{"/acts/du-2017-1399/compare?from=2019-08-31&to=2019-09-01", 200},
		{"/acts/" + realAct + "/compare?from=2025-01-01&to=2026-08-01&lang=en", 200},
		{"/acts/no-such-act", 404},
		{"/acts/du-2017-1399?date=2019-13-01", 400},
		{"/acts/du-2017-1399?date=2019-05-01&at=%3Cb%3E", 400},
	} {
		res, body := getPage(t, h, tt.target)
		if res.StatusCode != tt.status {
			t.Errorf("%s: status %d, want %d", tt.target, res.StatusCode, tt.status)
		}
		checkGolden(t, filepath.Join("testdata", "pages", string(rune('a'+i))+".html.gz"), tt.target, body)
	}
}

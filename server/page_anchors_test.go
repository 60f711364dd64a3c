package server

import (
	"html"
	"net/url"
	"regexp"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/embedded"
)

var (
	idAttr       = regexp.MustCompile(`\sid="([^"]*)"`)
	fragmentHref = regexp.MustCompile(`\shref="#([^"]*)"`)
)

// checkAnchors fails when the page body gives one id to two elements, or
// links a fragment (href="#…") that no element on it has: the browser
// jumps to the first of two, or nowhere.
func checkAnchors(t *testing.T, target, body string) {
	t.Helper()
	ids := map[string]int{}
	for _, m := range idAttr.FindAllStringSubmatch(body, -1) {
		ids[html.UnescapeString(m[1])]++
	}
	for id, n := range ids {
		if n > 1 {
			t.Errorf("%s: id %q on %d elements", target, id, n)
		}
	}
	for _, m := range fragmentHref.FindAllStringSubmatch(body, -1) {
		frag, err := url.PathUnescape(html.UnescapeString(m[1]))
		if err != nil {
			t.Errorf("%s: href %q: %v", target, m[1], err)
			continue
		}
		if frag != "" && ids[frag] == 0 {
			t.Errorf("%s: href=\"#%s\" names no element on the page", target, frag)
		}
	}
}

// TestPagesAnchors prints the act page of every embedded act on the first
// day of its oldest version and on the first day of its newest one,
// besides the history of each top-level unit carrying footnotes and the
// comparison of those two days, and checks each with checkAnchors. One
// footnote attached to several units of an article (the statute on
// lobbying's [4], at art. 7 ust. 2 pkt 1 and ust. 6 pkt 1) is printed at
// each of them, and each marker must link the note at its own unit.
func TestPagesAnchors(t *testing.T) {
	c, err := embedded.Load()
	if err != nil {
		t.Fatal(err)
	}
	h := newPageServerAt(t, c, nil, realToday)
	err = c.Each(func(a *corpus.Act) error {
		dates := a.ChangeDates()
		first, last := dates[0], dates[len(dates)-1]
		targets := []string{
			"/acts/" + a.ID + "?date=" + first.String(),
			"/acts/" + a.ID + "?date=" + last.String(),
			"/acts/" + a.ID + "?date=" + last.String() + "&lang=en",
			"/acts/" + a.ID + "/compare?from=" + first.String() + "&to=" + last.String(),
		}
		for _, ver := range a.InForce(last) {
			if len(ver.Footnotes) > 0 {
				targets = append(targets, "/acts/"+a.ID+"/history?unit="+ver.Unit.ID)
			}
		}
		for _, target := range targets {
			res, body := getPage(t, h, target)
			if res.StatusCode != 200 {
				t.Errorf("%s: status %d", target, res.StatusCode)
				continue
			}
			checkAnchors(t, target, body)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestUnitNoteMarkedTwice prints a unit whose text and closing part both
// hold the marker of one note: the note, printed once, links back to the
// first marker, and only that one carries the id it links.
func TestUnitNoteMarkedTwice(t *testing.T) {
	u := &corpus.Unit{ID: "art1.ust1", Kind: corpus.Section, Label: "1", Text: "Wyraz, drugi", Closing: "– jeżeli",
		Markers: []corpus.Marker{{Label: "2", Offset: 5}, {Label: "2", Offset: 12}, {Label: "2", Offset: 1, InClosing: true}}}
	body, err := renderFragment("unit", newUnitView(polish, u, []corpus.Footnote{{Label: "2", Unit: u.ID, Body: "Dodany przez …"}}))
	if err != nil {
		t.Fatal(err)
	}
	checkAnchors(t, "art. 1 ust. 1", string(body))
	mustContain(t, string(body), `href="#fn-art1.ust1-2" id="ref-fn-art1.ust1-2"`, `href="#ref-fn-art1.ust1-2"`)
}

package server

import (
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/synth"
	"lexdiff/diff"
)

// The compare page of a comparison of more than comparePartChanges
// changes shows it in parts: following "next changes" from the first part
// shows every change once, in order; each part says which changes it
// holds and links back to the part before; at=UNIT opens the part that
// holds the unit's change (named by its id or its citation); a unit of
// no change is a 400 page that links the first part.
func TestComparePageParts(t *testing.T) {
	a, c := synthAct(t, synth.Config{Units: 230, Versions: 3, Seed: 5})
	from, to := a.Span().From.AddDays(-1), a.Span().From.AddDays(400)
	whole, err := diff.Dates(a, from, to, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(whole.Changes) <= 2*comparePartChanges {
		t.Fatalf("%d changes: the test needs more than two parts", len(whole.Changes))
	}
	var want []string
	for _, ch := range whole.Changes {
		want = append(want, ch.Unit)
	}
	h := newPageServer(t, c, nil)
	changeID := regexp.MustCompile(`<li class="change [^"]*" id="change-([^"]+)"`)
	partLink := func(body, rel string) string {
		m := regexp.MustCompile(`<nav class="part-nav"[^>]*>.*?<a href="([^"]+)" rel="` + rel + `"`).FindStringSubmatch(strings.ReplaceAll(body, "\n", " "))
		if m == nil {
			return ""
		}
		return html.UnescapeString(m[1])
	}
	var got []string
	first := "/acts/" + a.ID + "/compare?from=" + from.String() + "&to=" + to.String()
	target, parts, previous := first, 0, ""
	for ; target != ""; parts++ {
		res, body := getPage(t, h, target)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("%s: %d", target, res.StatusCode)
		}
		ids := changeID.FindAllStringSubmatch(body, -1)
		if len(ids) == 0 || len(ids) > comparePartChanges {
			t.Fatalf("%s: %d changes", target, len(ids))
		}
		mustContain(t, body, "zmiany "+strconv.Itoa(len(got)+1)+"–"+strconv.Itoa(len(got)+len(ids))+" z "+strconv.Itoa(len(want)))
		for _, m := range ids {
			got = append(got, m[1])
		}
		if prev := partLink(body, "prev"); prev != previous {
			t.Errorf("%s: part %d links back to %q, want %q", target, parts, prev, previous)
		}
		previous, target = target, partLink(body, "next")
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("%d parts show %d changes, want the %d of diff.Dates in order", parts, len(got), len(want))
	}
	// A unit inside the second part opens that part, known by its first.
	res, body := getPage(t, h, first+"&at="+want[comparePartChanges+200])
	mustContain(t, body, "zmiany "+strconv.Itoa(comparePartChanges+1)+"–")
	if m := regexp.MustCompile(`<link rel="canonical" href="([^"]+)"`).FindStringSubmatch(body); m == nil || !strings.Contains(html.UnescapeString(m[1]), "at="+want[comparePartChanges]+"&") {
		t.Errorf("the part of %s is not known by its first change, %s: %q", want[comparePartChanges+200], want[comparePartChanges], m)
	}
	// So does its citation, as on the act page; one that does not parse is
	// a 400 page of its own.
	cited := corpus.CitationOf(want[comparePartChanges+200])
	_, byCitation := getPage(t, h, first+"&at="+url.QueryEscape(cited))
	mustContain(t, byCitation, "zmiany "+strconv.Itoa(comparePartChanges+1)+"–")
	res, body = getPage(t, h, first+"&at="+url.QueryEscape("§§ 1"))
	if res.StatusCode != http.StatusBadRequest {
		t.Errorf("at=§§ 1: %d", res.StatusCode)
	}
	mustContain(t, body, "Nieprawidłowe oznaczenie jednostki")
	res, body = getPage(t, h, first+"&at=art9999")
	if res.StatusCode != http.StatusBadRequest {
		t.Errorf("a part at no change: %d", res.StatusCode)
	}
	mustContain(t, body, "Nie ma takiej części porównania", `href="`+html.EscapeString(first)+`"`)
}

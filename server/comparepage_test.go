package server

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// The comparison of a whole act comes in pages: following next (in the
// JSON) or the Link header (in every format, kept by the answer cache,
// readable across origins, a URI however the act is named) from the first
// page reads every change of the comparison once, in the order of one page
// of them all; a page of text says which changes it holds; a cursor or a
// limit out of bounds is the client's mistake, named.
func TestComparisonPages(t *testing.T) {
	s := newTestServer(t)
	h := s.Handler()
	// A real act of two consolidated texts, from the older to the newer.
	const act = "/api/v1/acts/" + realAct
	for _, route := range []string{"/diff", "/changes"} {
		base := act + route + "?from=2025-05-21&to=2026-07-08"
		all := readChanges(t, h, base+"&limit=1000")
		if len(all) < 15 {
			t.Fatalf("%s: %d changes, too few to page", base, len(all))
		}
		for _, limit := range []string{"1", "7"} {
			var got []string
			target, pages := base+"&limit="+limit, 0
			for ; target != ""; pages++ {
				var page struct {
					Changes []struct{ Unit string }
					Next    string
				}
				w := get(h, target)
				if err := json.Unmarshal(w.Body.Bytes(), &page); err != nil || w.Code != http.StatusOK {
					t.Fatalf("%s: %d %v %s", target, w.Code, err, w.Body)
				}
				checkSpec(t, "GET", target, w)
				for _, ch := range page.Changes {
					got = append(got, ch.Unit)
				}
				if len(page.Changes) == 0 || len(page.Changes) > map[string]int{"1": 1, "7": 7}[limit] {
					t.Fatalf("%s: %d changes", target, len(page.Changes))
				}
				target = nextLink(t, w)
				if (target == "") != (page.Next == "") || target != "" && !strings.Contains(target, "cursor="+url.QueryEscape(page.Next)) {
					t.Fatalf("%s: next %q, Link %q", target, page.Next, w.Header().Get("Link"))
				}
			}
			if strings.Join(got, " ") != strings.Join(all, " ") {
				t.Errorf("%s by %s in %d pages:\n%q\nwant\n%q", route, limit, pages, got, all)
			}
		}
	}
	first := act + "/diff?from=2024-10-30&to=2026-07-08&limit=3&format=text"
	w := get(h, first)
	if w.Code != http.StatusOK || !strings.Contains(nextLink(t, w), "format=text") {
		t.Errorf("a page of text: %d, Link %q", w.Code, w.Header().Get("Link"))
	}
	if body := w.Body.String(); !strings.Contains(body, ": changes 1–3 of ") || !strings.Contains(body, "The next page begins with the change of ") {
		t.Errorf("a page of text does not say it is one:\n%s", body)
	}
	if again := get(h, first); again.Header().Get("Link") != w.Header().Get("Link") { // from the answer cache
		t.Errorf("asked again, Link %q, want %q", again.Header().Get("Link"), w.Header().Get("Link"))
	}
	if expose := w.Header().Get("Access-Control-Expose-Headers"); !strings.Contains(expose, "Link") {
		t.Errorf("Access-Control-Expose-Headers %q: a page on another origin cannot read Link", expose)
	}
	byRef := get(h, "/api/v1/acts/"+url.PathEscape("Dz. U. z 2025 r. poz. 677")+"/changes?from=2024-10-30&to=2026-07-08&limit=3")
	if next := nextLink(t, byRef); byRef.Code != http.StatusOK || next == "" || strings.ContainsAny(next, " <>") {
		t.Errorf("act by its reference: %d, Link %q, want a URI", byRef.Code, byRef.Header().Get("Link"))
	} else if again := get(h, next); again.Code != http.StatusOK {
		t.Errorf("the next page of an act by its reference: %s: %d", next, again.Code)
	}
	for _, q := range []string{"cursor=art999", "limit=0", "limit=1001", "limit=x"} {
		w := get(h, act+"/diff?from=2024-10-30&to=2026-07-08&"+q)
		p := decodeProblem(t, w)
		if want := strings.SplitN(q, "=", 2)[0]; w.Code != http.StatusBadRequest || paramOf(p) != want {
			t.Errorf("%s: %d, param %q, want 400 naming %s", q, w.Code, paramOf(p), want)
		}
	}
}

// readChanges reads the units of the changes of a comparison that fits
// one page.
func readChanges(t *testing.T, h http.Handler, target string) []string {
	t.Helper()
	var page struct {
		Changes []struct{ Unit string }
		Next    string
	}
	w := get(h, target)
	if err := json.Unmarshal(w.Body.Bytes(), &page); err != nil || w.Code != http.StatusOK || page.Next != "" {
		t.Fatalf("%s: %d %v next %q", target, w.Code, err, page.Next)
	}
	var units []string
	for _, ch := range page.Changes {
		units = append(units, ch.Unit)
	}
	return units
}

// nextLink is the target of the Link header's next page, "" without one.
func nextLink(t *testing.T, w interface{ Header() http.Header }) string {
	t.Helper()
	link := w.Header().Get("Link")
	if link == "" {
		return ""
	}
	target, ok := strings.CutSuffix(link, `>; rel="next"`)
	if !ok || !strings.HasPrefix(target, "<") {
		t.Fatalf("Link %q", link)
	}
	return target[1:]
}

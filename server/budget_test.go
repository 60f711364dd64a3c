package server

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"slices"
	"strconv"
	"testing"
	"time"

	"lexdiff/corpus"
	"lexdiff/corpus/embedded"
	"lexdiff/corpus/synth"
	"lexdiff/diff"
)

func TestBudget(t *testing.T) {
	b := newBudget(100)
	b.wait = 20 * time.Millisecond
	ctx := context.Background()
	first, err := b.reserve(ctx, 60)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.reserve(ctx, 60); !errors.Is(err, errBusy) {
		t.Errorf("over the budget: %v, want errBusy", err)
	}
	small, err := b.reserve(ctx, 40)
	if err != nil {
		t.Errorf("within the budget: %v", err)
	}
	b.wait = time.Minute // the next reservation waits for the others to be released
	done := make(chan error)
	go func() {
		release, err := b.reserve(ctx, 1000) // more than the whole budget: all of it, once free
		if err == nil {
			release()
		}
		done <- err
	}()
	first()
	first() // twice does nothing
	small()
	if err := <-done; err != nil {
		t.Errorf("waiting for the budget: %v", err)
	}
	if b.used != 0 {
		t.Errorf("%d bytes still reserved", b.used)
	}
}

// TestBusy fills the budget: a whole-act answer waits, then gets 503
// with Retry-After; once memory is released it is answered.
func TestBusy(t *testing.T) {
	s := newTestServer(t)
	s.budget.wait = 20 * time.Millisecond
	hold, err := s.budget.reserve(context.Background(), s.budget.total)
	if err != nil {
		t.Fatal(err)
	}
	const target = "/api/v1/acts/du-2017-1399/text?date=2019-05-01"
	for _, target := range []string{target, "/api/v1/acts/du-2017-1399/changes?from=2018-01-01&to=2021-01-01", "/api/v1/acts/du-2017-1399", "/acts/du-2017-1399?date=2019-05-01"} {
		w := get(s.Handler(), target)
		if w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") != "1" {
			t.Errorf("%s, memory taken: %d, Retry-After %q, %s", target, w.Code, w.Header().Get("Retry-After"), w.Body)
		}
	}
	hold()
	if w := get(s.Handler(), target); w.Code != http.StatusOK {
		t.Errorf("memory free: %d", w.Code)
	}
}

// TestWholeActDiffReservesWhatChanged compares a whole real act across
// the change an amending act made to a few of its paragraphs, with the
// memory for answers nearly all taken: listing the comparison reserves
// the memory of the units in force on one date alone, which diff.List
// compares, not that of the whole act twice, and its first page that of
// its own changes, so it is answered.
func TestWholeActDiffReservesWhatChanged(t *testing.T) {
	c, err := embedded.Load()
	if err != nil {
		t.Fatal(err)
	}
	const act = "rozporzadzenie-2020-10-12-stanowisk-sluzbowych-na-ktorych-funkcjonariusze-sluzby-wieziennej-nie-maja"
	a, err := c.Act(act)
	if err != nil {
		t.Fatal(err)
	}
	from, to := corpus.MakeDate(2025, 4, 7), corpus.MakeDate(2025, 4, 8)
	listed, err := diff.List(a, from, to, "")
	if err != nil {
		t.Fatal(err)
	}
	first, err := listed.Cut(diff.Window{Limit: defaultPageChanges, MaxBytes: maxPageBytes})
	if err != nil {
		t.Fatal(err)
	}
	// Listing compares the units of the versions in force on one date
	// alone; the listing's reservation ends before the page's begins.
	olds, news := a.InForce(from), a.InForce(to)
	var listing int64
	for _, v := range append(slices.Clone(olds), news...) {
		if !slices.Contains(olds, v) || !slices.Contains(news, v) {
			listing += listingCost(v.Unit)
		}
	}
	changed := max(listing, pageCost(first, true))
	var whole int64 // the act's text on both dates
	for _, v := range append(slices.Clone(olds), news...) {
		whole += unitCost(v.Unit)
	}
	if changed == 0 || changed*4 > whole {
		t.Fatalf("the change of %s costs %d of %d: want a change of a few units", to, changed, whole)
	}
	s, err := New(Config{Corpus: c, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	s.budget.wait = 20 * time.Millisecond
	hold, err := s.budget.reserve(context.Background(), s.budget.total-changed*memoryPerByte)
	if err != nil {
		t.Fatal(err)
	}
	defer hold()
	for _, route := range []string{"diff", "changes"} {
		target := "/api/v1/acts/" + act + "/" + route + "?from=" + from.String() + "&to=" + to.String()
		if w := get(s.Handler(), target); w.Code != http.StatusOK {
			t.Errorf("%s: %d %s", target, w.Code, w.Body)
		}
	}
}

// TestActTextPages reads a long act's text on a date page by page,
// following next: every top-level unit in force comes once, in order.
func TestActTextPages(t *testing.T) {
	a, c := synthAct(t, synth.Config{Units: 230, Versions: 3, Seed: 5})
	s, err := New(Config{Corpus: c, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	d := corpus.MakeDate(2012, 6, 1)
	var want []string
	for _, v := range a.InForce(d) {
		want = append(want, v.Unit.ID)
	}
	for _, limit := range []int{0, 7, 1000} {
		var got []string
		base := "/api/v1/acts/" + a.ID + "/text?date=" + d.String()
		if limit > 0 {
			base += "&limit=" + strconv.Itoa(limit)
		}
		for next, pages := "", 0; ; pages++ {
			var page struct {
				Act   string
				Units []struct{ Unit struct{ ID string } }
				Next  string
			}
			target := base
			if next != "" {
				target += "&cursor=" + next
			}
			w := get(s.Handler(), target)
			if err := json.Unmarshal(w.Body.Bytes(), &page); err != nil || w.Code != http.StatusOK {
				t.Fatalf("%s: %d %v", target, w.Code, err)
			}
			if n := len(page.Units); n == 0 || limit > 0 && n > limit || limit == 0 && n > defaultPageUnits {
				t.Fatalf("%s: %d units", target, n)
			}
			for _, u := range page.Units {
				got = append(got, u.Unit.ID)
			}
			if next = page.Next; next == "" {
				break
			}
			if pages > len(want) {
				t.Fatal("pages do not end")
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("limit %d: %d units read, want %d", limit, len(got), len(want))
		}
	}
	for _, target := range []string{"cursor=par999", "limit=0", "limit=1001", "limit=x"} {
		w := get(s.Handler(), "/api/v1/acts/"+a.ID+"/text?date=2012-06-01&"+target)
		if p := decodeProblem(t, w); w.Code != http.StatusBadRequest || p.Param == nil {
			t.Errorf("%s: %d %+v", target, w.Code, p)
		}
	}
}

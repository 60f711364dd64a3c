package diff

import (
	"errors"
	"reflect"
	"sync"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/corpustest"
)

// Paging a comparison's Listing gives, page after page, exactly the
// changes Dates and Changes give at once, with and without ops, for
// every page size: on the real acts of two texts (from before the older
// one, when every unit is added, and between the two), on every pair of
// change dates of the sample, and on a renumbering, whose removal goes
// inside the change of the unit that took its id.
func TestWindowPagesTheWholeComparison(t *testing.T) {
	var cases []comparison
	for _, c := range realComparisons(t) {
		cases = append(cases, c, comparison{c.a, c.from.AddDays(-1), c.to})
	}
	sample := sampleAct(t)
	dates := sample.ChangeDates()
	for i, from := range dates {
		for _, to := range dates[i+1:] {
			cases = append(cases, comparison{sample, from, to})
		}
	}
	renumbered := corpustest.Act(t, corpus.ActInfo{ID: "test"},
		corpustest.Version(t, "2019-01-01 2019-12-31", "§ 1. Wniosek zawiera:\n1) imię;\n2) nazwisko;\n3) adres.\n"),
		corpustest.Version(t, "2020-01-01", "§ 1. Wniosek zawiera:\n1) nazwisko;\n2) adres.\n"))
	cases = append(cases, comparison{renumbered, corpustest.Date(t, "2019-06-01"), corpustest.Date(t, "2020-06-01")})

	replaced := 0
	for _, c := range cases {
		whole, err := Dates(c.a, c.from, c.to, "")
		if err != nil {
			t.Fatal(err)
		}
		listing, err := Changes(c.a, c.from, c.to, "")
		if err != nil {
			t.Fatal(err)
		}
		for _, ch := range whole.Changes {
			if ch.Replaces != nil {
				replaced++
			}
		}
		l, err := List(c.a, c.from, c.to, "")
		if err != nil {
			t.Fatal(err)
		}
		if l.Len() != len(whole.Changes) {
			t.Errorf("%s %s–%s: %d listed, %d changes", c.a.ID, c.from, c.to, l.Len(), len(whole.Changes))
		}
		for _, limit := range []int{1, 2, 7, len(whole.Changes) + 1} {
			for _, tt := range []struct {
				withOps bool
				want    *Report
			}{{true, whole}, {false, listing}} {
				got := pageThrough(t, l, Window{Limit: limit, MaxBytes: 1 << 20}, tt.withOps)
				if !reflect.DeepEqual(got, tt.want.Changes) {
					t.Errorf("%s %s–%s by %d: pages give\n%q\nwant\n%q", c.a.ID, c.from, c.to, limit, summaries(got), summaries(tt.want.Changes))
				}
			}
		}
	}
	if replaced == 0 {
		t.Error("no comparison has a change that replaces a removal")
	}
}

// pageThrough joins the pages of a comparison, from the first to the one
// that names no next, checking that each holds what its window allows.
func pageThrough(t *testing.T, l *Listing, w Window, withOps bool) []Change {
	t.Helper()
	all := []Change{}
	for {
		p, err := l.Cut(w)
		if err != nil {
			t.Fatalf("%s %s–%s from %q: %v", l.report.Act, l.report.From, l.report.To, w.Cursor, err)
		}
		r := p.Make(withOps)
		if len(r.Changes) > w.Limit || (r.Next != "" && len(r.Changes) == 0) {
			t.Fatalf("%s from %q: %d changes on a page of %d, next %q", r.Act, w.Cursor, len(r.Changes), w.Limit, r.Next)
		}
		all = append(all, r.Changes...)
		if r.Next == "" {
			return all
		}
		w.Cursor = r.Next
	}
}

// A page is cut short when its texts would pass MaxBytes, but holds at
// least one change however long; pages of one listing can be made at
// once; a cursor that names no change is bad input, and a unit's
// comparison pages like the act's.
func TestWindowBounds(t *testing.T) {
	a := importPair(t, "DU-2025-677.md", "DU-2026-936.md")
	from, to := mustDate(t, "2025-05-21"), mustDate(t, "2026-07-08") // the two consolidated texts
	whole, err := Dates(a, from, to, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(whole.Changes) < 15 {
		t.Fatalf("%d changes: the act is too short to page", len(whole.Changes))
	}
	l, err := List(a, from, to, "")
	if err != nil {
		t.Fatal(err)
	}
	got := pageThrough(t, l, Window{Limit: 1000, MaxBytes: 1}, true)
	if !reflect.DeepEqual(got, whole.Changes) {
		t.Errorf("pages of one change each give %d changes, want %d", len(got), len(whole.Changes))
	}
	p, err := l.Cut(Window{Limit: 1000, MaxBytes: 2000})
	if err != nil {
		t.Fatal(err)
	}
	r := p.Make(true)
	size := 0
	for _, ch := range r.Changes {
		for _, op := range ch.Ops {
			size += len(op.Text)
		}
	}
	if len(r.Changes) < 2 || size > 2000 || p.TextBytes() > 2000 || r.Next == "" {
		t.Errorf("a page of 2000 bytes holds %d changes of %d bytes (TextBytes %d), next %q", len(r.Changes), size, p.TextBytes(), r.Next)
	}

	var wg sync.WaitGroup // pages of one listing made at once (go test -race)
	for i := range 4 {
		wg.Go(func() {
			w := Window{Cursor: whole.Changes[i].Unit, Limit: 3, MaxBytes: 1 << 20}
			if p, err := l.Cut(w); err != nil || !reflect.DeepEqual(p.Make(true).Changes, whole.Changes[i:i+3]) {
				t.Errorf("page from %s made at once with others: %v", w.Cursor, err)
			}
		})
	}
	wg.Wait()

	_, err = l.Cut(Window{Cursor: "art999", Limit: 10, MaxBytes: 1 << 20})
	if !errors.Is(err, ErrCursor) || !errors.Is(err, corpus.ErrInvalid) {
		t.Errorf("cursor of no change: %v, want ErrCursor, which is invalid input", err)
	}

	unit, err := Dates(a, from, to, "art7")
	if err != nil {
		t.Fatal(err)
	}
	unitListing, err := List(a, from, to, "art7")
	if err != nil {
		t.Fatal(err)
	}
	cut, err := unitListing.Cut(Window{Limit: 2, MaxBytes: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	first := cut.Make(true)
	if first.Unit != "art7" || first.Citation != unit.Citation || !reflect.DeepEqual(first.Changes, unit.Changes[:2]) || first.Next != unit.Changes[2].Unit {
		t.Errorf("first page of art. 7: %q next %q, want %q next %q", summaries(first.Changes), first.Next, summaries(unit.Changes[:2]), unit.Changes[2].Unit)
	}
}

// Parts divides a comparison from its first change on, each part as the
// window allows (most cut by bytes here), whole and in order; PartOf finds
// the part that holds any change, and none for a unit of no change.
func TestParts(t *testing.T) {
	a := importPair(t, "DU-2025-677.md", "DU-2026-936.md")
	l, err := List(a, mustDate(t, "2025-05-20"), mustDate(t, "2026-07-08"), "")
	if err != nil {
		t.Fatal(err)
	}
	w := Window{Limit: 7, MaxBytes: 600}
	parts := l.Parts(w)
	next := 0
	for k, p := range parts {
		if p.start != next || p.Len() == 0 || p.Len() > w.Limit || p.Len() > 1 && p.TextBytes() > w.MaxBytes {
			t.Fatalf("part %d: changes %d–%d (%d bytes), want from %d, at most %d changes and %d bytes", k, p.start, p.end, p.TextBytes(), next, w.Limit, w.MaxBytes)
		}
		for i := p.start; i < p.end; i++ {
			if got := PartOf(parts, l.listed[i].unit()); got != k {
				t.Errorf("the change of %s is in part %d, PartOf says %d", l.listed[i].unit(), k, got)
			}
		}
		next = p.end
	}
	if next != l.Len() || len(parts) < 3 {
		t.Errorf("%d parts end at %d of %d changes", len(parts), next, l.Len())
	}
	if got := PartOf(parts, "art999"); got != -1 {
		t.Errorf("art. 999 has no change, PartOf says part %d", got)
	}
	if empty := (&Listing{}).Parts(w); len(empty) != 1 || empty[0].Len() != 0 || PartOf(empty, "art1") != -1 {
		t.Errorf("a comparison of no change has parts %v", empty)
	}
}

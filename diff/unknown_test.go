package diff

import (
	"slices"
	"testing"

	"lexdiff/corpus"
)

// TestUnknownNotAdded compares the Sunday-trading act, known from its
// consolidated text of 2025-03-06 alone, from 2025-02-01 (when only the
// articles an amendment footnote dates were known) to that day: art. 2,
// whose wording before is unknown, is not compared and not called added,
// but listed as unknown, in the act's comparison, in one of art. 6 ust. 1, and
// in the listing's pages.
func TestUnknownNotAdded(t *testing.T) {
	a := importPair(t, "DU-2025-301.md")
	from, to := mustDate(t, "2025-02-01"), mustDate(t, "2025-03-06")
	r, err := Dates(a, from, to, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range r.Changes {
		if c.Kind == Added {
			t.Errorf("%s added on %s: its wording before is only unknown", c.Citation, to)
		}
	}
	i := slices.IndexFunc(r.Unknown, func(u corpus.UnknownWording) bool { return u.Unit == "art2" })
	if i < 0 || r.Unknown[i].KnownFrom != to {
		t.Fatalf("unknown %+v: want art. 2, known from %s", r.Unknown, to)
	}
	one, err := Dates(a, from, to, "art6.ust1")
	if err != nil || len(one.Changes) != 0 || len(one.Unknown) != 1 || one.Unknown[0].Unit != "art6" {
		t.Errorf("art. 6 ust. 1 alone: %v, %+v", err, one)
	}
	l, err := List(a, from, to, "")
	if err != nil {
		t.Fatal(err)
	}
	p, err := l.Cut(Window{Limit: 1, MaxBytes: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	if page := p.Make(false); len(page.Unknown) != len(r.Unknown) {
		t.Errorf("a page lists %d unknown, the comparison %d", len(page.Unknown), len(r.Unknown))
	}
}

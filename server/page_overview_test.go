package server

import (
	"slices"
	"testing"

	"lexdiff/corpus"
)

// TestOverviewCountsAddedUnits: a unit whose first version lexdiff
// computed from an amending act, or that a footnote dates, came in by a
// change on its first day, which the timeline counts; one that a
// consolidated text gives, dated by nothing, is only known from then on.
func TestOverviewCountsAddedUnits(t *testing.T) {
	tj := corpus.Source{Ref: "Dz. U. z 2021 r. poz. 5", Kind: corpus.Consolidated, Date: corpus.MakeDate(2021, 1, 10)}
	day := corpus.MakeDate(2021, 6, 1)
	unit := func(id, label string) *corpus.Unit {
		return &corpus.Unit{ID: id, Kind: corpus.Paragraph, Label: label, Text: "Treść."}
	}
	vs := []*corpus.Version{
		{Unit: unit("par1", "1"), Range: corpus.Range{From: tj.Date}, Source: tj.Ref},
		{Unit: unit("par2", "2"), Range: corpus.Range{From: day}, Source: "Dz. U. z 2021 r. poz. 90", Computed: true},
		{Unit: unit("par3", "3"), Range: corpus.Range{From: day}, Source: tj.Ref},
	}
	a, err := corpus.NewAct(corpus.ActInfo{ID: "a"}, vs, tj)
	if err != nil {
		t.Fatal(err)
	}
	o, err := newOverview(a)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(o.changes, func(c changeInfo) bool { return c.Date == day })
	if i < 0 || !slices.Equal(o.changes[i].Units, []string{"par2"}) {
		t.Errorf("changes %+v: want § 2 alone counted on %s", o.changes, day)
	}
	if n, from := o.unknownOn(tj.Date); n != 1 || from != day {
		t.Errorf("on %s %d unknown from %s, want § 3 from %s", tj.Date, n, from, day)
	}
}

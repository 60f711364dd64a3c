package corpus

import "testing"

func TestMergePublishedReplacesComputed(t *testing.T) {
	day := MakeDate(2026, 1, 17)
	unit := func(text string) *Unit {
		return &Unit{Kind: Paragraph, Label: "2", ID: "par2", Text: text, Status: InForce}
	}
	old := &Version{Unit: unit("Stary."), Range: Range{From: MakeDate(2025, 1, 1), To: day.AddDays(-1)}, Source: "Dz. U. z 2025 r. poz. 1"}
	computed := &Version{Unit: unit("Nowy."), Range: Range{From: day}, Source: "Dz. U. z 2026 r. poz. 53", Computed: true,
		Applied: []AppliedAmendment{{Unit: "par2", Kind: WordingSet, Provision: "§ 1", Act: "du-2026-53", InForce: day}}}
	a, err := NewAct(ActInfo{ID: "a", Title: "A"}, []*Version{old, computed})
	if err != nil {
		t.Fatal(err)
	}
	published := &Version{Unit: unit("Nowy."), Range: Range{From: day}, Source: "Dz. U. z 2026 r. poz. 594"}
	b, err := a.Merge(a.ActInfo, []*Version{published})
	if err != nil {
		t.Fatal(err)
	}
	vs := b.Versions("par2")
	if len(vs) != 2 || vs[1].Computed || vs[1].Source != published.Source {
		t.Errorf("versions %+v, want the published one in place of the computed one", vs)
	}
	// The other way round, a computed version never replaces a published one.
	if _, err := b.Merge(b.ActInfo, []*Version{computed}); err == nil {
		t.Error("a computed version merged over a published one of the same day")
	}
}

// TestMergeSnapshotsAroundComputedAgain imports again the two consolidated
// texts between which an amending act's version was computed (as
// amend.Apply splits the older text's version on the day it takes
// effect): the act comes out unchanged, not as an overlap.
func TestMergeSnapshotsAroundComputedAgain(t *testing.T) {
	unit := func(text string) *Unit {
		return &Unit{Kind: Annex, Label: "", ID: "zal", Text: text, Status: InForce}
	}
	first, amended, second := MakeDate(2024, 9, 17), MakeDate(2025, 8, 1), MakeDate(2026, 7, 1)
	older := Source{Ref: "Dz. U. z 2025 r. poz. 558", Kind: Consolidated, Date: first}
	amending := Source{Ref: "Dz. U. z 2025 r. poz. 941", Kind: Amending, Date: amended}
	newer := Source{Ref: "Dz. U. z 2026 r. poz. 1108", Kind: Consolidated, Date: second}
	olderText := &Version{Unit: unit("Stawki stare."), Range: Range{From: first}, Source: older.Ref}
	newerText := &Version{Unit: unit("Stawki nowsze."), Range: Range{From: second}, Source: newer.Ref}
	computed := &Version{Unit: unit("Stawki nowe."), Range: Range{From: amended, To: second.AddDays(-1)}, Source: amending.Ref, Computed: true,
		Applied: []AppliedAmendment{{Unit: "zal", Kind: WordingSet, Provision: "§ 1", Act: "du-2025-941", InForce: amended}}}
	closed := *olderText
	closed.Range.To = amended.AddDays(-1)
	stored, err := NewAct(ActInfo{ID: "a", Title: "A"}, []*Version{&closed, computed, newerText}, older, amending, newer)
	if err != nil {
		t.Fatal(err)
	}
	again, err := stored.Merge(stored.ActInfo, []*Version{olderText, newerText}, older, newer)
	if err != nil {
		t.Fatalf("importing the same texts again: %v", err)
	}
	if got, want := rangesOf(again.Versions("zal")), rangesOf(stored.Versions("zal")); got != want {
		t.Errorf("versions after importing again: %s, want %s", got, want)
	}
}

func rangesOf(vs []*Version) string {
	s := ""
	for _, v := range vs {
		s += v.Range.String() + " (" + v.Source + "); "
	}
	return s
}

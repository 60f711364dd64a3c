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

package diff

import (
	"slices"
	"strings"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/corpustest"
)

// TestComputedAttribution compares a published version with one lexdiff
// computed from an amending act: the change is attributed to the amending
// provision the computed version records, marked as computed.
func TestComputedAttribution(t *testing.T) {
	a := corpustest.ComputedAct(t)
	r, err := Dates(a, corpustest.Date(t, "2025-12-17"), corpustest.Date(t, "2025-12-18"), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Changes) != 1 {
		t.Fatalf("changes %v", summaries(r.Changes))
	}
	at := r.Changes[0].Attribution
	if at == nil || !at.Computed || at.Provision != "§ 1" || at.ELI != "DU/2025/1695" || at.Unit != "par2.pkt4" || at.Footnote != "" {
		t.Fatalf("attribution %+v, want the computed change of § 1 of DU/2025/1695", at)
	}
	if s := at.String(); s != "computed by lexdiff from § 1 of Dz. U. z 2025 r. poz. 1695, in force 2025-12-18" {
		t.Errorf("attribution reads %q", s)
	}
	h, err := HistoryOf(a, "par2.pkt4")
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Entries) != 2 || h.Entries[0].Computed || !h.Entries[1].Computed || len(h.Entries[1].Attributions) != 1 {
		t.Errorf("history entries %+v", h.Entries)
	}
	var b strings.Builder
	if err := RenderHistoryText(&b, h, false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "computed by lexdiff, no published text yet") {
		t.Errorf("history text:\n%s", b.String())
	}
}

// TestComputedRenumbering: a unit an amending act renumbered, computed
// without a consolidated text to say so in a footnote, moved (it was
// removed, and the new one added), and its history goes back past the
// renumbering, as for a footnote's "Oznaczenie … nadane przez" (found by a
// review: "dotychczasowy załącznik oznacza się jako załącznik nr 1").
func TestComputedRenumbering(t *testing.T) {
	kept := corpustest.Version(t, "2020-01-01", "§ 1. Przepis ogólny.")
	old := corpustest.Version(t, "2020-01-01 2021-01-31", "§ 2. Wniosek składa się na piśmie.")
	renumbered := corpustest.Computed(t, "2021-02-01", "§ 2a. Wniosek składa się na piśmie lub elektronicznie.",
		corpus.AppliedAmendment{Unit: "par2a", Kind: corpus.Renumbered, Provision: "§ 1 pkt 1", Act: "du-2021-7", Title: "Rozporządzenie zmieniające",
			Ref: "Dz. U. z 2021 r. poz. 7", ELI: "DU/2021/7", InForce: corpustest.Date(t, "2021-02-01")},
		corpus.AppliedAmendment{Unit: "par2a", Kind: corpus.WordingSet, Provision: "§ 1 pkt 1", Act: "du-2021-7", Title: "Rozporządzenie zmieniające",
			Ref: "Dz. U. z 2021 r. poz. 7", ELI: "DU/2021/7", InForce: corpustest.Date(t, "2021-02-01")})
	a := corpustest.Act(t, corpus.ActInfo{ID: "r", Title: "R"}, kept, old, renumbered)
	r, err := Dates(a, corpustest.Date(t, "2021-01-31"), corpustest.Date(t, "2021-02-01"), "")
	if err != nil {
		t.Fatal(err)
	}
	if got := summaries(r.Changes); len(r.Changes) != 1 || r.Changes[0].Kind != Moved || r.Changes[0].MovedFrom != "par2" {
		t.Errorf("changes %v, want § 2a moved from § 2", got)
	}
	h, err := HistoryOf(a, "par2a")
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Entries) != 2 || h.Entries[0].Unit != "par2" {
		t.Errorf("history of § 2a: %+v, want the wording of § 2 first", h.Entries)
	}
}

// TestRepealedNotMoved: ust. 2 is repealed and keeps its number, and
// ust. 3 is added with the words ust. 2 had (found by a review, on a
// variant of the Sunday trading act): ust. 2 is repealed and ust. 3
// added, not moved from ust. 2; while ust. 4's words, whose number is
// gone, moved to ust. 5.
func TestRepealedNotMoved(t *testing.T) {
	old := corpustest.Version(t, "2020-01-01 2021-01-31", "§ 1. 1. Wniosek składa się na piśmie.\n2. Inspektor może żądać ewidencji.\n4. Organ wydaje decyzję.")
	now := corpustest.Version(t, "2021-02-01", "§ 1. 1. Wniosek składa się na piśmie.\n2. (uchylony)\n3. Inspektor może żądać ewidencji.\n5. Organ wydaje decyzję.")
	a := corpustest.Act(t, corpus.ActInfo{ID: "r", Title: "R"}, old, now)
	r, err := Dates(a, corpustest.Date(t, "2021-01-31"), corpustest.Date(t, "2021-02-01"), "")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"par1.ust2 repealed(repealed)", "par1.ust3 added", "par1.ust5 moved<-par1.ust4"}
	if got := summaries(r.Changes); !slices.Equal(got, want) {
		t.Errorf("changes %q, want %q", got, want)
	}
}

// TestGroupingTitleChanged: an amending act gives Rozdział 4 a new title
// ("tytuł rozdziału 4 otrzymuje brzmienie"): its article's words are as
// they were, and the change of the heading above it is reported, with the
// act that made it (found by a review: the comparison said "no changes").
func TestGroupingTitleChanged(t *testing.T) {
	old := corpustest.Version(t, "2020-01-01 2021-01-31", "Rozdział 4\nPrzepisy karne\n§ 10. Kto narusza zakaz, podlega karze grzywny.")
	now := corpustest.Computed(t, "2021-02-01", "Rozdział 4\nPrzepisy karne i kontrola\n§ 10. Kto narusza zakaz, podlega karze grzywny.",
		corpus.AppliedAmendment{Unit: "par10", Kind: corpus.Changed, Provision: "§ 1 pkt 1", Act: "du-2021-7", Title: "Rozporządzenie zmieniające",
			Ref: "Dz. U. z 2021 r. poz. 7", ELI: "DU/2021/7", InForce: corpustest.Date(t, "2021-02-01")})
	a := corpustest.Act(t, corpus.ActInfo{ID: "r", Title: "R"}, old, now)
	r, err := Dates(a, corpustest.Date(t, "2021-01-31"), corpustest.Date(t, "2021-02-01"), "")
	if err != nil {
		t.Fatal(err)
	}
	if got := summaries(r.Changes); !slices.Equal(got, []string{"par10 annotated @Dz. U. z 2021 r. poz. 7 2021-02-01"}) {
		t.Fatalf("changes %q, want § 10 annotated, by the act of 2021 poz. 7", got)
	}
	g := r.Changes[0].Groups
	if g == nil || !slices.Equal(g.Old, []string{"Rozdział 4 Przepisy karne"}) || !slices.Equal(g.New, []string{"Rozdział 4 Przepisy karne i kontrola"}) {
		t.Errorf("groups %+v, want Rozdział 4's old and new title", g)
	}
	var b strings.Builder
	if err := RenderText(&b, r, false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "under: Rozdział 4 Przepisy karne{+ i kontrola+}") {
		t.Errorf("text:\n%s", b.String())
	}
}

// TestGroupingsUnknownOnOneSide: a version from a source that prints no
// headings (a portal's export of one unit) says nothing of the chapter
// the unit stands in: no change of the headings is reported against it.
func TestGroupingsUnknownOnOneSide(t *testing.T) {
	old := corpustest.Version(t, "2020-01-01 2020-12-31", "Rozdział 4\nPrzepisy karne\n§ 10. Kto narusza zakaz, podlega karze grzywny.")
	now := corpustest.Version(t, "2021-01-01", "§ 10. Kto narusza zakaz, podlega karze grzywny do 5000 zł.")
	a := corpustest.Act(t, corpus.ActInfo{ID: "r", Title: "R"}, old, now)
	r, err := Dates(a, corpustest.Date(t, "2020-12-31"), corpustest.Date(t, "2021-01-01"), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Changes) != 1 || r.Changes[0].Groups != nil {
		t.Errorf("changes %q, groups %+v; want § 10 modified, with no change of headings", summaries(r.Changes), r.Changes[0].Groups)
	}
}

// TestComputedThenPublished: a wording computed from an amending act that
// a consolidated text then states from its own date is one entry of the
// history, not marked "no published text yet" (found by a review).
func TestComputedThenPublished(t *testing.T) {
	old := corpustest.Version(t, "2020-01-01 2021-01-31", "§ 3. Organ rozpatruje wniosek w terminie 14 dni.")
	computed := corpustest.Computed(t, "2021-02-01 2021-05-31", "§ 3. Organ rozpatruje wniosek w terminie 30 dni.",
		corpus.AppliedAmendment{Unit: "par3", Kind: corpus.Changed, Provision: "§ 1", Act: "du-2021-7", Title: "Rozporządzenie zmieniające",
			Ref: "Dz. U. z 2021 r. poz. 7", ELI: "DU/2021/7", InForce: corpustest.Date(t, "2021-02-01")})
	published := corpustest.Version(t, "2021-06-01", "§ 3. Organ rozpatruje wniosek w terminie 30 dni.")
	a := corpustest.Act(t, corpus.ActInfo{ID: "r", Title: "R"}, old, computed, published)
	h, err := HistoryOf(a, "par3")
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Entries) != 2 || h.Entries[1].Computed || h.Entries[1].Range.From != corpustest.Date(t, "2021-02-01") {
		t.Errorf("history entries %+v, want the second from 2021-02-01, stated by a published text", h.Entries)
	}
}

package amend

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"lexdiff/corpus"
)

// realText returns the path of a file of ../shared/realtexts, skipping the
// test when the folder is not beside the repository.
func realText(t testing.TB, name string) string {
	t.Helper()
	path := filepath.Join("..", "..", "..", "shared", "realtexts", name)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s not found: the real texts stand beside the repository in ../shared/realtexts", path)
	}
	return path
}

// readDocument reads a file of the dziennik-ustaw-md dataset.
func readDocument(t testing.TB, path string) *corpus.Document {
	t.Helper()
	doc, err := parseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// parseFile reads a file of the dataset as corpus.ParseDocument does.
func parseFile(path string) (*corpus.Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return corpus.ParseDocument(filepath.Base(path), data)
}

// mdDocument reads an amending act of the dataset.
func mdDocument(t testing.TB, path string) *Document { return FromDocument(readDocument(t, path)) }

// consolidatedAct reads the act that a consolidated text of the dataset
// states, and the day it states it on (the obwieszczenie's).
func consolidatedAct(t testing.TB, path, id string) (*corpus.Act, corpus.Date) {
	t.Helper()
	doc := readDocument(t, path)
	if doc.Kind != corpus.Consolidated {
		t.Fatalf("%s is %s, not a consolidated text", path, doc.Kind)
	}
	info := doc.Act
	info.ID = id
	a, err := corpus.NewAct(info, doc.Versions, doc.Source)
	if err != nil {
		t.Fatal(err)
	}
	return a, doc.Source.Date
}

// TestArticleFootnoteKept: a new wording of art. 9a ust. 2 keeps the
// footnote of art. 9a printed before its ust. 1 ("Art. 9a. [^2] 1. …",
// the lobbying act): the amending act did not touch it.
func TestArticleFootnoteKept(t *testing.T) {
	a, _ := consolidatedAct(t, realText(t, "DU-2025-677.md"), "act")
	text := `USTAWA
z dnia 10 października 2025 r.
o zmianie ustawy o działalności lobbingowej w procesie stanowienia prawa
Art. 1. W ustawie z dnia 7 lipca 2005 r. o działalności lobbingowej w procesie stanowienia prawa (Dz. U. z 2025 r. poz. 677) w art. 9a ust. 2 otrzymuje brzmienie:
„2. Konsultacje społeczne polegają na zgłaszaniu uwag do projektu ustawy.”.
Art. 2. Ustawa wchodzi w życie z dniem 1 grudnia 2025 r.
`
	res, err := applyTo(t, text, a)
	if err != nil {
		t.Fatal(err)
	}
	v := res.Changes[0].Versions[0]
	kept := slices.ContainsFunc(v.Footnotes, func(f corpus.Footnote) bool { return f.Label == "2" && f.Unit == "art9a" })
	if v.Unit.ID != "art9a" || len(v.Unit.Markers) != 1 || v.Unit.Markers[0].Label != "2" || !kept {
		t.Errorf("art. 9a computed: markers %+v, footnotes %+v; want its footnote [2] kept", v.Unit.Markers, v.Footnotes)
	}
}

// TestFootnotesKeptReadBack: changes to the Sunday trading act keep the
// notes the computed versions still need, and every version reads back
// from the form the store keeps it in. The note of the heading of
// Rozdział 3, over art. 9 (changed); note 1, to which note 10 of art. 10
// ust. 2 pkt 1 refers ("ustawy, o której mowa w odnośniku 1") when art. 10
// ust. 1 changes; note 5 of art. 7 ust. 1b, renumbered ust. 1c, which
// goes with it.
func TestFootnotesKeptReadBack(t *testing.T) {
	a, _ := consolidatedAct(t, realText(t, "DU-2025-301.md"), "act")
	text := `USTAWA
z dnia 10 stycznia 2026 r.
o zmianie ustawy o ograniczeniu handlu w niedziele i święta oraz w niektóre inne dni
Art. 1. W ustawie z dnia 10 stycznia 2018 r. o ograniczeniu handlu w niedziele i święta oraz w niektóre inne dni (Dz. U. z 2025 r. poz. 301) wprowadza się następujące zmiany:
1) w art. 7 ust. 1b oznacza się jako ust. 1c;
2) w art. 9 w ust. 2 wyrazy „za czas urlopu wypoczynkowego” zastępuje się wyrazami „za czas urlopu”;
3) w art. 10 w ust. 1 wyrazy „od 1000 do 100 000 zł” zastępuje się wyrazami „od 2000 do 200 000 zł”.
Art. 2. Ustawa wchodzi w życie z dniem 1 marca 2026 r.
`
	res, err := applyTo(t, text, a)
	if err != nil {
		t.Fatal(err)
	}
	byUnit := map[string]*corpus.Version{} // as read back
	for _, v := range res.Changes[0].Versions {
		back, err := corpus.ParseText(v.Unit.ID, v, corpus.FormatText(v), v.Footnotes)
		if err != nil {
			t.Errorf("%s does not read back: %v", v.Unit.ID, err)
			back = v
		}
		byUnit[v.Unit.ID] = back
	}
	note := func(top, unit, label string) *corpus.Footnote {
		v := byUnit[top]
		if v == nil {
			t.Fatalf("no version of %s computed", top)
		}
		for i, f := range v.Footnotes {
			if f.Label == label && f.Unit == unit {
				return &v.Footnotes[i]
			}
		}
		t.Errorf("%s: no note [%s] of %q among %+v", top, label, unit, v.Footnotes)
		return nil
	}
	note("art9", "", "6")
	if f := note("art10", "art10.ust2.pkt1", "10"); f != nil {
		if f.Amendment == nil || f.Amendment.Ref == nil || f.Amendment.Ref.String() != "Dz. U. z 2024 r. poz. 1965" {
			t.Errorf("note 10 of art. 10 ust. 2 pkt 1: %+v, want it to name the act of note 1 (Dz. U. z 2024 r. poz. 1965)", f.Amendment)
		}
	}
	note("art7", "art7.ust1c", "5")
}

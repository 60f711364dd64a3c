package amend

import (
	"os"
	"path/filepath"
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
	if v.Unit.ID != "art9a" || len(v.Unit.Markers) != 1 || v.Unit.Markers[0].Label != "2" || len(v.Footnotes) != 1 || v.Footnotes[0].Unit != "art9a" {
		t.Errorf("art. 9a computed: markers %+v, footnotes %+v; want its footnote [2] kept", v.Unit.Markers, v.Footnotes)
	}
}

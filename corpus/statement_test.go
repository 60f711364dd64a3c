package corpus_test

import (
	"strings"
	"testing"

	"lexdiff/corpus"
)

// statementDoc is a government statement as the Dziennik Ustaw prints
// one (after DU/2026/1016): a treaty in force and its parties, in running
// text with no unit.
const statementDoc = `---
title: "Oświadczenie rządowe z dnia 23 marca 2026 r. w sprawie mocy obowiązującej Umowy o Międzynarodowym Stowarzyszeniu Rozwoju"
eli: "DU/2026/1016"
rank: "%s"
---

# Oświadczenie rządowe z dnia 23 marca 2026 r. w sprawie mocy obowiązującej Umowy o Międzynarodowym Stowarzyszeniu Rozwoju

OŚWIADCZENIE RZĄDOWE

z dnia 23 marca 2026 r.

Podaje się niniejszym do wiadomości, że umowa weszła w życie w stosunku do Rzeczypospolitej Polskiej dnia 28 czerwca 1988 r.

Jednocześnie podaje się do wiadomości, że stronami ww. umowy są:

Republika Albanii

Republika Angoli
`

// TestImportSkipsStatement: a document of the journal that states facts
// in no units (an oświadczenie rządowe) is skipped, saying why, and the
// acts imported beside it land; a document whose rank makes it an act
// yet holds no unit is still refused.
func TestImportSkipsStatement(t *testing.T) {
	empty, _ := corpus.New()
	statement := corpus.File{Name: "DU-2026-1016.md", Data: []byte(strings.Replace(statementDoc, "%s", "oświadczenie rządowe", 1))}
	res, err := empty.Import(corpus.ImportRequest{Files: append(realFiles(t, "DU-2025-677.md"), statement)})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Acts) != 1 {
		t.Errorf("%d acts imported, want the lobbying act", len(res.Acts))
	}
	f := res.Files[1]
	if f.Kind != corpus.Statement || !strings.Contains(f.Skipped, "a statement with no articles or paragraphs (oświadczenie rządowe: Oświadczenie rządowe z dnia 23 marca 2026 r.") {
		t.Errorf("the statement: kind %q, skipped %q", f.Kind, f.Skipped)
	}

	// A treaty's rank, a document the journal gives as an image of the PDF
	// (DU-2025-600): skipped too; it stopped a folder's import.
	treaty := corpus.File{Name: "DU-2025-600.md", Data: []byte(strings.Replace(statementDoc, "%s", "umowa międzynarodowa", 1))}
	if res, err := empty.Import(corpus.ImportRequest{Files: []corpus.File{treaty}}); err != nil || res.Files[0].Kind != corpus.Statement {
		t.Errorf("a treaty with no unit: %v, want it skipped", err)
	}

	act := corpus.File{Name: "DU-2026-1016.md", Data: []byte(strings.Replace(statementDoc, "%s", "ustawa", 1))}
	if _, err := empty.Import(corpus.ImportRequest{Files: []corpus.File{act}}); err == nil || !strings.Contains(err.Error(), "DU-2026-1016.md:1:1: no unit found") {
		t.Errorf("an act with no unit: %v, want it refused", err)
	}
}

// TestImportPostanowienie: a postanowienie in paragraphs (the President's
// ordering of a by-election, DU-2025-50) is an act like any other; it was
// refused ("the file does not say which act it holds"), and with it the
// whole import.
func TestImportPostanowienie(t *testing.T) {
	doc := `---
title: "Postanowienie Prezydenta Rzeczypospolitej Polskiej z dnia 15 stycznia 2025 r. w sprawie zarządzenia wyborów uzupełniających do Senatu Rzeczypospolitej Polskiej"
rank: "postanowienie"
eli: "DU/2025/50"
display_address: "Dz.U. 2025 poz. 50"
announcement_date: "2025-01-15"
promulgation_date: "2025-01-15"
entry_into_force: "2025-01-15"
---

# Postanowienie Prezydenta Rzeczypospolitej Polskiej z dnia 15 stycznia 2025 r. w sprawie zarządzenia wyborów uzupełniających do Senatu Rzeczypospolitej Polskiej

POSTANOWIENIE

PREZYDENTA RZECZYPOSPOLITEJ POLSKIEJ

z dnia 15 stycznia 2025 r.

w sprawie zarządzenia wyborów uzupełniających do Senatu Rzeczypospolitej Polskiej

##### § 1.

Zarządza się wybory uzupełniające do Senatu Rzeczypospolitej Polskiej.

##### § 2.

Postanowienie wchodzi w życie z dniem ogłoszenia.
`
	empty, _ := corpus.New()
	res, err := empty.Import(corpus.ImportRequest{Files: []corpus.File{{Name: "DU-2025-50.md", Data: []byte(doc)}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Acts) != 1 || res.Acts[0].Type != "postanowienie" || len(res.Acts[0].Units()) != 2 {
		t.Errorf("acts %+v", res.Acts)
	}
}

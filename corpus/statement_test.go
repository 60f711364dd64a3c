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

	act := corpus.File{Name: "DU-2026-1016.md", Data: []byte(strings.Replace(statementDoc, "%s", "ustawa", 1))}
	if _, err := empty.Import(corpus.ImportRequest{Files: []corpus.File{act}}); err == nil || !strings.Contains(err.Error(), "DU-2026-1016.md:1:1: no unit found") {
		t.Errorf("an act with no unit: %v, want it refused", err)
	}
}

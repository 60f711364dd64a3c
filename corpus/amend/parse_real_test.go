package amend

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lexdiff/corpus"
)

// TestRealAmendingActs reads the amending acts of ../shared/realtexts; the
// operations expected were written by reading the acts.
func TestRealAmendingActs(t *testing.T) {
	for _, tt := range []struct {
		file    string
		inForce string
		ops     []string
	}{
		{"DU-2026-53.md", "2026-01-17", []string{
			"§ 1 pkt 1 lit. a → § 2 ust. 3: new wording „3. Kwoty, o które podwyższa się stypendium aplikanta odbywającego zaję …”",
			"§ 1 pkt 1 lit. b → § 2 ust. 3a i 3b: added after ust. 3: „3a. Kwoty, o które podwyższa się stypendium aplikanta odbywającego zaj …”",
			"§ 1 pkt 1 lit. c → § 2 ust. 4: new wording „4. Stypendium nie podwyższa się, jeżeli aplikant ma miejsce zamieszkan …”",
			"§ 1 pkt 1 lit. d → § 2 ust. 5: „wskazanym” replaced by „wyznaczonym”",
			"§ 1 pkt 2 → załącznik: renumbered as załącznik nr 1",
			"§ 1 pkt 2 → załącznik nr 1: new wording from annex 1 of the amending act",
			"§ 1 pkt 3 → załącznik nr 2: added from annex 2 of the amending act",
		}},
		{"DU-2025-1695.md", "2025-12-18", []string{"§ 1 → § 2 pkt 4: repealed"}},
		{"DU-2025-969.md", "2025-08-06", []string{
			"§ 1 pkt 1 → § 9 pkt 2: new wording „2) odpis skrócony aktu urodzenia dziecka, a w przypadku gdy nie został …”",
			"§ 1 pkt 2 → § 10 ust. 1 pkt 2: new wording „2) odpis skrócony aktu urodzenia dziecka lub zagraniczny dokument potw …”",
			"§ 1 pkt 3 lit. a → § 11 ust. 1 pkt 3: new wording „3) odpis skrócony aktu urodzenia dziecka, a w przypadku gdy nie został …”",
			"§ 1 pkt 3 lit. b → § 11 ust. 2 pkt 3: new wording „3) odpis skrócony aktu urodzenia dziecka, a w przypadku gdy nie został …”",
		}},
	} {
		t.Run(tt.file, func(t *testing.T) {
			am, err := Parse(mdDocument(t, realText(t, tt.file)))
			if err != nil {
				t.Fatal(err)
			}
			if am.InForce.String() != tt.inForce || len(am.Exceptions) != 0 {
				t.Errorf("in force %s, exceptions %v; want %s and none", am.InForce, am.Exceptions, tt.inForce)
			}
			var got []string
			for _, op := range am.Operations {
				got = append(got, op.String())
				if op.InForce != am.InForce {
					t.Errorf("%s: in force %s", op, op.InForce)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.ops, "\n") {
				t.Errorf("operations: mismatch\nwant\n%s\ngot\n%s", strings.Join(tt.ops, "\n"), strings.Join(got, "\n"))
			}
		})
	}
}

// TestSweepAmendingActs reads every amending act of a folder of
// dziennik-ustaw-md files named by LEXDIFF_SWEEP (skipped without it), a
// check of the parser's generality on texts it was not written for. An
// instruction lexdiff knowingly refuses (a row of a table) is logged; any
// other error fails.
func TestSweepAmendingActs(t *testing.T) {
	dir := os.Getenv("LEXDIFF_SWEEP")
	if dir == "" {
		t.Skip("set LEXDIFF_SWEEP to a folder of dziennik-ustaw-md files")
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	read, ops := 0, 0
	for _, path := range paths {
		parsed, err := parseFile(path)
		if err != nil || parsed.Kind != corpus.Amending {
			continue // the reader's errors are the reader's tests'
		}
		doc := FromDocument(parsed)
		am, err := Parse(doc)
		var el corpus.ErrorList
		switch {
		case err == nil:
			read++
			ops += len(am.Operations)
			for _, op := range am.Operations {
				t.Logf("%s: %s [%s]", doc.Name, op, op.InForce)
			}
		case errors.As(err, &el) && strings.Contains(err.Error(), "row of a table"):
			t.Logf("%s: refused as expected: %v", doc.Name, err)
		case strings.Contains(err.Error(), "no instruction found"):
			t.Logf("%s: not an amending act", doc.Name)
		default:
			t.Errorf("%s: %v", doc.Name, err)
		}
	}
	t.Logf("%d amending acts read, %d operations", read, ops)
}

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lexdiff/corpus/amend"
)

// amendingText amends the act of otherAct (Dz. U. z 2099 r. poz. 1).
const amendingText = `ROZPORZĄDZENIE
MINISTRA PRÓB
z dnia 2 lutego 2099 r.
zmieniające rozporządzenie próbne
§ 1. W rozporządzeniu Ministra Prób z dnia 1 grudnia 2098 r. próbnym (Dz. U. z 2099 r. poz. 1) w § 1 wyraz „zaświadczenie” zastępuje się wyrazami „zaświadczenie na wniosek”.
§ 2. Rozporządzenie wchodzi w życie po upływie 14 dni od dnia ogłoszenia.
`

func TestAmend(t *testing.T) {
	dir := writeCorpus(t, otherAct(t))
	file := filepath.Join(t.TempDir(), "zm.txt")
	if err := os.WriteFile(file, []byte(amendingText), 0o644); err != nil {
		t.Fatal(err)
	}
	plain := []string{"-ref", "Dz. U. z 2099 r. poz. 50", "-promulgated", "2099-02-10"}
	runCases(t, []cliCase{
		{"dry run", append([]string{"amend", "-data", dir, "-dry-run", file}, plain...), 0,
			"§ 1 → § 1: „zaświadczenie” replaced by „zaświadczenie na wniosek”  [in force 2099-02-25]"},
		{"dry run shows the change", append([]string{"amend", "-data", dir, "-dry-run", file}, plain...), 0,
			"computed by lexdiff from § 1 of Dz. U. z 2099 r. poz. 50, in force 2099-02-25"},
		{"nothing stored by a dry run", []string{"at", "-data", dir, "-act", "du-2099-1", "-date", "2099-03-01", "§ 1"}, 0,
			"§ 1. Kurator wydaje zaświadczenie.\n"},
		{"no -promulgated", []string{"amend", "-data", dir, "-ref", "Dz. U. z 2099 r. poz. 50", file}, 2, "-promulgated DATE is required: the text does not say the day the amending act was published"},
		{"no -ref", []string{"amend", "-data", dir, "-promulgated", "2099-02-10", file}, 2, "-ref REF is required"},
		{"stored", append([]string{"amend", "-data", dir, file}, plain...), 0, "stored rozporzadzenie-2099-02-02-zmieniajace-rozporzadzenie-probne and 1 computed versions"},
		{"at after", []string{"at", "-data", dir, "-act", "du-2099-1", "-date", "2099-03-01", "§ 1"}, 0,
			"computed by lexdiff from the amending act, not copied from a published text:\n  § 1: changed by § 1 of Dz. U. z 2099 r. poz. 50, in force 2099-02-25"},
		{"day before", []string{"at", "-data", dir, "-act", "du-2099-1", "-date", "2099-02-24", "§ 1"}, 0, "§ 1. Kurator wydaje zaświadczenie.\n"},
		{"history", []string{"history", "-data", dir, "-act", "du-2099-1", "§ 1"}, 0, "computed by lexdiff, no published text yet"},
		{"the amending act is an act", []string{"at", "-data", dir, "-act", "Dz. U. z 2099 r. poz. 50", "-date", "2099-03-01", "§ 2"}, 0, "po upływie 14 dni"},
		{"again: nothing changes", append([]string{"amend", "-data", dir, file}, plain...), 0, "already applied"},
	})
}

func TestAmendRefusesAndStoresNothing(t *testing.T) {
	dir := writeCorpus(t, otherAct(t))
	file := filepath.Join(t.TempDir(), "zm.txt")
	bad := strings.Replace(amendingText, "wyraz „zaświadczenie”", "wyraz „decyzję”", 1)
	if err := os.WriteFile(file, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI(t, "amend", "-data", dir, "-ref", "Dz. U. z 2099 r. poz. 50", "-promulgated", "2099-02-10", file)
	if code != exitUsage || !strings.Contains(errOut, "zm.txt:5:96: § 1 („w § 1 wyraz „decyzję”") || !strings.Contains(errOut, "the words „decyzję” are not in § 1") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	runCases(t, []cliCase{
		{"no amending act stored", []string{"acts", "-data", dir}, 0, "du-2099-1 "},
		{"no version stored", []string{"versions", "-data", dir, "-act", "du-2099-1"}, 0, "§ 1  2099-01-01 – …"},
	})
	if _, out, _ := runCLI(t, "acts", "-data", dir); strings.Contains(out, "rozporzadzenie-2099-02-02-zmieniajace-rozporzadzenie-probne") {
		t.Errorf("the amending act was stored after a refusal:\n%s", out)
	}
}

func TestAmendJSON(t *testing.T) {
	dir := writeCorpus(t, otherAct(t))
	file := filepath.Join(t.TempDir(), "zm.txt")
	if err := os.WriteFile(file, []byte(amendingText), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "amend", "-data", dir, "-dry-run", "-json", "-ref", "Dz. U. z 2099 r. poz. 50", "-promulgated", "2099-02-10", file)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r amendReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.Act != "rozporzadzenie-2099-02-02-zmieniajace-rozporzadzenie-probne" || r.InForce.String() != "2099-02-25" || r.Stored || len(r.Changes) != 1 || len(r.Changes[0].Operations) != 1 ||
		r.Changes[0].Operations[0].Where != "§ 1" || !r.Changes[0].Versions[0].Computed {
		t.Errorf("report %+v", r)
	}
}

// TestImportAmendingActs imports a consolidated text and the act that
// amends it: the change is computed; then the next consolidated text,
// whose footnotes date § 2 back to the amending act's day by pkt 4 alone:
// its wording takes the computed one's place from its own date.
func TestImportAmendingActs(t *testing.T) {
	real := filepath.Join("..", "..", "..", "shared", "realtexts")
	if _, err := os.Stat(real); err != nil {
		t.Skipf("%s not found", real)
	}
	dir := t.TempDir()
	runCases(t, []cliCase{
		{"import both", []string{"import", "-data", dir, filepath.Join(real, "DU-2025-506.md"), filepath.Join(real, "DU-2025-1695.md")}, 0,
			"DU-2025-1695.md: amending act rozporzadzenie-2025-11-29-zmieniajace-rozporzadzenie-w-sprawie-stanowisk-sluzbowych-na-ktorych, in force 2025-12-18\n" +
				"  rozporzadzenie-2020-10-12-stanowisk-sluzbowych-na-ktorych-funkcjonariusze-sluzby-wieziennej-nie-maja: 1 operations, 1 versions computed"},
		{"computed", []string{"at", "-data", dir, "-act", "Dz. U. z 2025 r. poz. 506", "-date", "2026-01-01", "§ 2 pkt 4"}, 0,
			"4) (uchylony);\n\nstatus: repealed\n\nversion: 2025-12-18 – (still in force)  source: Dz. U. z 2025 r. poz. 1695\ncomputed by lexdiff"},
		{"the next consolidated text", []string{"import", "-data", dir, filepath.Join(real, "DU-2026-153.md")}, 0, "1 files imported"},
		{"published", []string{"history", "-data", dir, "-act", "Dz. U. z 2025 r. poz. 506", "§ 2 pkt 4"}, 0, "from 2025-12-18: wording  (Dz. U. z 2025 r. poz. 1695; Dz. U. z 2026 r. poz. 153)\n"},
		{"computed, up to the text's date", []string{"at", "-data", dir, "-act", "Dz. U. z 2025 r. poz. 506", "-date", "2026-02-04", "§ 2 pkt 4"}, 0,
			"version: 2025-12-18 – 2026-02-04  source: Dz. U. z 2025 r. poz. 1695\ncomputed by lexdiff"},
	})
	if _, out, _ := runCLI(t, "at", "-data", dir, "-act", "Dz. U. z 2025 r. poz. 506", "-date", "2026-03-01", "§ 2 pkt 4"); strings.Contains(out, "computed") {
		t.Errorf("the published text did not take the computed wording's place:\n%s", out)
	}
}

// TestImportAmendingActBeforeItsAct imports an amending act into a corpus
// without the act it amends: it is stored, and its file kept; the import
// that brings a consolidated text of that act applies it, and the corpus
// is the one a single import of both makes. A kept file that then fails
// does not stop that import: it is named, and no longer kept.
func TestImportAmendingActBeforeItsAct(t *testing.T) {
	real := filepath.Join("..", "..", "..", "shared", "realtexts")
	base, amending := filepath.Join(real, "DU-2025-506.md"), filepath.Join(real, "DU-2025-1695.md")
	data, err := os.ReadFile(amending)
	if err != nil {
		t.Skipf("%v", err)
	}
	apart, together := t.TempDir(), t.TempDir()
	runCases(t, []cliCase{
		{"alone", []string{"import", "-data", apart, amending}, 0,
			"  not in the corpus, skipped: rozporządzeniu Ministra Sprawiedliwości z dnia 12 października 2020 r. w sprawie stanowisk służbowych"},
		{"kept", []string{"import", "-data", apart, amending}, 0,
			"  kept: the import that brings a consolidated text of one of those acts applies it there\n"},
		{"its act", []string{"import", "-data", apart, base}, 0,
			amending + " (kept from an earlier import, until what it amends arrived): amending act rozporzadzenie-2025-11-29-zmieniajace-rozporzadzenie-w-sprawie-stanowisk-sluzbowych-na-ktorych, in force 2025-12-18\n" +
				"  rozporzadzenie-2020-10-12-stanowisk-sluzbowych-na-ktorych-funkcjonariusze-sluzby-wieziennej-nie-maja: 1 operations, 1 versions computed"},
		{"again: already applied", []string{"import", "-data", apart, amending}, 0, "already applied"},
		{"both at once", []string{"import", "-data", together, amending, base}, 0, "1 versions computed"},
	})
	x, y := filepath.Join(t.TempDir(), "x"), filepath.Join(t.TempDir(), "y")
	runCLI(t, "export", "-data", apart, x)
	runCLI(t, "export", "-data", together, y)
	if diff := compareTrees(t, y, x); diff != "" {
		t.Errorf("the amending act imported before its act made another corpus: %s", diff)
	}

	bad := filepath.Join(t.TempDir(), "DU-2025-1695.md")
	if err := os.WriteFile(bad, []byte(strings.Replace(string(data), "uchyla się pkt 4", "uchyla się pkt 9", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	runCases(t, []cliCase{{"kept, failing", []string{"import", "-data", dir, bad}, 0, "kept:"}})
	want := bad + " (kept from an earlier import): not applied, no longer kept: " + bad + ":37:244: § 1 („w § 2 uchyla się pkt 9.”): rozporzadzenie-2020-10-12-stanowisk-sluzbowych-na-ktorych-funkcjonariusze-sluzby-wieziennej-nie-maja has no § 2 pkt 9"
	if code, out, errOut := runCLI(t, "import", "-data", dir, base); code != 0 || !strings.Contains(out, "1 files imported") || !strings.Contains(errOut, want) {
		t.Errorf("its act: exit %d\n%s\n%s", code, out, errOut)
	}
	if _, _, errOut := runCLI(t, "import", "-data", dir, base); strings.Contains(errOut, "kept from an earlier import") {
		t.Errorf("the failing file is still kept:\n%s", errOut)
	}
}

// TestKeptFiles: a kept amending act's file is planned only by an import
// that brings an act it amends (an unrelated import says nothing of it),
// also when the act comes in a folder lexdiff export wrote; why a kept file
// is dropped is said only by the import that lands.
func TestKeptFiles(t *testing.T) {
	real := filepath.Join("..", "..", "..", "shared", "realtexts")
	base, amending, other := filepath.Join(real, "DU-2025-506.md"), filepath.Join(real, "DU-2025-1695.md"), filepath.Join(real, "DU-2025-677.md")
	data, err := os.ReadFile(amending)
	if err != nil {
		t.Skipf("%v", err)
	}
	withBase, exported := t.TempDir(), filepath.Join(t.TempDir(), "x")
	runCLI(t, "import", "-data", withBase, base)
	runCLI(t, "export", "-data", withBase, exported)
	dir := t.TempDir()
	runCases(t, []cliCase{
		{"kept", []string{"import", "-data", dir, amending}, 0, "kept:"},
		{"an unrelated act", []string{"import", "-data", dir, other}, 0, "1 files imported"},
		{"the act, from an export", []string{"import", "-data", dir, exported}, 0, amending + " (kept from an earlier import, until what it amends arrived)"},
	})
	if _, out, _ := runCLI(t, "import", "-data", dir, other); strings.Contains(out, "kept from an earlier import") {
		t.Errorf("an import that brings no act the kept file amends planned it:\n%s", out)
	}

	bad := filepath.Join(t.TempDir(), "DU-2025-1695.md")
	if err := os.WriteFile(bad, []byte(strings.Replace(string(data), "uchyla się pkt 4", "uchyla się pkt 9", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	badLater := filepath.Join(t.TempDir(), "DU-2026-53.md")
	later, err := os.ReadFile(filepath.Join(real, "DU-2026-53.md"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(badLater, []byte(strings.Replace(string(later), "wyraz „wskazanym”", "wyraz „wskazanemu”", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	dir = t.TempDir()
	runCLI(t, "import", "-data", dir, bad)
	if code, _, errOut := runCLI(t, "import", "-data", dir, base, filepath.Join(real, "DU-2025-1586.md"), badLater); code == 0 || strings.Contains(errOut, "no longer kept") {
		t.Errorf("an import that stops: exit %d, and says a kept file is dropped:\n%s", code, errOut)
	}
	if code, _, errOut := runCLI(t, "import", "-data", dir, base); code != 0 || !strings.Contains(errOut, bad+" (kept from an earlier import): not applied, no longer kept:") {
		t.Errorf("the import that lands: exit %d\n%s", code, errOut)
	}
}

// TestImportNewestFirst imports a chain one file at a time, newest first:
// the consolidated text that takes the amending act in, the amending act
// (nothing to apply it to yet: its file is kept), then the older text,
// whose import applies it. The corpus, aliases and all, is the one a
// single import of the three makes.
func TestImportNewestFirst(t *testing.T) {
	real := filepath.Join("..", "..", "..", "shared", "realtexts")
	files := []string{filepath.Join(real, "DU-2026-594.md"), filepath.Join(real, "DU-2026-53.md"), filepath.Join(real, "DU-2025-1586.md")}
	if _, err := os.Stat(files[0]); err != nil {
		t.Skipf("%v", err)
	}
	apart, together := t.TempDir(), t.TempDir()
	runCases(t, []cliCase{
		{"the newest text", []string{"import", "-data", apart, files[0]}, 0, "1 files imported"},
		{"the amending act, kept", []string{"import", "-data", apart, files[1]}, 0,
			"takes this amending act in, and the corpus knows the act before it only from that text; nothing changed\n" +
				"  kept: the import that brings an older consolidated text of it applies the amending act there\n"},
		{"the older text applies it", []string{"import", "-data", apart, files[2]}, 0,
			files[1] + " (kept from an earlier import, until what it amends arrived): amending act rozporzadzenie-2026-01-13-zmieniajace-rozporzadzenie-w-sprawie-stypendium-aplikantow-krajowej-szkoly"},
		{"all at once", append([]string{"import", "-data", together}, files...), 0, "3 files imported"},
	})
	x, y := filepath.Join(t.TempDir(), "x"), filepath.Join(t.TempDir(), "y")
	runCLI(t, "export", "-data", apart, x)
	runCLI(t, "export", "-data", together, y)
	if diff := compareTrees(t, y, x); diff != "" {
		t.Errorf("newest first, one at a time, made another corpus: %s", diff)
	}
}

// TestImportAmendingActRefused imports a consolidated text with an
// amending act whose instruction names a unit the act lacks: the import
// stops, or with -keep-going stores the consolidated text alone.
func TestImportAmendingActRefused(t *testing.T) {
	real := filepath.Join("..", "..", "..", "shared", "realtexts")
	data, err := os.ReadFile(filepath.Join(real, "DU-2025-1695.md"))
	if err != nil {
		t.Skipf("%v", err)
	}
	bad := filepath.Join(t.TempDir(), "DU-2025-1695.md")
	if err := os.WriteFile(bad, []byte(strings.Replace(string(data), "uchyla się pkt 4", "uchyla się pkt 9", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	base := filepath.Join(real, "DU-2025-506.md")
	dir := t.TempDir()
	runCases(t, []cliCase{
		{"stops", []string{"import", "-data", dir, base, bad}, 2, "DU-2025-1695.md:37:244: § 1 („w § 2 uchyla się pkt 9.”): rozporzadzenie-2020-10-12-stanowisk-sluzbowych-na-ktorych-funkcjonariusze-sluzby-wieziennej-nie-maja has no § 2 pkt 9 in force on 2025-12-17"},
		{"nothing stored", []string{"acts", "-data", dir}, 0, ""},
		{"keeps going", []string{"import", "-data", dir, "-keep-going", base, bad}, 0, "1 files imported"},
	})
	if _, out, _ := runCLI(t, "acts", "-data", dir); strings.Count(out, "\n") != 1 || strings.Contains(out, "2025-11-29") {
		t.Errorf("acts after -keep-going:\n%s", out)
	}
}

// TestImportAmendingActCovered imports a consolidated text, an amending
// act with an instruction that cannot be applied, and the next
// consolidated text, which takes the amending act in: the import lands,
// nothing of the amending act is applied, and the wording is the next
// text's. Without that text the import stops.
func TestImportAmendingActCovered(t *testing.T) {
	real := filepath.Join("..", "..", "..", "shared", "realtexts")
	data, err := os.ReadFile(filepath.Join(real, "DU-2026-53.md"))
	if err != nil {
		t.Skipf("%v", err)
	}
	bad := filepath.Join(t.TempDir(), "DU-2026-53.md")
	if err := os.WriteFile(bad, []byte(strings.Replace(string(data), "wyraz „wskazanym”", "wyraz „wskazanemu”", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	before, after := filepath.Join(real, "DU-2025-1586.md"), filepath.Join(real, "DU-2026-594.md")
	alone, with := t.TempDir(), t.TempDir()
	runCases(t, []cliCase{
		{"stops without the next text", []string{"import", "-data", alone, before, bad}, 2, "DU-2026-53.md:55:4: § 1 pkt 1 lit. d („w ust. 5 wyraz „wskazanemu” zastępuje się wyrazem „wyznaczonym”;”): the words „wskazanemu” are not in § 2 ust. 5"},
		{"lands with it", []string{"import", "-data", with, before, bad, after}, 0,
			"  rozporzadzenie-2017-12-22-stypendium-aplikantow-krajowej-szkoly-sadownictwa-i-prokuratury: lexdiff cannot read or apply every instruction to it (below), and its consolidated text Dz. U. z 2026 r. poz. 594 takes this amending act in and gives the wording it made; nothing applied\n" +
				"  not applied: " + bad + ":55:4: § 1 pkt 1 lit. d"},
		{"the next text's wording from the change", []string{"at", "-data", with, "-act", "Dz. U. z 2025 r. poz. 1586", "-date", "2026-03-01", "§ 2 ust. 5"}, 0,
			"w innym miejscu wyznaczonym przez Dyrektora Krajowej Szkoły lub zajęcia odbyły się w trybie zdalnym z wykorzystaniem środków komunikacji elektronicznej. Stypendium podwyższa się, jeżeli odwołanie zaplanowanych zajęć lub zarządzenie ich odbycia w trybie zdalnym nie nastąpiło z co najmniej 7‑dniowym wyprzedzeniem.\n\nversion: 2026-01-17 – (still in force)  source: Dz. U. z 2026 r. poz. 594\n"},
		{"the amending act stored", []string{"acts", "-data", with}, 0, "rozporzadzenie-2026-01-13-zmieniajace-rozporzadzenie-w-sprawie-stypendium-aplikantow-krajowej-szkoly"},
		{"again: nothing new", []string{"import", "-data", with, before, bad, after}, 0, "nothing new"},
	})
	if _, out, _ := runCLI(t, "acts", "-data", alone); out != "" {
		t.Errorf("acts stored by the import that stopped:\n%s", out)
	}
	// Stopped by another file, the amending act says so.
	binary := filepath.Join(t.TempDir(), "DU-2099-2.md")
	if err := os.WriteFile(binary, []byte("\x00binary"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := runCLI(t, "import", "-data", t.TempDir(), before, filepath.Join(real, "DU-2026-53.md"), binary); code != exitUsage ||
		!strings.Contains(errOut, "DU-2026-53.md: not applied: an amending act is applied after the other files, and the import stopped before it") {
		t.Errorf("exit %d, stderr:\n%s", code, errOut)
	}
}

func TestImportPlainAmendingAct(t *testing.T) {
	dir := writeCorpus(t, otherAct(t))
	file := filepath.Join(t.TempDir(), "zm.txt")
	if err := os.WriteFile(file, []byte(amendingText), 0o644); err != nil {
		t.Fatal(err)
	}
	runCases(t, []cliCase{
		{"import", []string{"import", "-data", dir, "-ref", "Dz. U. z 2099 r. poz. 50", "-promulgated", "2099-02-10", file}, 0,
			"amending act rozporzadzenie-2099-02-02-zmieniajace-rozporzadzenie-probne, in force 2099-02-25\n  du-2099-1: 1 operations, 1 versions computed"},
		{"at", []string{"at", "-data", dir, "-act", "du-2099-1", "-date", "2099-03-01", "§ 1"}, 0, "Kurator wydaje zaświadczenie na wniosek."},
	})
}

// TestWhereTheyDiffer: a mismatch is shown where the texts differ, with
// words around it, also when that is past their first 160 characters
// (DU-2026-950, § 10 ust. 4 pkt 3: only the journal positions cited at
// the end differ).
func TestWhereTheyDiffer(t *testing.T) {
	head := strings.Repeat("w związku z czasową zmianą miejsca postoju jednostki wojskowej ", 4)
	for _, tt := range []struct{ a, b, wantA, wantB string }{
		{"Tekst   pierwszy.", "Tekst drugi.", "Tekst pierwszy.", "Tekst drugi."},
		{head + "(Dz. U. z 2024 r. poz. 5).", head + "(Dz. U. z 2026 r. poz. 864).",
			"… jednostki wojskowej (Dz. U. z 2024 r. poz. 5).", "… jednostki wojskowej (Dz. U. z 2026 r. poz. 864)."},
		{"Początek zmieniony, " + head, "Początek inny, " + head,
			"Początek zmieniony, w związku z czasową zmianą miejsca …", "Początek inny, w związku z czasową zmianą miejsca …"},
	} {
		a, b := whereTheyDiffer(tt.a, tt.b)
		if a != tt.wantA || b != tt.wantB {
			t.Errorf("whereTheyDiffer:\n%q\n%q\nwant\n%q\n%q", a, b, tt.wantA, tt.wantB)
		}
	}
}

// TestMismatchClass: a difference between a computed and a published
// wording is said to be of references only, or of formatting only, as diff
// classes a change; one of words is said to be nothing else (DU-2026-86,
// DU-2026-950).
func TestMismatchClass(t *testing.T) {
	for _, tt := range []struct {
		unit, computed, published, want string
	}{
		{"art2.pkt1.litc", "ustawy – Prawo oświatowe (Dz. U. z 2025 r. poz. 1043 i 1160),", "ustawy – Prawo oświatowe (Dz. U. z 2025 r. poz. 1043, 1160 i 1837),", " (references only)"},
		{"par10.ust1.pkt1", "nie dłużej niż 3 miesiące;", "niedłużej niż 3 miesiące;", " (formatting only)"},
		{"par10.ust1.pkt1", "nie dłużej niż 3 miesiące;", "nie dłużej niż 6 miesięcy;", ""},
		{"par10.ust1.pkt2", "", "dodany punkt;", ""},
	} {
		m := amend.Mismatch{Unit: tt.unit, Computed: tt.computed, Published: tt.published}
		if got := mismatchClass(m); got != tt.want {
			t.Errorf("%s: %q → %q: %q, want %q", tt.unit, tt.computed, tt.published, got, tt.want)
		}
	}
}

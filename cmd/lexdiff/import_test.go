package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"lexdiff/corpus/synth"
)

// realDir is the folder of real documents beside the repository.
const realDir = "../../../shared/realtexts"

// TestImportRealFolder imports the folder of real texts with no flag: the
// summary counts the files and the warnings by kind, README is skipped,
// every act is stored; a second import changes nothing; the acts list
// names each act by its references.
func TestImportRealFolder(t *testing.T) {
	if _, err := os.Stat(realDir); err != nil {
		t.Skip("no real texts beside the repository")
	}
	dir := t.TempDir()
	code, out, errOut := runCLI(t, "import", "-data", dir, realDir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"16 files imported, ", "0 rejected", filepath.Join(realDir, "README.md") + ": skipped: not a legal text",
		"ustawa-2005-07-07-o-dzialalnosci-lobbingowej-w-procesie-stanowienia-prawa: 58 versions of 29 units, 2 sources"} {
		if !strings.Contains(out+errOut, want) {
			t.Errorf("output lacks %q:\n%s\n%s", want, out, errOut)
		}
	}
	code, out, errOut = runCLI(t, "import", "-data", dir, realDir)
	if code != 0 || !strings.Contains(out, "nothing new") {
		t.Errorf("re-import: exit %d\n%s\n%s", code, out, errOut)
	}
	// The list names each act by its references: an amending act by its
	// publication, an act known from consolidated texts by the newest.
	_, out, _ = runCLI(t, "acts", "-data", dir)
	for _, want := range []string{"rozporzadzenie-2025-11-29-zmieniajace-rozporzadzenie-w-sprawie-stanowisk-sluzbowych-na-ktorych  Dz. U. z 2025 r. poz. 1695  ",
		"ustawa-2005-07-07-o-dzialalnosci-lobbingowej-w-procesie-stanowienia-prawa  t.j. Dz. U. z 2026 r. poz. 936  "} {
		if !strings.Contains(regexp.MustCompile(` {2,}`).ReplaceAllString(out, "  "), want) {
			t.Errorf("acts lacks %q:\n%s", want, out)
		}
	}
}

// writeFile writes a file under dir and returns its name.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	f := filepath.Join(dir, name)
	if err := os.WriteFile(f, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return f
}

// notices writes n generated obwieszczenia of n acts and returns their
// names.
func notices(t *testing.T, dir string, n int) []string {
	t.Helper()
	acts, err := synth.Acts(synth.Config{Acts: n, Units: 4, Versions: 2, Kind: synth.Mixed, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for i, a := range acts {
		dates := a.ChangeDates()
		c := synth.Consolidation{Date: dates[len(dates)-1], Position: 30000 + i}
		files = append(files, writeFile(t, dir, fmt.Sprintf("DU-%d.md", i), synth.Obwieszczenie(a, c)))
	}
	return files
}

// A file with a fault of its source imports with a warning; -strict
// refuses it; a file that cannot be a legal text stops the import, and
// changes nothing, unless -keep-going lands the others.
func TestImportStrictAndKeepGoing(t *testing.T) {
	in := t.TempDir()
	good := notices(t, in, 2)
	data, _ := os.ReadFile(good[0])
	warned := writeFile(t, in, "warned.md", append(data, "\n\n[^99]: Przypis bez odnośnika.\n"...))
	bad := writeFile(t, in, "bad.md", []byte("\x00\x01binary"))

	dir := t.TempDir()
	runCases(t, []cliCase{
		{"warning counted", []string{"import", "-data", dir, warned}, 0, "1 files imported, 1 with warnings (body-without-marker 1)"},
		{"strict refuses it", []string{"import", "-data", t.TempDir(), "-strict", warned}, 2, "warned.md:74:1: footnote [99] has no marker in the text; it is kept with the source (-strict)"},
	})
	code, _, errOut := runCLI(t, "import", "-data", dir, good[1], bad)
	if code != 2 || !strings.Contains(errOut, "bad.md:1:1: binary data (a NUL byte)") {
		t.Errorf("a bad file: exit %d\n%s", code, errOut)
	}
	if _, out, _ := runCLI(t, "acts", "-data", dir); strings.Count(out, "\n") != 1 {
		t.Errorf("a rejected import changed the corpus:\n%s", out)
	}
	code, out, errOut := runCLI(t, "import", "-data", dir, "-keep-going", good[1], bad)
	if code != 0 || !strings.Contains(out+errOut, "1 files imported") || !strings.Contains(out+errOut, "1 rejected") {
		t.Errorf("-keep-going: exit %d\n%s\n%s", code, out, errOut)
	}
}

// An import with many bad files names the first 50 errors and counts the
// rest.
func TestImportErrorsCapped(t *testing.T) {
	in := t.TempDir()
	var files []string
	for i := range 60 {
		files = append(files, writeFile(t, in, fmt.Sprintf("empty-%02d.md", i), nil))
	}
	code, _, errOut := runCLI(t, append([]string{"import", "-data", t.TempDir()}, files...)...)
	if code == 0 || !strings.Contains(errOut, "empty-49.md") || strings.Contains(errOut, "empty-50.md:") || !strings.Contains(errOut, "and 10 more errors") {
		t.Errorf("exit %d\n%s", code, errOut)
	}
}

// Text that is not UTF-8 is refused with the encoding it looks like.
func TestImportEncodingHint(t *testing.T) {
	in := t.TempDir()
	// "Ustawa o świętach" in Windows-1250: ś is 0x9c there.
	f := writeFile(t, in, "cp1250.txt", []byte("Art. 1. Ustawa o \x9cwi\xeatach.\n"))
	code, _, errOut := runCLI(t, "import", "-data", t.TempDir(), "-act", "du-2001-1", "-from", "2001-01-01", "-source", "x", f)
	if code != 2 || !strings.Contains(errOut, "cp1250.txt:1:18: invalid UTF-8") || !strings.Contains(errOut, "looks like WINDOWS-1250") {
		t.Errorf("exit %d\n%s", code, errOut)
	}
}

// A plain text that does not date itself needs -from and -source; the
// message names the one missing.
func TestImportMissingFlag(t *testing.T) {
	in := t.TempDir()
	f := writeFile(t, in, "plain.txt", []byte("§ 1. Tekst.\n"))
	runCases(t, []cliCase{
		{"both", []string{"import", "-data", t.TempDir(), "-act", "du-2001-1", f}, 2, "give -from DATE (the first day it applies) and -source REF"},
		{"-source", []string{"import", "-data", t.TempDir(), "-act", "du-2001-1", "-from", "2001-01-01", f}, 2, "needs -source REF (where the text comes from"},
		{"-from", []string{"import", "-data", t.TempDir(), "-act", "du-2001-1", "-source", "x", f}, 2, "needs -from DATE (the first day it applies)"},
	})
	code, _, errOut := runCLI(t, "import", "-data", t.TempDir(), "-act", "du-2001-1", "-from", "2001-01-01", f)
	if code == 0 || strings.Contains(errOut, "-from DATE") {
		t.Errorf("with -from given, the message asks for it: %s", errOut)
	}
}

// On a terminal, the import shows its progress on stderr: files, units,
// rate and time left.
func TestImportProgress(t *testing.T) {
	in := t.TempDir()
	files := notices(t, in, 3)
	var out, errOut bytes.Buffer
	e := &env{stdout: &out, stderr: &errOut, errTerminal: true}
	if code := run(context.Background(), e, append([]string{"import", "-data", t.TempDir()}, files...)); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{"3/3 files", "units", "\r\033[K"} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("progress lacks %q: %q", want, errOut.String())
		}
	}
}

// Consolidated texts of one act land in one act in date order, whatever
// the order of the command line, and an older text imported after a newer
// one closes the day before the newer one starts.
func TestImportOrderOnCommandLine(t *testing.T) {
	acts, err := synth.Acts(synth.Config{Acts: 1, Units: 5, Versions: 4, Kind: synth.Statute, Seed: 8})
	if err != nil {
		t.Fatal(err)
	}
	a := acts[0]
	dates := a.ChangeDates()
	in := t.TempDir()
	first := synth.Consolidation{Date: dates[1], Position: 40001}
	second := synth.Consolidation{Date: dates[len(dates)-1], Position: 40002, Cites: first.Ref()}
	older := writeFile(t, in, "older.md", synth.Obwieszczenie(a, first))
	newer := writeFile(t, in, "newer.md", synth.Obwieszczenie(a, second))

	together, apart := t.TempDir(), t.TempDir()
	for _, args := range [][]string{{"-data", together, newer, older}, {"-data", apart, newer}, {"-data", apart, older}} {
		if code, _, errOut := runCLI(t, append([]string{"import"}, args...)...); code != 0 {
			t.Fatalf("import %v: %s", args, errOut)
		}
	}
	x, y := filepath.Join(t.TempDir(), "x"), filepath.Join(t.TempDir(), "y")
	runCLI(t, "export", "-data", together, x)
	runCLI(t, "export", "-data", apart, y)
	if err := sameTrees(x, y); err != nil {
		t.Errorf("the order of the imports changed the corpus: %v", err)
	}
	// The older text's versions end the day before the newer one starts,
	// unless a footnote of the newer text dates its wording earlier.
	_, out, _ := runCLI(t, "versions", "-data", apart, "-json")
	if !strings.Contains(out, `"to": "`+second.Date.AddDays(-1).String()+`"`) {
		t.Errorf("no version ends the day before %s:\n%s", second.Date, out)
	}
}

// sameTrees reports how two folders differ, file by file.
func sameTrees(a, b string) error {
	return filepath.WalkDir(a, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(a, p)
		x, _ := os.ReadFile(p)
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil || !bytes.Equal(x, y) {
			return fmt.Errorf("%s differs", rel)
		}
		return nil
	})
}

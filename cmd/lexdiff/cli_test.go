package main

import (
	"context"
	"log"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/embedded"
	"lexdiff/corpus/store"
)

// TestHelp asks every command for its usage: exit 0, the usage on stderr,
// no "flag: help requested".
func TestHelp(t *testing.T) {
	for name := range commands {
		for _, h := range []string{"-h", "-help", "--help"} {
			code, out, errOut := runCLI(t, name, h)
			if code != exitOK || !strings.Contains(errOut, "usage: lexdiff "+name) || strings.Contains(errOut, "help requested") || out != "" {
				t.Errorf("%s %s: exit %d, stdout %q, stderr %q", name, h, code, out, errOut)
			}
		}
	}
}

// writeCorpus stores the acts in a new corpus directory, in one import.
func writeCorpus(t *testing.T, acts ...*corpus.Act) string {
	t.Helper()
	dir := t.TempDir()
	st, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Update(context.Background(), func(*corpus.Corpus) ([]*corpus.Act, error) { return acts, nil }); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestOnlyActInferred runs the commands about one act without -act on a
// corpus of one act, and on one of two, where -act is missing.
func TestOnlyActInferred(t *testing.T) {
	c, err := embedded.Load()
	if err != nil {
		t.Fatal(err)
	}
	sample, err := c.Act("du-2017-1399")
	if err != nil {
		t.Fatal(err)
	}
	one := writeCorpus(t, sample)
	two := writeCorpus(t, sample, otherAct(t))
	runCases(t, []cliCase{
		{"at", []string{"at", "-data", one, "-date", "2019-05-01", "§ 3 ust. 1 pkt 8"}, 0, "art. 50 ust. 3–7 ustawy."},
		{"versions", []string{"versions", "-data", one, "§ 3 ust. 2"}, 0, "2019-09-01 – 2020-12-06"},
		{"history", []string{"history", "-data", one, "§ 3 ust. 1 pkt 8"}, 0, "2 wordings"},
		{"diff", []string{"diff", "-data", one, "-from", "2019-08-31", "-to", "2019-09-01"}, 0, "2 changes"},
		{"two acts", []string{"at", "-data", two, "§ 3"}, 2, "-act is required: the corpus holds 2 acts (du-2017-1399, du-2099-1)"},
		{"two acts, named", []string{"at", "-data", two, "-act", "du/2017/1399", "-date", "2019-05-01", "§ 3 ust. 1 pkt 8"}, 0, "art. 50 ust. 3–7 ustawy."},
	})
}

// otherAct is an act of one short version.
func otherAct(t *testing.T) *corpus.Act {
	t.Helper()
	v, err := corpus.ParseVersion("par1/2099-01-01.txt", []byte("from: 2099-01-01\nsource: Dz. U. z 2099 r. poz. 1\n\n§ 1. Kurator wydaje zaświadczenie.\n"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := corpus.NewAct(corpus.ActInfo{ID: "du-2099-1", Title: "Rozporządzenie próbne", Type: "rozporządzenie", Ref: "Dz. U. z 2099 r. poz. 1"}, []*corpus.Version{v})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestSearchLogsOnlyVerbose searches a corpus on disk, which builds its
// index, then searches it with a segment gone, on which Bleve logs through
// the log package: without -v nothing but the answer is printed, neither
// by lexdiff nor by Bleve; with -v the build is logged.
func TestSearchLogsOnlyVerbose(t *testing.T) {
	var std syncBuffer // what the log package writes: the process's stderr
	defaultLogger := slog.Default()
	log.SetOutput(&std)
	t.Cleanup(func() {
		slog.SetDefault(defaultLogger)
		log.SetOutput(os.Stderr)
	})
	dir := writeCorpus(t, otherAct(t))
	code, out, errOut := runCLI(t, "search", "-data", dir, "-all", "kuratora")
	if code != 0 || errOut != "" || !strings.Contains(out, "1 hit") {
		t.Errorf("without -v: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	segments, _ := filepath.Glob(filepath.Join(dir, ".index", "*", "store", "*.zap"))
	if len(segments) == 0 {
		t.Fatal("no segment in the index")
	}
	os.Remove(segments[0])
	code, out, errOut = runCLI(t, "search", "-data", dir, "-all", "kuratora")
	if code != 0 || errOut != "" || std.String() != "" || !strings.Contains(out, "1 hit") {
		t.Errorf("without -v, a segment gone: exit %d, stdout %q, stderr %q, logged %q", code, out, errOut, std.String())
	}
	os.RemoveAll(filepath.Join(dir, ".index"))
	code, _, errOut = runCLI(t, "search", "-data", dir, "-all", "-v", "kuratora")
	if code != 0 || !strings.Contains(errOut, "search index built") {
		t.Errorf("with -v: exit %d, stderr %q", code, errOut)
	}
}

// TestExamples runs the README's walk-through on the files in examples/:
// two plain texts of one act imported as two versions, then compared,
// asked about and searched.
func TestExamples(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "law")
	runCases(t, []cliCase{
		{"import 2020", []string{"import", "-data", dir, "-act", "du-2011-1", "-from", "2020-01-01", "-source", "Dz. U. z 2011 r. poz. 1", "../../examples/ustawa-2020.txt"}, 0, "du-2011-1: 3 versions of 3 units"},
		{"import 2021", []string{"import", "-data", dir, "-act", "du-2011-1", "-from", "2021-01-01", "-source", "Dz. U. z 2021 r. poz. 5", "../../examples/ustawa-2021.txt"}, 0, "du-2011-1: 6 versions of 3 units"},
		{"diff", []string{"diff", "-data", dir, "-from", "2020-12-31", "-to", "2021-01-01"}, 0, "art. 3 ust. 1: modified, wording"},
		{"at", []string{"at", "-data", dir, "-date", "2020-06-01", "art. 3 ust. 1"}, 0, "1. Rejestr prowadzi minister właściwy do spraw oświaty."},
		{"search", []string{"search", "-data", dir, "-all", "kuratorem"}, 0, "art. 3 ust. 1  du-2011-1  from 2021-01-01"},
	})
}

// TestReadersNeedACorpus runs every command that only reads on an empty
// directory and on a file: each refuses with exit 2 naming -data, and
// creates nothing.
func TestReadersNeedACorpus(t *testing.T) {
	empty := t.TempDir()
	file := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(file, []byte("notatki\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	readers := [][]string{{"acts"}, {"at", "art. 1"}, {"versions", "art. 1"}, {"history", "art. 1"}, {"diff", "-from", "2020-01-01", "-to", "2021-01-01"},
		{"matrix", "art. 1"}, {"search", "kurator"}, {"check"}, {"export", filepath.Join(t.TempDir(), "out")}, {"serve", "-addr", "127.0.0.1:0"}}
	for _, args := range readers {
		t.Run(args[0], func(t *testing.T) {
			code, _, errOut := runCLI(t, append([]string{args[0], "-data", empty}, args[1:]...)...)
			if code != exitUsage || !strings.Contains(errOut, "-data "+empty+": no corpus there") {
				t.Errorf("empty directory: exit %d, stderr %q", code, errOut)
			}
			code, _, errOut = runCLI(t, append([]string{args[0], "-data", file}, args[1:]...)...)
			if code != exitUsage || !strings.Contains(errOut, "-data "+file+": not a directory") {
				t.Errorf("a file: exit %d, stderr %q", code, errOut)
			}
		})
	}
	if entries, err := os.ReadDir(empty); err != nil || len(entries) > 0 {
		t.Errorf("the readers left %v in the empty directory (%v)", entries, err)
	}
	code, _, errOut := runCLI(t, "import", "-data", file, "-act", "du-2011-1", "-from", "2020-01-01", "-source", "Dz. U. z 2011 r. poz. 1", "../../examples/ustawa-2020.txt")
	if code != exitUsage || !strings.Contains(errOut, "-data "+file+": not a directory") {
		t.Errorf("import into a file: exit %d, stderr %q", code, errOut)
	}
}

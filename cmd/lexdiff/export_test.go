package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lexdiff/corpus/synth"
)

// TestExportImportRoundTrip imports the embedded corpus's text files into
// a store and exports it: the files come out byte for byte; then a corpus
// of generated acts goes store → text → store → text, the same both times.
func TestExportImportRoundTrip(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	run := func(args ...string) string {
		t.Helper()
		code, stdout, errOut := runCLI(t, args...)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", strings.Join(args, " "), code, errOut)
		}
		return stdout
	}
	run("import", "-data", dir, "../../corpus/embedded/data")
	run("export", "-data", dir, out)
	if diff := compareTrees(t, "../../corpus/embedded/data", out); diff != "" {
		t.Errorf("embedded corpus, imported and exported: %s", diff)
	}

	acts, err := synth.Acts(synth.Default)
	if err != nil {
		t.Fatal(err)
	}
	first, second, again := writeCorpus(t, acts...), t.TempDir(), t.TempDir()
	out1, out2 := t.TempDir(), t.TempDir()
	run("export", "-data", first, out1)
	run("import", "-data", second, out1)
	run("export", "-data", second, out2)
	if diff := compareTrees(t, out1, out2); diff != "" {
		t.Errorf("generated corpus, export → import → export: %s", diff)
	}
	if a, b := run("acts", "-data", first, "-json"), run("acts", "-data", second, "-json"); a != b {
		t.Errorf("acts differ:\n%s\n%s", a, b)
	}
	run("import", "-data", again, out1)
	if got := run("import", "-data", again, out1); !strings.Contains(got, "nothing new") {
		t.Errorf("importing the same export twice: %s", got)
	}
}

// compareTrees says how the corpus files under two directories differ, ""
// when they do not; hidden files (the lock of a text corpus) are not the
// corpus's.
func compareTrees(t *testing.T, a, b string) string {
	t.Helper()
	files := func(root string) map[string][]byte {
		m := map[string][]byte{}
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || strings.HasPrefix(d.Name(), ".") {
				return err
			}
			rel, _ := filepath.Rel(root, p)
			m[rel], _ = os.ReadFile(p)
			return nil
		})
		return m
	}
	fa, fb := files(a), files(b)
	if len(fa) == 0 || len(fa) != len(fb) {
		return fmt.Sprintf("%d files and %d", len(fa), len(fb))
	}
	for name, data := range fa {
		if !bytes.Equal(data, fb[name]) {
			return name + " differs"
		}
	}
	return ""
}

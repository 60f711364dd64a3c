package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lexdiff/corpus/synth"
)

// TestExportImportRoundTrip imports the embedded corpus's text files into
// a store and exports it: the files come out byte for byte; then the real
// texts, and a corpus of generated acts, go store → text → store → text,
// the same both times, with the same answers.
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
	if _, err := os.Stat(filepath.Join(out, ".lock")); !os.IsNotExist(err) {
		t.Errorf("export left its lock file in OUT (%v)", err)
	}
	if code, _, errOut := runCLI(t, "export", "-data", dir, dir); code != exitUsage || !strings.Contains(errOut, "holds a corpus database") {
		t.Errorf("export into the corpus directory: exit %d, %s", code, errOut)
	}
	if diff := compareTrees(t, "../../corpus/embedded/data", out); diff != "" {
		t.Errorf("embedded corpus, imported and exported: %s", diff)
	}

	real := t.TempDir()
	run("import", "-data", real, "../../../shared/realtexts")
	realOut, realBack, realOut2 := t.TempDir(), t.TempDir(), t.TempDir()
	run("export", "-data", real, realOut)
	run("import", "-data", realBack, realOut)
	run("export", "-data", realBack, realOut2)
	if diff := compareTrees(t, realOut, realOut2); diff != "" {
		t.Errorf("real texts, export → import → export: %s", diff)
	}
	actsJSON := run("acts", "-data", real, "-json")
	if actsJSON != run("acts", "-data", realBack, "-json") || strings.Count(actsJSON, `"id"`) < 10 {
		t.Errorf("real texts: the acts differ after the round trip, or too few were read:\n%s", actsJSON)
	}
	for _, id := range realActIDs(t, actsJSON) {
		for _, q := range [][]string{{"at", "-act", id, "-date", "2026-06-01", "-json"}, {"versions", "-act", id, "-json"}} {
			if a, b := runCLIArgs(t, append(q, "-data", real)...), runCLIArgs(t, append(q, "-data", realBack)...); a != b {
				t.Errorf("%s of %s differs after the round trip", q[0], id)
			}
		}
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

// realActIDs lists the ids in the JSON of lexdiff acts.
func realActIDs(t *testing.T, actsJSON string) []string {
	t.Helper()
	var list []struct{ ID string }
	if err := json.Unmarshal([]byte(actsJSON), &list); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range list {
		ids = append(ids, a.ID)
	}
	return ids
}

// runCLIArgs runs lexdiff and returns what it printed, whatever its exit.
func runCLIArgs(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := runCLI(t, args...)
	return fmt.Sprint(code, out, errOut)
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

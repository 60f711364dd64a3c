package main

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lexdiff/corpus/store"
)

// TestCheck checks a sound corpus and its index, then one whose index and
// rows were damaged: exit 0 saying sound, then exit 3 saying what is wrong.
func TestCheck(t *testing.T) {
	dir := writeCorpus(t, otherAct(t))
	importSample(t, dir)
	runCases(t, []cliCase{
		{"sound, no index yet", []string{"check", "-data", dir}, 0, "2 acts, generation 2: sound"},
		{"search builds the index", []string{"search", "-data", dir, "kuratora"}, 0, "hit"},
		{"sound with its index", []string{"check", "-data", dir}, 0, "sound"},
		{"no -data", []string{"check"}, 2, "-data is required"},
	})
	if code, out, _ := runCLI(t, "check", "-data", dir); strings.Contains(out, "no search index") || code != 0 {
		t.Errorf("the index search built is not found: %s", out)
	}

	segments, _ := filepath.Glob(filepath.Join(dir, ".index", "*", "store", "*.zap"))
	for _, f := range segments {
		data, _ := os.ReadFile(f)
		for i := len(data) / 3; i < len(data)/2; i++ {
			data[i] ^= 0xff
		}
		os.WriteFile(f, data, 0o644)
	}
	db, err := sql.Open("sqlite", filepath.Join(dir, store.FileName))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("UPDATE versions SET text = replace(text, 'Wniosek', 'Podanie') WHERE act = 'du-2017-1399'"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	code, out, errOut := runCLI(t, "check", "-data", dir)
	for _, want := range []string{"du-2017-1399: its rows are not what the last import stored", "search index damaged", "rebuilds it"} {
		if !strings.Contains(out, want) {
			t.Errorf("check of a damaged corpus lacks %q:\n%s", want, out)
		}
	}
	if code != exitFailed || !strings.Contains(errOut, "the corpus is damaged: 2 problems") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

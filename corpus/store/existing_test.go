package store

import (
	"errors"
	"os"
	"testing"
)

// TestOpenExisting opens for reading a directory with no corpus, which
// fails and creates nothing, and one with a corpus, which reads it.
func TestOpenExisting(t *testing.T) {
	empty := t.TempDir()
	if _, err := Open(empty, Options{Existing: true}); !errors.Is(err, ErrNoCorpus) {
		t.Errorf("an empty directory: %v, want ErrNoCorpus", err)
	}
	if entries, _ := os.ReadDir(empty); len(entries) > 0 {
		t.Errorf("opening an empty directory for reading left %v", entries)
	}

	s, dir := openTemp(t, Options{})
	put(t, s, testdataActs(t)...)
	r, err := Open(dir, Options{Existing: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if got, want := snapshotJSON(t, r), snapshotJSON(t, s); got != want {
		t.Errorf("read for reading differs: %s", firstDiff(want, got))
	}
}

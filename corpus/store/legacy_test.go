package store

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/corpustest"
)

// TestMigrateTextLayout opens a directory in the text layout of older
// lexdiffs: the acts move into the database, the text files aside, a stray
// folder is no matter, and an act an interrupted write of the old layout
// left in its staging directory is put back first.
func TestMigrateTextLayout(t *testing.T) {
	acts := testdataActs(t)
	dir := t.TempDir()
	for _, a := range acts {
		if err := corpus.WriteAct(dir, a); err != nil {
			t.Fatal(err)
		}
	}
	os.MkdirAll(filepath.Join(dir, "notes"), 0o755)
	// An old import crashed between its two renames: the act's tree is in
	// the staging directory, and not in its place.
	staged := filepath.Join(dir, ".import-123")
	os.MkdirAll(staged, 0o755)
	if err := os.Rename(filepath.Join(dir, "plain"), filepath.Join(staged, "replaced")); err != nil {
		t.Fatal(err)
	}

	s, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := s.Migrated()
	if m == nil || m.Acts != len(acts) || m.Moved != filepath.Join(dir, LegacyDir) {
		t.Fatalf("migration %+v", m)
	}
	if got, want := snapshotJSON(t, s), modelJSON(t, corpustest.Corpus(t, acts...)); got != want {
		t.Errorf("migrated corpus differs:\n%s", firstDiff(want, got))
	}
	s.Close()
	for _, a := range acts {
		if _, err := os.Stat(filepath.Join(dir, LegacyDir, a.ID, "act.txt")); err != nil {
			t.Errorf("text files of %s not kept: %v", a.ID, err)
		}
		if _, err := os.Stat(filepath.Join(dir, a.ID)); !os.IsNotExist(err) {
			t.Errorf("text files of %s left in place", a.ID)
		}
	}

	// Reopened: nothing to migrate. Had the move been interrupted after
	// the commit, the next Open finishes it without importing again.
	if err := os.Rename(filepath.Join(dir, LegacyDir, "plain"), filepath.Join(dir, "plain")); err != nil {
		t.Fatal(err)
	}
	s, err = Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if g, err := s.Generation(context.Background()); err != nil || g != 1 {
		t.Errorf("generation %d, %v after finishing the move", g, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "plain")); !os.IsNotExist(err) {
		t.Error("an interrupted move was not finished")
	}
}

// TestImportedStoreKeepsForeignDirs: act directories in a corpus directory
// that import made are not read (nor moved): the database is the corpus.
func TestImportedStoreKeepsForeignDirs(t *testing.T) {
	s, dir := openTemp(t, Options{})
	put(t, s, computedAct(t))
	if err := corpus.WriteAct(dir, testdataActs(t)[0]); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if m := s2.Migrated(); m != nil {
		t.Errorf("migrated %+v", m)
	}
	if _, err := os.Stat(filepath.Join(dir, "portal-a", "act.txt")); err != nil {
		t.Error(err)
	}
}

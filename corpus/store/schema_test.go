package store

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"lexdiff/corpus"
)

// A file of schema version 1 (a source's items could not be signatures) is
// brought up to date when opened: what it held reads back the same, and a
// source with signatures can be stored.
func TestMigrateSchema1(t *testing.T) {
	s, dir := openTemp(t, Options{})
	act := sourcedAct(t)
	src := act.Sources()[0]
	src.Signatures = nil
	old, err := corpus.NewAct(act.ActInfo, act.AllVersions(), src)
	if err != nil {
		t.Fatal(err)
	}
	put(t, s, old)
	want := snapshotJSON(t, s)
	s.Close()

	db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	v1 := strings.Replace(migrations[1], "'amending', 'notice', 'signature'", "'amending', 'notice'", 1)
	if _, err := db.Exec(v1 + "DROP TABLE awaiting; PRAGMA user_version = 1;"); err != nil {
		t.Fatalf("making the file a version 1 file: %v", err)
	}
	db.Close()

	s, err = Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if got := snapshotJSON(t, s); got != want {
		t.Errorf("after the migration: %s", firstDiff(want, got))
	}
	put(t, s, act)
	if got := snapshotJSON(t, s); !strings.Contains(got, "Marszałek Sejmu: S. Hołownia") {
		t.Errorf("the signature is not stored: %s", got)
	}
}

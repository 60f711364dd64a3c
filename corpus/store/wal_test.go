package store

import (
	"context"
	"os"
	"testing"

	"lexdiff/corpus/synth"
)

// TestRefreshBoundsTheLog imports acts again and again while a snapshot
// is held, as a server holds one: each import is followed by a new
// snapshot, the old one closed and the new one refreshed. The log (WAL)
// must then be written from its start by each import, not grow with
// every one.
func TestRefreshBoundsTheLog(t *testing.T) {
	s, _ := openTemp(t, Options{})
	ctx := context.Background()
	held, err := s.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { held.Close() }()
	var first int64
	for i := range 12 {
		acts, err := synth.Acts(synth.Config{Acts: 1, Units: 200, Versions: 3, Seed: int64(i)})
		if err != nil {
			t.Fatal(err)
		}
		put(t, s, acts...)
		next, err := s.Snapshot(ctx)
		if err != nil {
			t.Fatal(err)
		}
		held.Close()
		held = next
		if moved, err := held.Refresh(ctx); err != nil || !moved {
			t.Fatalf("import %d: Refresh: moved %v, %v", i+1, moved, err)
		}
		size := walSize(t, s)
		if i == 0 {
			first = size
		}
		if size > 3*first {
			t.Fatalf("import %d: the log is %d bytes, after the first import %d: it grows with every import", i+1, size, first)
		}
	}
	if first == 0 {
		t.Fatal("the first import wrote no log: the test measures nothing")
	}
	c := held.Corpus()
	if list, err := c.Summaries(); err != nil || len(list) == 0 {
		t.Fatalf("the refreshed snapshot reads %d acts, %v", len(list), err)
	}
}

// TestRefreshKeepsTheState refreshes a snapshot after an import committed:
// it stays on the state it was taken at.
func TestRefreshKeepsTheState(t *testing.T) {
	s, _ := openTemp(t, Options{})
	ctx := context.Background()
	acts, err := synth.Acts(synth.Config{Acts: 2, Units: 5, Versions: 2, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	put(t, s, acts[0])
	sn, err := s.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer sn.Close()
	put(t, s, acts[1])
	if moved, err := sn.Refresh(ctx); err != nil || moved {
		t.Fatalf("Refresh after an import: moved %v, %v", moved, err)
	}
	if list, err := sn.Corpus().Summaries(); err != nil || len(list) != 1 {
		t.Fatalf("the snapshot reads %d acts, want 1 (%v)", len(list), err)
	}
}

func walSize(t *testing.T, s *Store) int64 {
	t.Helper()
	fi, err := os.Stat(s.Path() + "-wal")
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}

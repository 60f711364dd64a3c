package store

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"lexdiff/corpus"
	"lexdiff/corpus/corpustest"
	"lexdiff/corpus/synth"
)

// TestReadersDuringImports reads an act over and over, in snapshots of
// their own store, while imports replace it by one of two wordings: every
// read sees one wording whole, with the summary of that same state, and
// no read fails.
func TestReadersDuringImports(t *testing.T) {
	acts, err := synth.Acts(synth.Config{Acts: 2, Units: 30, Versions: 4, Seed: 9})
	if err != nil {
		t.Fatal(err)
	}
	a := acts[0]
	b := corpustest.Act(t, a.ActInfo, acts[1].AllVersions()...) // the same act, the other act's text
	digests := map[string]string{Digest(a): "a", Digest(b): "b"}
	w, dir := openTemp(t, Options{})
	put(t, w, a)

	// Readers read until the imports have alternated enough, and both
	// wordings have been read (bounded: a slow machine stops at three
	// minutes).
	ctx, stop := context.WithTimeout(context.Background(), 3*time.Minute)
	defer stop()
	var reads, imports atomic.Int64
	seen := map[string]*atomic.Int64{"a": {}, "b": {}}
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := Open(dir, Options{CacheBytes: 1 << 20})
			if err != nil {
				t.Error(err)
				return
			}
			defer r.Close()
			for ctx.Err() == nil {
				d, err := readOnce(r, a.ID)
				if err != nil {
					t.Errorf("read %d: %v", reads.Load(), err)
					return
				}
				which, ok := digests[d]
				if !ok {
					t.Errorf("read %d: an act that is neither wording, whole", reads.Load())
					return
				}
				seen[which].Add(1)
				reads.Add(1)
			}
		}()
	}
	for i := 0; ctx.Err() == nil; i++ {
		next := a
		if i%2 == 0 {
			next = b
		}
		put(t, w, next)
		imports.Add(1)
		if imports.Load() >= 20 && seen["a"].Load() > 0 && seen["b"].Load() > 0 && reads.Load() >= 20 {
			stop()
		}
		time.Sleep(time.Millisecond)
	}
	wg.Wait()
	t.Logf("%d reads during %d imports: %d of the one wording, %d of the other", reads.Load(), imports.Load(), seen["a"].Load(), seen["b"].Load())
	if imports.Load() < 4 || seen["a"].Load() == 0 || seen["b"].Load() == 0 {
		t.Errorf("too little overlap to tell: %d imports", imports.Load())
	}
}

// readOnce reads the act in a snapshot of r and returns its digest; the
// summary read first must be that of the same state.
func readOnce(r *Store, id string) (string, error) {
	sn, err := r.Snapshot(context.Background())
	if err != nil {
		return "", err
	}
	defer sn.Close()
	c := sn.Corpus()
	s, err := c.Summary(id)
	if err != nil {
		return "", err
	}
	time.Sleep(time.Millisecond) // let an import commit between the two reads
	got, err := c.Act(id)
	if err != nil {
		return "", err
	}
	if sum := got.Summary(); sum.First != s.First || sum.Last != s.Last {
		return "", fmt.Errorf("summary %s–%s, act %s–%s: two states in one snapshot", s.First, s.Last, sum.First, sum.Last)
	}
	return Digest(got), nil
}

// TestImportsTakeTurns holds an import open: another one waits, says so
// once, and lands after it.
func TestImportsTakeTurns(t *testing.T) {
	oldActs, newActs := crashActs(t)
	first, dir := openTemp(t, Options{})
	var waited atomic.Int32
	second, err := Open(dir, Options{Waiting: func() { waited.Add(1) }})
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	inside, release := make(chan bool), make(chan bool)
	go func() {
		first.Update(context.Background(), func(*corpus.Corpus) ([]*corpus.Act, error) {
			inside <- true
			<-release
			return oldActs, nil
		})
	}()
	<-inside
	done := make(chan Result)
	go func() { done <- put(t, second, newActs...) }()
	for waited.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	release <- true
	if res := <-done; res.Generation != 2 || waited.Load() != 1 {
		t.Errorf("the second import: %+v after waiting %d times", res, waited.Load())
	}
	// Given up once it waits (not after a time, which a busy machine may
	// spend before it even asks for the lock).
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go first.Update(context.Background(), func(*corpus.Corpus) ([]*corpus.Act, error) { inside <- true; <-release; return nil, nil })
	<-inside
	go func() {
		for waited.Load() < 2 {
			time.Sleep(time.Millisecond)
		}
		cancel()
	}()
	if _, err := second.Update(ctx, func(*corpus.Corpus) ([]*corpus.Act, error) { return newActs, nil }); err == nil || !strings.Contains(err.Error(), "waiting for another import") {
		t.Errorf("an import given up while waiting: %v", err)
	}
	release <- true
}

// TestDiskFull fills the database to its limit during an import: the
// import fails saying so, nothing of it is stored, and the next import,
// with room, works.
func TestDiskFull(t *testing.T) {
	oldActs, newActs := crashActs(t)
	s, _ := openTemp(t, Options{})
	put(t, s, oldActs...)
	before := snapshotJSON(t, s)
	s.db.SetMaxOpenConns(1) // the limit below is the one connection's
	var pages int
	if err := s.db.QueryRow("PRAGMA page_count").Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(fmt.Sprintf("PRAGMA max_page_count = %d", pages+1)); err != nil {
		t.Fatal(err)
	}
	_, err := s.Update(context.Background(), func(*corpus.Corpus) ([]*corpus.Act, error) { return newActs, nil })
	if err == nil || !strings.Contains(err.Error(), "full") {
		t.Fatalf("an import into a full database: %v", err)
	}
	if got := snapshotJSON(t, s); got != before {
		t.Errorf("a failed import changed the corpus:\n%s", firstDiff(before, got))
	}
	if _, err := s.db.Exec("PRAGMA max_page_count = 1073741823"); err != nil {
		t.Fatal(err)
	}
	if res := put(t, s, newActs...); res.Generation != 2 {
		t.Errorf("the next import: %+v", res)
	}
	checkSound(t, s)
}

package index

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lexdiff/corpus"
	"lexdiff/corpus/synth"
)

// damageCorpus is a corpus big enough for a segment of some size: a
// damaged one must be found wherever the damage lands.
func damageCorpus(t *testing.T) *corpus.Corpus {
	t.Helper()
	c, err := synth.Corpus(synth.Config{Acts: 1, Units: 30, Versions: 3, Kind: synth.Mixed, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// segmentFiles returns the segment files of the index in path.
func segmentFiles(t *testing.T, path string) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(path, "store", "*.zap"))
	if len(files) == 0 {
		t.Fatalf("no segment in %s", path)
	}
	return files
}

// overwriteSegments writes random bytes over every segment file of the
// index in path, in place, keeping its size: what a failing disk or a
// stray write does to an index, open or not.
func overwriteSegments(t *testing.T, path string, from float64) {
	t.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	for _, file := range segmentFiles(t, path) {
		info, err := os.Stat(file)
		if err != nil {
			t.Fatal(err)
		}
		start := int64(from * float64(info.Size()))
		junk := make([]byte, info.Size()-start)
		for i := range junk {
			junk[i] = byte(rng.Uint32())
		}
		f, err := os.OpenFile(file, os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.WriteAt(junk, start); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
}

// damageUnseen writes random bytes over every segment file of the index
// in path but its last keep bytes, and rewrites the checksum that ends it
// to match: damage no checksum shows.
func damageUnseen(t *testing.T, path string, keep int) {
	t.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	for _, file := range segmentFiles(t, path) {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for i := range b[:len(b)-keep] {
			b[i] = byte(rng.Uint32())
		}
		binary.BigEndian.PutUint32(b[len(b)-4:], crc32.ChecksumIEEE(b[:len(b)-4]))
		f, err := os.OpenFile(file, os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.WriteAt(b, 0); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
}

// TestHealingUnseenDamage damages the index under a Healing one where no
// checksum shows it, so that a search fails inside Bleve, with an error or
// a panic (which of them depends on where the bytes land): the index is
// rebuilt for it all the same, and answers as before. Failures on sound
// segments that go on after that rebuild are taken for faults of Bleve's:
// each fails alone, whatever the query, and the index is not rebuilt
// again for them.
func TestHealingUnseenDamage(t *testing.T) {
	for _, keep := range []int{4, 40, 300} { // the bytes left at the end of each segment
		t.Run(fmt.Sprintf("keep %d", keep), func(t *testing.T) {
			c := damageCorpus(t)
			h, err := OpenHealing(filepath.Join(t.TempDir(), ".index"), c, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer h.Close()
			req := Request{Query: "ustawy", All: true}
			before, err := h.Search(context.Background(), req)
			if err != nil {
				t.Fatal(err)
			}
			damageUnseen(t, h.cur.path, keep)
			_, err = h.Search(context.Background(), req)
			if !errors.Is(err, ErrRebuilding) || !errors.Is(err, errSoundSegments) {
				t.Fatalf("search of the damaged index: %v, want ErrRebuilding", err)
			}
			t.Logf("the damage found: %v", err)
			waitRebuilt(t, h)
			after, err := h.Search(context.Background(), req)
			if err != nil || after.Total != before.Total || after.Total == 0 {
				t.Fatalf("after the rebuild: %v, %d hits, want %d", err, after.Total, before.Total)
			}
			damageUnseen(t, h.cur.path, keep)
			// A prefix too: its terms are read on the search's goroutine
			// (fieldTerms), where a fault is caught like any other.
			for _, q := range []string{"ustawy", "kurator", `"ust. 1"`, "ustaw*"} {
				_, err = h.Search(context.Background(), Request{Query: q, All: true})
				if !errors.Is(err, errSoundSegments) || errors.Is(err, ErrRebuilding) || h.Unavailable() != nil {
					t.Errorf("%s failing after the rebuild: %v (unavailable: %v), want its error alone, no rebuild", q, err, h.Unavailable())
				}
			}
		})
	}
}

// waitRebuilt waits for h to be rebuilt, for at most a minute.
func waitRebuilt(t *testing.T, h *Healing) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for h.Unavailable() != nil {
		if time.Now().After(deadline) {
			t.Fatal("not rebuilt after a minute")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestSearchFindsDamage damages the segment of an open index: the search
// fails with ErrDamaged (no panic), every later one at once, the index is
// marked damaged, and the next Open rebuilds it.
func TestSearchFindsDamage(t *testing.T) {
	for _, tt := range []struct {
		name   string
		damage func(t *testing.T, path string)
	}{
		{"overwritten", func(t *testing.T, path string) { overwriteSegments(t, path, 0) }},
		{"overwritten after the header", func(t *testing.T, path string) { overwriteSegments(t, path, 0.01) }},
		{"truncated", func(t *testing.T, path string) {
			for _, f := range segmentFiles(t, path) {
				if err := os.Truncate(f, 64); err != nil {
					t.Fatal(err)
				}
			}
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := damageCorpus(t)
			dir := filepath.Join(t.TempDir(), ".index")
			ix, _, err := openLogged(t, dir, c)
			if err != nil {
				t.Fatal(err)
			}
			want := totalOf(t, ix, "przepis*")
			tt.damage(t, ix.path)
			_, err = ix.Search(context.Background(), Request{Query: "ustawy", All: true})
			if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), ".zap fails its checksum") {
				t.Fatalf("search of a damaged index: %v, want ErrDamaged naming the segment", err)
			}
			if _, err := ix.Search(context.Background(), Request{Query: "kurator", All: true}); !errors.Is(err, ErrDamaged) {
				t.Errorf("the next search: %v, want ErrDamaged", err)
			}
			if _, err := os.Stat(filepath.Join(ix.path, brokenFile)); err != nil {
				t.Errorf("the index is not marked damaged: %v", err)
			}
			ix.Close()
			ix, log, err := openLogged(t, dir, c)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(log, "index unusable, rebuilding") || !strings.Contains(log, "marked so") {
				t.Errorf("reopened without a rebuild: %s", log)
			}
			if got := totalOf(t, ix, "przepis*"); got != want {
				t.Errorf("rebuilt index finds %d, want %d", got, want)
			}
		})
	}
}

// TestHealing damages the index under a Healing one: the search that
// finds it and the searches during the rebuild fail with ErrRebuilding,
// and the rebuilt index answers as before.
func TestHealing(t *testing.T) {
	c := damageCorpus(t)
	dir := filepath.Join(t.TempDir(), ".index")
	h, err := OpenHealing(dir, c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	req := Request{Query: `"ust. 1"`, All: true}
	before, err := h.Search(context.Background(), req)
	if err != nil || h.Unavailable() != nil {
		t.Fatalf("before the damage: %v, %v", err, h.Unavailable())
	}
	overwriteSegments(t, h.cur.path, 0)
	if _, err := h.Search(context.Background(), req); !errors.Is(err, ErrRebuilding) || !errors.Is(err, ErrDamaged) {
		t.Fatalf("search of the damaged index: %v, want ErrRebuilding", err)
	}
	deadline := time.Now().Add(time.Minute)
	for h.Unavailable() != nil {
		_, err := h.Search(context.Background(), req)
		if err == nil {
			break // the rebuilt index was swapped in since Unavailable
		}
		if !errors.Is(err, ErrRebuilding) {
			t.Fatalf("search during the rebuild: %v, want ErrRebuilding", err)
		}
		if time.Now().After(deadline) {
			t.Fatal("not rebuilt after a minute")
		}
		time.Sleep(10 * time.Millisecond)
	}
	after, err := h.Search(context.Background(), req)
	if err != nil || after.Total != before.Total || after.Total == 0 {
		t.Errorf("after the rebuild: %v, %d hits, want %d", err, after.Total, before.Total)
	}
}

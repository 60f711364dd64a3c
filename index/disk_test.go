package index

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"lexdiff/corpus"
	"lexdiff/corpus/corpustest"
	"lexdiff/corpus/synth"
)

// plainCorpus returns a corpus of one act whose only version, from
// 2020-01-01, has the given text.
func plainCorpus(t *testing.T, text string) *corpus.Corpus {
	t.Helper()
	opts := corpus.PlainOptions{Range: corpus.Range{From: corpus.MakeDate(2020, 1, 1)}}
	info, versions, err := corpus.ParsePlain("test.txt", []byte(text), opts)
	if err != nil {
		t.Fatal(err)
	}
	info.ID = "du-2020-1"
	return corpustest.Corpus(t, corpustest.Act(t, info, versions...))
}

// openLogged opens the index in dir and returns it with what it logged.
func openLogged(t *testing.T, dir string, c *corpus.Corpus) (*Index, string, error) {
	t.Helper()
	var log bytes.Buffer
	ix, err := Open(dir, c, Options{Logger: slog.New(slog.NewTextHandler(&log, nil)), LockTimeout: 200 * time.Millisecond})
	if ix != nil {
		t.Cleanup(func() { ix.Close() })
	}
	return ix, log.String(), err
}

func totalOf(t *testing.T, ix *Index, q string) uint64 {
	t.Helper()
	res, err := ix.Search(context.Background(), Request{Query: q, All: true})
	if err != nil {
		t.Fatal(err)
	}
	return res.Total
}

const (
	textOne = "§ 1. Kurator oświaty przyjmuje wniosek.\n§ 2. Dyrektor szkoły składa wniosek."
	textTwo = "§ 1. Kurator oświaty odrzuca wniosek.\n§ 2. Dyrektor szkoły składa wniosek."
)

func TestOpenBuildsReusesAndRebuilds(t *testing.T) {
	dir := filepath.Join(t.TempDir(), ".index")
	one, two := plainCorpus(t, textOne), plainCorpus(t, textTwo)

	ix, log, err := openLogged(t, dir, one)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(log, "search index built") || totalOf(t, ix, "wnioskiem") != 2 {
		t.Fatalf("first open: log %q, want a build with 2 hits", log)
	}
	ix.Close()

	ix, log, err = openLogged(t, dir, one)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(log, "building") || totalOf(t, ix, "przyjmować") != 1 {
		t.Errorf("second open of the same corpus: log %q, want no build", log)
	}
	ix.Close()

	ix, log, err = openLogged(t, dir, two)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(log, "search index built") || totalOf(t, ix, "odrzucić") != 1 || totalOf(t, ix, "przyjmować") != 0 {
		t.Errorf("open of a changed corpus: log %q, want a rebuild with the new text", log)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("index dir holds %d entries after the rebuild, want 1 (the old index removed)", len(entries))
	}
}

// TestOpenKeepsIndexesInUse checks that a rebuild for a changed corpus
// leaves the old index alone while another process (here: another open)
// still searches it, and removes it once nobody does.
func TestOpenKeepsIndexesInUse(t *testing.T) {
	dir := filepath.Join(t.TempDir(), ".index")
	one, two := plainCorpus(t, textOne), plainCorpus(t, textTwo)
	old, _, err := openLogged(t, dir, one)
	if err != nil {
		t.Fatal(err)
	}
	ix, _, err := openLogged(t, dir, two)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("index dir holds %d entries, want 2: the old index is still open", len(entries))
	}
	if got := totalOf(t, old, "przyjmować"); got != 1 {
		t.Errorf("the open old index finds %d, want 1", got)
	}
	old.Close()
	ix, _, err = openLogged(t, dir, two)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("index dir holds %d entries once the old index is closed, want 1", len(entries))
	}
}

func TestOpenRecovers(t *testing.T) {
	c := plainCorpus(t, textOne)
	fp, _, err := fingerprint(c)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		damage func(t *testing.T, path string)
	}{
		{"deleted", func(t *testing.T, path string) { os.RemoveAll(path) }},
		{"deleted root", func(t *testing.T, path string) { os.RemoveAll(filepath.Dir(path)) }},
		{"emptied", func(t *testing.T, path string) {
			os.RemoveAll(path)
			os.MkdirAll(path, 0o755)
		}},
		{"corrupted meta", func(t *testing.T, path string) {
			os.WriteFile(filepath.Join(path, "index_meta.json"), []byte("{garbage"), 0o644)
		}},
		{"corrupted store", func(t *testing.T, path string) {
			os.WriteFile(filepath.Join(path, "store", "root.bolt"), []byte("garbage"), 0o644)
		}},
		{"segments lost", func(t *testing.T, path string) {
			files, _ := filepath.Glob(filepath.Join(path, "store", "*.zap"))
			if len(files) == 0 {
				t.Fatal("no segment files to remove")
			}
			for _, f := range files {
				os.Remove(f)
			}
		}},
		{"segment overwritten by random bytes", func(t *testing.T, path string) { overwriteSegments(t, path, 0) }},
		{"segment's end overwritten", func(t *testing.T, path string) { overwriteSegments(t, path, 0.99) }},
		{"marked damaged", func(t *testing.T, path string) { markBroken(path, errors.New("a search panicked")) }},
		{"left-over build", func(t *testing.T, path string) {
			os.MkdirAll(filepath.Join(filepath.Dir(path), buildPrefix+"x", "store"), 0o755)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), ".index")
			ix, _, err := openLogged(t, dir, c)
			if err != nil {
				t.Fatal(err)
			}
			ix.Close()
			tt.damage(t, filepath.Join(dir, fp))
			ix, _, err = openLogged(t, dir, c)
			if err != nil {
				t.Fatalf("reopening after the damage: %v", err)
			}
			if n := totalOf(t, ix, "wnioski"); n != 2 {
				t.Errorf("after recovery, %d hits, want 2", n)
			}
		})
	}
}

func TestOpenLocked(t *testing.T) {
	dir := filepath.Join(t.TempDir(), ".index")
	c := plainCorpus(t, textOne)
	ix, _, err := openLogged(t, dir, c)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	fp, _, _ := fingerprint(c)
	// Another process holding the index for writing.
	w, err := bleve.Open(filepath.Join(dir, fp))
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, _, err = openLogged(t, dir, c)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("Open of a locked index: %v, want ErrLocked", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Open of a locked index took %v", d)
	}
	// Readers share it.
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	r1, _, err1 := openLogged(t, dir, c)
	_, _, err2 := openLogged(t, dir, c)
	if err1 != nil || err2 != nil {
		t.Fatalf("two readers: %v, %v", err1, err2)
	}
	r1.Close()
}

// TestOpenMergesSegments builds an index of several batches and checks that
// it is left as one segment file, that it finds the same as an index in
// memory, and that DocCount counts every wording.
func TestOpenMergesSegments(t *testing.T) {
	c, err := synth.Corpus(synth.Config{Acts: 3, Units: 100, Versions: 5, Kind: synth.Mixed, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	_, n, _ := fingerprint(c)
	if n <= 2*batchSize {
		t.Fatalf("%d wordings make fewer than three batches", n)
	}
	dir := t.TempDir()
	ix, _, err := openLogged(t, dir, c)
	if err != nil {
		t.Fatal(err)
	}
	// What queries pay for is the segments of the index's root; the files
	// of merged segments go in the background (mergeAll waits a while).
	adv, err := ix.bleve.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	if s, ok := adv.(*scorch.Scorch); !ok || segments(s) != 1 {
		t.Errorf("the index is not one merged segment (%T)", adv)
	}
	if got, err := ix.DocCount(); err != nil || got != uint64(n) {
		t.Errorf("DocCount = %d, %v; want %d", got, err, n)
	}
	mem, err := NewMem(c)
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	for _, q := range benchQueries {
		for _, r := range []Request{{Query: q, All: true}, {Query: q, Date: corpus.MakeDate(2012, 6, 1)}, {Query: q, Kind: "pkt", All: true}} {
			a, errA := ix.Search(context.Background(), r)
			b, errB := mem.Search(context.Background(), r)
			if errA != nil || errB != nil {
				t.Fatalf("%+v: %v, %v", r, errA, errB)
			}
			if a.Total != b.Total || !equalFacets(a.Facets, b.Facets) {
				t.Errorf("%+v: on disk %d hits %+v, in memory %d hits %+v", r, a.Total, a.Facets, b.Total, b.Facets)
			}
		}
	}
}

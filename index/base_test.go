package index

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"lexdiff/corpus/corpustest"
	"lexdiff/corpus/synth"
)

// TestUpdateSkipsUnusableBases updates the index of a corpus to a later
// state when the closest earlier index is one an update must not copy: a
// build in progress (its acts file is written before its segments are
// merged away), a damaged index, or one built under another schema. The
// new index is made without it (from the index before the build, or
// afresh), without a failed attempt, and answers as one built afresh.
func TestUpdateSkipsUnusableBases(t *testing.T) {
	acts, err := synth.Acts(synth.Config{Acts: 3, Units: 10, Versions: 2, Kind: synth.Mixed, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	before := corpustest.Corpus(t, acts[0], acts[1])
	after := corpustest.Corpus(t, acts...)
	namesBefore := map[string]string{acts[0].ID: "1", acts[1].ID: "1"}
	namesAfter := map[string]string{acts[0].ID: "1", acts[1].ID: "1", acts[2].ID: "1"}
	for name, spoil := range map[string]func(t *testing.T, dir string){
		"build in progress": func(t *testing.T, dir string) {
			building := filepath.Join(dir, buildPrefix+"x-1-1")
			data, _ := json.Marshal(namesAfter) // closer than any other
			if err := os.MkdirAll(building, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(building, actsFile), data, 0o644); err != nil {
				t.Fatal(err)
			}
		},
		// Named by its acts under another schema: an older lexdiff built
		// it, and its documents and mapping may lack what this one stores.
		"other schema": func(t *testing.T, dir string) {
			fp := actsFingerprint(namesBefore)
			if err := os.Rename(filepath.Join(dir, fp), filepath.Join(dir, "a"+strings.Repeat("0", len(fp)-1))); err != nil {
				t.Fatal(err)
			}
		},
		"damaged": func(t *testing.T, dir string) {
			segments, _ := filepath.Glob(filepath.Join(dir, actsFingerprint(namesBefore), "store", "*.zap"))
			if len(segments) == 0 {
				t.Fatal("no segment to damage")
			}
			for _, f := range segments {
				data, _ := os.ReadFile(f)
				for i := len(data) / 3; i < len(data)/2; i++ {
					data[i] ^= 0xff
				}
				os.WriteFile(f, data, 0o644)
			}
		},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			ix, err := Open(dir, before, Options{Acts: namesBefore})
			if err != nil {
				t.Fatal(err)
			}
			ix.Close()
			spoil(t, dir)
			var log bytes.Buffer
			ix, err = Open(dir, after, Options{Acts: namesAfter, Logger: slog.New(slog.NewTextHandler(&log, nil))})
			if err != nil {
				t.Fatalf("Open: %v\n%s", err, log.String())
			}
			defer ix.Close()
			if strings.Contains(log.String(), "updating the index failed") || (name != "build in progress" && strings.Contains(log.String(), "search index updated")) {
				t.Errorf("the index was made from an unusable base:\n%s", log.String())
			}
			fresh, err := NewMem(after)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := hitIDs(t, ix), hitIDs(t, fresh); !slices.Equal(got, want) {
				t.Errorf("the index answers\n%v\nan index built afresh\n%v", got, want)
			}
		})
	}
}

package index

import (
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"lexdiff/corpus/corpustest"
	"lexdiff/corpus/synth"
)

// TestCheckComparesWordings drops a wording of one act from an index known
// by its acts' digests, with the count it records made to agree, as an
// update that lost a wording would leave it: Check finds the act whose
// wordings the index lacks, marks the index, and the next Open rebuilds
// it whole.
func TestCheckComparesWordings(t *testing.T) {
	acts, err := synth.Acts(synth.Config{Acts: 2, Units: 8, Versions: 2, Kind: synth.Mixed, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	c := corpustest.Corpus(t, acts...)
	names := map[string]string{acts[0].ID: "1", acts[1].ID: "1"}
	dir := t.TempDir()
	ix, err := Open(dir, c, Options{Acts: names})
	if err != nil {
		t.Fatal(err)
	}
	want, _ := ix.DocCount()
	ix.Close()
	if err := Check(dir, c, Options{Acts: names}); err != nil {
		t.Fatalf("a sound index: %v", err)
	}

	b, err := bleve.Open(filepath.Join(dir, actsFingerprint(names)))
	if err != nil {
		t.Fatal(err)
	}
	docs, err := docsOf(b, acts[1].ID)
	if err != nil || len(docs) == 0 {
		t.Fatalf("docs of %s: %v, %v", acts[1].ID, docs, err)
	}
	if err := b.Delete(docs[0]); err != nil {
		t.Fatal(err)
	}
	if err := b.SetInternal(countKey, []byte(strconv.FormatUint(want-1, 10))); err != nil {
		t.Fatal(err)
	}
	b.Close()

	err = Check(dir, c, Options{Acts: names})
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), acts[1].ID) {
		t.Fatalf("an index that lost a wording: %v, want ErrDamaged naming %s", err, acts[1].ID)
	}
	ix, err = Open(dir, c, Options{Acts: names})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if n, _ := ix.DocCount(); n != want {
		t.Errorf("reopened, the index holds %d wordings, want %d: not rebuilt", n, want)
	}
}

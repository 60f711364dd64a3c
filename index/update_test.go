package index

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/corpustest"
	"lexdiff/corpus/synth"
)

// TestOpenUpdatesChangedActs opens the index of a corpus known by the
// names of its acts, then of a later state (one act changed, one added,
// one removed): the new index is made from the old by re-indexing those
// three alone, answers as an index built from scratch does, and the old
// one, still open, answers as before.
func TestOpenUpdatesChangedActs(t *testing.T) {
	acts, err := synth.Acts(synth.Config{Acts: 4, Units: 12, Versions: 3, Kind: synth.Mixed, Seed: 11})
	if err != nil {
		t.Fatal(err)
	}
	changed := corpustest.Act(t, acts[0].ActInfo, acts[0].AllVersions()[:len(acts[0].AllVersions())/2]...)
	before := corpustest.Corpus(t, acts[0], acts[1], acts[2])
	after := corpustest.Corpus(t, changed, acts[1], acts[3])
	names := func(c *corpus.Corpus, changedName string) map[string]string {
		m := map[string]string{}
		for _, a := range corpustest.Acts(t, c) {
			m[a.ID] = "1"
		}
		m[acts[0].ID] = changedName
		return m
	}
	dir := t.TempDir()
	old, err := Open(dir, before, Options{Acts: names(before, "1")})
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	oldHits := hitIDs(t, old)

	var log bytes.Buffer
	var loads []string
	counting := countingCorpus(t, after, &loads)
	updated, err := Open(dir, counting, Options{Acts: names(after, "2"), Logger: slog.New(slog.NewTextHandler(&log, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer updated.Close()
	if !strings.Contains(log.String(), "search index updated") || !strings.Contains(log.String(), "acts=3") {
		t.Errorf("not updated from the old index:\n%s", log.String())
	}
	slices.Sort(loads)
	if want := []string{acts[0].ID, acts[3].ID}; !slices.Equal(loads, want) {
		t.Errorf("read acts %v, want only the changed and the added %v", loads, want)
	}
	fresh, err := NewMem(after)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := hitIDs(t, updated), hitIDs(t, fresh); !slices.Equal(got, want) {
		t.Errorf("the updated index answers\n%v\nan index built afresh\n%v", got, want)
	}
	if n, _ := updated.DocCount(); n == 0 {
		t.Error("empty index")
	}
	if got := hitIDs(t, old); !slices.Equal(got, oldHits) {
		t.Error("the update changed the old index")
	}

	reopened, err := Open(dir, counting, Options{Acts: names(after, "2")})
	if err != nil {
		t.Fatal(err)
	}
	reopened.Close()
	if len(loads) != 2 {
		t.Errorf("reopening the index read %d acts", len(loads)-2)
	}
}

// countingCorpus is c, noting the id of every act read.
func countingCorpus(t *testing.T, c *corpus.Corpus, loads *[]string) *corpus.Corpus {
	t.Helper()
	list, err := c.Summaries()
	if err != nil {
		t.Fatal(err)
	}
	counting, err := corpus.Loaded(list, func(id string) (*corpus.Act, error) {
		*loads = append(*loads, id)
		return c.Act(id)
	})
	if err != nil {
		t.Fatal(err)
	}
	return counting
}

// hitIDs runs a few queries over all history and lists the hits.
func hitIDs(t *testing.T, ix *Index) []string {
	t.Helper()
	var out []string
	for _, q := range []string{"ustawy", "przepis*", "minister", "wniosek"} {
		res, err := ix.Search(context.Background(), Request{Query: q, All: true, Size: MaxSize})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total == 0 {
			t.Fatalf("%q finds nothing: the comparison would tell nothing", q)
		}
		out = append(out, fmt.Sprintf("%s:%d", q, res.Total))
		for _, h := range res.Hits {
			out = append(out, h.Act+"/"+h.Unit+"@"+h.From.String())
		}
	}
	slices.Sort(out)
	return out
}

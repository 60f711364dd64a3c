package main

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lexdiff/corpus/corpustest"
	"lexdiff/corpus/embedded"
	"lexdiff/index"
)

func TestSearch(t *testing.T) {
	runCases(t, []cliCase{
		{"inflected", []string{"search", "-date", "2021-01-01", "kuratorem"}, 0, "2 hits (in force on 2021-01-01)"},
		{"marks", []string{"search", "kuratorem", "oświaty"}, 0, "«kurator» «oświaty»;"},
		{"date", []string{"search", "-date", "2019-10-01", "1189"}, 0, "§ 3 ust. 1 pkt 3  du-2017-1399  2017-07-24 – 2020-12-06"},
		{"all history", []string{"search", "-all", "art.", "50"}, 0, "2 hits (all history)"},
		{"filters", []string{"search", "-kind", "ust", "-act", "du-2017-1399", "wniosku"}, 0, "kinds: ust (2)"},
		{"zero hits", []string{"search", "hipopotam"}, 0, "0 hits"},
		{"bad query", []string{"search", `"kurator`}, 2, "unclosed quote"},
		{"no query", []string{"search"}, 2, "no query"},
		{"date and all", []string{"search", "-all", "-date", "2020-01-01", "x"}, 2, "not both"},
		{"bad kind", []string{"search", "-kind", "rozdział", "x"}, 2, "unit kind"},
		{"page too deep", []string{"search", "-page", "461168601842738791", "kurator"}, 2, "at most page 500"},
		{"unknown act", []string{"search", "-act", "du-1999-1", "wniosek"}, 1, `no act "du-1999-1"`},
	})
}

func TestSearchJSONOnDisk(t *testing.T) {
	c, err := embedded.Load()
	if err != nil {
		t.Fatal(err)
	}
	dir := writeCorpus(t, corpustest.Acts(t, c)...)
	for range 2 { // built, then reused
		code, out, errOut := runCLI(t, "search", "-data", dir, "-all", "-json", "2215")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		var res struct {
			Total int `json:"total"`
			Hits  []struct {
				Act, Unit, Citation, From string
				To                        *string
				Score                     float64
				Fragments                 []string
			} `json:"hits"`
			Facets map[string][]struct{ Value string } `json:"facets"`
		}
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatal(err)
		}
		if res.Total != 1 || res.Hits[0].Unit != "par3.ust1.pkt3" || res.Hits[0].From != "2020-12-07" || res.Hits[0].To != nil ||
			!strings.Contains(res.Hits[0].Fragments[0], "<mark>2215</mark>") || len(res.Facets["year"]) != 1 {
			t.Errorf("JSON = %s", out)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, ".index")); err != nil {
		t.Errorf("no index beside the corpus: %v", err)
	}
}

// TestSearchDamagedIndex damages the index of a corpus on disk while it is
// open: the search exits 3 saying so, and the next one rebuilds it and
// answers.
func TestSearchDamagedIndex(t *testing.T) {
	dir := writeCorpus(t, otherAct(t))
	c, done, err := (&env{stdout: io.Discard, stderr: io.Discard}).loadCorpus(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer done()
	ix, err := openIndex(dir, c, index.Options{}, onDisk)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	segments, _ := filepath.Glob(filepath.Join(dir, ".index", "*", "store", "*.zap"))
	if len(segments) == 0 {
		t.Fatal("no segment files")
	}
	for _, f := range segments {
		info, _ := os.Stat(f)
		junk := make([]byte, info.Size())
		rand.Read(junk)
		os.WriteFile(f, junk, 0o644) // same size: the mapping stays valid, its bytes are junk
	}
	_, err = searchIn(context.Background(), ix, index.Request{Query: "kuratora", All: true})
	if exitCode(err) != exitFailed || !strings.Contains(fmt.Sprint(err), "search index damaged: segment") || !strings.Contains(fmt.Sprint(err), "the next search") {
		t.Errorf("search of a damaged index: exit %d, %v", exitCode(err), err)
	}
	code, out, errOut := runCLI(t, "search", "-data", dir, "-all", "kuratora")
	if code != 0 || !strings.Contains(out, "1 hit") {
		t.Errorf("the next search: exit %d, %s%s", code, out, errOut)
	}
}

// TestSearchFirstKnown searches the embedded corpus: a hit in the act on
// the national emblem, known from its consolidated text alone, says that
// its first day is only the first the corpus knows it from; one of the
// sample, read as published, does not.
func TestSearchFirstKnown(t *testing.T) {
	runCases(t, []cliCase{
		{"known from a consolidated text", []string{"search", "-act", "DU/2025/299", "-all", "orła białego"}, 0, "art. 2 ust. 1  ustawa-1980-01-31-o-godle-barwach-i-hymnie-rzeczypospolitej-polskiej-oraz-o-pieczeciach-panstwowych  from 2025-03-06 (known from then on: the corpus holds no older wording)\n"},
		{"read as published", []string{"search", "-act", "du-2017-1399", "-all", "art. 50"}, 0, "§ 3 ust. 1 pkt 8  du-2017-1399  2017-07-24 – 2019-08-31\n"},
	})
}

package index

import (
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"lexdiff/corpus/synth"
)

// TestFieldTerms reads the terms of an index of several segments, all of
// them and by prefix, and finds what Bleve's FieldDictPrefix finds: each
// term once, in order.
func TestFieldTerms(t *testing.T) {
	c, err := synth.Corpus(synth.Config{Acts: 3, Units: 100, Versions: 5, Kind: synth.Mixed, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	// Batches of 300 wordings make segments that share terms.
	b, err := bleve.NewUsing("", newMapping(analyzerName), scorch.Name, scorch.Name, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := fill(b, c, nil, 300); err != nil {
		t.Fatal(err)
	}
	r, err := openReader(b)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if n := len(r.(*scorch.IndexSnapshot).Segments()); n < 2 {
		t.Fatalf("%d segment: the test needs several", n)
	}
	for _, p := range []string{"", "ust", "przepis", formMarker + "prz", "zzzz"} {
		got, err := fieldTerms(r, fieldText, []byte(p))
		if err != nil {
			t.Fatal(err)
		}
		want, err := dictTerms(r, fieldText, []byte(p)) // through Bleve's FieldDictPrefix
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) || (p == "ust" && len(got) == 0) {
			t.Errorf("%q: %d terms, want the %d of FieldDictPrefix", p, len(got), len(want))
		}
	}
}

func TestPrefixEnd(t *testing.T) {
	for p, want := range map[string]string{"": "", "ust": "usu", "a\xff": "b", "\xff\xff": "", "ą": "\xc4\x86"} {
		if got := string(prefixEnd([]byte(p))); got != want {
			t.Errorf("%q: %q, want %q", p, got, want)
		}
	}
}

package index

import (
	"context"
	"strings"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/synth"
)

// TestPhrasesThroughShingles checks that a phrase found through shingles
// finds what the same phrase found through positions alone finds, and is
// highlighted word by word.
func TestPhrasesThroughShingles(t *testing.T) {
	c, err := synth.Corpus(synth.Config{Acts: 3, Units: 40, Versions: 4, Kind: synth.Mixed, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := NewMem(c)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, q := range []string{`"organ prowadzący"`, `"organu prowadzącego"`, `"minister właściwy do spraw"`, `"decyzji wojewody"`,
		`"kuratora oświaty" wniosek`, `"ochrony danych osobowych"`, `"w terminie 30 dni"`, `"rada gminy" -"organ prowadzący"`} {
		for _, r := range []Request{{Query: q, All: true}, {Query: q, Date: corpus.MakeDate(2012, 6, 1), Size: 100}} {
			got, err := ix.Search(context.Background(), r)
			if err != nil {
				t.Fatal(err)
			}
			ix.shingled = false
			want, err := ix.Search(context.Background(), r)
			ix.shingled = true
			if err != nil {
				t.Fatal(err)
			}
			if got.Total != want.Total || len(got.Hits) != len(want.Hits) {
				t.Errorf("%+v: %d hits through shingles, %d through positions", r, got.Total, want.Total)
				continue
			}
			for i, h := range got.Hits {
				if h.Unit != want.Hits[i].Unit && h.Score == want.Hits[i].Score {
					t.Errorf("%+v: hit %d is %s, through positions %s", r, i, h.Unit, want.Hits[i].Unit)
				}
			}
			if q == `"organ prowadzący"` && r.All && (got.Total == 0 || !strings.Contains(strings.Join(got.Hits[0].Fragments, " "), "</mark> <mark>")) {
				t.Errorf("%s: %d hits, highlighted %+v", q, got.Total, got.Hits)
			}
		}
	}
}

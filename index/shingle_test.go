package index

import (
	"context"
	"errors"
	"slices"
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

// TestPhraseStopWords: a phrase keeps its stop words: "nie podlega" does
// not find "podlega" alone, and a phrase of stop words alone is a query.
func TestPhraseStopWords(t *testing.T) {
	ix, err := NewMem(plainCorpus(t, "§ 1. Wniosek podlega opłacie.\n§ 2. Wniosek nie podlega opłacie.\n§ 3. Opłata nie jest pobierana.\n§ 4. Decyzja jest ostateczna.\n"+
		"§ 5. Sprawy, o których mowa w § 1, załatwia się niezwłocznie.\n§ 6. Wniosek nie podlega opłacie, jeżeli podlega zwrotowi."))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for q, want := range map[string]string{
		`"nie podlega"`:         "par2 par6",
		`"nie podlega opłacie"`: "par2 par6",
		`"wniosek nie"`:         "par2 par6",
		`"podlega opłacie"`:     "par1 par2 par6",
		`podlega`:               "par1 par2 par6",
		`"o ktorych mowa"`:      "par5", // without diacritics: "których" is a stop word all the same
		`"nie jest"`:            "par3",
		`"opłata nie jest"`:     "par3",
		`"jest ostateczna"`:     "par4",
	} {
		res, err := ix.Search(context.Background(), Request{Query: q, All: true})
		if err != nil {
			t.Errorf("%s: %v", q, err)
			continue
		}
		var got []string
		for _, h := range res.Hits {
			got = append(got, h.Unit)
		}
		slices.Sort(got)
		if strings.Join(got, " ") != want {
			t.Errorf("%s: hits %q, want %s", q, got, want)
		}
	}
	// The phrase is marked, not every form of its one word that is no stop
	// word: § 6's second "podlega" stays unmarked.
	res, err := ix.Search(context.Background(), Request{Query: `"nie podlega"`, All: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range res.Hits {
		if f := strings.Join(h.Fragments, " "); h.Unit == "par6" && (!strings.Contains(f, "<mark>nie podlega</mark>") || strings.Contains(f, "<mark>podlega</mark> zwrotowi")) {
			t.Errorf("§ 6 highlighted %q", f)
		}
	}
	if _, err := ix.Search(context.Background(), Request{Query: "nie", All: true}); !errors.Is(err, ErrBadQuery) {
		t.Errorf("a stop word alone: error %v, want a bad query", err)
	}
}

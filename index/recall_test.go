package index

import (
	"context"
	"strings"
	"testing"
	"unicode"

	"lexdiff/corpus"
	"lexdiff/corpus/corpustest"
	"lexdiff/corpus/embedded"
)

// ownText is an act written for the recall test: verbs, and legal words
// the sample lacks.
const ownText = `§ 1. Minister właściwy do spraw oświaty wydaje decyzję w terminie 30 dni od dnia złożenia wniosku.
§ 2. Organ odwoławczy rozpatruje odwołanie niezwłocznie.
§ 3. Sąd orzeka o kosztach postępowania.`

// recallCases are inflected forms that do not occur in the texts as
// written, each with the unit (act/unit id) it must find.
var recallCases = []struct{ query, unit string }{
	{"wnioskami", "du-2017-1399/par3.ust1"},
	{"wnioskom", "du-2017-1399/par3.ust1"},
	{"wnioskach", "du-2017-1399/par3.ust1"},
	{"kuratorem", "du-2017-1399/par3.ust1.pkt1.litf"},
	{"kuratorowi", "du-2017-1399/par3.ust1.pkt1.litf"},
	{"kuratorzy", "du-2017-1399/par3.ust1.pkt1.litf"},
	{"placówkach", "du-2017-1399/par3.ust1.pkt1.litb"},
	{"placówce", "du-2017-1399/par3.ust1.pkt1.litb"},
	{"szkołom", "du-2017-1399/par3.ust1.pkt1.lita"},
	{"szkole", "du-2017-1399/par3.ust1.pkt1.lita"},
	{"rektorem", "du-2017-1399/par3.ust1.pkt1.lite"},
	{"rektorowi", "du-2017-1399/par3.ust1.pkt1.lite"},
	{"uczelniach", "du-2017-1399/par3.ust1.pkt1.lite"},
	{"izbie", "du-2017-1399/par3.ust1.pkt1.litd"},
	{"izbami", "du-2017-1399/par3.ust1.pkt1.litd"},
	{"obrachunkowych", "du-2017-1399/par3.ust1.pkt1.litd"},
	{"regionalnym", "du-2017-1399/par3.ust1.pkt1.litd"},
	{"jednostkami", "du-2017-1399/par3.ust1.pkt1.litc"},
	{"jednostkom", "du-2017-1399/par3.ust1.pkt1.litc"},
	{"zadaniami", "du-2017-1399/par3.ust1.pkt1.litc"},
	{"zadaniu", "du-2017-1399/par3.ust1.pkt1.litc"},
	{"ministrem", "du-2017-1399/par3.ust1.pkt2.litb.tir2"},
	{"ministrowie", "du-2017-1399/par3.ust1.pkt2.litb.tir2"},
	{"osobie", "du-2017-1399/par3.ust1.pkt2.litb.tir4"},
	{"fizycznej", "du-2017-1399/par3.ust1.pkt2.litb.tir4"},
	{"fizycznych", "du-2017-1399/par3.ust1.pkt2.litb.tir4"},
	{"prawnej", "du-2017-1399/par3.ust1.pkt2.litb.tir3"},
	{"prawnych", "du-2017-1399/par3.ust1.pkt2.litb.tir3"},
	{"samorządom", "du-2017-1399/par3.ust1.pkt2.litb.tir1"},
	{"samorządów", "du-2017-1399/par3.ust1.pkt2.litb.tir1"},
	{"terytorialnych", "du-2017-1399/par3.ust1.pkt2.litb.tir1"},
	{"dyrektorem", "du-2017-1399/par3.ust1.pkt2"},
	{"dyrektorzy", "du-2017-1399/par3.ust1.pkt2"},
	{"typów", "du-2017-1399/par3.ust1.pkt2.lita"},
	{"typem", "du-2017-1399/par3.ust1.pkt2.lita"},
	{"organem", "du-2017-1399/par3.ust1.pkt2.litb"},
	{"organach", "du-2017-1399/par3.ust1.pkt2.litb"},
	{"województwem", "du-2017-1399/par3.ust1.pkt2.litc"},
	{"powiatach", "du-2017-1399/par3.ust1.pkt2.litc"},
	{"gminom", "du-2017-1399/par3.ust1.pkt2.litc"},
	{"miejscowościach", "du-2017-1399/par3.ust1.pkt2.litc"},
	{"rejestrem", "du-2017-1399/par3.ust1.pkt2.litc"},
	{"identyfikatorami", "du-2017-1399/par3.ust1.pkt2.litc"},
	{"burmistrzem", "du-2017-1399/par3.ust1.pkt3"},
	{"starostą", "du-2017-1399/par3.ust1.pkt3"},
	{"marszałkiem", "du-2017-1399/par3.ust1.pkt3"},
	{"komisjom", "du-2017-1399/par3.ust1.pkt3"},
	{"egzaminacyjnych", "du-2017-1399/par3.ust1.pkt3"},
	{"nauczycielem", "du-2017-1399/par3.ust1.pkt3"},
	{"prezesem", "du-2017-1399/par3.ust1.pkt4"},
	{"nazwami", "du-2017-1399/par3.ust1.pkt5.lita"},
	{"informacji", "du-2017-1399/par3.ust1.pkt5.litb"},
	{"numerem", "du-2017-1399/par3.ust1.pkt5.litc"},
	{"rejestrach", "du-2017-1399/par3.ust1.pkt5.litc"},
	{"związkiem", "du-2017-1399/par3.ust1.pkt5.litc"},
	{"szkolnictwem", "du-2017-1399/par3.ust1.pkt5.litc"},
	{"urzędem", "du-2017-1399/par3.ust1.pkt6"},
	{"upoważnionych", "du-2017-1399/par3.ust1.pkt7"},
	{"zakresem", "du-2017-1399/par3.ust1.pkt7.litb"},
	{"dostępem", "du-2017-1399/par3.ust1.pkt7.litb"},
	{"uczniami", "du-2017-1399/par3.ust1.pkt7.litb"},
	{"bazami", "du-2017-1399/par3.ust1.pkt7.litb"},
	{"uprawnień", "du-2017-1399/par3.ust1.pkt8"},
	{"prawdziwością", "du-2017-1399/par3.ust1.pkt8"},
	{"datą", "du-2017-1399/par3.ust2.pkt1"},
	{"pracownika", "du-2017-1399/par3.ust2.pkt1"},
	{"nazwiskiem", "du-2017-1399/par3.ust2.pkt2"},
	{"imieniem", "du-2017-1399/par3.ust2.pkt2"},
	{"okresem", "du-2017-1399/par3.ust2.pkt3"},
	{"okresów", "du-2017-1399/par3.ust2.pkt3"},
	{"wydawał", "du-2020-1/par1"},
	{"decyzji", "du-2020-1/par1"},
	{"terminach", "du-2020-1/par1"},
	{"złożeniu", "du-2020-1/par1"},
	{"rozpatrywała", "du-2020-1/par2"},
	{"odwołania", "du-2020-1/par2"},
	{"odwoławczych", "du-2020-1/par2"},
	{"orzekali", "du-2020-1/par3"},
	{"kosztami", "du-2020-1/par3"},
	{"postępowaniu", "du-2020-1/par3"},
	{"sądy", "du-2020-1/par3"},
}

// recallCorpus is the sample regulation with ownText added.
func recallCorpus(t *testing.T) *corpus.Corpus {
	t.Helper()
	sample, err := embedded.Sample()
	if err != nil {
		t.Fatal(err)
	}
	own := corpustest.Acts(t, plainCorpus(t, ownText))
	c, err := corpus.New(append(corpustest.Acts(t, sample), own...)...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestRecall(t *testing.T) {
	c := recallCorpus(t)
	words := corpusWords(t, c)
	ours, err := newMem(c, analyzerName)
	if err != nil {
		t.Fatal(err)
	}
	defer ours.Close()
	stock, err := newMem(c, "pl")
	if err != nil {
		t.Fatal(err)
	}
	defer stock.Close()
	if len(recallCases) < 60 {
		t.Fatalf("%d recall cases, want at least 60", len(recallCases))
	}
	var found, foundStock int
	for _, rc := range recallCases {
		if words[strings.ToLower(rc.query)] {
			t.Errorf("%q occurs literally in the corpus: not a test of inflection", rc.query)
		}
		if finds(t, ours, rc.query, rc.unit) {
			found++
		} else {
			t.Logf("lexdiff_pl misses %q → %s", rc.query, rc.unit)
		}
		if finds(t, stock, rc.query, rc.unit) {
			foundStock++
		}
	}
	n := float64(len(recallCases))
	t.Logf("recall over %d inflected forms: lexdiff_pl %.1f%% (%d), stock pl %.1f%% (%d)",
		len(recallCases), 100*float64(found)/n, found, 100*float64(foundStock)/n, foundStock)
	if float64(found)/n < 0.95 {
		t.Errorf("recall %.1f%%, want at least 95%%", 100*float64(found)/n)
	}
}

// finds reports whether searching all history for q finds unit ("act/id").
func finds(t *testing.T, ix *Index, q, unit string) bool {
	t.Helper()
	res, err := ix.Search(context.Background(), Request{Query: q, All: true, Size: MaxSize})
	if err != nil {
		t.Fatalf("%q: %v", q, err)
	}
	for _, h := range res.Hits {
		if h.Act+"/"+h.Unit == unit {
			return true
		}
	}
	return false
}

// corpusWords is the set of words of every indexed text, in lower case.
func corpusWords(t *testing.T, c *corpus.Corpus) map[string]bool {
	t.Helper()
	words := map[string]bool{}
	err := eachDoc(c, func(d *doc) error {
		for _, w := range strings.FieldsFunc(d.Text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			words[strings.ToLower(w)] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return words
}

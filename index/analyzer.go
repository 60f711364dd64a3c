package index

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/pl"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	unitok "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"

	"lexdiff/index/internal/lemma"
)

// Names under which the Polish analysis is registered with Bleve. Every
// process that opens an index must register them, which importing this
// package does.
const (
	analyzerName = "lexdiff_pl"
	filterName   = "lexdiff_pl_lemma"
)

func init() {
	registry.RegisterTokenFilter(filterName, newLemmaFilter)
	registry.RegisterAnalyzer(analyzerName, newAnalyzer)
}

// newAnalyzer builds the analyzer of unit text: Unicode words, lower case,
// then lemmas (see lemmaFilter), which leaves Polish stop words out.
func newAnalyzer(_ map[string]any, cache *registry.Cache) (analysis.Analyzer, error) {
	tok, err := cache.TokenizerNamed(unitok.Name)
	if err != nil {
		return nil, err
	}
	var filters []analysis.TokenFilter
	for _, name := range []string{lowercase.Name, filterName} {
		f, err := cache.TokenFilterNamed(name)
		if err != nil {
			return nil, err
		}
		filters = append(filters, f)
	}
	return &analysis.DefaultAnalyzer{Tokenizer: tok, TokenFilters: filters}, nil
}

// A lemmaFilter replaces each word by the terms it is found under, all at
// the word's position and with its offsets, so that highlights cover the
// whole word as written: its lemmas from the dictionary ("wnioskiem" gives
// "wniosek") or, for a word the dictionary does not know, the word itself
// and its stem. Every term is folded (lower case, no diacritics), so
// "dostepowych" finds "dostępowych". One lemma is one term, so a query word
// costs one posting list where it once cost its form's and its lemmas'.
//
// When the word is not itself one of its terms, its folded form is indexed
// too, behind formMarker, for prefix queries alone: "wniosk*" must find
// "wnioskiem", whose only other term is "wniosek". Each pair of adjacent
// words is indexed too, as shingles of their terms (see shingle), for
// phrase queries.
//
// A stop word ("nie", "w", "o") is no term of its own, which every
// wording would hold, but it is one word of the shingles with its
// neighbours: the phrase "nie podlega" must not find "podlega" alone.
type lemmaFilter struct {
	table   *lemma.Table
	stemmer analysis.TokenFilter
	stop    map[string]bool // folded: "ktorych" is "których", as a query without diacritics writes it
}

// formMarker starts the term of a word form kept for prefix queries; the
// tokenizer never leaves it in a word, so no query word can match it.
const formMarker = "~"

func newLemmaFilter(_ map[string]any, cache *registry.Cache) (analysis.TokenFilter, error) {
	words, err := cache.TokenMapNamed(pl.StopName)
	if err != nil {
		return nil, fmt.Errorf("loading the Polish stop words: %w", err)
	}
	stop := make(map[string]bool, len(words))
	for w := range words {
		stop[lemma.Fold(w)] = true
	}
	t, err := lemma.Polish()
	if err != nil {
		return nil, fmt.Errorf("loading the Polish lemma table: %w", err)
	}
	stemmer, err := polishStemmer()
	if err != nil {
		return nil, fmt.Errorf("loading the Polish stemmer: %w", err)
	}
	return &lemmaFilter{table: t, stemmer: stemmer, stop: stop}, nil
}

// polishStemmer is Bleve's Stempel stemmer, loaded once: loading its table
// takes a fifth of a second, which every new index would pay again.
var polishStemmer = sync.OnceValues(func() (*pl.PolishStemmerFilter, error) { return pl.NewPolishStemmerFilter() })

func (f *lemmaFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	out := make(analysis.TokenStream, 0, 3*len(in))
	var terms, prevTerms []string
	var prev *analysis.Token
	for _, tok := range in {
		w := string(tok.Term)
		folded := lemma.Fold(w)
		stop := f.stop[folded]
		if stop {
			terms = append(terms[:0], folded) // for the shingles alone
		} else {
			terms = f.terms(terms[:0], w)
		}
		if prev != nil && tok.Position == prev.Position+1 {
			for _, a := range prevTerms {
				for _, b := range terms {
					if !strings.HasPrefix(a, formMarker) && !strings.HasPrefix(b, formMarker) {
						out = append(out, &analysis.Token{
							Term: []byte(shingle(a, b)), Start: prev.Start, End: tok.End,
							Position: prev.Position, Type: tok.Type,
						})
					}
				}
			}
		}
		for _, t := range terms {
			if stop {
				break
			}
			out = append(out, &analysis.Token{
				Term: []byte(t), Start: tok.Start, End: tok.End,
				Position: tok.Position, Type: tok.Type, KeyWord: tok.KeyWord,
			})
		}
		prev, prevTerms = tok, append(prevTerms[:0], terms...)
	}
	return out
}

// shingleMarker starts the term of two adjacent words (a shingle), which
// a phrase query of two words reads as one posting list instead of
// checking the positions of every wording holding both words. The
// tokenizer never leaves it in a word, so no query word can match it, nor
// a prefix.
const shingleMarker = "|"

// shingle is the term of the adjacent terms a and b.
func shingle(a, b string) string { return shingleMarker + a + " " + b }

// terms appends the terms of the lower-case word w: those it is found
// under, then its form for prefix queries when it is not one of them.
func (f *lemmaFilter) terms(dst []string, w string) []string {
	folded := lemma.Fold(w)
	if !isWord(w) {
		return append(dst, folded)
	}
	n := len(dst)
	dst = f.table.Lemmas(dst, folded)
	if len(dst) == n {
		dst = append(dst, folded, lemma.Fold(f.stem(w)))
	}
	slices.Sort(dst[n:])
	dst = dst[:n+len(slices.Compact(dst[n:]))]
	if !slices.Contains(dst[n:], folded) {
		dst = append(dst, formMarker+folded)
	}
	return dst
}

func (f *lemmaFilter) stem(w string) string {
	ts := f.stemmer.Filter(analysis.TokenStream{{Term: []byte(w)}})
	if len(ts) == 0 {
		return w
	}
	return string(ts[0].Term)
}

// isWord reports whether w is made of letters only: numbers such as "2215"
// and codes such as "3a" are matched as written.
func isWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

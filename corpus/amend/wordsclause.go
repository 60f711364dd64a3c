package amend

// The grammar of changes to words and punctuation: "wyrazy „X” zastępuje
// się wyrazami „Y”", "skreśla się", "użyte dwukrotnie", "kropkę zastępuje
// się średnikiem".

import (
	"errors"
	"fmt"
	"regexp"
)

// wordsChange reads what follows "wyrazy „…”": "zastępuje się wyrazami
// „…”" or "skreśla się".
func (p *clauseParser) wordsChange(l loc, old string) error {
	s := p.s
	count := p.count()
	if p.inflected {
		return errInflected
	}
	switch {
	case s.words("zastępuje", "się"), s.punct("–"), s.punct("-"): // "…, a wyrazy „X” – wyrazami „Y”": the verb left out
		inflected := s.reFold(reInflected) != nil
		if mark, ok := p.punctuation(punctInstrumental); ok {
			p.add(&Operation{Action: ReplaceWords, Path: l.path, Part: l.part, Old: old, New: mark, Count: count})
			return nil
		}
		if _, ok := s.prefixed(wordNouns...); !ok && !s.atQuote() {
			return p.unread()
		}
		q, ok := s.quote()
		if !ok {
			return p.unread()
		}
		p.add(&Operation{Action: ReplaceWords, Path: l.path, Part: l.part, Old: old, New: q.text, Count: count, Inflected: inflected})
		return nil
	case s.words("skreśla", "się"), s.words("uchyla", "się"):
		p.add(&Operation{Action: DeleteWords, Path: l.path, Part: l.part, Old: old, Count: count})
		return nil
	}
	return p.unread()
}

// wordNouns are the stems of the nouns that name what a quotation holds:
// "wyrazy", "znak", "liczbę", "datę", "oznaczenie" …
var wordNouns = []string{"wyraz", "słow", "znak", "liczb", "cyfr", "dat", "oznacze", "symbol", "kwot", "skrót", "wyrażeni", "sformułowani", "częś"}

// reInflected opens an inflected replacement ("użytymi w odpowiednich
// przypadkach wyrazami"), which lexdiff cannot inflect.
var reInflected = regexp.MustCompile(`^użyt\p{L}*\s+w\s+odpowiedni\p{L}*\s+przypadk\p{L}*`)

// errInflected: the instruction replaces words in every grammatical case,
// which needs the inflection of Polish.
var errInflected = errors.New("the words are to be replaced in each grammatical case they are used in (\"w różnych przypadkach\"), which lexdiff does not inflect")

// words reads "wyrazy „…”" (or the quotation alone) and returns the words.
func (p *clauseParser) words() (string, bool) {
	s := p.s
	save := s.i
	p.inflected = s.reFold(reUsedIn) != nil
	if _, ok := s.prefixed(wordNouns...); !ok {
		s.i = save
		return "", false
	}
	s.oneOf("w brzmieniu")
	q, ok := s.quote()
	if !ok {
		s.i = save
		return "", false
	}
	return q.text, true
}

var reUsedIn = regexp.MustCompile(`^użyt\p{L}*\s+w\s+różn\p{L}*\s+przypadk\p{L}*`)

// count reads how many times the words occur: "użyte dwukrotnie" gives 2,
// "każdorazowo" -1 (every time); 0 when the text does not say.
func (p *clauseParser) count() int {
	m := p.s.reFold(reCount)
	if m == nil {
		return 0
	}
	if m[2] != "" {
		var n int
		fmt.Sscan(m[2], &n)
		return n
	}
	if m[1] == "" {
		return -1
	}
	return multiples[m[1]]
}

var (
	reCount   = regexp.MustCompile(`^(?:użyt\p{L}*\s+)?(?:(dwu|trzy|cztero|pięcio|sześcio)krotnie|(\d+)\s+razy|każdorazowo|we\s+wszystkich\s+miejscach)`)
	multiples = map[string]int{"dwu": 2, "trzy": 3, "cztero": 4, "pięcio": 5, "sześcio": 6}
)

// The punctuation marks instructions name, in the accusative ("kropkę
// zastępuje się") and in the instrumental ("… zastępuje się średnikiem").
var (
	punctAccusative   = map[string]string{"kropkę": ".", "kropka": ".", "średnik": ";", "przecinek": ",", "dwukropek": ":", "myślnik": "–"}
	punctInstrumental = map[string]string{"kropką": ".", "średnikiem": ";", "przecinkiem": ",", "dwukropkiem": ":", "myślnikiem": "–"}
)

// punctuation reads a punctuation mark named by a word of names.
func (p *clauseParser) punctuation(names map[string]string) (string, bool) {
	save := p.s.i
	w, ok := p.s.prefixed("kropk", "średnik", "przecin", "dwukrop", "myślnik")
	if !ok {
		return "", false
	}
	if mark, ok := names[w]; ok {
		return mark, true
	}
	p.s.i = save
	return "", false
}

// punctChange reads "zastępuje się średnikiem" after "kropkę".
func (p *clauseParser) punctChange(l loc, old string) error {
	s := p.s
	s.words("na", "końcu")
	if !s.words("zastępuje", "się") {
		if s.words("skreśla", "się") || s.words("uchyla", "się") {
			p.add(&Operation{Action: ReplacePunct, Path: l.path, Part: l.part, Old: old})
			return nil
		}
		return p.unread()
	}
	mark, ok := p.punctuation(punctInstrumental)
	if !ok {
		return p.unread()
	}
	p.add(&Operation{Action: ReplacePunct, Path: l.path, Part: l.part, Old: old, New: mark})
	return nil
}

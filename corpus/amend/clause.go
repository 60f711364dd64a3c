package amend

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"lexdiff/corpus"
)

// A loc is where an instruction stands: a path of units from the
// outermost (or an annex), and a part of the last unit.
type loc struct {
	path []seg
	part seg
}

// with returns l with the steps of chain added: a unit step replaces the
// steps at its depth and below ("w ust. 2" after "w ust. 1"); an annex
// starts a new path; a sentence, an introduction or a closing part
// narrows the last unit.
func (l loc) with(chain []seg) loc {
	out := loc{path: append([]seg(nil), l.path...), part: l.part}
	for _, s := range chain {
		switch {
		case s.kind == kindAnnex:
			out.path, out.part = []seg{s}, seg{}
		case s.kind == kindGroup:
			keep := out.path[:0]
			for _, p := range out.path {
				if p.kind == kindGroup && groupRank(p) < groupRank(s) {
					keep = append(keep, p)
				}
			}
			out.path, out.part = append(keep, s), seg{}
		case !s.isUnit():
			out.part = s
		default:
			d := pathDepth(out.path, s.kind)
			keep := out.path[:0]
			for i, p := range out.path {
				if p.kind == kindAnnex || (p.isUnit() && pathDepth(out.path[:i], p.kind) < d) {
					keep = append(keep, p) // a unit of an annex stays in it: "w załączniku nr 1 w pkt 13"
				}
			}
			out.path, out.part = append(keep, s), seg{}
		}
	}
	return out
}

// pathDepth is the depth of a unit of kind k standing below path.
func pathDepth(path []seg, k corpus.Kind) int {
	return segDepth(k, len(path) > 0 && path[0].kind == corpus.Article)
}

// errUnread marks a text the grammar of instructions does not cover.
var errUnread = errors.New("not an instruction lexdiff can read")

// A clauseParser reads the instructions of one item's own text.
type clauseParser struct {
	s    *scanner
	base loc
	ops  []*Operation
	last loc // the subject of the last clause, for "… i otrzymuje brzmienie"

	inflected bool // the words read last are "użyte w różnych przypadkach"
}

// locs reads the location phrases that open a clause ("w § 2 w ust. 1",
// "we wprowadzeniu do wyliczenia") on top of l.
func (p *clauseParser) locs(l loc) loc {
	for {
		save := p.s.i
		if !p.s.word("w") && !p.s.word("we") {
			return l
		}
		if p.s.reFold(reInTitle) != nil { // "w tytule rozdziału 3", "w rozdziale 3 w tytule"
			chain, _ := p.s.chain()
			t := l.with(chain)
			if len(t.path) == 0 || t.path[len(t.path)-1].kind != kindGroup {
				p.s.i = save
				return l
			}
			t.part = seg{kind: kindTitle}
			l = t
			continue
		}
		chain, ok := p.s.chain()
		if !ok {
			p.s.i = save
			return l
		}
		l = l.with(chain)
	}
}

// locList reads one or more locations joined by "oraz", "i" or ",": "w §
// 16 we wprowadzeniu do wyliczenia oraz w pkt 2 …" names two, each read
// on top of the one before.
func (p *clauseParser) locList(l loc) []loc {
	out := []loc{p.locs(l)}
	for {
		save := p.s.i
		if p.s.reFold(reListSep) == nil || (!p.s.words("w") && !p.s.words("we")) {
			p.s.i = save
			return out
		}
		p.s.i = save
		p.s.reFold(reListSep)
		next := p.locs(out[len(out)-1])
		if len(next.path) == 0 {
			p.s.i = save
			return out
		}
		out = append(out, next)
	}
}

// instructions reads every clause of the text: "w pkt 3 kropkę zastępuje
// się średnikiem i dodaje się pkt 4 w brzmieniu: „…”" is two. A clause
// that follows several locations applies at each.
func (p *clauseParser) instructions() error {
	ls := p.locList(p.base)
	fresh := true // the clause follows its own location, which is its subject unless it names one
	for {
		start := p.s.i
		for _, l := range ls {
			p.s.i = start
			if fresh {
				p.last = l
			}
			if err := p.clause(l); err != nil {
				return err
			}
		}
		if p.s.done() {
			return nil
		}
		if !p.conjunction() {
			return p.unread()
		}
		p.s.space()
		before := p.s.i
		ls = p.locList(ls[len(ls)-1])
		fresh = p.s.i != before
	}
}

var reConj = regexp.MustCompile(`^(?:,\s*a\s+także\b|,\s*a\b|,\s*oraz\b|,\s*i\b|,|;|\ba\s+także\b|\ba\b|\bi\b|\boraz\b)`)

// conjunction reads what joins two clauses: ",", "i", ", a", "oraz".
func (p *clauseParser) conjunction() bool { return p.s.reFold(reConj) != nil }

// unread is the error for text the grammar does not cover, quoting it.
func (p *clauseParser) unread() error {
	return fmt.Errorf("%w: cannot read %s", errUnread, quoted(p.s.rest()))
}

// add records an operation.
func (p *clauseParser) add(op *Operation) { p.ops = append(p.ops, op) }

// clause reads one clause at l.
func (p *clauseParser) clause(l loc) error {
	s := p.s
	start := s.i
	if done, err := p.partAndUnits(l); done { // "w ust. 1 wprowadzenie do wyliczenia i pkt 1 otrzymują brzmienie"
		return err
	}
	switch {
	case s.words("otrzymuje", "brzmienie"), s.words("otrzymują", "brzmienie"):
		return p.wording(p.last)
	case s.word("po"):
		return p.after(l, false)
	case s.word("przed"):
		return p.after(l, true)
	case s.words("na", "końcu"):
		return p.atEnd(l)
	case s.words("dodaje", "się"):
		s.words("na", "końcu")
		return p.added(l, nil, false)
	case s.words("uchyla", "się"), s.words("skreśla", "się"):
		return p.removed(l)
	case s.reFold(reToTitle) != nil:
		return p.footnote()
	case s.reFold(reFootnote) != nil:
		if !s.words("otrzymuje", "brzmienie") {
			return p.unread()
		}
		return p.footnote()
	case s.reFold(reTableRow) != nil:
		return errTableRow
	case s.reFold(reGroupTitle) != nil:
		return p.groupTitle(l)
	case s.words("oznacza", "się", "jako"):
		// "w art. 3 ust. 3 oznacza się jako ust. 4": the location is
		// what is renumbered.
		s.i = start
		if len(l.path) == 0 || !l.path[len(l.path)-1].isUnit() {
			return p.unread()
		}
		return p.subject(l)
	}
	if chain, ok := s.chain(); ok {
		return p.subject(l.with(chain))
	}
	if s.reFold(reFormer) != nil { // "dotychczasowy załącznik", "dotychczasowy pkt 3"
		chain, ok := s.chain()
		if !ok {
			return p.unread()
		}
		return p.subject(l.with(chain))
	}
	if old, ok := p.words(); ok {
		return p.wordsChange(l, old)
	}
	if mark, ok := p.punctuation(punctAccusative); ok {
		s.words("na", "końcu")
		return p.punctChange(l, mark)
	}
	return p.unread()
}

var reFormer = regexp.MustCompile(`^dotychczasow(?:y|a|e|ą|ego)\b`)

// subject reads what follows units named as the subject of a clause:
// "ust. 3 otrzymuje brzmienie", "pkt 4 uchyla się", "załącznik oznacza się
// jako załącznik nr 1".
func (p *clauseParser) subject(l loc) error {
	s := p.s
	p.last = l
	if len(l.path) > 1 && l.path[0].kind == kindAnnex && s.atQuote() {
		s.quote() // the part's own title, which names it: "ust. 4 „Świadectwo …”"
	}
	if done, err := p.partAndUnits(l); done { // "wprowadzenie do wyliczenia i pkt 1 otrzymują brzmienie"
		return err
	}
	switch {
	case s.words("otrzymuje", "brzmienie"), s.words("otrzymują", "brzmienie"):
		return p.wording(l)
	case s.words("uchyla", "się"), s.words("skreśla", "się"):
		p.add(&Operation{Action: Repeal, Path: l.path, Part: l.part})
		return nil
	case s.words("oznacza", "się", "jako"):
		chain, ok := s.chain()
		if !ok || len(chain) != 1 || len(chain[0].labels) != 1 {
			return p.unread()
		}
		p.add(&Operation{Action: Renumber, Path: l.path, Part: l.part, NewLabel: chain[0]})
		p.last = loc{path: append(append([]seg(nil), l.path[:len(l.path)-1]...), chain[0])}
		if l.part.kind == kindContent {
			p.last = l.with(chain)
		}
		return nil
	}
	return p.unread()
}

// wording reads the new wording of l after "otrzymuje brzmienie": a
// quotation, or an annex of the amending act.
func (p *clauseParser) wording(l loc) error {
	s := p.s
	if annexes, ok := p.ownAnnex(); ok {
		p.add(&Operation{Action: SetAnnex, Path: l.path, Annexes: annexes})
		return nil
	}
	s.punct(":")
	q, ok := s.quote()
	if !ok {
		return fmt.Errorf("%w: want the new wording in quotation marks „…” after \"otrzymuje brzmienie:\"", errUnread)
	}
	p.add(&Operation{Action: SetWording, Path: l.path, Part: l.part, Wording: &q})
	return nil
}

var reOwnAnnex = regexp.MustCompile(`^(?:odpowiednio\s+)?(?:w\s+)?załącznik(?:u|iem|ach|ami|i)?(?:\s+nr\s+(\d+[a-z]*(?:\s*(?:,|i|oraz|[–-])\s*\d+[a-z]*)*))?\s+do\s+niniejsze(?:go|j)\s+\p{L}+`)

// ownAnnex reads "określone w załączniku nr 1 do niniejszego
// rozporządzenia" or "stanowiące załącznik do niniejszej ustawy" (after
// "otrzymuje brzmienie"; "określonym", "stanowiącym" after "w
// brzmieniu") and returns the labels of the amending act's annexes it
// names ("określonym odpowiednio w załącznikach nr 1 i 2 …" names two),
// [""] for the act's only annex.
func (p *clauseParser) ownAnnex() ([]string, bool) {
	save := p.s.i
	if _, ok := p.s.prefixed("określon", "stanowiąc"); !ok {
		return nil, false
	}
	m := p.s.reFold(reOwnAnnex)
	if m == nil {
		p.s.i = save
		return nil, false
	}
	if m[1] == "" {
		return []string{""}, true
	}
	var sg seg
	src := &scanner{src: &source{text: m[1], starts: []int{0}, pos: []corpus.Pos{{}}}, end: len(m[1])}
	sg.labels = src.labels(kindAnnex, reNumLabel, &sg.upTo)
	return expandLabels(sg), true
}

// after reads "po ust. 3 dodaje się ust. 3a …" and "po wyrazach „…” dodaje
// się wyrazy „…”" (with before set, "przed …").
func (p *clauseParser) after(l loc, before bool) error {
	s := p.s
	if old, ok := p.words(); ok {
		count := p.count()
		if !s.words("dodaje", "się") && !s.words("wstawia", "się") {
			return p.unread()
		}
		added, ok := p.addedWords()
		if !ok {
			return p.unread()
		}
		p.add(&Operation{Action: InsertWords, Path: l.path, Part: l.part, Old: old, New: added, Before: before, Count: count})
		return nil
	}
	chain, ok := s.chain()
	if !ok || len(chain) != 1 || len(chain[0].labels) != 1 {
		return p.unread()
	}
	if !s.words("dodaje", "się") {
		return p.unread()
	}
	if !chain[0].isUnit() {
		// "po zdaniu pierwszym dodaje się zdanie drugie"
		return p.added(l.with(chain), &chain[0], before)
	}
	return p.added(l, &chain[0], before)
}

// atEnd reads "na końcu dodaje się wyrazy „…”" and "na końcu kropkę
// zastępuje się średnikiem".
func (p *clauseParser) atEnd(l loc) error {
	s := p.s
	if s.words("dodaje", "się") {
		return p.added(l, nil, false)
	}
	if mark, ok := p.punctuation(punctAccusative); ok {
		return p.punctChange(l, mark)
	}
	return p.unread()
}

// added reads what follows "dodaje się": new units with their wording
// ("ust. 3a i 3b w brzmieniu: „…”"), a new annex, or words at the end.
func (p *clauseParser) added(l loc, anchor *seg, before bool) error {
	s := p.s
	if words, ok := p.addedWords(); ok {
		if anchor != nil {
			return p.unread()
		}
		op := &Operation{Action: InsertWords, Path: l.path, Part: l.part, New: words, AtEnd: true}
		if n := len(p.ops); n > 0 && p.ops[n-1].Action == ReplacePunct {
			op.afterPunct = true
		}
		p.add(op)
		return nil
	}
	chain, ok := s.chain()
	if !ok {
		return p.unread()
	}
	target := l.with(chain)
	_, phrase := s.oneOf("w brzmieniu", "o brzmieniu", "w następującym brzmieniu")
	if annexes, ok := p.ownAnnex(); ok && chain[0].kind == kindAnnex {
		p.add(&Operation{Action: AddAnnex, Path: target.path, Annexes: annexes})
		return nil
	}
	if !phrase {
		return p.unread()
	}
	s.punct(":")
	q, ok := s.quote()
	if !ok {
		return fmt.Errorf("%w: want the wording of what is added in quotation marks „…” after \"w brzmieniu:\"", errUnread)
	}
	if anchor != nil && anchor.kind == kindSentence {
		anchor = nil // a sentence named by its place ("po zdaniu pierwszym"): its number says where
	}
	p.add(&Operation{Action: AddUnits, Path: target.path, Part: target.part, Anchor: anchor, Before: before, Wording: &q})
	p.last = target
	return nil
}

// addedWords reads the words added: "wyrazy „…”", "przecinek i wyrazy
// „…”", "przecinek".
func (p *clauseParser) addedWords() (string, bool) {
	s := p.s
	save := s.i
	mark, hasMark := p.punctuation(punctAccusative)
	if hasMark && !s.word("i") {
		return mark, true
	}
	if w, ok := p.words(); ok {
		if hasMark {
			return joinWords(mark, w), true
		}
		return w, true
	}
	s.i = save
	return "", false
}

// joinWords writes a punctuation mark and the words after it as the text
// holds them: ", a także", whatever spaces the quotation holds at its
// ends.
func joinWords(mark, words string) string {
	if words = strings.TrimSpace(words); words == "" {
		return mark
	}
	return mark + " " + words
}

// removed reads what follows "uchyla się" or "skreśla się": units, or
// words.
func (p *clauseParser) removed(l loc) error {
	s := p.s
	if w, ok := p.addedWords(); ok {
		p.add(&Operation{Action: DeleteWords, Path: l.path, Part: l.part, Old: w, Count: p.count()})
		return nil
	}
	chain, ok := s.chain()
	if !ok {
		return p.unread()
	}
	target := l.with(chain)
	p.add(&Operation{Action: Repeal, Path: target.path, Part: target.part})
	p.last = target
	return nil
}

// The act's own footnotes (odnośniki), such as the one of its title that
// says which EU directive it implements.
var (
	reToTitle  = regexp.MustCompile(`^do\s+tytułu\s+\p{L}+\s+dodaje\s+się\s+odnośnik(?:\s+nr\s+\d+)?\s+w\s+brzmieniu`)
	reFootnote = regexp.MustCompile(`^odnośnik(?:\s+nr\s+\d+)?(?:\s+do\s+tytułu\s+\p{L}+)?`)
)

// footnote reads the quoted wording of a footnote of the act.
func (p *clauseParser) footnote() error {
	p.s.punct(":")
	q, ok := p.s.quote()
	if !ok {
		return fmt.Errorf("%w: want the footnote's wording in quotation marks „…”", errUnread)
	}
	p.add(&Operation{Action: SetNote, Path: []seg{{kind: kindNote}}, Wording: &q})
	return nil
}

// reTableRow names a row of a table ("lp. 3"), whose new wording an
// amending act prints as a table, not as a quotation.
var reTableRow = regexp.MustCompile(`^(?:w\s+)?(?:tabeli\s+)?(?:lp\.|liczb\p{L}*\s+porządkow\p{L}*)\s*\d`)

// errTableRow: an instruction changes a row of a table.
var errTableRow = errors.New("the instruction changes a row of a table (\"lp.\"), whose new wording the amending act prints as a table; lexdiff does not apply changes to tables")

// reGroupTitle opens the title of a grouping: "tytuł działu XIII";
// reInTitle is where words of it change: "w tytule rozdziału 3".
var (
	reGroupTitle = regexp.MustCompile(`^(?:tytuł|nazwa)`)
	reInTitle    = regexp.MustCompile(`^(?:tytule|nazwie)\b`)
)

// groupTitle reads "tytuł rozdziału 2 otrzymuje brzmienie: „…”".
func (p *clauseParser) groupTitle(l loc) error {
	chain, ok := p.s.chain()
	if !ok || chain[len(chain)-1].kind != kindGroup {
		return p.unread()
	}
	target := l.with(chain)
	if !p.s.words("otrzymuje", "brzmienie") {
		return p.unread()
	}
	p.s.punct(":")
	q, ok := p.s.quote()
	if !ok {
		return fmt.Errorf("%w: want the new title in quotation marks „…”", errUnread)
	}
	p.add(&Operation{Action: SetGroupTitle, Path: target.path, Wording: &q})
	return nil
}

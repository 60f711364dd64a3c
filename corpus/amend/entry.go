package amend

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"lexdiff/corpus"
)

// reEntersIntoForce finds the provision that says when the act enters into
// force: "Rozporządzenie wchodzi w życie …".
var reEntersIntoForce = regexp.MustCompile(`(?i)\b(?:rozporządzenie|ustawa|uchwała|zarządzenie|obwieszczenie|dekret)\s+wchodzi\s+w\s+życie\b`)

// The phrases that say when a provision enters into force, counted from
// the day the act was published in the journal (promulgation) or fixed.
var (
	reOnPromulgation = regexp.MustCompile(`^z\s+dniem\s+ogłoszenia\b`)
	reDayAfter       = regexp.MustCompile(`^z\s+dniem\s+następującym\s+po\s+dniu\s+(?:jego\s+|jej\s+)?ogłoszenia\b`)
	reAfterPeriod    = regexp.MustCompile(`^po\s+` + periodPhrase)
	reFixedDay       = regexp.MustCompile(`^z\s+dniem\s+(\d{1,2})\s+(\p{L}+)\s+(\d{4})\s*r\.`)
	reFirstOfMonth   = regexp.MustCompile(`^(?:z\s+pierwszym\s+dniem|pierwszego\s+dnia)\s+miesiąca\s+następującego\s+po\s+miesiącu` + promulgatedIn)
	// reFirstAfterPeriod: "pierwszego dnia miesiąca następującego po upływie
	// 14 dni od dnia ogłoszenia".
	reFirstAfterPeriod = regexp.MustCompile(`^(?:z\s+pierwszym\s+dniem|pierwszego\s+dnia)\s+miesiąca\s+następującego\s+po\s+` + periodPhrase)
	reFirstOfYear      = regexp.MustCompile(`^(?:z\s+dniem\s+1\s+stycznia|z\s+pierwszym\s+dniem|pierwszego\s+dnia)\s+roku\s+(?:kalendarzowego\s+)?następującego\s+po\s+roku` + promulgatedIn)

	// reExcept opens the provisions that enter into force on other days:
	// "…, z wyjątkiem § 1 pkt 3, który wchodzi …", "…, z tym że § 1 pkt 3
	// wchodzi …".
	reExceptAnywhere = regexp.MustCompile(`(?i)[,;]?\s*(?:z\s+wyjątkiem|z\s+tym,?\s+że)\s`)
	reExcept         = regexp.MustCompile(`^[,;]?\s*z\s+wyjątkiem(?:\s+przepis(?:u|ów))?\s*:?`)
	reProvided       = regexp.MustCompile(`^[,;]?\s*z\s+tym,?\s+że(?:\s+przepis(?:y|u)?)?\s`)
	// reRetroactive gives a provision force from an earlier day than it
	// enters into force: "…, z mocą od dnia 1 stycznia 2020 r.".
	reRetroactive = regexp.MustCompile(`^,?\s*z\s+mocą\s+od\s+dnia\s+(\d{1,2})\s+(\p{L}+)\s+(\d{4})\s*r\.`)
	reWhich       = regexp.MustCompile(`^,?\s*(?:(?:który|która|które)\s+)?(?:wchodzi|wchodzą)\s+w\s+życie\s+`)
	reItemNo      = regexp.MustCompile(`^\d+\)`)
	// reScope narrows an exception to a unit of the amended act: "§ 1 pkt 3
	// w zakresie dodawanego § 5a".
	reScope = regexp.MustCompile(`^w\s+zakresie\s+(?:(?:dodawanego|dodanego|zmienianego|uchylanego|nadawanego|dotyczącym|dotyczącego|odnoszącym\s+się\s+do)\s+)?`)
)

// promulgatedIn ends "po miesiącu (roku) …": "ogłoszenia", "jego
// ogłoszenia", ", w którym została ogłoszona", ", w którym ustawa została
// ogłoszona", ", w którym nastąpiło jej ogłoszenie".
const promulgatedIn = `(?:\s+(?:jego\s+|jej\s+)?ogłoszenia\b|\s*,?\s*w\s+którym\s+(?:\p{L}+\s+)?(?:został[aoy]?\s+ogłoszon\p{L}*|nastąpiło\s+(?:jego\s+|jej\s+)?ogłoszenie)\b)`

// periodPhrase is the period after the act's publication on whose end it
// enters into force: "upływie 14 dni od dnia ogłoszenia".
const periodPhrase = `upływie\s+(?:(\d+|\p{L}+)\s+)?(dni|dnia|tygodni|tygodnia|tygodnie|miesięcy|miesiąca|miesiące|lat|roku|lata)\s+od\s+dnia\s+(?:jego\s+|jej\s+|ich\s+)?ogłoszenia\b`

// numberWords are the numbers a period may be written with.
var numberWords = map[string]int{"jednego": 1, "dwóch": 2, "trzech": 3, "czterech": 4, "pięciu": 5, "sześciu": 6,
	"siedmiu": 7, "ośmiu": 8, "dziewięciu": 9, "dziesięciu": 10, "dwunastu": 12, "czternastu": 14, "trzydziestu": 30}

// entry works out the day the act enters into force, and the exceptions,
// from its final provision, or from its metadata when the provision's
// words cannot be read.
func (p *parser) entry(prov *item) {
	doc := p.am.Doc
	if prov == nil {
		if doc.EntryIntoForce.IsZero() {
			p.errorf(nil, corpus.Pos{File: doc.Name, Line: 1, Col: 1}, "no provision says when the act enters into force (\"… wchodzi w życie …\") and its metadata gives no entry_into_force")
		}
		p.am.InForce = doc.EntryIntoForce
		return
	}
	s := &scanner{src: prov.src, i: prov.start, end: len(prov.src.text)}
	loc := reEntersIntoForce.FindStringIndex(s.src.text[s.i:])
	s.i += loc[1]
	when, err := p.when(s)
	switch {
	case err == nil:
		p.am.InForce = when // the binding text, over metadata that may disagree
	case doc.EntryIntoForce.IsZero():
		p.errorf(nil, s.src.at(s.i), "%s: %v", prov.citation(), err)
		return
	default:
		p.am.InForce = doc.EntryIntoForce // the exceptions still count
		if loc := reExceptAnywhere.FindStringIndex(s.src.text[s.i:prov.lastEnd()]); loc != nil {
			s.i += loc[0]
		}
	}
	// "z tym że" opens an exception only when what follows enters into
	// force ("z tym że § 1 pkt 2 wchodzi w życie …"); otherwise ("z tym że
	// przepisy wydane … zachowują moc") it says something else, read past.
	provided := false
	if s.reFold(reExcept) == nil {
		if s.reFold(reProvided) == nil {
			return
		}
		provided = true
	}
	for {
		s.re(reItemNo)
		if s.reFold(reProvided) != nil {
			provided = true
		}
		ex, err := p.exception(s)
		if err != nil && provided {
			return
		}
		if err != nil {
			p.badException = p.errorf(nil, s.src.at(s.i), "%s: an exception to the entry into force: %v", prov.citation(), err)
			return
		}
		p.am.Exceptions = append(p.am.Exceptions, ex)
		if s.done() || (s.reFold(reConj) == nil && !s.punct(";")) || s.done() {
			return
		}
		s.word("oraz")
		provided = false
	}
}

// exception reads "§ 1 pkt 3 i 5, które wchodzą w życie z dniem …".
func (p *parser) exception(s *scanner) (Exception, error) {
	var ex Exception
	var l loc
	for {
		chain, ok := s.chain()
		if !ok {
			return ex, fmt.Errorf("cannot read %s: want the provisions, such as \"§ 1 pkt 3\"", quoted(s.rest()))
		}
		l = l.with(chain)
		ex.Provisions = append(ex.Provisions, provisionIDs(l.path)...)
		if s.reFold(reScope) != nil {
			scope, ok := s.chain()
			if !ok || ex.scope != nil {
				return ex, fmt.Errorf("cannot read %s: want one unit of the amended act the provisions enter into force for, such as \"w zakresie § 5 ust. 2\"", quoted(s.rest()))
			}
			ex.scope = scope
			ex.Scope = citePath(scope)
		}
		if s.reFold(reWhich) != nil {
			break
		}
		if s.reFold(reListSep) == nil {
			return ex, fmt.Errorf("cannot read %s: want \", który wchodzi w życie …\"", quoted(s.rest()))
		}
	}
	d, err := p.when(s)
	ex.InForce = d
	return ex, err
}

// provisionIDs expands a path of the amending act's own units into their
// ids: "§ 1 pkt 2 i 4" gives "par1.pkt2" and "par1.pkt4".
func provisionIDs(path []seg) []string {
	parent := ""
	for _, s := range path[:len(path)-1] {
		parent = unitID(parent, s.kind, s.labels[0])
	}
	last := path[len(path)-1]
	var out []string
	for _, l := range expandLabels(last) {
		out = append(out, unitID(parent, last.kind, l))
	}
	return out
}

// expandLabels lists every label a step names; a range of plain numbers
// or single letters is spelled out.
func expandLabels(s seg) []string {
	if !s.upTo {
		return s.labels
	}
	a, b := s.labels[0], s.labels[1]
	var out []string
	if x, err := strconv.Atoi(a); err == nil {
		if y, err := strconv.Atoi(b); err == nil && y >= x && y-x < 1000 {
			for n := x; n <= y; n++ {
				out = append(out, strconv.Itoa(n))
			}
			return out
		}
	}
	if len(a) == 1 && len(b) == 1 && a <= b {
		for c := a[0]; c <= b[0]; c++ {
			out = append(out, string(c))
		}
		return out
	}
	return s.labels
}

// when reads a phrase that says when something enters into force and
// returns the day; with force from an earlier day ("z mocą od dnia …"),
// that day, from which its wording applies.
func (p *parser) when(s *scanner) (corpus.Date, error) {
	d, err := p.entersOn(s)
	if err != nil {
		return d, err
	}
	if m := s.reFold(reRetroactive); m != nil {
		if back := polishDate(m[1], m[2], m[3]); !back.IsZero() {
			return back, nil
		}
		return 0, fmt.Errorf("%q is not a day of the calendar", strings.Join(m[1:4], " "))
	}
	return d, nil
}

// errNoPromulgation: a day counted from the act's publication, which is
// not known.
var errNoPromulgation = errors.New("the day is counted from the act's publication, and its date of publication is not known: give it (-promulgated DATE)")

// entersOn reads the day something enters into force.
func (p *parser) entersOn(s *scanner) (corpus.Date, error) {
	prom := p.am.Doc.Promulgated
	needProm := func(d func() corpus.Date) (corpus.Date, error) {
		if prom.IsZero() {
			return 0, errNoPromulgation
		}
		return d(), nil
	}
	switch {
	case s.reFold(reDayAfter) != nil:
		return needProm(func() corpus.Date { return prom.AddDays(1) })
	case s.reFold(reOnPromulgation) != nil:
		return needProm(func() corpus.Date { return prom })
	case s.reFold(reFirstOfMonth) != nil:
		return needProm(func() corpus.Date {
			t := prom.Time()
			return corpus.MakeDate(t.Year(), t.Month()+1, 1)
		})
	case s.reFold(reFirstOfYear) != nil:
		return needProm(func() corpus.Date { return corpus.MakeDate(prom.Year()+1, 1, 1) })
	}
	if m := s.reFold(reFixedDay); m != nil {
		if d := polishDate(m[1], m[2], m[3]); !d.IsZero() {
			return d, nil
		}
		return 0, fmt.Errorf("%q is not a day of the calendar", strings.Join(m[1:4], " "))
	}
	if m := s.reFold(reAfterPeriod); m != nil {
		return p.afterPeriod(m[1], m[2], func(d corpus.Date) corpus.Date { return d })
	}
	if m := s.reFold(reFirstAfterPeriod); m != nil {
		return p.afterPeriod(m[1], m[2], func(d corpus.Date) corpus.Date {
			t := d.AddDays(-1).Time() // the period's last day
			return corpus.MakeDate(t.Year(), t.Month()+1, 1)
		})
	}
	return 0, fmt.Errorf("cannot read when it enters into force from %s: want a day (\"z dniem 1 lipca 2026 r.\") or one counted from its publication (\"z dniem ogłoszenia\", \"z dniem następującym po dniu ogłoszenia\", \"po upływie 14 dni od dnia ogłoszenia\", \"z pierwszym dniem miesiąca następującego po miesiącu ogłoszenia\", \"z dniem 1 stycznia roku następującego po roku ogłoszenia\")", quoted(s.rest()))
}

// afterPeriod returns, by then, a day counted from the day after the
// period of count units since the act's publication ends.
func (p *parser) afterPeriod(count, unit string, then func(corpus.Date) corpus.Date) (corpus.Date, error) {
	n, ok := 1, true
	if count != "" {
		n, ok = periodCount(count)
	}
	if !ok {
		return 0, fmt.Errorf("cannot read the number %q", count)
	}
	prom := p.am.Doc.Promulgated
	if prom.IsZero() {
		return 0, errNoPromulgation
	}
	return then(afterPeriod(prom, n, unit)), nil
}

// periodCount reads the N of "po upływie N dni": digits or a word.
func periodCount(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	n, ok := numberWords[strings.ToLower(s)]
	return n, ok
}

// afterPeriod returns the day an act enters into force "po upływie n
// <unit> od dnia ogłoszenia": the day after the period ends. A period of
// days ends n days after publication; a period of months or years ends on
// the day of the same number n months or years on (the last day of that
// month when it has none), as the Civil Code counts it.
func afterPeriod(prom corpus.Date, n int, unit string) corpus.Date {
	switch {
	case strings.HasPrefix(unit, "dni"), unit == "dnia":
		return prom.AddDays(n + 1)
	case strings.HasPrefix(unit, "tygod"):
		return prom.AddDays(7*n + 1)
	case strings.HasPrefix(unit, "miesi"):
		return addMonths(prom, n).AddDays(1)
	}
	return addMonths(prom, 12*n).AddDays(1)
}

// addMonths returns the day with d's number n months after d, or the last
// day of that month when it is shorter.
func addMonths(d corpus.Date, n int) corpus.Date {
	t := d.Time()
	first := time.Date(t.Year(), t.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return corpus.MakeDate(first.Year(), first.Month(), min(t.Day(), last))
}

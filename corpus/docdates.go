package corpus

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"time"
)

// describe fills in what the document says of itself (Source) and of the
// act it holds (Act), from the obwieszczenie, the title block and the
// front matter.
func (doc *Document) describe(title titleBlock, d *diag) {
	m, s := doc.Meta, &doc.Source
	s.Kind, s.File = doc.Kind, BaseName(doc.File)
	s.Title = m.Get("title")
	if s.Title == "" {
		s.Title = doc.Heading
	}
	for _, key := range []string{"display_address", "eli"} {
		if r, err := ParsePubRef(m.Get(key)); err == nil {
			s.Ref = r.String()
			break
		}
	}
	if r, err := ParsePubRef(s.Ref); err == nil {
		s.ELI = r.ELI()
	}
	s.Promulgated = m.date("promulgation_date", d)
	s.Date = m.date("announcement_date", d)
	act := ActInfo{Type: title.Type, Date: title.Date, Title: title.Title()}
	if n := doc.Notice; n != nil {
		if !n.Date.IsZero() && !s.Date.IsZero() && n.Date != s.Date {
			d.warnf(m.Pos("announcement_date"), WarnMetadata, "the front matter dates the obwieszczenie %s, its text %s: the text's date is used", s.Date, n.Date)
		}
		if !n.Date.IsZero() {
			s.Date = n.Date
		}
		s.Amending, s.Notice = n.Amending, n.Paragraphs
		if n.Act.Type == "" {
			d.warnf(Pos{File: doc.File, Line: 1, Col: 1}, WarnNotice, "ust. 1 of the obwieszczenie names no act (\"jednolity tekst ustawy z dnia …\"): the act is taken from the title block of the text")
		} else {
			if !act.Date.IsZero() && act.Date != n.Act.Date {
				d.warnf(Pos{File: doc.File, Line: 1, Col: 1}, WarnMetadata, "ust. 1 of the obwieszczenie dates the act %s, its title block %s: ust. 1 is followed", n.Act.Date, act.Date)
			}
			// ust. 1 names the act as it was published; the text's own
			// title block as it reads now, which an amendment may have
			// changed (DU-2024-1033: "o finansowaniu Akademii Katolickiej
			// …", published "… Papieskiego Wydziału Teologicznego …").
			if title.Subject == "" || act.Type != n.Act.Type || act.Date != n.Act.Date {
				act.Title = n.Act.Title
			}
			act.Type, act.Date = n.Act.Type, n.Act.Date
		}
		act.Aliases = appendRef(act.Aliases, n.Previous)
		act.Aliases = appendRef(act.Aliases, s.Ref)
	} else {
		act.Ref = s.Ref
		if s.ELI != "" {
			act.Aliases = []string{s.ELI}
		}
		if act.Title == "" {
			act.Title = s.Title
		}
	}
	if s.Ref == "" {
		s.Ref = s.File
		d.warnf(Pos{File: doc.File, Line: 1, Col: 1}, WarnMetadata, "the document gives no reference of its own (front matter display_address or eli): it is named by its file")
	}
	doc.Act = act
}

// appendRef appends the reference ref and its ELI to refs, unless there.
func appendRef(refs []string, ref string) []string {
	r, err := ParsePubRef(ref)
	if err != nil {
		return refs
	}
	for _, s := range []string{r.String(), r.ELI()} {
		if !slices.Contains(refs, s) {
			refs = append(refs, s)
		}
	}
	return refs
}

// dates gives each part of the block its range (see Document): a part
// with units printed twice becomes one part per date (see splitTwice).
func (doc *Document) dates(blk *block, d *diag) map[*part]Range {
	base := doc.Source.Date
	if doc.Kind != Consolidated {
		base = doc.entryIntoForce(blk, d)
	}
	if base.IsZero() {
		d.errorf(Pos{File: doc.File, Line: 1, Col: 1}, "no date for the text's versions: want an obwieszczenie's \"z dnia …\" or the front matter's announcement_date, entry_into_force or promulgation_date")
		return nil
	}
	ranges := map[*part]Range{}
	var parts []*part
	noted := doc.notedSince()
	for _, p := range blk.parts {
		from := base
		var later map[*Unit]Date
		if doc.Kind == Consolidated {
			later = laterAdded(p, base)
			skip := slices.Collect(maps.Keys(later))
			notes := datingNotes(p, noted)
			if since := latestOf(notes, p.unit.ID, skip...); !since.IsZero() && !undatedAmendment(notes, p.unit.ID, skip...) {
				from = since
			}
		}
		ps, rs := blk.splitTwice(p, from, later, d)
		for i, q := range ps {
			ranges[q] = rs[i]
		}
		parts = append(parts, ps...)
	}
	blk.parts = parts
	if doc.Kind != Amending { // package amend reads an amending act's exceptions, and applies them
		doc.warnDeferred(blk, base, d)
	}
	return ranges
}

// reDeferredDay is a fixed day on which some provisions of an act enter
// into force, in its final provision: "…, z wyjątkiem art. 14 ust. 2,
// które wchodzą w życie z dniem 1 października 2021 r.".
var reDeferredDay = regexp.MustCompile(`(?i)(?:który|która|które)\s+wchodz(?:i|ą)\s+w\s+życie\s+z\s+dniem\s+(\d{1,2})\s+(\p{L}+)\s+(\d{4})\s*r\.`)

// warnDeferred warns when the act's own final provision puts some of its
// provisions into force on a day after base, the day its versions start
// (a consolidated text's date, or the act's entry into force): lexdiff
// does not read which units those are, and shows them in force from base
// (DU-2021-1050, art. 38: art. 14 ust. 2 from 1 October 2021, in a text of
// May 2021).
func (doc *Document) warnDeferred(blk *block, base Date, d *diag) {
	for i := len(blk.parts) - 1; i >= 0; i-- {
		p := blk.parts[i]
		if k := p.unit.Kind; k != Article && k != Paragraph {
			continue // annexes after the act's last provision: not written out for nothing
		}
		text := p.unit.FullText()
		if !strings.Contains(text, "wchodzi w życie") {
			continue
		}
		var later []string
		for _, m := range reDeferredDay.FindAllString(text, -1) {
			if day := polishDate(reDeferredDay, m); day > base && !slices.Contains(later, day.String()) {
				later = append(later, day.String())
			}
		}
		if len(later) > 0 {
			d.warnf(p.pos, WarnDeferred, "%s puts some provisions into force only on %s, after the text's versions start (%s): lexdiff does not tell which, and shows them in force already; see %s",
				p.unit.Citation(), strings.Join(later, ", "), base, p.unit.Citation())
		}
		return
	}
}

// A consolidated text gives a top-level unit as it reads on the text's
// date; the unit's version starts on the latest day its footnotes (its
// own, and those of its parts) name, when that is earlier. That is sound
// only while the footnotes account for every change of the unit from that
// day on. They do from the previous consolidated text on, which the
// obwieszczenie names ("jednolity tekst ustawy … (Dz. U. z 2024 r. poz.
// 1556)"): a text notes each amendment made since the previous one, so a
// part without a note read the same from then, and the unit as a whole
// reads as printed from the latest day noted (only the noted parts are
// attested from then: with an older text of the act in the corpus,
// splitBackdated keeps its wording for the rest). Before the previous text
// they do not: a note kept from an older text (a Constitutional Tribunal
// ruling of 2006 on art. 8 ust. 2 and 3 of DU/2026/81) says when that
// part took its wording, while the other parts may have changed after it,
// by amendments the previous text took in and this one notes no more. So
// a note on a part, dated before the previous text, dates no more than
// that part: the unit's version starts on the latest day of the other
// notes, or on the text's own day, and the corpus does not know the unit
// before (a gap, not the newer wording). A note on the unit itself speaks
// of the whole unit and dates it however old it is.
//
// Only the year of the previous text is known (its reference gives no
// day): a note of that year or later counts as made since it.

// notedSince returns the first day of the year of the previous
// consolidated text the obwieszczenie names, from which on the text's
// notes account for every change; 0 when it names none.
func (doc *Document) notedSince() Date {
	if doc.Notice == nil {
		return 0
	}
	prev, err := ParsePubRef(doc.Notice.Previous)
	if err != nil || len(prev.Items) == 0 || prev.Items[0].Year == 0 {
		return 0
	}
	return MakeDate(prev.Items[0].Year, time.January, 1)
}

// datingNotes returns the footnotes of part p that may date its top unit
// (see notedSince): all but those on a part of it dated before since.
func datingNotes(p *part, since Date) []Footnote {
	old := func(f Footnote) bool {
		return f.Unit != p.unit.ID && f.Amendment != nil && !f.Amendment.InForce.IsZero() && f.Amendment.InForce < since
	}
	if since.IsZero() || !slices.ContainsFunc(p.footnotes, old) {
		return p.footnotes
	}
	return slices.DeleteFunc(slices.Clone(p.footnotes), old)
}

var (
	reInForceOwn   = regexp.MustCompile(`(?i)wchodzi\s+w\s+życie\s+z\s+dniem\s+(\d{1,2})\s+(\p{L}+)\s+(\d{4})`)
	reInForceDays  = regexp.MustCompile(`(?i)wchodzi\s+w\s+życie\s+po\s+upływie\s+(\d+)\s+dni\s+od\s+dnia\s+(?:jego\s+|jej\s+)?ogłoszenia`)
	reInForceNext  = regexp.MustCompile(`(?i)wchodzi\s+w\s+życie\s+z\s+dniem\s+następującym\s+po\s+dniu\s+(?:jego\s+|jej\s+)?ogłoszenia`)
	reInForceToday = regexp.MustCompile(`(?i)wchodzi\s+w\s+życie\s+z\s+dniem\s+(?:jego\s+|jej\s+)?ogłoszenia`)
)

// entryIntoForce returns the day an act as published comes into force:
// the front matter's entry_into_force, or what its last provision says
// counted from its promulgation ("po upływie 14 dni od dnia ogłoszenia"),
// or, with a warning, the day of its promulgation or of its signing.
func (doc *Document) entryIntoForce(blk *block, d *diag) Date {
	if t := doc.Meta.date("entry_into_force", d); !t.IsZero() {
		return t
	}
	prom := doc.Source.Promulgated
	for i := len(blk.parts) - 1; i >= 0 && !prom.IsZero(); i-- {
		text := blk.parts[i].unit.FullText()
		switch {
		case reInForceNext.MatchString(text):
			return prom.AddDays(1)
		case reInForceDays.MatchString(text):
			return prom.AddDays(atoi(reInForceDays.FindStringSubmatch(text)[1]) + 1)
		case reInForceToday.MatchString(text):
			return prom
		}
		if t := polishDate(reInForceOwn, text); !t.IsZero() {
			return t
		}
	}
	for _, t := range []Date{prom, doc.Source.Date, doc.Act.Date} {
		if !t.IsZero() {
			d.warnf(Pos{File: doc.File, Line: 1, Col: 1}, WarnDate, "the text does not say when it comes into force: its versions start on %s", t)
			return t
		}
	}
	return 0
}

package diff

import (
	"slices"
	"strings"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/embedded"
)

// TestUnknownNotAdded compares the Sunday-trading act, known from its
// consolidated text of 2025-03-06 alone, from 2025-02-01 (when only the
// articles an amendment footnote dates were known) to that day: art. 2,
// whose wording before is unknown, is not compared and not called added,
// but listed as unknown, in the act's comparison, in one of art. 6 ust. 1, and
// in the listing's pages.
func TestUnknownNotAdded(t *testing.T) {
	a := importPair(t, "DU-2025-301.md")
	from, to := mustDate(t, "2025-02-01"), mustDate(t, "2025-03-06")
	r, err := Dates(a, from, to, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range r.Changes {
		if c.Kind == Added {
			t.Errorf("%s added on %s: its wording before is only unknown", c.Citation, to)
		}
	}
	i := slices.IndexFunc(r.Unknown, func(u corpus.UnknownWording) bool { return u.Unit == "art2" })
	if i < 0 || r.Unknown[i].KnownFrom != to {
		t.Fatalf("unknown %+v: want art. 2, known from %s", r.Unknown, to)
	}
	one, err := Dates(a, from, to, "art6.ust1")
	if err != nil || len(one.Changes) != 0 || len(one.Unknown) != 1 || one.Unknown[0].Unit != "art6" {
		t.Errorf("art. 6 ust. 1 alone: %v, %+v", err, one)
	}
	// From before anything of the act is known to a day it is: every unit
	// in force then listed as unknown, and no change but what footnotes
	// say was added or repealed in between, of 2025-02-01: art. 7 ust. 1b
	// ("Dodany przez art. 4 pkt 3 lit. c ustawy, o której mowa w odnośniku
	// 1"), art. 7 ust. 1a and art. 8 ust. 3 ("Przez …"), each with no
	// inline diff but the added words, as the comparison across that day
	// finds them, of the act, of art. 7 or of the unit alone.
	const (
		repealed1a = "art7.ust1a repealed(repealed) @Dz. U. z 2024 r. poz. 1965 2025-02-01 fn4:added"
		added1b    = "art7.ust1b added @Dz. U. z 2024 r. poz. 1965 2025-02-01 fn5:added"
		repealed3  = "art8.ust3 repealed(repealed) @Dz. U. z 2024 r. poz. 1965 2025-02-01 fn8:added"
	)
	early, err := Dates(a, mustDate(t, "2010-01-01"), mustDate(t, "2025-06-01"), "")
	if err != nil || !slices.Equal(summaries(early.Changes), []string{repealed1a, added1b, repealed3}) || len(early.Unknown) != len(a.InForce(mustDate(t, "2025-06-01"))) {
		t.Errorf("from 2010: %v, changes %q, %d unknown, want art. 7 ust. 1a, 1b and art. 8 ust. 3, and every unit unknown", err, summaries(early.Changes), len(early.Unknown))
	}
	if len(early.Changes) > 0 && len(early.Changes[0].Ops) != 0 {
		t.Errorf("art. 7 ust. 1a repealed, its wording before unknown, is marked up: %v", early.Changes[0].Ops)
	}
	for unit, want := range map[string][]string{"": {repealed1a, added1b, repealed3}, "art7": {repealed1a, added1b}, "art7.ust1b": {added1b}, "art7.ust1a": {repealed1a}} {
		day, err := Dates(a, mustDate(t, "2025-01-31"), mustDate(t, "2025-02-01"), unit)
		if err != nil || !slices.Equal(summaries(day.Changes), want) {
			t.Errorf("%q across 2025-02-01: %v, changes %q, want %q", unit, err, summaries(day.Changes), want)
		}
	}
	if later, err := Dates(a, mustDate(t, "2025-02-01"), mustDate(t, "2025-06-01"), "art7"); err != nil || len(later.Changes) != 0 {
		t.Errorf("art. 7 after its ust. 1b was added: %v, %+v, want no change", err, later)
	}
	l, err := List(a, from, to, "")
	if err != nil {
		t.Fatal(err)
	}
	p, err := l.Cut(Window{Limit: 1, MaxBytes: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	if page := p.Make(false); len(page.Unknown) != len(r.Unknown) {
		t.Errorf("a page lists %d unknown, the comparison %d", len(page.Unknown), len(r.Unknown))
	}
}

// TestUnitAloneAgreesWithAct compares every act of the embedded corpus,
// and the synthetic act of addedUnderUnknown, across each day it changed,
// and each unit the comparison of the whole act says was added or
// repealed alone, with the units right below it: alone, it reads so too,
// whether the corpus knows its wording before or not (a unit under a unit
// added that day is added with it). Some of the units checked must be of
// unknown wording the day before, or the rule for them went untried.
func TestUnitAloneAgreesWithAct(t *testing.T) {
	c, err := embedded.Load()
	if err != nil {
		t.Fatal(err)
	}
	acts := []*corpus.Act{importText(t, "DU-2026-300.md", addedUnderUnknown)}
	if err := c.Each(func(a *corpus.Act) error { acts = append(acts, a); return nil }); err != nil {
		t.Fatal(err)
	}
	checked, unknown := 0, 0
	for _, a := range acts {
		for _, day := range a.ChangeDates() {
			whole, err := Dates(a, day.AddDays(-1), day, "")
			if err != nil {
				continue // nothing in force the day before
			}
			for _, ch := range whole.Changes {
				if ch.Kind != Added && ch.Kind != Repealed {
					continue
				}
				for _, id := range append([]string{ch.Unit}, childrenOf(a, ch.Unit, day)...) {
					alone, err := Dates(a, day.AddDays(-1), day, id)
					checked++
					if err == nil && len(alone.Unknown) > 0 {
						unknown++
					}
					if err != nil || len(alone.Changes) == 0 || alone.Changes[0].Kind != ch.Kind {
						t.Errorf("%s %s on %s: the act's comparison says %s, alone: %v %+v", a.ID, id, day, ch.Kind, err, alone)
					}
				}
			}
		}
	}
	if checked == 0 || unknown == 0 {
		t.Fatalf("%d units checked, %d of unknown wording the day before: want some of each", checked, unknown)
	}
}

// importText imports one document, the text of a file name, into an empty
// corpus and returns its act.
func importText(t *testing.T, name, text string) *corpus.Act {
	t.Helper()
	empty, _ := corpus.New()
	res, err := empty.Import(corpus.ImportRequest{Files: []corpus.File{{Name: name, Data: []byte(text)}}})
	if err != nil || len(res.Acts) != 1 {
		t.Fatalf("import of %s: %v", name, err)
	}
	return res.Acts[0]
}

// childrenOf returns the ids of the units right below the unit id as in
// force on d.
func childrenOf(a *corpus.Act, id string, d corpus.Date) []string {
	_, u, err := a.At(id, d)
	if err != nil {
		return nil
	}
	var ids []string
	for _, c := range u.Children {
		ids = append(ids, c.ID)
	}
	return ids
}

// TestRenumberedAndReworded compares the KSSiP regulation of the embedded
// corpus (its consolidated texts and the amending act between them)
// across the day its annex became "załącznik nr 1" with new words, as its
// footnote says ("Oznaczenie załącznika nr 1 nadane przez …"): the annex
// moved, and its words are marked up against the old annex's, instead of
// one annex removed and another added; in the whole act, and compared
// alone by its new number or by its old one.
func TestRenumberedAndReworded(t *testing.T) {
	a := embeddedAct(t, "DU/2026/594")
	for _, unit := range []string{"", "zal1", "zal"} {
		r, err := Dates(a, mustDate(t, "2026-01-16"), mustDate(t, "2026-01-17"), unit)
		if err != nil {
			t.Fatal(err)
		}
		var annex *Change
		for i, c := range r.Changes {
			if c.Unit == "zal" {
				t.Errorf("unit %q: the old annex is %s, want it moved", unit, c.Kind)
			}
			if c.Unit == "zal1" {
				annex = &r.Changes[i]
			}
		}
		if annex == nil || annex.Kind != Moved || annex.MovedFrom != "zal" {
			t.Fatalf("unit %q: załącznik nr 1: %+v, want moved from załącznik", unit, annex)
		}
		if !slices.ContainsFunc(annex.Ops, func(o Op) bool { return o.Op == "insert" && strings.Contains(o.Text, "KRAKOWIE") }) {
			t.Errorf("unit %q: załącznik nr 1: no insertion of what it added to the title (ODBYWAJĄCEGO ZAJĘCIA W KRAKOWIE): %+v", unit, annex.Ops)
		}
	}
}

// TestHistoryPastRenumbering follows the history of the KSSiP regulation's
// "załącznik nr 1" back past the day an amendment gave it that number:
// its wordings as "załącznik" come first, named so, and its first wording
// as "załącznik nr 1" is the old annex moved and reworded, not added. The
// fields matrix keeps to the wordings under the new number.
func TestHistoryPastRenumbering(t *testing.T) {
	a := embeddedAct(t, "DU/2026/594")
	h, err := HistoryOf(a, "zal1")
	if err != nil {
		t.Fatal(err)
	}
	renumbered := mustDate(t, "2026-01-17")
	own := slices.IndexFunc(h.Entries, func(e Entry) bool { return e.Unit == "" })
	if own < 1 {
		t.Fatalf("no wording before the renumbering, or none after: %+v", h.Entries)
	}
	for _, e := range h.Entries[:own] {
		if e.Unit != "zal" || e.Citation != "załącznik" || e.Range.From >= renumbered {
			t.Errorf("wording of %s before the renumbering: unit %q (%s), want zal (załącznik), before %s", e.Range, e.Unit, e.Citation, renumbered)
		}
	}
	first := h.Entries[own]
	if first.Range.From != renumbered {
		t.Errorf("the first wording as załącznik nr 1 starts on %s, want %s", first.Range.From, renumbered)
	}
	if i := slices.IndexFunc(first.Changes, func(c Change) bool { return c.Unit == "zal1" }); i < 0 || first.Changes[i].Kind != Moved || first.Changes[i].MovedFrom != "zal" {
		t.Errorf("the first wording as załącznik nr 1: %+v, want it moved from zal", first.Changes)
	}
	var text strings.Builder
	if err := RenderHistoryText(&text, h, false); err != nil {
		t.Fatal(err)
	}
	if want := h.Entries[0].Range.String() + " as załącznik"; !strings.Contains(text.String(), want) {
		t.Errorf("the text of the history does not say %q:\n%s", want, text.String())
	}
	m, err := MatrixOf(a, "zal1")
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Columns) != len(h.Entries)-own {
		t.Errorf("the matrix has %d columns, want the %d wordings as załącznik nr 1", len(m.Columns), len(h.Entries)-own)
	}
}

// addedUnderUnknown is a consolidated text of 2026 whose art. 1, known
// from it alone, has an ust. 2 with points that an act of 2025 added.
const addedUnderUnknown = `---
title: "Obwieszczenie Ministra Zdrowia z dnia 2 marca 2026 r. w sprawie ogłoszenia jednolitego tekstu rozporządzenia Ministra Zdrowia w sprawie próbnej"
eli: "DU/2026/300"
display_address: "Dz.U. 2026 poz. 300"
announcement_date: "2026-03-02"
---

# Obwieszczenie Ministra Zdrowia z dnia 2 marca 2026 r. w sprawie ogłoszenia jednolitego tekstu rozporządzenia Ministra Zdrowia w sprawie próbnej

OBWIESZCZENIE

MINISTRA ZDROWIA

z dnia 2 marca 2026 r.

w sprawie ogłoszenia jednolitego tekstu rozporządzenia Ministra Zdrowia w sprawie próbnej

1. Na podstawie art. 16 ust. 3 ustawy z dnia 20 lipca 2000 r. o ogłaszaniu aktów normatywnych i niektórych innych aktów prawnych (Dz. U. z 2019 r. poz. 1461) ogłasza się w załączniku do niniejszego obwieszczenia jednolity tekst rozporządzenia Ministra Zdrowia z dnia 1 lutego 2020 r. w sprawie próbnej (Dz. U. z 2023 r. poz. 10), z uwzględnieniem zmian wprowadzonych rozporządzeniem Ministra Zdrowia z dnia 5 maja 2025 r. zmieniającym rozporządzenie w sprawie próbnej (Dz. U. poz. 600).

## Załącznik do obwieszczenia Ministra Zdrowia z dnia 2 marca 2026 r. (Dz. U. poz. 300)

ROZPORZĄDZENIE

MINISTRA ZDROWIA

z dnia 1 lutego 2020 r.

w sprawie próbnej

##### § 1.

1. Wniosek składa się na piśmie.

2.[^1] Wniosek zawiera:

1) imię;

2) nazwisko.

[^1]: Dodany przez § 1 rozporządzenia Ministra Zdrowia z dnia 5 maja 2025 r. zmieniającego rozporządzenie w sprawie próbnej (Dz. U. poz. 600), które weszło w życie z dniem 1 czerwca 2025 r.
`

// TestAddedUnderUnknown: § 1, known from the text of 2026 alone, is not
// compared across 2025-06-01, but its ust. 2, which a footnote says was
// added that day, is added, and so is each of its points compared alone.
func TestAddedUnderUnknown(t *testing.T) {
	a := importText(t, "DU-2026-300.md", addedUnderUnknown)
	from, to := mustDate(t, "2025-05-31"), mustDate(t, "2025-06-01")
	added := []string{"par1.ust2 added @Dz. U. z 2025 r. poz. 600 2025-06-01 fn1:added",
		"par1.ust2.pkt1 added @Dz. U. z 2025 r. poz. 600 2025-06-01", "par1.ust2.pkt2 added @Dz. U. z 2025 r. poz. 600 2025-06-01"}
	for unit, want := range map[string][]string{
		"":               added,
		"par1":           added,
		"par1.ust2.pkt1": {"par1.ust2.pkt1 added @Dz. U. z 2025 r. poz. 600 2025-06-01"},
		"par1.ust1":      nil,
	} {
		r, err := Dates(a, from, to, unit)
		if err != nil || !slices.Equal(summaries(r.Changes), want) {
			t.Errorf("%q across 2025-06-01: %v, changes %q, want %q", unit, err, summaries(r.Changes), want)
		}
	}

	// The note goes on to name a later change ("…; ze zmianą wprowadzoną
	// przez …"): § 1 is known from that change's day, and ust. 2 was added
	// all the same before it.
	changedLater := strings.Replace(addedUnderUnknown, "które weszło w życie z dniem 1 czerwca 2025 r.\n",
		"które weszło w życie z dniem 1 czerwca 2025 r.; ze zmianą wprowadzoną przez § 2 rozporządzenia Ministra Zdrowia z dnia 1 sierpnia 2025 r. zmieniającego rozporządzenie w sprawie próbnej (Dz. U. poz. 900), które weszło w życie z dniem 1 września 2025 r.\n", 1)
	r, err := Dates(importText(t, "DU-2026-300.md", changedLater), from, mustDate(t, "2025-10-01"), "par1")
	if err != nil || len(r.Changes) == 0 || r.Changes[0].Unit != "par1.ust2" || r.Changes[0].Kind != Added {
		t.Errorf("added, then changed: %v, changes %q, want § 1 ust. 2 added", err, summaries(r.Changes))
	}
}

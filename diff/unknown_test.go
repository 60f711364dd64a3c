package diff

import (
	"slices"
	"strings"
	"testing"

	"lexdiff/corpus"
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
	// in force then listed as unknown, and no change but what a footnote
	// says was added in between: art. 7 ust. 1b ("Dodany przez art. 4 pkt
	// 3 lit. c ustawy, o której mowa w odnośniku 1", of 2025-02-01), which
	// the comparison across that day finds too.
	const added = "art7.ust1b added @Dz. U. z 2024 r. poz. 1965 2025-02-01 fn5:added"
	early, err := Dates(a, mustDate(t, "2010-01-01"), mustDate(t, "2025-06-01"), "")
	if err != nil || !slices.Equal(summaries(early.Changes), []string{added}) || len(early.Unknown) != len(a.InForce(mustDate(t, "2025-06-01"))) {
		t.Errorf("from 2010: %v, changes %q, %d unknown, want art. 7 ust. 1b added and every unit unknown", err, summaries(early.Changes), len(early.Unknown))
	}
	for _, unit := range []string{"", "art7", "art7.ust1b"} {
		day, err := Dates(a, mustDate(t, "2025-01-31"), mustDate(t, "2025-02-01"), unit)
		if err != nil || !slices.Equal(summaries(day.Changes), []string{added}) {
			t.Errorf("%q across 2025-02-01: %v, changes %+v, want art. 7 ust. 1b added by the act of 2024", unit, err, day)
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

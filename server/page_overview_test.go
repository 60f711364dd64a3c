package server

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/corpustest"
	"lexdiff/corpus/synth"
)

// TestOverviewCountsAddedUnits: a unit whose first version lexdiff
// computed from an amending act, or that a footnote dates, came in by a
// change on its first day, which the timeline counts; one that a
// consolidated text gives, dated by nothing, is only known from then on.
func TestOverviewCountsAddedUnits(t *testing.T) {
	tj := corpus.Source{Ref: "Dz. U. z 2021 r. poz. 5", Kind: corpus.Consolidated, Date: corpus.MakeDate(2021, 1, 10)}
	day := corpus.MakeDate(2021, 6, 1)
	unit := func(id, label string) *corpus.Unit {
		return &corpus.Unit{ID: id, Kind: corpus.Paragraph, Label: label, Text: "Treść."}
	}
	vs := []*corpus.Version{
		{Unit: unit("par1", "1"), Range: corpus.Range{From: tj.Date}, Source: tj.Ref},
		{Unit: unit("par2", "2"), Range: corpus.Range{From: day}, Source: "Dz. U. z 2021 r. poz. 90", Computed: true},
		{Unit: unit("par3", "3"), Range: corpus.Range{From: day}, Source: tj.Ref},
	}
	a, err := corpus.NewAct(corpus.ActInfo{ID: "a"}, vs, tj)
	if err != nil {
		t.Fatal(err)
	}
	o, err := newOverview(a)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(o.changes, func(c changeInfo) bool { return c.Date == day })
	if i < 0 || !slices.Equal(o.changes[i].Units, []string{"par2"}) {
		t.Errorf("changes %+v: want § 2 alone counted on %s", o.changes, day)
	}
	if n, from := o.unknownOn(tj.Date); n != 1 || from != day {
		t.Errorf("on %s %d unknown from %s, want § 3 from %s", tj.Date, n, from, day)
	}
}

// TestNominative names amending acts as a list of acts does, from the
// genitive of footnotes: the kind of act and the participle right after
// its date agree in the nominative; a participle further on, which agrees
// with another word, stays as it is.
func TestNominative(t *testing.T) {
	for _, tt := range []struct{ genitive, want string }{
		{"rozporządzenia Ministra Sprawiedliwości z dnia 13 stycznia 2026 r. zmieniającego rozporządzenie w sprawie stypendium",
			"Rozporządzenie Ministra Sprawiedliwości z dnia 13 stycznia 2026 r. zmieniające rozporządzenie w sprawie stypendium"},
		{"ustawy z dnia 1 lipca 2024 r. zmieniającej ustawę o systemie oświaty", "Ustawa z dnia 1 lipca 2024 r. zmieniająca ustawę o systemie oświaty"},
		{"ustawy z dnia 9 maja 2025 r. o zmianie ustawy dotyczącej powodzi", "Ustawa z dnia 9 maja 2025 r. o zmianie ustawy dotyczącej powodzi"},
		{"dekretu z dnia 5 maja 1950 r. zmieniającego dekret", "Dekret z dnia 5 maja 1950 r. zmieniający dekret"},
		{"Rozporządzenie Ministra Zdrowia z dnia 2 lutego 2020 r. w sprawie próbnej", "Rozporządzenie Ministra Zdrowia z dnia 2 lutego 2020 r. w sprawie próbnej"},
		{"Dz. U. z 2025 r. poz. 53", "Dz. U. z 2025 r. poz. 53"},
		// What put off a provision's entry into force, or ended it.
		{"komunikatu Ministra Cyfryzacji z dnia 27 października 2022 r. w sprawie określenia dnia wdrożenia", "Komunikat Ministra Cyfryzacji z dnia 27 października 2022 r. w sprawie określenia dnia wdrożenia"},
		{"wyroku Trybunału Konstytucyjnego z dnia 13 września 2005 r. sygn. akt K 38/04", "Wyrok Trybunału Konstytucyjnego z dnia 13 września 2005 r. sygn. akt K 38/04"},
	} {
		if got := nominative(tt.genitive); got != tt.want {
			t.Errorf("nominative(%q) = %q, want %q", tt.genitive, got, tt.want)
		}
	}
}

// TestRestatementIsNoChange: the day of a consolidated text that restates
// the act with no wording changed is no change of the act. The lobbying
// act's text of 2025-05-21 gets no mark on the timeline and no row in the
// table, and a comparison given no first date shows the last change
// before today, not a consolidated text's day, which would show nothing.
func TestRestatementIsNoChange(t *testing.T) {
	c, a := embeddedRealAct(t)
	restated := corpus.MakeDate(2025, 5, 21)
	if !slices.Contains(a.ChangeDates(), restated) {
		t.Fatalf("versions of %s start on %v: the consolidated text of %s is not among them", realAct, a.ChangeDates(), restated)
	}
	o, err := newOverview(a)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := o.changeDates(), []corpus.Date{corpus.MakeDate(2024, 10, 31), corpus.MakeDate(2026, 2, 27), corpus.MakeDate(2026, 7, 8)}; !slices.Equal(got, want) {
		t.Errorf("changes on %v, want %v", got, want)
	}
	if got, want := o.newest(), corpus.MakeDate(2026, 7, 8); got != want {
		t.Errorf("newest version from %s, want %s", got, want)
	}
	h := newPageServerAt(t, c, nil, realToday)
	_, page := getPage(t, h, "/acts/"+realAct+"?date=2025-06-01")
	if strings.Contains(page, `data-date="2025-05-21"`) || strings.Contains(page, "Zmiana z 2025-05-21") {
		t.Errorf("the act page names the consolidated text's day as a change:\n%s", mainOf(page))
	}
	mustContain(t, page, `data-date="2024-10-31"`, `data-date="2026-02-27"`)
	// The fee regulation's last versions start with its consolidated text
	// of 2025-04-16; its last change is of 2024-12-01.
	_, cmp := getPage(t, h, "/acts/rozporzadzenie-2022-08-04-wysokosci-oplat-za-wydanie-dowodu-rejestracyjnego-pozwolenia-czasowego/compare")
	mustContain(t, cmp, `name="from" value="2024-11-30"`)
	// The Sunday-trading act's first versions in the corpus came by the
	// amending act of 2025-02-01: that is its last change up to today.
	_, cmp = getPage(t, h, "/acts/ustawa-2018-01-10-o-ograniczeniu-handlu-w-niedziele-i-swieta-oraz-w-niektore-inne-dni/compare")
	mustContain(t, cmp, `name="from" value="2025-01-31"`)
}

// TestHomeWithoutReference: an act known only from consolidated texts has
// no publication reference of its own; the list of acts says when its
// versions apply, with no separator left hanging before it.
func TestHomeWithoutReference(t *testing.T) {
	c, _ := embeddedRealAct(t)
	_, home := getPage(t, newPageServerAt(t, c, nil, realToday), "/")
	if strings.Contains(home, `<p class="meta"> · `) {
		t.Errorf("an act's line on the home page opens with a separator:\n%s", mainOf(home))
	}
	mustContain(t, home, `<p class="meta">wersje od `)
}

// TestNoteNamesReferredAct: a note that names its act by another footnote
// ("ustawy, o której mowa w odnośniku 1"), which stands beside another
// unit, names that act beside it, on the act page and the history page.
func TestNoteNamesReferredAct(t *testing.T) {
	c, _ := embeddedRealAct(t)
	h := newPageServerAt(t, c, nil, realToday)
	const named = `W brzmieniu ustalonym przez art. 6 pkt 2 ustawy, o której mowa w odnośniku 1. <span class="note-refers">(<span lang="%s">%s 1</span>: Ustawa z dnia 9 stycznia 2026 r. o zmianie niektórych ustaw związanych z funkcjonowaniem administracji rządowej (Dz. U. z 2026 r. poz. 160))</span>`
	for _, path := range []string{"/acts/" + realAct + "?date=2026-03-01", "/acts/" + realAct + "/history?unit=art5"} {
		_, page := getPage(t, h, path)
		mustContain(t, strings.ReplaceAll(page, nbsp, " "), fmt.Sprintf(named, "pl", "odnośnik"))
		// In English the label is marked so inside the Polish text.
		_, page = getPage(t, h, path+"&lang=en")
		mustContain(t, strings.ReplaceAll(page, nbsp, " "), fmt.Sprintf(named, "en", "footnote"))
	}
}

// TestDropOutIsChange: a unit that a newer consolidated text no longer
// holds went out of the act on that text's day, which is a change of the
// act however little else changed: the timeline and the comparison with
// no first date name it.
func TestDropOutIsChange(t *testing.T) {
	a := corpustest.Act(t, corpus.ActInfo{ID: "a"},
		corpustest.Version(t, "2024-03-01 2025-03-02", "Art. 1. Ustawa stosuje się."),
		corpustest.Version(t, "2025-03-03", "Art. 1. Ustawa stosuje się."),
		corpustest.Version(t, "2024-03-01 2025-03-02", "Art. 4a. Przepis przejściowy."))
	o, err := newOverview(a)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := o.changeDates(), []corpus.Date{corpus.MakeDate(2025, 3, 3)}; !slices.Equal(got, want) {
		t.Fatalf("changes on %v, want %v, when art. 4a went", got, want)
	}
	if c := o.change(corpus.MakeDate(2025, 3, 3)); !slices.Equal(c.Units, []string{"art4a"}) {
		t.Errorf("the change of 2025-03-03 touches %q, want art. 4a", c.Units)
	}
}

// TestOverviewKeepsSizesOfVersionsInForce: the versions in force on any
// day, as the act page gets them, are those whose sizes the overview
// keeps, so that splitting a long act into parts counts no tree again.
func TestOverviewKeepsSizesOfVersionsInForce(t *testing.T) {
	a, _ := synthAct(t, synth.Config{Units: 40, Versions: 4, Kind: synth.Mixed, Seed: 3, Gaps: 0.1, UnitsPerChapter: 10})
	o, err := newOverview(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range a.ChangeDates() {
		for _, v := range a.InForce(d) {
			if _, ok := o.sizes[v]; !ok {
				t.Fatalf("the size of %s from %s, in force on %s, is not kept", v.Unit.ID, v.Range.From, d)
			}
		}
	}
}

package corpus_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"lexdiff/corpus"
)

// TestWordingUnknown reads the KSSiP regulation from its two consolidated
// texts and the amending act between them. Before the oldest wording of a
// unit the corpus holds, the unit's wording is unknown, not absent: § 1
// on 2025-09-01 (the first text, of 2025-10-30, gives it dated by no
// footnote), and the whole act in 2020. The annex renumbered "załącznik
// nr 1" on 2026-01-17 was not in force under that number before, which a
// footnote says, and was "załącznik" then; nor was anything after a
// unit's last version.
func TestWordingUnknown(t *testing.T) {
	c := importAll(t, nil, realFiles(t, "DU-2025-1586.md", "DU-2026-594.md"))
	a, err := c.Act("DU/2026/594")
	if err != nil {
		t.Fatal(err)
	}
	day := corpus.MakeDate(2025, 9, 1)
	_, _, err = a.At("par1", day)
	var nf *corpus.NotInForceError
	if !errors.As(err, &nf) || !nf.Unknown || !errors.Is(err, corpus.ErrWordingUnknown) || !errors.Is(err, corpus.ErrNotInForce) {
		t.Fatalf("§ 1 on %s: %v, want its wording unknown", day, err)
	}
	if nf.After == nil || nf.After.Range.From != corpus.MakeDate(2025, 10, 30) {
		t.Errorf("§ 1's oldest wording: %+v, want the one from 2025-10-30", nf.After)
	}
	if !a.WordingUnknown("par1.ust1", day) || a.WordingUnknown("par1", corpus.MakeDate(2025, 10, 30)) {
		t.Error("§ 1 ust. 1 is unknown on the day § 1 is, and known from 2025-10-30")
	}
	_, _, err = a.At("zal1", day)
	if !errors.Is(err, corpus.ErrNotInForce) || errors.Is(err, corpus.ErrWordingUnknown) {
		t.Errorf("załącznik nr 1, numbered so on 2026-01-17, on %s: %v, want not in force", day, err)
	}
	if !errors.As(err, &nf) || nf.Was != "zal" || !strings.Contains(err.Error(), "an amendment gave it its number from 2026-01-17: before, it was załącznik") {
		t.Errorf("załącznik nr 1 on %s: %v (was %q), want it to name the annex it was", day, err, nf.Was)
	}
	if _, _, err = a.At("zal2", day); !errors.As(err, &nf) || nf.Was != "" {
		t.Errorf("załącznik nr 2, added on 2026-01-17, on %s: %v, want no unit it was", day, err)
	}
	if v, u, ok := a.NumberedFrom("zal1", corpus.MakeDate(2026, 1, 16), corpus.MakeDate(2026, 1, 17)); !ok || u.ID != "zal" || v.Unit.ID != "zal" {
		t.Errorf("załącznik nr 1 numbered from %v (%v), want załącznik", u, ok)
	}
	if _, u, ok := a.NumberedTo("zal", corpus.MakeDate(2026, 1, 16), corpus.MakeDate(2026, 1, 17)); !ok || u.ID != "zal1" {
		t.Errorf("załącznik numbered to %v (%v), want załącznik nr 1", u, ok)
	}
	if _, _, ok := a.NumberedTo("zal", corpus.MakeDate(2026, 1, 17), corpus.MakeDate(2026, 2, 1)); ok {
		t.Error("załącznik numbered to something after 2026-01-17, when it was gone")
	}
	var unknown []string
	for _, u := range a.UnknownOn(day) {
		unknown = append(unknown, u.Citation+" "+u.KnownFrom.String())
	}
	if !slices.Contains(unknown, "§ 1 2025-10-30") || slices.ContainsFunc(unknown, func(s string) bool { return s[:3] == "§ 3" || s[:3] == "zał" }) {
		t.Errorf("unknown on %s: %q, want § 1 and not § 3 (in force since 2024-07-01) nor the annexes", day, unknown)
	}
	ans, err := a.TextAt("", day)
	if err != nil || len(ans.Unknown) != len(unknown) {
		t.Errorf("the act's text on %s: %v, %d unknown, want %d", day, err, len(ans.Unknown), len(unknown))
	}
	if _, err := a.TextAt("", corpus.MakeDate(2020, 1, 1)); !errors.Is(err, corpus.ErrWordingUnknown) {
		t.Errorf("the act in 2020: %v, want its text unknown", err)
	}
	// § 1 has read so since 2025-10-30 at least; § 3 since 2024-07-01, the
	// day its footnote says its wording came into force. In the
	// Sunday-trading act, a footnote on art. 10 ust. 2 pkt 1 dates it, and
	// art. 10 with it, but not art. 10 ust. 1 beside it.
	later := corpus.MakeDate(2026, 5, 1)
	for id, first := range map[string]bool{"par1": true, "par1.ust1": true, "par3": false} {
		ans, err := a.TextAt(id, later)
		if err != nil {
			t.Fatal(err)
		}
		if ans.SinceFirstKnown != first {
			t.Errorf("%s on %s: since %v, first known %v, want %v", id, later, ans.Since, ans.SinceFirstKnown, first)
		}
		// The list of versions flags each version of the same wording,
		// the first, and no other.
		list, err := a.VersionsOf(id)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range list {
			if want := first && v.Since == list[0].Since; v.SinceFirstKnown != want {
				t.Errorf("%s: version from %s, since %s: first known %v, want %v", id, v.From, v.Since, v.SinceFirstKnown, want)
			}
		}
	}
	sunday := importAll(t, nil, realFiles(t, "DU-2025-301.md"))
	b, err := sunday.Act("DU/2025/301")
	if err != nil {
		t.Fatal(err)
	}
	for id, first := range map[string]bool{"art10.ust1": true, "art10.ust2.pkt1": false, "art10": false} {
		ans, err := b.TextAt(id, corpus.MakeDate(2025, 4, 1))
		if err != nil {
			t.Fatal(err)
		}
		if ans.SinceFirstKnown != first {
			t.Errorf("%s: since %v, first known %v, want %v", id, ans.Since, ans.SinceFirstKnown, first)
		}
	}
}

// TestWordingKnownFromItsStart: a unit that a footnote says an amendment
// added on its first day, and every unit of an act read as published,
// were not in force before their first versions; a unit a consolidated
// text gives, dated by no footnote, is unknown before.
func TestWordingKnownFromItsStart(t *testing.T) {
	day := corpus.MakeDate(2020, 3, 1)
	tj := corpus.Source{Ref: "Dz. U. z 2021 r. poz. 5", Kind: corpus.Consolidated, Date: corpus.MakeDate(2021, 1, 10)}
	added := &corpus.Version{Unit: &corpus.Unit{ID: "par2", Kind: corpus.Paragraph, Label: "2", Text: "Dodany."}, Range: corpus.Range{From: corpus.MakeDate(2020, 6, 1)}, Source: tj.Ref,
		Footnotes: []corpus.Footnote{{Label: "1", Unit: "par2", Body: "Dodany przez …", Amendment: &corpus.Amendment{Kind: corpus.Added, InForce: corpus.MakeDate(2020, 6, 1)}}}}
	given := &corpus.Version{Unit: &corpus.Unit{ID: "par1", Kind: corpus.Paragraph, Label: "1", Text: "Stary."}, Range: corpus.Range{From: tj.Date}, Source: tj.Ref}
	a, err := corpus.NewAct(corpus.ActInfo{ID: "a"}, []*corpus.Version{given, added}, tj)
	if err != nil {
		t.Fatal(err)
	}
	if !a.WordingUnknown("par1", day) || a.WordingUnknown("par2", day) {
		t.Errorf("§ 1 (given by the text) unknown %v, § 2 (added 2020-06-01) unknown %v on %s; want true, false", a.WordingUnknown("par1", day), a.WordingUnknown("par2", day), day)
	}
	// § 1 ust. 2, which a later text adds, is unknown before § 1 is known,
	// and known absent after: the corpus holds § 1 from the first text on.
	tj2 := corpus.Source{Ref: "Dz. U. z 2023 r. poz. 7", Kind: corpus.Consolidated, Date: corpus.MakeDate(2023, 1, 1)}
	grown := &corpus.Unit{ID: "par1", Kind: corpus.Paragraph, Label: "1", Children: []*corpus.Unit{{ID: "par1.ust2", Kind: corpus.Section, Label: "2", Text: "Nowy."}}}
	given.Range.To = tj2.Date.AddDays(-1)
	c, err := corpus.NewAct(corpus.ActInfo{ID: "c"}, []*corpus.Version{given, {Unit: grown, Range: corpus.Range{From: tj2.Date}, Source: tj2.Ref}}, tj, tj2)
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = c.At("par1.ust2", day)
	var nf *corpus.NotInForceError
	if !errors.As(err, &nf) || !nf.Unknown || nf.KnownFrom != tj.Date {
		t.Errorf("§ 1 ust. 2 on %s: %v, want unknown, § 1 known from %s", day, err, tj.Date)
	}
	if _, _, err = c.At("par1.ust2", corpus.MakeDate(2022, 1, 1)); errors.Is(err, corpus.ErrWordingUnknown) || !errors.Is(err, corpus.ErrNotInForce) {
		t.Errorf("§ 1 ust. 2 in 2022, when § 1 had no ust. 2: %v, want not in force", err)
	}
	published := corpus.Source{Ref: "Dz. U. z 2019 r. poz. 1", Kind: corpus.Original, Date: corpus.MakeDate(2019, 12, 1)}
	b, err := corpus.NewAct(corpus.ActInfo{ID: "b"}, []*corpus.Version{{Unit: given.Unit, Range: corpus.Range{From: corpus.MakeDate(2020, 6, 1)}, Source: published.Ref}}, published)
	if err != nil {
		t.Fatal(err)
	}
	if b.WordingUnknown("par1", day) || len(b.UnknownOn(day)) != 0 {
		t.Error("an act read as published is known from its start")
	}
}

// TestAnnexRowNoteDatesNoAnnex: a consolidated text's annex whose caption
// a note dates to 2022-06-01, and one row of whose table a note says was
// added on 2024-06-01 (as DU/2025/76's taryfa opłat konsularnych): the
// annex was not added on 2024-06-01; before its oldest wording the corpus
// holds, its wording is unknown, not absent (found by a review: "not in
// force" on 2023-01-01).
func TestAnnexRowNoteDatesNoAnnex(t *testing.T) {
	v, err := corpus.ParseVersion("tj.txt", []byte("from: 2024-06-01\nsource: Dz. U. z 2025 r. poz. 76\n\n"+
		"Załącznik\ndo rozporządzenia Ministra Spraw Zagranicznych z dnia 18 grudnia 2015 r. [8]\n3.01 Przyjęcie wniosku o wydanie wizy krajowej 135\n3.07 Przyjęcie wniosku o ponowne rozpatrzenie wniosku o wydanie wizy Schengen [12] 80\n\n"+
		"[8] W brzmieniu ustalonym przez § 1 rozporządzenia Ministra Spraw Zagranicznych z dnia 20 maja 2022 r. (Dz. U. poz. 1040), które weszło w życie z dniem 1 czerwca 2022 r.\n"+
		"[12] Dodana przez § 1 pkt 2 rozporządzenia Ministra Spraw Zagranicznych z dnia 21 maja 2024 r. (Dz. U. poz. 774), które weszło w życie z dniem 1 czerwca 2024 r.\n"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := corpus.NewAct(corpus.ActInfo{ID: "oplaty", Title: "Rozporządzenie w sprawie opłat konsularnych"}, []*corpus.Version{v},
		corpus.Source{Ref: "Dz. U. z 2025 r. poz. 76", Kind: corpus.Consolidated, Date: corpus.MakeDate(2025, 1, 7)})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := a.At("zal", corpus.MakeDate(2023, 1, 1)); !errors.Is(err, corpus.ErrWordingUnknown) {
		t.Errorf("załącznik on 2023-01-01: %v, want its wording unknown", err)
	}
	if u := v.Unit; u.NoteOnWhole("12") || !u.NoteOnWhole("8") {
		t.Errorf("note 12 (a row) on the whole annex: %v, note 8 (its caption): %v; want false, true", u.NoteOnWhole("12"), u.NoteOnWhole("8"))
	}
}

// TestAddedPartNotInForceBefore reads the consolidated texts whose
// footnotes say an amendment added a unit below an article or paragraph
// (art. 7 ust. 1b of the Sunday trading act, "Dodany przez art. 4 pkt 3
// lit. c …", in force 2025-02-01; § 5 ust. 1 pkt 1a and ust. 2a of the
// registration-fee regulation, from 2024-12-01), where the article or
// paragraph is known only from that day on. Each such unit, on the day
// before the one its note names, was not in force, as Act.At, the act's
// text and the comparison agree; the unit above it, which existed, worded
// as the corpus does not know, stays unknown.
func TestAddedPartNotInForceBefore(t *testing.T) {
	for _, name := range []string{"DU-2025-301.md", "DU-2025-553.md"} {
		c := importAll(t, nil, realFiles(t, name))
		var a *corpus.Act
		c.Each(func(x *corpus.Act) error { a = x; return nil })
		checked := 0
		for _, top := range a.Units() {
			from, ok := a.KnownFrom(top)
			if !ok {
				continue
			}
			first := a.Versions(top)[0]
			first.Unit.Walk(func(u *corpus.Unit) bool {
				day, added := first.AddedOn(u.ID)
				if u.ID == top || !added || day > from {
					return true
				}
				checked++
				before := day.AddDays(-1)
				_, _, err := a.At(u.ID, before)
				if !errors.Is(err, corpus.ErrNotInForce) || errors.Is(err, corpus.ErrWordingUnknown) || a.WordingUnknown(u.ID, before) {
					t.Errorf("%s: %s, added on %s, on %s: %v, want not in force", name, u.Citation(), day, before, err)
				}
				if parent := corpus.ParentID(u.ID); !a.WordingUnknown(parent, before) {
					if _, ok := first.AddedOn(parent); !ok {
						t.Errorf("%s: %s, above the added %s, is known on %s, want its wording unknown", name, corpus.CitationOf(parent), u.Citation(), before)
					}
				}
				return true
			})
		}
		if checked == 0 {
			t.Errorf("%s: no unit below an article or paragraph that a note says was added: the text tests nothing", name)
		}
	}
}

package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// notice is the start of a dziennik-ustaw-md file of a consolidated text
// of a small act, up to its annex's heading; the act's text follows.
const notice = `---
title: "Obwieszczenie Ministra Zdrowia z dnia 10 marca 2025 r. w sprawie ogłoszenia jednolitego tekstu rozporządzenia Ministra Zdrowia w sprawie próbnej"
rank: "obwieszczenie"
eli: "DU/2025/300"
display_address: "Dz.U. 2025 poz. 300"
announcement_date: "2025-03-10"
promulgation_date: "2025-03-14"
---

# Obwieszczenie Ministra Zdrowia z dnia 10 marca 2025 r. w sprawie ogłoszenia jednolitego tekstu rozporządzenia Ministra Zdrowia w sprawie próbnej

OBWIESZCZENIE

MINISTRA ZDROWIA

z dnia 10 marca 2025 r.

w sprawie ogłoszenia jednolitego tekstu rozporządzenia Ministra Zdrowia w sprawie próbnej

1. Na podstawie art. 16 ust. 3 ustawy z dnia 20 lipca 2000 r. o ogłaszaniu aktów normatywnych i niektórych innych aktów prawnych (Dz. U. z 2019 r. poz. 1461) ogłasza się w załączniku do niniejszego obwieszczenia jednolity tekst rozporządzenia Ministra Zdrowia z dnia 1 lutego 2020 r. w sprawie próbnej (Dz. U. z 2023 r. poz. 10), z uwzględnieniem zmian wprowadzonych rozporządzeniem Ministra Zdrowia z dnia 5 stycznia 2025 r. zmieniającym rozporządzenie w sprawie próbnej (Dz. U. poz. 20).

2. Podany w załączniku do niniejszego obwieszczenia tekst jednolity rozporządzenia nie obejmuje § 2 i § 3 rozporządzenia Ministra Zdrowia z dnia 5 stycznia 2025 r. (Dz. U. poz. 20), które stanowią:

„§ 2. Do spraw wszczętych stosuje się przepisy dotychczasowe.

##### § 3.

1. Rozporządzenie wchodzi w życie z dniem 1 lutego 2025 r.

2. Przepis ust. 1 stosuje się odpowiednio.”.

*Minister Zdrowia: J. Kowalski*

## Załącznik do obwieszczenia Ministra Zdrowia z dnia 10 marca 2025 r. (Dz. U. poz. 300)

ROZPORZĄDZENIE

MINISTRA ZDROWIA

z dnia 1 lutego 2020 r.

w sprawie próbnej

`

// amended is a footnote body of an amendment in force from 1 February 2025.
const amended = "W brzmieniu ustalonym przez § 1 pkt 1 rozporządzenia Ministra Zdrowia z dnia 5 stycznia 2025 r. zmieniającego rozporządzenie w sprawie próbnej (Dz. U. poz. 20), które weszło w życie z dniem 1 lutego 2025 r."

// parseNotice parses the notice followed by the act's text and footnote
// bodies.
func parseNotice(t *testing.T, act string) *Document {
	t.Helper()
	doc, err := ParseDocument("t.md", []byte(notice+act))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// unitOf returns the unit with the given id in the document's first
// version that has it.
func unitOf(t *testing.T, doc *Document, id string) (*Version, *Unit) {
	t.Helper()
	for _, v := range doc.Versions {
		if u := v.Unit.Find(id); u != nil {
			return v, u
		}
	}
	t.Fatalf("no unit %s", id)
	return nil, nil
}

// noteOn returns the footnote with the given label on the unit id.
func noteOn(t *testing.T, doc *Document, id, label string) Footnote {
	t.Helper()
	for _, v := range doc.Versions {
		for _, f := range v.Footnotes {
			if f.Unit == id && f.Label == label {
				return f
			}
		}
	}
	t.Fatalf("no footnote [%s] on %s", label, id)
	return Footnote{}
}

func warningKinds(ws []Warning) []string {
	var out []string
	for _, w := range ws {
		out = append(out, string(w.Kind))
	}
	return out
}

func TestNotice(t *testing.T) {
	doc := parseNotice(t, "##### § 1.\n\nTekst.\n\n##### § 2.\n\nInny tekst.\n")
	if doc.Kind != Consolidated || doc.Act.Title != "Rozporządzenie Ministra Zdrowia z dnia 1 lutego 2020 r. w sprawie próbnej" ||
		doc.Act.Type != "rozporządzenie" || doc.Act.Date != MakeDate(2020, 2, 1) {
		t.Errorf("act %+v", doc.Act)
	}
	if !slices.Equal(doc.Act.Aliases, []string{"Dz. U. z 2023 r. poz. 10", "DU/2023/10", "Dz. U. z 2025 r. poz. 300", "DU/2025/300"}) {
		t.Errorf("aliases %q", doc.Act.Aliases)
	}
	n := doc.Notice
	if n.Date != MakeDate(2025, 3, 10) || n.Organ != "Ministra Zdrowia" || !slices.Equal(n.Amending, []string{"Dz. U. z 2025 r. poz. 20"}) {
		t.Errorf("notice %+v", n)
	}
	if len(doc.Versions) != 2 || doc.Source.Ref != "Dz. U. z 2025 r. poz. 300" || doc.Source.Date != MakeDate(2025, 3, 10) {
		t.Errorf("the quoted § 2 and § 3 are units: %d versions; source %+v", len(doc.Versions), doc.Source)
	}
	if !slices.Contains(n.Paragraphs, "##### § 3.") && !slices.Contains(n.Paragraphs, "§ 3.") {
		t.Errorf("the notice's paragraphs %q lack the quoted § 3", n.Paragraphs)
	}
	if doc.Source.Signatures[0] != "Minister Zdrowia: J. Kowalski" {
		t.Errorf("signatures %q", doc.Source.Signatures)
	}
}

// TestNoticeOrganAndDateOnOneLine: the organ and the date may share a
// line of the obwieszczenie's title block ("MARSZAŁKA SEJMU … z dnia 23
// czerwca 2022 r.", DU-2022-1535); its paragraphs are then still read: the
// act it consolidates and the reference the act is known by. A block with
// no date ends at ust. 1.
func TestNoticeOrganAndDateOnOneLine(t *testing.T) {
	text := strings.Replace(notice, "MINISTRA ZDROWIA\n\nz dnia 10 marca 2025 r.", "MINISTRA ZDROWIA z dnia 10 marca 2025 r.", 1)
	if text == notice {
		t.Fatal("the notice's title block is not as the test expects")
	}
	doc, err := ParseDocument("t.md", []byte(text+"##### § 1.\n\nTekst.\n"))
	if err != nil {
		t.Fatal(err)
	}
	n := doc.Notice
	if n.Organ != "Ministra Zdrowia" || n.Date != MakeDate(2025, 3, 10) || n.Previous != "Dz. U. z 2023 r. poz. 10" || n.Act.Date != MakeDate(2020, 2, 1) {
		t.Errorf("notice: organ %q, date %s, previous %q, act of %s", n.Organ, n.Date, n.Previous, n.Act.Date)
	}
	if !slices.Contains(doc.Act.Aliases, "DU/2023/10") || len(doc.Warnings) > 0 {
		t.Errorf("aliases %q, warnings %v", doc.Act.Aliases, doc.Warnings)
	}
	// With no date in the block at all, the organ ends where ust. 1 begins.
	text = strings.Replace(notice, "MINISTRA ZDROWIA\n\nz dnia 10 marca 2025 r.\n\nw sprawie ogłoszenia jednolitego tekstu rozporządzenia Ministra Zdrowia w sprawie próbnej\n", "MINISTRA ZDROWIA\n", 1)
	if text == notice {
		t.Fatal("the notice's title block is not as the test expects")
	}
	if doc, err = ParseDocument("t.md", []byte(text+"##### § 1.\n\nTekst.\n")); err != nil {
		t.Fatal(err)
	}
	if n := doc.Notice; n.Organ != "Ministra Zdrowia" || n.Previous != "Dz. U. z 2023 r. poz. 10" {
		t.Errorf("no date line: organ %q, previous %q", n.Organ, n.Previous)
	}
}

// TestDeferredProvisionsWarned: a final provision that puts some units
// into force after the day the text's versions start is warned about,
// where it stands, as lexdiff does not tell which units those are
// (DU-2021-1050, art. 38); an exception already past is not.
func TestDeferredProvisionsWarned(t *testing.T) {
	doc := parseNotice(t, `##### § 1.

Tekst.

##### § 2.

Rozporządzenie wchodzi w życie z dniem 1 lutego 2020 r., z wyjątkiem:

1) § 1 ust. 2, który wchodzi w życie z dniem 1 stycznia 2021 r.;

2) § 1 ust. 3, który wchodzi w życie z dniem 1 stycznia 2030 r.
`)
	ws := doc.Warnings
	if len(ws) != 1 || ws[0].Kind != WarnDeferred || !strings.Contains(ws[0].Msg, "§ 2 puts some provisions into force only on 2030-01-01, after") || ws[0].Pos.Line != strings.Count(notice, "\n")+5 {
		t.Errorf("warnings %v", ws)
	}
}

// TestRepealedAnnexesOnOneHeading: a heading that names a repealed annex
// and then another annex ("## Załącznik nr 2 (uchylony) Załącznik nr 2a
// (uchylony)", DU-2026-450) heads both, each repealed; the second was text
// of the first, and could not be cited.
func TestRepealedAnnexesOnOneHeading(t *testing.T) {
	doc := parseNotice(t, `##### § 1.

Tekst.

## Załącznik nr 1

WZÓR

## Załącznik nr 2 (uchylony) Załącznik nr 2a (uchylony)

## Załącznik nr 3 (uchylony) Załącznik nr 4

TABELA
`)
	for id, want := range map[string]string{"zal2": "(uchylony)", "zal2a": "(uchylony)", "zal3": "(uchylony)", "zal4": "TABELA"} {
		if _, u := unitOf(t, doc, id); u.Text != want || (want == "(uchylony)") != (u.Status == Repealed) {
			t.Errorf("%s: %q, %s", id, u.Text, u.Status)
		}
	}
	if len(doc.Warnings) > 0 {
		t.Errorf("warnings %v", doc.Warnings)
	}
}

// TestAnnexesCaptionOnItsOwnHeading: "## Załączniki do rozporządzenia …"
// on a heading of its own, before "## Załącznik nr 1", is the annexes'
// caption, not an annex without a number: its words after "Załączniki"
// are the first line of annex 1, as on one heading, and as a lone annex's
// heading gives them after "Załącznik"; what stands between the two is a
// warning's remainder (DU-2025-200, DU-2026-450). A heading that gives the
// caption again keeps its own. A plural heading that no numbered annex
// follows stays an annex.
func TestAnnexesCaptionOnItsOwnHeading(t *testing.T) {
	const (
		caption = "Załączniki do rozporządzenia Ministra Zdrowia z dnia 1 lutego 2020 r. (Dz. U. z 2025 r. poz. 300)"
		first   = "do rozporządzenia Ministra Zdrowia z dnia 1 lutego 2020 r. (Dz. U. z 2025 r. poz. 300)\nWZÓR"
	)
	for _, tt := range []struct{ annexes, want string }{
		{"## " + caption + "\n\n9)\n\n## Załącznik nr 1\n\nWZÓR\n", first},
		{"## Załączniki do rozporządzenia\n\nDz . z 2 p z )\n\n## " + caption + " Załącznik nr 1\n\nWZÓR\n", first},
	} {
		doc := parseNotice(t, "##### § 1.\n\nTekst.\n\n"+tt.annexes)
		if _, u := unitOf(t, doc, "zal1"); u.Text != tt.want {
			t.Errorf("annex 1 reads %q, want %q", u.Text, tt.want)
		}
		if slices.ContainsFunc(doc.Versions, func(v *Version) bool { return v.Unit.ID == "zal" }) {
			t.Error("the caption is an annex of its own")
		}
		if len(doc.Warnings) != 1 || doc.Warnings[0].Kind != WarnOutsideUnit {
			t.Errorf("warnings %v", doc.Warnings)
		}
	}
	doc := parseNotice(t, "##### § 1.\n\nTekst.\n\n## "+caption+"\n\nWZÓR\n")
	if _, u := unitOf(t, doc, "zal"); u.Text != "do rozporządzenia Ministra Zdrowia z dnia 1 lutego 2020 r. (Dz. U. z 2025 r. poz. 300)\nWZÓR" {
		t.Errorf("a lone annex reads %q", u.Text)
	}
}

// TestListOpenedByAMinister: a unit's words "Minister … określi:" with a
// footnote marker after the colon open its list; they are not the line a
// minister signs with, which names a person (DU-2024-1049, art. 15, lost
// its words so).
func TestListOpenedByAMinister(t *testing.T) {
	doc := parseNotice(t, `##### § 1.

Minister właściwy do spraw zdrowia, w drodze rozporządzenia, określi:[^1]

1) wzór wniosku;

2) wykaz stanowisk.

Minister Zdrowia: w z. J. Nowak

[^1]: Wprowadzenie do wyliczenia ze zmianą wprowadzoną przez § 1 pkt 1 rozporządzenia Ministra Zdrowia z dnia 5 stycznia 2025 r. zmieniającego rozporządzenie w sprawie próbnej (Dz. U. poz. 20), które weszło w życie z dniem 1 lutego 2025 r.
`)
	v, u := unitOf(t, doc, "par1")
	if u.Text != "Minister właściwy do spraw zdrowia, w drodze rozporządzenia, określi:" || len(u.Children) != 2 {
		t.Errorf("§ 1 reads %q with %d points", u.Text, len(u.Children))
	}
	if noteOn(t, doc, "par1", "1").Amendment == nil || v.Range.From != MakeDate(2025, 2, 1) {
		t.Errorf("§ 1 from %s, dated by its note", v.Range)
	}
	if !slices.Contains(doc.Source.Signatures, "Minister Zdrowia: w z. J. Nowak") {
		t.Errorf("signatures %q", doc.Source.Signatures)
	}
}

// TestClosingPartWithoutDash: a sentence after the last point of a list
// that ends with a full stop says something of the whole list: it is the
// closing part of the unit that opens the list, not words of its last
// point, and the on-disk format keeps it so (DU-2022-1015, art. 7 ust. 1).
// After a point that does not end a sentence (or ends with an
// abbreviation), a line goes on with it; so does a sentence after which
// the list goes on, with no warning.
func TestClosingPartWithoutDash(t *testing.T) {
	doc := parseNotice(t, `##### § 1.

1. W skład Rady wchodzi 12–18 członków powoływanych spośród kandydatów przedstawionych przez:

1) administrację rządową;

2) samorząd gospodarczy, a także przewoźników.

Podmioty wymienione w pkt 1 i 2 są reprezentowane w Radzie w równych proporcjach.

2. Członkami są:

1) przedstawiciele organizacji, które

działają w dziedzinie turystyki.

3. Wniosek zawiera:

1) imię i nazwisko wnioskodawcy.

Dane podaje się czytelnie.

2) adres.

4. Stosuje się przepisy:

1) o których mowa w art. 5 ust.

Pierwszym.
`)
	v, u := unitOf(t, doc, "par1.ust1")
	if u.Closing != "Podmioty wymienione w pkt 1 i 2 są reprezentowane w Radzie w równych proporcjach." || u.Children[1].Text != "samorząd gospodarczy, a także przewoźników." {
		t.Errorf("ust. 1 closes with %q; its pkt 2 reads %q", u.Closing, u.Children[1].Text)
	}
	if _, u := unitOf(t, doc, "par1.ust2.pkt1"); u.Text != "przedstawiciele organizacji, które działają w dziedzinie turystyki." {
		t.Errorf("ust. 2 pkt 1 reads %q", u.Text)
	}
	if _, u := unitOf(t, doc, "par1.ust3"); u.Closing != "" || u.Children[0].Text != "imię i nazwisko wnioskodawcy. Dane podaje się czytelnie." {
		t.Errorf("ust. 3 closes with %q; its pkt 1 reads %q", u.Closing, u.Children[0].Text)
	}
	if _, u := unitOf(t, doc, "par1.ust4.pkt1"); u.Text != "o których mowa w art. 5 ust. Pierwszym." {
		t.Errorf("ust. 4 pkt 1 reads %q", u.Text)
	}
	if len(doc.Warnings) > 0 {
		t.Errorf("warnings %v", doc.Warnings)
	}
	roundTrip(t, v)
}

func TestMarkerPlacements(t *testing.T) {
	doc := parseNotice(t, `##### § 1.

[^1] 1. Przed tekstem ustępu pod nagłówkiem.

2.[^1] Po numerze ustępu.

3. Lista:

1)[^1] po numerze punktu;

2) (uchylony)[^1]

3) przed kropką ogłoszenia[^1] .

##### § 2.

Bez ustępów, (Dz. U. poz. 5, z późn. zm.[^2] ) i dalej.

[^1]: `+amended+`

[^2]: Zmiany tekstu jednolitego wymienionej ustawy zostały ogłoszone w Dz. U. z 2024 r. poz. 7.
`)
	for _, id := range []string{"par1", "par1.ust2", "par1.ust3.pkt1", "par1.ust3.pkt2", "par1.ust3.pkt3"} {
		if f := noteOn(t, doc, id, "1"); f.Amendment == nil || f.Amendment.InForce != MakeDate(2025, 2, 1) {
			t.Errorf("%s: %+v", id, f.Amendment)
		}
	}
	if _, u := unitOf(t, doc, "par1.ust1"); u.Text != "Przed tekstem ustępu pod nagłówkiem." || len(u.Markers) != 0 {
		t.Errorf("ust. 1: %q %v: the marker before its label marks the paragraph", u.Text, u.Markers)
	}
	if _, u := unitOf(t, doc, "par1.ust3.pkt2"); u.Status != Repealed {
		t.Errorf("pkt 2 %q is %s", u.Text, u.Status)
	}
	if _, u := unitOf(t, doc, "par1.ust3.pkt3"); u.Text != "przed kropką ogłoszenia." {
		t.Errorf("the space before the full stop goes with the marker: %q", u.Text)
	}
	if _, u := unitOf(t, doc, "par2"); u.Text != "Bez ustępów, (Dz. U. poz. 5, z późn. zm.) i dalej." {
		t.Errorf("§ 2: %q", u.Text)
	}
	if v, _ := unitOf(t, doc, "par1"); v.Range.From != MakeDate(2025, 2, 1) {
		t.Errorf("§ 1, amended from 2025-02-01: version %s", v.Range)
	}
	if v, _ := unitOf(t, doc, "par2"); v.Range.From != MakeDate(2025, 3, 10) {
		t.Errorf("§ 2, not amended, from the obwieszczenie's date: version %s", v.Range)
	}
}

// Labels of the dataset's converter 0.6 hold an underscore ("[^1_2]"):
// the marker leaves the text, the body is a footnote, not annex text.
func TestUnderscoreFootnoteLabel(t *testing.T) {
	doc := parseNotice(t, `##### § 1.

Tekst.[^1_2]

## Załącznik nr 1

Wzór kwalifikacje[^1_2]

[^1_2]: `+amended+`
`)
	if f := noteOn(t, doc, "par1", "1_2"); f.Amendment == nil || f.Amendment.InForce != MakeDate(2025, 2, 1) {
		t.Errorf("§ 1's footnote [1_2]: %+v", f)
	}
	if _, u := unitOf(t, doc, "zal1"); u.Text != "Wzór kwalifikacje" {
		t.Errorf("annex: %q: the marker leaves it, and the body is not its last line", u.Text)
	}
	for _, v := range doc.Versions {
		roundTrip(t, v)
	}
}

func TestSharedFootnoteAndReferences(t *testing.T) {
	doc := parseNotice(t, `##### § 1.

Wykaz:

a) pierwsza,

b)[^2] druga,

c)[^2] trzecia,

d)[^3] czwarta.

##### § 2.

Tekst[^4] .

[^1]: Niewykorzystany.

[^2]: Dodana przez § 1 pkt 2 rozporządzenia Ministra Zdrowia z dnia 5 stycznia 2025 r. zmieniającego rozporządzenie w sprawie próbnej (Dz. U. poz. 20), które weszło w życie z dniem 1 lutego 2025 r.

[^3]: Dodana przez § 1 pkt 3 rozporządzenia, o którym mowa w odnośniku 2; weszła w życie z dniem 1 marca 2025 r.

[^4]: Zmieniony przez § 1 pkt 4 rozporządzenia, o którym mowa w odnośniku 2.
`)
	for _, id := range []string{"par1.litb", "par1.litc"} {
		if f := noteOn(t, doc, id, "2"); f.Amendment == nil || f.Amendment.Kind != Added || f.Amendment.Ref.ELI() != "DU/2025/20" {
			t.Errorf("%s: %+v", id, f.Amendment)
		}
	}
	a := noteOn(t, doc, "par1.litd", "3").Amendment
	if a == nil || a.Refers != "2" || a.InForce != MakeDate(2025, 3, 1) || a.Ref.ELI() != "DU/2025/20" || strings.Contains(a.Act, "weszła") {
		t.Errorf("a note that names its act by footnote 2 and gives its own date: %+v", a)
	}
	a = noteOn(t, doc, "par2", "4").Amendment
	if a == nil || a.InForce != MakeDate(2025, 2, 1) || !strings.HasPrefix(a.Act, "rozporządzenia Ministra Zdrowia z dnia 5 stycznia 2025 r.") {
		t.Errorf("a note that takes its act and date from footnote 2: %+v", a)
	}
	if v, _ := unitOf(t, doc, "par1"); v.Range.From != MakeDate(2025, 3, 1) {
		t.Errorf("§ 1 reads so from the latest of its dates: %s", v.Range)
	}
	if v, _ := unitOf(t, doc, "par2"); !slices.ContainsFunc(v.Footnotes, func(f Footnote) bool { return f.Label == "2" && f.Unit == "" }) {
		t.Errorf("§ 2 keeps the footnote its note refers to: %+v", v.Footnotes)
	}
	if !slices.Equal(warningKinds(doc.Source.Warnings), []string{string(WarnBodyWithoutMarker)}) || doc.Source.Footnotes[0].Label != "1" {
		t.Errorf("a body without a marker is a warning and kept with the source: %v %+v", doc.Source.Warnings, doc.Source.Footnotes)
	}
}

// TestNoteNamesTheSecondActOfAnother: "ustawy wymienionej jako druga w
// odnośniku 1" is the second act note 1 names, with its day, though a
// third came later; "wymienionej w odnośniku 1" without a number is the
// latest change note 1 records, as is a note whose first reference names
// no number (DU-2022-1006, art. 2; here dated after the previous text of
// the notice).
func TestNoteNamesTheSecondActOfAnother(t *testing.T) {
	doc := parseNotice(t, `##### Art. 2.

1. Pierwszy.

2.[^1] Drugi.

3.[^2] Trzeci.

4.[^3] Czwarty.

5.[^4] Piąty.

6.[^5] Szósty.

[^1]: W brzmieniu ustalonym przez art. 12 ustawy z dnia 17 grudnia 2024 r. o dodatku osłonowym (Dz. U. z 2025 r. poz. 1), która weszła w życie z dniem 4 stycznia 2025 r.; ze zmianą wprowadzoną przez art. 3 pkt 1 ustawy z dnia 13 stycznia 2025 r. o zmianie ustawy o zatrudnieniu socjalnym oraz niektórych innych ustaw (Dz. U. poz. 218), która weszła w życie z dniem 15 lutego 2025 r.; ze zmianą wprowadzoną przez art. 7 ustawy z dnia 1 marca 2025 r. o zmianie ustawy o próbach (Dz. U. poz. 300), która weszła w życie z dniem 1 kwietnia 2025 r.

[^2]: Dodany przez art. 3 pkt 2 ustawy wymienionej jako druga w odnośniku 1.

[^3]: Dodany przez art. 13 ustawy wymienionej jako pierwsza w odnośniku 1.

[^4]: Dodany przez art. 3 pkt 3 ustawy wymienionej w odnośniku 1.

[^5]: Dodany przez art. 3 pkt 4 ustawy, o której mowa w odnośniku 1, zmienionej ustawą wymienioną jako druga w odnośniku 1.
`)
	for _, tt := range []struct {
		id, label string
		eli       string
		inForce   Date
	}{
		{"art2.ust3", "2", "DU/2025/218", MakeDate(2025, 2, 15)},
		{"art2.ust4", "3", "DU/2025/1", MakeDate(2025, 1, 4)},
		{"art2.ust5", "4", "DU/2025/300", MakeDate(2025, 4, 1)},
		{"art2.ust6", "5", "DU/2025/300", MakeDate(2025, 4, 1)},
	} {
		a := noteOn(t, doc, tt.id, tt.label).Amendment
		if a == nil || a.Kind != Added || a.Refers != "1" || a.Ref == nil || a.Ref.ELI() != tt.eli || a.InForce != tt.inForce {
			t.Errorf("%s: %+v, want the act %s, in force %s", tt.id, a, tt.eli, tt.inForce)
		}
	}
	if v, _ := unitOf(t, doc, "art2"); v.Range.From != MakeDate(2025, 4, 1) {
		t.Errorf("art. 2 reads so from the latest of its dates: %s", v.Range)
	}
}

func TestSuperscripts(t *testing.T) {
	doc := parseNotice(t, `##### § 1.

Jak w art. 13[^3] i art. 22[^1] § 1 ustawy[^1] .

##### § 2[^2] .

Wstawiony paragraf 2².

[^1]: Zmiany tekstu jednolitego wymienionej ustawy zostały ogłoszone w Dz. U. z 2024 r. poz. 7.
`)
	if _, u := unitOf(t, doc, "par1"); u.Text != "Jak w art. 13³ i art. 22¹ § 1 ustawy." || len(u.Markers) != 1 {
		t.Errorf("superscripts put back: %q, markers %v", u.Text, u.Markers)
	}
	if _, u := unitOf(t, doc, "par2_2"); u.Label != "2²" || u.Citation() != "§ 2²" {
		t.Errorf("§ 2²: %+v", u)
	}
	if got := warningKinds(doc.Warnings); !slices.Equal(got, []string{"superscript", "superscript"}) {
		t.Errorf("warnings %q", got)
	}
	if w := doc.Warnings[0]; w.Pos.Line != strings.Count(notice, "\n")+3 || w.Pos.Col != 14 {
		t.Errorf("the superscript's warning is at %v, want the place of the marker after art. 13", w.Pos)
	}
}

// Articles inserted with a superscript that has a letter ("Art. 99²ᵃ")
// come as "Art. 99 2a ."; with a number in brackets, as "Art. 24 [1] .".
func TestSuperscriptLabels(t *testing.T) {
	doc := parseNotice(t, `##### Art. 99.

Tekst.

Art. 99[^2] . § 1. Drugi.

§ 2. Drugi, dalej.

Art. 99 2a . § 1. Wstawiony między 99² a 99³.

§ 2. Wstawiony, dalej.

Art. 99[^3] . Trzeci.

Art. 100 [1] . 1. W nawiasach, jak w art. 24 [1] , oraz.

1 [1] . Ustęp wstawiony.
`)
	var ids []string
	for _, v := range doc.Versions {
		ids = append(ids, v.Unit.ID)
	}
	if want := []string{"art99", "art99_2", "art99_2a", "art99_3", "art100_1"}; !slices.Equal(ids, want) {
		t.Fatalf("units %q, want %q", ids, want)
	}
	if _, u := unitOf(t, doc, "art99_2a.par2"); u.Citation() != "art. 99²ᵃ § 2" || u.Text != "Wstawiony, dalej." {
		t.Errorf("art. 99²ᵃ § 2: %q %q", u.Citation(), u.Text)
	}
	if _, u := unitOf(t, doc, "art100_1.ust1"); u.Text != "W nawiasach, jak w art. 24¹, oraz." {
		t.Errorf("ust. 1: %q", u.Text)
	}
	if _, u := unitOf(t, doc, "art100_1.ust1_1"); u.Text != "Ustęp wstawiony." {
		t.Errorf("ust. 1¹: %q", u.Text)
	}
	for _, c := range []struct{ in, want string }{{"art. 99^2a § 2", "art99_2a.par2"}, {"art99_2a", "art99_2a"}} {
		if got, err := ParseCitation(c.in); err != nil || got != c.want {
			t.Errorf("ParseCitation(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	for _, c := range [][2]string{{"99²", "99²ᵃ"}, {"99²ᵃ", "99³"}, {"99", "99²"}, {"99²ᵃ", "99²ᵇ"}, {"99²ᵇ", "99¹⁰"}} {
		if compareLabels(c[0], c[1]) >= 0 || compareLabels(c[1], c[0]) <= 0 {
			t.Errorf("%s does not come before %s", c[0], c[1])
		}
	}
	if len(doc.Warnings) != 0 {
		t.Errorf("warnings: %v", doc.Warnings)
	}
}

// versionLines gives each version of the document on one line: its unit,
// range and full text, the text's lines joined by " / ".
func versionLines(doc *Document) []string {
	var out []string
	for _, v := range doc.Versions {
		out = append(out, v.Unit.ID+" "+v.Range.String()+" "+strings.ReplaceAll(v.Unit.FullText(), "\n", " / "))
	}
	return out
}

func TestPrintedTwice(t *testing.T) {
	doc := parseNotice(t, `##### § 1.

Wykaz:

1) pierwszy;

2)[^1] drugi w brzmieniu dotychczasowym;

2)[^2] drugi w brzmieniu przyszłym;

3)[^3] trzeci obecny;

3)[^4] trzeci przyszły bez daty.

##### § 2.

Obecny.

##### § 2.[^2]

Przyszły.

[^1]: W tym brzmieniu obowiązuje do wejścia w życie zmiany, o której mowa w odnośniku 2.

[^2]: W brzmieniu ustalonym przez § 1 pkt 2 rozporządzenia Ministra Zdrowia z dnia 5 stycznia 2025 r. zmieniającego rozporządzenie (Dz. U. poz. 20), które wejdzie w życie z dniem 1 stycznia 2027 r.

[^3]: Obowiązuje do dnia, o którym mowa w odnośniku 4.

[^4]: W brzmieniu ustalonym przez § 1 pkt 3 ustawy z dnia 5 stycznia 2025 r. (Dz. U. poz. 21), która wejdzie w życie z dniem określonym w komunikacie.
`)
	got := versionLines(doc)
	want := []string{
		"par1 2025-03-10 – 2026-12-31 § 1. Wykaz: / 1) pierwszy; / 2) drugi w brzmieniu dotychczasowym; / 3) trzeci obecny;",
		"par1 from 2027-01-01 § 1. Wykaz: / 1) pierwszy; / 2) drugi w brzmieniu przyszłym; / 3) trzeci obecny;",
		"par2 2025-03-10 – 2026-12-31 § 2. Obecny.",
		"par2 from 2027-01-01 § 2. Przyszły.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("versions\n%q\nwant\n%q", got, want)
	}
	if len(doc.Warnings) != 1 || doc.Warnings[0].Kind != WarnTwiceNoDate || !strings.Contains(doc.Warnings[0].Msg, "«3) trzeci przyszły bez daty.»") {
		t.Errorf("the undated second wording is reported with its text: %v", doc.Warnings)
	}
}

// A unit printed twice whose first printing's note says until when it
// applies, the second's note giving no date, is split the day after.
func TestPrintedTwiceDatedOnTheFirst(t *testing.T) {
	doc := parseNotice(t, `##### § 1.

1.[^1] Stawka wynosi 10 zł.

1.[^2] Stawka wynosi 12 zł.

2. Opłatę wnosi się z góry.

[^1]: W tym brzmieniu obowiązuje do dnia 30 czerwca 2026 r.

[^2]: W brzmieniu ustalonym przez § 1 ustawy z dnia 5 stycznia 2025 r. (Dz. U. poz. 21).
`)
	got := versionLines(doc)
	want := []string{
		"par1 2025-03-10 – 2026-06-30 § 1. 1. Stawka wynosi 10 zł. / 2. Opłatę wnosi się z góry.",
		"par1 from 2026-07-01 § 1. 1. Stawka wynosi 12 zł. / 2. Opłatę wnosi się z góry.",
	}
	if !slices.Equal(got, want) || len(doc.Warnings) != 0 {
		t.Errorf("versions\n%q\nwant\n%q\nwarnings %v", got, want, doc.Warnings)
	}
}

// A ust. with points printed twice, its second wording undated: the
// warning that keeps that wording is one line, so the version it is stored
// with reads back.
func TestPrintedTwiceUndatedWithPoints(t *testing.T) {
	doc := parseNotice(t, `##### § 1.

1. Wykaz:

1) pierwszy;

2) drugi.

1.[^1] Wykaz nowy:

1) trzeci;

2) czwarty.

[^1]: W brzmieniu ustalonym przez § 1 ustawy z dnia 5 stycznia 2025 r. (Dz. U. poz. 21), która wejdzie w życie z dniem określonym w komunikacie.
`)
	if len(doc.Warnings) != 1 || doc.Warnings[0].Kind != WarnTwiceNoDate ||
		!strings.Contains(doc.Warnings[0].Msg, "«1. Wykaz nowy: 1) trzeci; 2) czwarty.»") {
		t.Fatalf("the undated second wording is reported on one line with its text: %q", doc.Warnings)
	}
	for _, v := range doc.Versions {
		v.Warnings = doc.Warnings
		roundTrip(t, v)
	}
}

// A unit added from a later day is printed once, in its place: up to that
// day the unit above is without it.
func TestAddedLater(t *testing.T) {
	doc := parseNotice(t, `##### § 1.

1. Pierwszy.

2.[^1] Dodany wcześniej.

3.[^2] Dodany na przyszłość.

##### § 2.[^2]

Cały dodany na przyszłość.

[^1]: Dodany przez § 1 rozporządzenia (Dz. U. poz. 20), które weszło w życie z dniem 1 lutego 2025 r.

[^2]: Dodany przez § 2 rozporządzenia (Dz. U. poz. 21), które weszło w życie z dniem 1 marca 2025 r.; wejdzie w życie z dniem 17 czerwca 2027 r.
`)
	got := versionLines(doc)
	want := []string{
		"par1 2025-02-01 – 2027-06-16 § 1. 1. Pierwszy. / 2. Dodany wcześniej.",
		"par1 from 2027-06-17 § 1. 1. Pierwszy. / 2. Dodany wcześniej. / 3. Dodany na przyszłość.",
		"par2 from 2027-06-17 § 2. Cały dodany na przyszłość.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("versions\n%q\nwant\n%q", got, want)
	}
	if fs := doc.Versions[0].Footnotes; len(fs) != 1 || fs[0].Label != "1" {
		t.Errorf("the version before keeps only the footnotes of what it holds: %v", fs)
	}
}

// A PDF copy may glue the next ustęp, point or letter to the line of the
// one before.
func TestGluedSiblings(t *testing.T) {
	doc := parseNotice(t, `##### § 1.

1. Renta wynosi 100 % kwoty. 2. Podwyższenia dokonuje Zakład. 2a. Wniosek składa się w ust. 2. W razie potrzeby art. 5. 3. Podwyższenie następuje z urzędu.

##### § 2.

Świadczenia obejmują:

9) świadczenia dzienne, 10)[^1] porada lekarska,

11) porada psychologiczna:

a) w sprawach pracy, b) w sprawach umów;

12) ostatnia, wymieniona w pkt 11, 13) nie.

##### § 3.

1. Stosuje się przepisy ust. 3. 5. Nie jest ustępem: 5 nie idzie po 1.

2. Oraz przepisy pkt. 3. Nie jest ustępem: "pkt." to skrót.

[^1]: Dodany przez § 1 rozporządzenia (Dz. U. poz. 20), które weszło w życie z dniem 1 lutego 2025 r.
`)
	var ids []string
	for _, v := range doc.Versions {
		v.Unit.Walk(func(u *Unit) bool {
			ids = append(ids, u.ID+" "+u.Text)
			return true
		})
	}
	want := []string{
		"par1 ",
		"par1.ust1 Renta wynosi 100 % kwoty.",
		"par1.ust2 Podwyższenia dokonuje Zakład.",
		"par1.ust2a Wniosek składa się w ust. 2. W razie potrzeby art. 5.",
		"par1.ust3 Podwyższenie następuje z urzędu.",
		"par2 Świadczenia obejmują:",
		"par2.pkt9 świadczenia dzienne,",
		"par2.pkt10 porada lekarska,",
		"par2.pkt11 porada psychologiczna:",
		"par2.pkt11.lita w sprawach pracy,",
		"par2.pkt11.litb w sprawach umów;",
		"par2.pkt12 ostatnia, wymieniona w pkt 11,",
		"par2.pkt13 nie.",
		"par3 ",
		"par3.ust1 Stosuje się przepisy ust. 3. 5. Nie jest ustępem: 5 nie idzie po 1.",
		"par3.ust2 Oraz przepisy pkt. 3. Nie jest ustępem: \"pkt.\" to skrót.",
	}
	if !slices.Equal(ids, want) {
		t.Errorf("units\n%q\nwant\n%q", ids, want)
	}
	if _, u := unitOf(t, doc, "par2.pkt10"); len(u.Markers) != 1 || u.Markers[0].Offset != 0 {
		t.Errorf("the marker goes with the glued point: %+v", u.Markers)
	}
}

func TestGroupings(t *testing.T) {
	doc := parseNotice(t, `KSIĘGA PIERWSZA

TYTUŁ I

Przepisy wstępne

DZIAŁ I Zasady

Rozdział 1

Przepisy ogólne

Oddział 1[^1] Zakres

##### Art. 1.

Tekst.

ROZDZIAŁ 2

SPRAWY SZCZEGÓLNE

##### Art. 2.

Tekst.

DZIAŁ IA

Rodzice i dzieci

##### Art. 3.

Tekst.

Rozdział 2 (uchylony)

Rozdział 2 [1]

Hipoteka na wierzytelności hipotecznej

##### Art. 4.

Tekst.

[^1]: Oznaczenie i tytuł oddziału dodane przez § 1 rozporządzenia z dnia 5 stycznia 2025 r. (Dz. U. poz. 20), które weszło w życie z dniem 1 lutego 2025 r.
`)
	v1, _ := unitOf(t, doc, "art1")
	v2, _ := unitOf(t, doc, "art2")
	var g1, g2 []string
	for _, g := range v1.Groups {
		g1 = append(g1, g.String())
	}
	for _, g := range v2.Groups {
		g2 = append(g2, g.String())
	}
	if !slices.Equal(g1, []string{"Księga pierwsza", "Tytuł I Przepisy wstępne", "Dział I Zasady", "Rozdział 1 Przepisy ogólne", "Oddział 1 Zakres"}) ||
		!slices.Equal(g2, []string{"Księga pierwsza", "Tytuł I Przepisy wstępne", "Dział I Zasady", "Rozdział 2 SPRAWY SZCZEGÓLNE"}) {
		t.Errorf("groups\n%q\n%q", g1, g2)
	}
	// A Dział inserted after Dział I, in capitals (after the Kodeks
	// rodzinny i opiekuńczy, DU/2026/236).
	if v3, u3 := unitOf(t, doc, "art3"); len(v3.Groups) != 3 || v3.Groups[2].String() != "Dział Ia Rodzice i dzieci" || u3.Text != "Tekst." {
		t.Errorf("art. 3: groups %q, text %q; want it in Dział Ia Rodzice i dzieci", v3.Groups, u3.Text)
	}
	// A repealed chapter, then the chapter inserted after it, its number
	// in superscript (after the act on land registers, DU/2026/1066).
	if v4, _ := unitOf(t, doc, "art4"); len(v4.Groups) != 4 || v4.Groups[3].String() != "Rozdział 2¹ Hipoteka na wierzytelności hipotecznej" {
		t.Errorf("art. 4: groups %q; want it in Rozdział 2¹ alone", v4.Groups)
	}
	if _, u2 := unitOf(t, doc, "art2"); u2.Text != "Tekst." {
		t.Errorf("art. 2 reads %q: the heading of Dział IA went into it", u2.Text)
	}
	if f := noteOn(t, doc, "", "1"); f.Amendment == nil || f.Amendment.Kind != Added || len(v1.Groups) != 5 || v1.Groups[4].Markers[0].Label != "1" {
		t.Errorf("the footnote on the heading of Oddział 1: %+v %+v", f, v1.Groups)
	}
	if v1.Range.From != MakeDate(2025, 3, 10) {
		t.Errorf("a footnote on a heading does not date the article: %s", v1.Range)
	}
	if !slices.Contains(doc.Source.Notice, "1. Na podstawie art. 16 ust. 3 ustawy z dnia 20 lipca 2000 r. o ogłaszaniu aktów normatywnych i niektórych innych aktów prawnych (Dz. U. z 2019 r. poz. 1461) ogłasza się w załączniku do niniejszego obwieszczenia jednolity tekst rozporządzenia Ministra Zdrowia z dnia 1 lutego 2020 r. w sprawie próbnej (Dz. U. z 2023 r. poz. 10), z uwzględnieniem zmian wprowadzonych rozporządzeniem Ministra Zdrowia z dnia 5 stycznia 2025 r. zmieniającym rozporządzenie w sprawie próbnej (Dz. U. poz. 20).") {
		t.Errorf("the notice's ust. 1 is kept: %q", doc.Source.Notice)
	}
}

// TestCodeGroupings: the groupings of a code, numbered or named by a
// word, their titles on the next line or, in capitals, on the same one.
// "CZĘŚĆ OGÓLNA" right under "KSIĘGA PIERWSZA" is the book's title, as in
// the Kodeks cywilny; elsewhere a part of the code, as in the Kodeks karny.
func TestCodeGroupings(t *testing.T) {
	doc := parseNotice(t, `KSIĘGA PIERWSZA

CZĘŚĆ OGÓLNA

TYTUŁ WSTĘPNY

Przepisy wstępne

Rozdział 1

Przepisy ogólne

##### Art. 1.

Tekst.

KSIĘGA DRUGA

PRZEPISY SZCZEGÓLNE

TYTUŁ I

Zakazy

DZIAŁ Ia

Zakazy w niedziele

##### Art. 2.

Tekst.

CZĘŚĆ SZCZEGÓLNA

Rozdział 4

Przepisy karne

##### Art. 3.

Tekst.

DZIAŁ DRUGI

PRZEPISY KARNE I KOŃCOWE

##### Art. 4.

Wynagrodzenie dzieli się na dwie części.

Część pierwsza wynagrodzenia jest wypłacana z góry.

DZIAŁ TRZECI PRZEPISY KOŃCOWE

##### Art. 5.

Tekst.

Dział czwarty

Przepis końcowy

##### Art. 6.

Tekst.
`)
	want := []string{
		"art1: Księga pierwsza CZĘŚĆ OGÓLNA / Tytuł wstępny Przepisy wstępne / Rozdział 1 Przepisy ogólne",
		"art2: Księga druga PRZEPISY SZCZEGÓLNE / Tytuł I Zakazy / Dział Ia Zakazy w niedziele",
		"art3: Księga druga PRZEPISY SZCZEGÓLNE / Część szczególna / Rozdział 4 Przepisy karne",
		"art4: Księga druga PRZEPISY SZCZEGÓLNE / Część szczególna / Dział drugi PRZEPISY KARNE I KOŃCOWE",
		"art5: Księga druga PRZEPISY SZCZEGÓLNE / Część szczególna / Dział trzeci PRZEPISY KOŃCOWE",
		"art6: Księga druga PRZEPISY SZCZEGÓLNE / Część szczególna / Dział czwarty Przepis końcowy",
	}
	var got []string
	for _, v := range doc.Versions {
		got = append(got, v.Unit.ID+": "+strings.Join(v.GroupNames(), " / "))
	}
	if !slices.Equal(got, want) {
		t.Errorf("units and their groupings\n%q\nwant\n%q", got, want)
	}
	for _, v := range doc.Versions {
		roundTrip(t, v) // "Dział drugi PRZEPISY …" as lexdiff writes it
	}
	if _, art4 := unitOf(t, doc, "art4"); art4.Text != "Wynagrodzenie dzieli się na dwie części. Część pierwsza wynagrodzenia jest wypłacana z góry." {
		t.Errorf("art. 4 reads %q", art4.Text)
	}
	if v, _ := unitOf(t, doc, "art3"); len(v.Groups) < 2 || v.Groups[1].Kind != "Część" || v.Groups[1].Label != "szczególna" || v.Groups[1].Rank() <= v.Groups[0].Rank() {
		t.Errorf("art. 3 stands in %+v", v.Groups)
	}
	if len(doc.Warnings) != 0 {
		t.Errorf("warnings %v", doc.Warnings)
	}
}

func TestStatusesRangesAndLabels(t *testing.T) {
	doc := parseNotice(t, `Wstęp (uchylony)

##### Art. 1.

1. Tekst.

1a. (uchylony)[^1] 1b. Wstawiony ustęp.

2. Wykaz:

11) jedenasty;

11aa) wstawiony;

12) lista:

a) pierwsza,

ab) wstawiona;

13) (uchylona)

##### Art. 2.

(utracił moc)

Art. 3–5. (pominięte) Art. 6. Tekst po zakresie.

##### Art. 7–8.

(wygasły)

##### Art. 9.

(uchylone)

[^1]: Przez § 1 rozporządzenia z dnia 5 stycznia 2025 r. (Dz. U. poz. 20), które weszło w życie z dniem 1 lutego 2025 r.
`)
	var ids []string
	for _, v := range doc.Versions {
		ids = append(ids, v.Unit.ID+":"+string(v.Unit.Status))
	}
	want := []string{"wstep:repealed", "art1:in-force", "art2:lost-force", "art3:omitted", "art4:omitted", "art5:omitted", "art6:in-force", "art7:expired", "art8:expired", "art9:repealed"}
	if !slices.Equal(ids, want) {
		t.Errorf("units\n%q\nwant\n%q", ids, want)
	}
	_, art1 := unitOf(t, doc, "art1")
	var labels []string
	art1.Walk(func(u *Unit) bool {
		if u != art1 {
			labels = append(labels, u.ID+":"+string(u.Status))
		}
		return true
	})
	want = []string{"art1.ust1:in-force", "art1.ust1a:repealed", "art1.ust1b:in-force", "art1.ust2:in-force", "art1.ust2.pkt11:in-force",
		"art1.ust2.pkt11aa:in-force", "art1.ust2.pkt12:in-force", "art1.ust2.pkt12.lita:in-force", "art1.ust2.pkt12.litab:in-force", "art1.ust2.pkt13:repealed"}
	if !slices.Equal(labels, want) {
		t.Errorf("art. 1\n%q\nwant\n%q", labels, want)
	}
	if f := noteOn(t, doc, "art1.ust1a", "1"); f.Amendment == nil || f.Amendment.Kind != Removed {
		t.Errorf("the marker after (uchylony) of a glued ustęp: %+v", f)
	}
	if len(doc.Warnings) != 0 {
		t.Errorf("warnings %v", doc.Warnings)
	}
}

// TestCollapsedRangeShapes: the shapes conversions give a collapsed
// range, right under a chapter heading (where nothing can take it as
// text), name the units the law means; one lexdiff cannot list is a
// warning, not a refusal.
func TestCollapsedRangeShapes(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string // the ids after art1
		warn bool
	}{
		{"Art. 2–4. (pominięte)", []string{"art2", "art3", "art4"}, false},
		{"Art. 2–Art. 4. (pominięte)", []string{"art2", "art3", "art4"}, false},
		{"Art. 2‒4. (uchylone)", []string{"art2", "art3", "art4"}, false},
		{"Art. 2—4. (uchylone)", []string{"art2", "art3", "art4"}, false},
		{"Art. 2–4 (pominięte)", []string{"art2", "art3", "art4"}, false},
		{"Art. 2 i 4. (uchylone)", []string{"art2", "art4"}, false},
		{"Art. 2–3a. (pominięte)", []string{"art2", "art3", "art3a"}, false},
		{"Art. 1a–1c. (uchylone)", []string{"art1a", "art1b", "art1c"}, false},
		{"Art. 1¹–1³. (uchylone)", []string{"art1_1", "art1_2", "art1_3"}, false},
		{"Art. 2–2². (uchylone)", []string{"art2", "art2_1", "art2_2"}, false},
		{"##### Art. 2–3a.\n\n(pominięte)", []string{"art2", "art3", "art3a"}, false},
		{"Art. 1ab–1ad. (uchylone)", nil, true},
		{"Art. 2–4. (bez treści)", nil, true},
	} {
		t.Run(c.line, func(t *testing.T) {
			doc, err := ParseDocument("t.md", []byte(notice+"##### Art. 1.\n\nTekst.\n\nRozdział 2\n\nPrzepisy końcowe\n\n"+strings.ReplaceAll(c.line, `\n`, "\n")+"\n\n##### Art. 9.\n\nKoniec.\n"))
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, v := range doc.Versions {
				if id := v.Unit.ID; id != "art1" && id != "art9" {
					ids = append(ids, id)
				}
			}
			if !slices.Equal(ids, c.want) || (len(doc.Warnings) > 0) != c.warn {
				t.Errorf("units %q, warnings %v; want %q, a warning %v", ids, doc.Warnings, c.want, c.warn)
			}
		})
	}
}

// TestCollapsedItemRanges: a collapsed range of ustępy or punkty with a
// body such as (uchylone) names each unit, as one of articles does; one
// without such a body is a line of text.
func TestCollapsedItemRanges(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // the ids under art1 with their statuses
	}{
		{"1. Tekst.\n\n2–3. (uchylone)\n\n4. Koniec.", []string{"ust1:in-force", "ust2:repealed", "ust3:repealed", "ust4:in-force"}},
		{"1. Tekst.\n\n2 i 3. (uchylone)", []string{"ust1:in-force", "ust2:repealed", "ust3:repealed"}},
		{"1. Tekst.\n\n1a–1c. (uchylone)", []string{"ust1:in-force", "ust1a:repealed", "ust1b:repealed", "ust1c:repealed"}},
		{"1. Wykaz:\n\n1) pierwszy;\n\n2–4) (uchylone)\n\n5) piąty.", []string{"ust1:in-force", "ust1.pkt1:in-force", "ust1.pkt2:repealed", "ust1.pkt3:repealed", "ust1.pkt4:repealed", "ust1.pkt5:in-force"}},
		{"1. Wykaz:\n\n1) pierwszy;\n\n2)–4) (uchylone);\n\n5) piąty.", []string{"ust1:in-force", "ust1.pkt1:in-force", "ust1.pkt2:repealed", "ust1.pkt3:repealed", "ust1.pkt4:repealed", "ust1.pkt5:in-force"}},
		{"1. Wykaz:\n\n1) pierwszy:\n\na) a,\n\nb)–d) (uchylone),\n\ne) e;\n\n2) drugi.", []string{"ust1:in-force", "ust1.pkt1:in-force", "ust1.pkt1.lita:in-force", "ust1.pkt1.litb:repealed", "ust1.pkt1.litc:repealed", "ust1.pkt1.litd:repealed", "ust1.pkt1.lite:in-force", "ust1.pkt2:in-force"}},
		{"1. Wykaz:\n\n1) pierwszy:\n\na) a,\n\nb–c) (uchylone)", []string{"ust1:in-force", "ust1.pkt1:in-force", "ust1.pkt1.lita:in-force", "ust1.pkt1.litb:repealed", "ust1.pkt1.litc:repealed"}},
		{"1. Wykaz:\n\n1) w pkt\n\n2)–4) stosuje się odpowiednio.", []string{"ust1:in-force", "ust1.pkt1:in-force"}},
		{"1. Tekst w ust.\n\n2–3. stosuje się odpowiednio.", []string{"ust1:in-force"}},
		{"1. Wykaz:\n\n1) w pkt\n\n2–4) stosuje się odpowiednio.", []string{"ust1:in-force", "ust1.pkt1:in-force"}},
	} {
		t.Run(c.text, func(t *testing.T) {
			doc := parseNotice(t, "##### Art. 1.\n\n"+c.text+"\n\n##### Art. 2.\n\nKoniec.\n")
			_, art1 := unitOf(t, doc, "art1")
			var got []string
			art1.Walk(func(u *Unit) bool {
				if u != art1 {
					got = append(got, strings.TrimPrefix(u.ID, "art1.")+":"+string(u.Status))
				}
				return true
			})
			if !slices.Equal(got, c.want) || len(doc.Warnings) != 0 {
				t.Errorf("units %q, warnings %v; want %q", got, doc.Warnings, c.want)
			}
			for _, v := range doc.Versions {
				roundTrip(t, v)
			}
		})
	}
}

func TestAnnexes(t *testing.T) {
	doc := parseNotice(t, `##### § 1.

Wzór stanowi załącznik nr 1.

## Załączniki do rozporządzenia Ministra Zdrowia z dnia 1 lutego 2020 r. (Dz. U. z 2025 r. poz. 300) Załącznik nr 1[^1]

WZÓR

Lp. Nazwa Kwota

1. Opłata 10 zł

§ 2. nie jest przepisem

> [Na stronie 5 PDF jest obraz (np. wzór, rysunek, skan). Jego treści tu nie ma, jest tylko w PDF.]

## Załącznik nr 2

Tabela:

a) wiersz

[^1]: `+amended+`
`)
	var ids []string
	for _, v := range doc.Versions {
		ids = append(ids, v.Unit.ID)
	}
	if !slices.Equal(ids, []string{"par1", "zal1", "zal2"}) {
		t.Fatalf("units %q", ids)
	}
	v, z1 := unitOf(t, doc, "zal1")
	if z1.Text != "do rozporządzenia Ministra Zdrowia z dnia 1 lutego 2020 r. (Dz. U. z 2025 r. poz. 300)\nWZÓR\nLp. Nazwa Kwota\n1. Opłata 10 zł\n§ 2. nie jest przepisem\n[Na stronie 5 PDF jest obraz (np. wzór, rysunek, skan). Jego treści tu nie ma, jest tylko w PDF.]" ||
		len(z1.Children) != 0 || v.Range.From != MakeDate(2025, 2, 1) {
		t.Errorf("annex 1 (%s): %q", v.Range, z1.Text)
	}
	if _, z2 := unitOf(t, doc, "zal2"); z2.FullText() != "Załącznik nr 2 Tabela:\na) wiersz" {
		t.Errorf("annex 2: %q", z2.FullText())
	}
	if got := warningKinds(doc.Warnings); !slices.Equal(got, []string{"image"}) {
		t.Errorf("warnings %q", got)
	}
	for _, v := range doc.Versions {
		roundTrip(t, v)
	}
}

// TestFootnoteRunsToHeading: a footnote body goes on over unindented
// paragraphs up to the next definition or markdown heading.
func TestFootnoteRunsToHeading(t *testing.T) {
	doc := parseNotice(t, `##### § 1.

Tekst[^1] drugi.[^2]

[^1]: Rozporządzenie wdraża dyrektywy:

1) dyrektywę 98/59/WE;

2) dyrektywę (UE) 2019/1158.

[^2]: Druga.

## Załącznik nr 1

1) wiersz
`)
	var ids []string
	for _, v := range doc.Versions {
		ids = append(ids, v.Unit.ID)
	}
	_, par1 := unitOf(t, doc, "par1")
	f := noteOn(t, doc, "par1", "1")
	if !slices.Equal(ids, []string{"par1", "zal1"}) || len(par1.Children) != 0 || f.Body != "Rozporządzenie wdraża dyrektywy: 1) dyrektywę 98/59/WE; 2) dyrektywę (UE) 2019/1158." {
		t.Errorf("units %q, § 1 %q, footnote [1] %q", ids, par1.FullText(), f.Body)
	}
	if _, z1 := unitOf(t, doc, "zal1"); z1.Text != "1) wiersz" || noteOn(t, doc, "par1", "2").Body != "Druga." {
		t.Errorf("annex 1: %q", z1.Text)
	}
}

// TestMisplacedNotes: notes a converter put where text goes are read as
// notes. A footnote body without the colon of its definition ("[^4] W
// brzmieniu …", DU-2025-1594) dates the annex it follows; the
// obwieszczenie's lettered notes after the act's text ("a) Zmiany tekstu
// jednolitego …", DU-2025-183) are no letter of the last unit, nor is
// a note printed as a numbered line a point ("1)I) Niniejsza ustawa …
// wdraża …", DU-2025-1228; "9) W brzmieniu ustalonym przez …" in an
// annex, DU-2025-200); the marker of a collapsed range ("(pominięte)[^3]",
// also on the line after the range's heading, DU-2021-1060) goes with
// each unit of the range.
func TestMisplacedNotes(t *testing.T) {
	doc := parseNotice(t, `##### § 1.

Tekst.

§ 2–3. (pominięte)[^3]

##### § 4–5.

(pominięte)[^3]

##### § 6.

Stosuje się:

1) przepis.

1)I) Niniejsze rozporządzenie w zakresie swojej regulacji wdraża dyrektywę Rady 2013/59/Euratom.

a) Zmiany tekstu jednolitego wymienionej ustawy zostały ogłoszone w Dz. U. z 2022 r. poz. 2687. b) Zmiany tekstu jednolitego wymienionej ustawy zostały ogłoszone w Dz. U. z 2023 r. poz. 180.

## Załącznik nr 2[^4]

WZÓR

[^4] W brzmieniu ustalonym przez § 1 pkt 6 rozporządzenia Ministra Zdrowia z dnia 6 sierpnia 2024 r. zmieniającego rozporządzenie w sprawie wzoru (Dz. U. poz. 1295), które weszło w życie z dniem 11 września 2024 r.

## Załącznik nr 3[^5]

WZÓR

5) W brzmieniu ustalonym przez § 1 pkt 7 rozporządzenia, o którym mowa w odnośniku 4.

[^3]: Zamieszczone w obwieszczeniu.
`)
	if _, p6 := unitOf(t, doc, "par6"); p6.FullText() != "§ 6. Stosuje się:\n1) przepis." {
		t.Errorf("§ 6: %q", p6.FullText())
	}
	v, z2 := unitOf(t, doc, "zal2")
	if z2.Text != "WZÓR" || v.Range.From != MakeDate(2024, 9, 11) {
		t.Errorf("annex 2 (%s): %q", v.Range, z2.Text)
	}
	if f := noteOn(t, doc, "zal2", "4"); !f.IsAmendment() {
		t.Errorf("footnote [4] %+v", f)
	}
	if v, z3 := unitOf(t, doc, "zal3"); z3.Text != "WZÓR" || v.Range.From != MakeDate(2024, 9, 11) {
		t.Errorf("annex 3 (%s): %q", v.Range, z3.Text)
	}
	for _, id := range []string{"par2", "par3", "par4", "par5"} {
		if f := noteOn(t, doc, id, "3"); f.Body != "Zamieszczone w obwieszczeniu." {
			t.Errorf("footnote [3] on %s: %+v", id, f)
		}
	}
	// The title has no marker here: the note is kept with the source.
	if got := warningKinds(doc.Warnings); !slices.Equal(got, []string{"body-without-marker", "outside-unit"}) || !strings.Contains(doc.Warnings[0].Msg, "footnote [1]") {
		t.Errorf("warnings %v", doc.Warnings)
	}
}

// TestColonlessTitleNote: the note on the title whose definition lost its
// colon, printed under the title ("[^1] Niniejsza ustawa dokonuje …
// wdrożenia …", the Kodeks pracy, DU-2025-277), is the title's note: not
// text of the first unit, and the groupings after it stay groupings.
func TestColonlessTitleNote(t *testing.T) {
	const note = "Niniejsze rozporządzenie dokonuje w zakresie swojej regulacji wdrożenia dyrektywy Rady 2013/59/Euratom."
	text := strings.Replace(notice, "\nw sprawie próbnej\n\n", "\nw sprawie próbnej[^1]\n\n[^1] "+note+"\n\nRozdział 1\n\nPrzepisy ogólne\n\n", 1) +
		"##### § 1.\n\nTekst.\n"
	doc, err := ParseDocument("t.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var read bool
	for _, v := range doc.Versions {
		if strings.Contains(v.Unit.FullText(), "Niniejsze") {
			t.Errorf("%s holds the note: %q", v.Unit.ID, v.Unit.FullText())
		}
		for _, f := range v.Footnotes {
			read = read || f.Label == "1" && f.Body == note
		}
	}
	for _, f := range doc.Source.Footnotes { // the title's, with no unit of its own here
		read = read || f.Label == "1" && f.Body == note
	}
	if v, _ := unitOf(t, doc, "par1"); !read || !slices.Equal(v.GroupNames(), []string{"Rozdział 1 Przepisy ogólne"}) {
		t.Errorf("note read %v; § 1 under %q", read, v.GroupNames())
	}
	// A unit's text after its marker that opens with the words is no note.
	doc = parseNotice(t, "##### § 1.\n\n[^1] Niniejszego rozporządzenia nie stosuje się do spraw wszczętych.\n\n[^1]: "+amended+"\n")
	if _, u := unitOf(t, doc, "par1"); u.Text != "Niniejszego rozporządzenia nie stosuje się do spraw wszczętych." || noteOn(t, doc, "par1", "1").Body != amended {
		t.Errorf("§ 1: %q", u.Text)
	}
}

// TestAnnexNotesNumberedAnew: an annex's table that numbers its notes
// anew ("20–50[^3]" after the act's [^3], DU-2025-200) takes the second
// body of the label; it took the act's, an amendment note, which dated
// the annex by the act's amendment.
func TestAnnexNotesNumberedAnew(t *testing.T) {
	doc := parseNotice(t, `##### § 1.

1.[^3] Tekst.

## Załącznik nr 1

Stanowisko Stawka

starszy strażnik 20–50[^3]

[^3]: `+amended+`

[^3]: Dotyczy pełniącego funkcję komendanta.
`)
	if f := noteOn(t, doc, "par1.ust1", "3"); f.Body != amended {
		t.Errorf("§ 1 ust. 1's note: %q", f.Body)
	}
	if f := noteOn(t, doc, "zal1", "3"); f.Body != "Dotyczy pełniącego funkcję komendanta." {
		t.Errorf("the annex's note: %q", f.Body)
	}
	if v, _ := unitOf(t, doc, "zal1"); v.Range.From != MakeDate(2025, 3, 10) {
		t.Errorf("the annex from %s, want the text's day", v.Range.From)
	}
	if len(doc.Warnings) != 0 {
		t.Errorf("warnings %v", doc.Warnings)
	}
}

// TestAnnexHeadingLines: a line of a source, not marked as a heading,
// opens an annex when it is the annex's caption alone, not when it is a
// provision, or a line of one, that starts with the word.
func TestAnnexHeadingLines(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Załącznik", true},
		{"Załącznik nr 1", true},
		{"Załącznik nr 2a.", true},
		{"ZAŁĄCZNIK NR 2", true},
		{"Załączniki", true},
		{"Załącznik do ustawy", true},
		{"Załącznik do ustawy z dnia 12 sierpnia 2010 r. (Dz. U. z 2025 r. poz. 453)", true},
		{"Załącznik do obwieszczenia Marszałka Sejmu Rzeczypospolitej Polskiej z dnia 6 marca 2025 r. (Dz. U. poz. 301)", true},
		{"Załącznik do rozporządzenia Ministra Rodziny, Pracy i Polityki Społecznej z dnia 20 maja 2020 r. (poz. 925)", true},
		{"Załącznik nr 2 do rozporządzenia Ministra Sprawiedliwości z dnia 22 grudnia 2017 r.", true},
		{"Załącznik do obwieszczenia (Dz. U. poz. 3)", true},
		{"Załączniki do rozporządzenia Ministra Prób z dnia 10 stycznia 2021 r. (Dz. U. poz. 7) Załącznik nr 1", true},
		{"ZAŁĄCZNIK NR 2 DO ROZPORZĄDZENIA MINISTRA ZDROWIA Z DNIA 5 MAJA 2020 R.", true},
		{"Załącznik nr 1 do rozporządzenia stosuje się odpowiednio do aplikantów odbywających zajęcia poza Krakowem.", false},
		{"Załącznik nr 1 do rozporządzenia zmienianego w § 1, w brzmieniu nadanym niniejszym rozporządzeniem, stosuje się do stypendium należnego za miesiące począwszy od lutego 2026 r.", false},
		{"Załącznik nr 1 do rozporządzenia Ministra Zdrowia z dnia 5 maja 2020 r. stosuje się do wniosków złożonych po dniu wejścia w życie rozporządzenia.", false},
		{"Załącznik do ustawy otrzymuje brzmienie określone w załączniku do niniejszej ustawy.", false},
		{"załącznik do rozporządzenia.", false},
		{"załącznik nr 1", false},
	} {
		t.Run(c.line, func(t *testing.T) {
			if got := isAnnexHeading(c.line); got != c.want {
				t.Errorf("isAnnexHeading = %v, want %v", got, c.want)
			}
		})
	}
}

// TestAnnexWordInProvision: provisions that start with "Załącznik", or
// that a PDF copy wrapped before "załącznik", stay text of their unit;
// the annex after them is read.
func TestAnnexWordInProvision(t *testing.T) {
	doc := parseNotice(t, `##### § 1.

1. Kwoty określa

załącznik do rozporządzenia.

2. Tekst.

##### § 2.

Załącznik nr 1 do rozporządzenia stosuje się odpowiednio do aplikantów odbywających zajęcia poza Krakowem.

## Załącznik nr 1

KWOTY
`)
	var ids []string
	for _, v := range doc.Versions {
		ids = append(ids, v.Unit.ID)
	}
	_, ust1 := unitOf(t, doc, "par1.ust1")
	_, par2 := unitOf(t, doc, "par2")
	if !slices.Equal(ids, []string{"par1", "par2", "zal1"}) || ust1.Text != "Kwoty określa załącznik do rozporządzenia." ||
		par2.Text != "Załącznik nr 1 do rozporządzenia stosuje się odpowiednio do aplikantów odbywających zajęcia poza Krakowem." {
		t.Errorf("units %q; § 1 ust. 1 %q; § 2 %q", ids, ust1.Text, par2.Text)
	}
	if len(doc.Warnings) != 0 {
		t.Errorf("warnings %v", doc.Warnings)
	}
}

func TestQuotationInAct(t *testing.T) {
	doc := parseNotice(t, `##### § 1.

1. Rota ślubowania brzmi:

„Ślubuję:

1) być wiernym;

2) strzec prawa.”.

2. Nieobjęty cudzysłowem ustęp.

3. Cudzysłów „niezamknięty tutaj.

4. Następny ustęp.
`)
	_, p1 := unitOf(t, doc, "par1")
	var ids []string
	for _, c := range p1.Children {
		ids = append(ids, c.ID)
	}
	if !slices.Equal(ids, []string{"par1.ust1", "par1.ust2", "par1.ust3", "par1.ust4"}) || len(p1.Children[0].Children) != 0 {
		t.Errorf("the quoted points are text of ust. 1, and a quotation left open swallows nothing: %q", ids)
	}
	if got := warningKinds(doc.Warnings); !slices.Equal(got, []string{"open-quote"}) {
		t.Errorf("warnings %q", got)
	}
}

func TestDocumentKinds(t *testing.T) {
	for _, tt := range []struct {
		text string
		kind SourceKind
	}{
		{"---\ntitle: \"Rozporządzenie Ministra X z dnia 1 lutego 2025 r. zmieniające rozporządzenie w sprawie Y\"\nrank: \"rozporządzenie\"\nentry_into_force: \"2025-03-01\"\n---\n\n##### § 1.\n\nW rozporządzeniu … w § 2 uchyla się pkt 4.\n", Amending},
		{"---\ntitle: \"Ustawa z dnia 1 lutego 2025 r. o sprawach\"\nrank: \"ustawa\"\nentry_into_force: \"2025-03-01\"\n---\n\nUSTAWA\n\nz dnia 1 lutego 2025 r.\n\no sprawach\n\n##### Art. 1.\n\nTekst.\n", Original},
	} {
		doc, err := ParseDocument("k.md", []byte(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		if doc.Kind != tt.kind || doc.Versions[0].Range.From != MakeDate(2025, 3, 1) {
			t.Errorf("kind %s, version %s; want %s from 2025-03-01", doc.Kind, doc.Versions[0].Range, tt.kind)
		}
	}
}

func TestInForcePhrasings(t *testing.T) {
	for body, want := range map[string]string{
		"W brzmieniu ustalonym przez art. 1 ustawy z dnia 5 stycznia 2025 r. (Dz. U. poz. 5), która weszła w życie z dniem 1 lutego 2025 r.":                          "2025-02-01",
		"Dodany przez art. 1 ustawy z dnia 5 stycznia 2025 r. (Dz. U. poz. 5), która weszła w życie w dniu 2 lutego 2025 r.":                                          "2025-02-02",
		"Dodany przez art. 1 ustawy, o której mowa w odnośniku 2; wszedł w życie z dniem 3 lutego 2025 r.":                                                            "2025-02-03",
		"§ 3 ust. 1 pkt 8 w brzmieniu ustalonym przez § 1 pkt 1 lit. a) rozporządzenia (Dz.U. poz. 1557). Zmiana weszła w życie 1 września 2019 r.":                   "2019-09-01",
		"W brzmieniu ustalonym przez § 1 rozporządzenia (Dz. U. poz. 7), które weszło w życie z dniem 04.02.2025 r.":                                                  "2025-02-04",
		"W brzmieniu ustalonym przez art. 2 ustawy (Dz. U. poz. 8), która wejdzie w życie z dniem 1 stycznia 2027 r.":                                                 "2027-01-01",
		"Ze zmianą wprowadzoną przez art. 2 ustawy (Dz. U. poz. 9), która wchodzi w życie z dniem 5 maja 2026 r.":                                                     "2026-05-05",
		"Z dniem 4 września 2024 r., na podstawie art. 29 pkt 6 ustawy z dnia 14 sierpnia 2020 r. (Dz. U. poz. 1517), która weszła w życie z dniem 4 grudnia 2020 r.": "2024-09-04",
		// An act that took effect with effect from an earlier day.
		"Wprowadzenie do wyliczenia w brzmieniu ustalonym przez § 1 pkt 1 rozporządzenia Krajowej Rady Radiofonii i Telewizji z dnia 18 kwietnia 2023 r. zmieniającego rozporządzenie (Dz. U. poz. 799), które weszło w życie z mocą od dnia 1 stycznia 2023 r.": "2023-01-01",
		"W brzmieniu ustalonym przez art. 1 ustawy (Dz. U. poz. 99), która weszła w życie z dniem 20 lutego 2025 r., z mocą od dnia 1 stycznia 2025 r.":                                                                                                          "2025-01-01",
		"W brzmieniu ustalonym przez art. 1 ustawy (Dz. U. poz. 99), która weszła w życie z dniem następującym po dniu ogłoszenia, z mocą od dnia 1 stycznia 2025 r.":                                                                                            "2025-01-01",
		// … unless the provision's own day is stated after it (DU/2022/1394).
		"Ze zmianą wprowadzoną przez art. 19 pkt 1 lit. a ustawy z dnia 8 kwietnia 2022 r. (Dz. U. poz. 830), która weszła w życie z dniem 15 kwietnia 2022 r., z mocą od dnia 24 lutego 2022 r.; wszedł w życie z dniem 15 kwietnia 2022 r.": "2022-04-15",
		"W brzmieniu ustalonym przez § 1 rozporządzenia (Dz. U. poz. 799), które weszło w życie z dniem ogłoszenia, z mocą od dnia 1 stycznia 2023 r.":                                                                                        "2023-01-01",
		// A provision whose entry into force was put off, to a day another
		// act set.
		"Wszedł w życie z dniem 13 listopada 2022 r. na podstawie komunikatu Ministra Cyfryzacji z dnia 27 października 2022 r. w sprawie określenia dnia wdrożenia rozwiązań technicznych umożliwiających wydawanie dokumentów paszportowych (Dz. U. poz. 2209), ogłoszonego na podstawie art. 110a ustawy z dnia 27 stycznia 2022 r. o dokumentach paszportowych (Dz. U. z 2023 r. poz. 1043).": "2022-11-13",
		"Weszła w życie z dniem 13 listopada 2022 r., z tym że w zakresie wdrożenia rozwiązań technicznych, o których mowa w art. 31 ust. 3 ustawy z dnia 27 stycznia 2022 r. o dokumentach paszportowych (Dz. U. z 2024 r. poz. 1063), weszła w życie z dniem 31 marca 2023 r., na podstawie komunikatu Ministra Cyfryzacji.":                                                                    "2022-11-13",
		// The act takes effect on one day, the provision on another.
		"W brzmieniu ustalonym przez art. 19 ustawy z dnia 18 grudnia 2025 r. (Dz. U. z 2026 r. poz. 26), która wejdzie w życie z dniem 13 kwietnia 2026 r.; wejdzie w życie z dniem 1 stycznia 2027 r.": "2027-01-01",
		// The wording as set, then changed again.
		"W brzmieniu ustalonym przez art. 1 ustawy (Dz. U. poz. 5), która weszła w życie z dniem 1 lutego 2025 r.; ze zmianą wprowadzoną przez art. 3 ustawy (Dz. U. poz. 9), która weszła w życie z dniem 1 marca 2025 r.": "2025-03-01",
	} {
		a := parseAmendment(body)
		if a == nil || a.InForce.String() != want {
			t.Errorf("%q: %+v, want in force %s", body, a, want)
		}
	}
	checkEditorial(t, []string{
		"Obecnie minister właściwy do spraw transportu zgodnie z art. 4 ustawy z dnia 4 września 1997 r. (Dz. U. z 2024 r. poz. 1370), która weszła w życie z dniem 1 kwietnia 1999 r.",
		"Ustawa została ogłoszona w dniu 13 sierpnia 2010 r.",
		"Zmiany tekstu jednolitego wymienionej ustawy zostały ogłoszone w Dz. U. z 2025 r. poz. 497.",
	})
}

// TestLaterChangeByReference: a note that sets a wording by the act of
// one footnote and names a later change by the act of another records the
// later change, its act and its day together (after the KRRiT regulation,
// DU/2026/1044, whose Załącznik nr 2 was set in 2017 and changed with
// effect from 2023); so does a note whose clauses give their own days.
// One that adds a unit and names a later change records a change.
func TestLaterChangeByReference(t *testing.T) {
	fs := resolveAmendments([]Footnote{
		{Label: "1", Body: "W brzmieniu ustalonym przez § 1 pkt 1 lit. a rozporządzenia Krajowej Rady Radiofonii i Telewizji z dnia 19 maja 2017 r. (Dz. U. poz. 1092), które weszło w życie z dniem 1 lipca 2017 r."},
		{Label: "3", Body: "Wprowadzenie do wyliczenia w brzmieniu ustalonym przez § 1 pkt 1 rozporządzenia Krajowej Rady Radiofonii i Telewizji z dnia 18 kwietnia 2023 r. (Dz. U. poz. 799), które weszło w życie z mocą od dnia 1 stycznia 2023 r."},
		{Label: "8", Unit: "zal2", Body: "W brzmieniu ustalonym przez § 1 pkt 4 rozporządzenia, o którym mowa w odnośniku 1; ze zmianą wprowadzoną przez § 1 pkt 2 rozporządzenia, o którym mowa w odnośniku 3."},
		{Label: "9", Unit: "zal3", Body: "W brzmieniu ustalonym przez § 1 pkt 5 rozporządzenia, o którym mowa w odnośniku 1."},
	})
	if a := fs[2].Amendment; a == nil || a.Kind != Changed || a.InForce != MakeDate(2023, 1, 1) || a.Provision != "§ 1 pkt 2" || a.Ref == nil || a.Ref.String() != "Dz. U. z 2023 r. poz. 799" || a.Refers != "3" {
		t.Errorf("[8]: %+v, want the wording changed by § 1 pkt 2 of the act of 2023 (footnote 3), in force from 2023-01-01", a)
	}
	// The first clause refers to another footnote, the later one names
	// its act: the later one's act it is.
	mixed := resolveAmendments([]Footnote{fs[0], {Label: "10", Unit: "zal2", Body: "W brzmieniu ustalonym przez § 1 pkt 4 rozporządzenia, o którym mowa w odnośniku 1; ze zmianą wprowadzoną przez § 1 pkt 2 rozporządzenia Krajowej Rady Radiofonii i Telewizji z dnia 18 kwietnia 2023 r. (Dz. U. poz. 799), które weszło w życie z dniem 1 stycznia 2023 r."}})
	if a := mixed[1].Amendment; a == nil || a.Ref == nil || a.Ref.String() != "Dz. U. z 2023 r. poz. 799" || !strings.Contains(a.Act, "18 kwietnia 2023") || a.Refers != "" {
		t.Errorf("[10]: %+v, want the act of 2023 the later clause names", a)
	}
	// A unit added, then changed: still added on its first day.
	addedThenChanged := resolveAmendments([]Footnote{fs[0], fs[1], {Label: "4", Unit: "par2.ust3a", Body: "Dodany przez § 1 pkt 1 lit. c rozporządzenia, o którym mowa w odnośniku 1; ze zmianą wprowadzoną przez § 1 pkt 1 rozporządzenia, o którym mowa w odnośniku 3."}})
	if a := addedThenChanged[2].Amendment; a == nil || a.Kind != Changed || a.InForce != MakeDate(2023, 1, 1) {
		t.Errorf("[4]: %+v, want changed on 2023-01-01", a)
	} else if day, added := a.AddedOn(); !added || day != MakeDate(2017, 7, 1) {
		t.Errorf("[4] added on %s (%v), want on 2017-07-01", day, added)
	}
	if a := fs[3].Amendment; a == nil || a.InForce != MakeDate(2017, 7, 1) {
		t.Errorf("[9]: %+v, want in force from 2017-07-01", a)
	}
	own := parseAmendment("Dodany przez art. 1 ustawy z dnia 5 maja 2025 r. (Dz. U. poz. 600), która weszła w życie z dniem 1 czerwca 2025 r.; ze zmianą wprowadzoną przez art. 2 ustawy z dnia 1 października 2025 r. (Dz. U. poz. 1300), która weszła w życie z dniem 1 listopada 2025 r.")
	if own == nil || own.Kind != Changed || own.InForce != MakeDate(2025, 11, 1) || own.Ref == nil || own.Ref.String() != "Dz. U. z 2025 r. poz. 1300" {
		t.Errorf("added, then changed: %+v, want the change of 2025-11-01 by the act of poz. 1300", own)
	}
	// A provision whose entry into force a komunikat put off names the
	// komunikat, which set the day, not the act that gave it its words.
	if a := parseAmendment("Wszedł w życie z dniem 13 listopada 2022 r. na podstawie komunikatu Ministra Cyfryzacji z dnia 27 października 2022 r. (Dz. U. poz. 2209)."); a == nil || a.Act != "" || a.Ref != nil || a.InForce != MakeDate(2022, 11, 13) {
		t.Errorf("put off: %+v, want in force from 2022-11-13 and no act", a)
	}
}

// TestUndatedAmendmentDatesNothingBack: a unit of a consolidated text
// whose notes name one amendment with its day and another without one
// may read as the undated amendment left it, which may be younger than the
// dated one: the corpus knows its wording from the text's own day, rather
// than from the dated note's.
func TestUndatedAmendmentDatesNothingBack(t *testing.T) {
	doc := parseNotice(t, `##### § 1.

1.[^1] Tekst ustalony w 2020 r.

2.[^2] Tekst zmieniony później.

##### § 2.

Tekst.[^1]

[^1]: W brzmieniu ustalonym przez § 1 rozporządzenia z dnia 5 stycznia 2020 r. (Dz. U. poz. 20), które weszło w życie z dniem 1 lutego 2020 r.

[^2]: Zmieniony przez § 1 rozporządzenia z dnia 5 marca 2024 r. (Dz. U. poz. 300).
`)
	if v, _ := unitOf(t, doc, "par1"); v.Range.From != MakeDate(2025, 3, 10) {
		t.Errorf("§ 1 from %s, want the consolidated text's day, 2025-03-10", v.Range.From)
	}
	if v, _ := unitOf(t, doc, "par2"); v.Range.From != MakeDate(2020, 2, 1) {
		t.Errorf("§ 2 from %s, want 2020-02-01, as its note says", v.Range.From)
	}
}

func TestFootnoteFaults(t *testing.T) {
	doc := parseNotice(t, `##### § 1.

Tekst[^7] i dalej.

##### § 2.

Tekst[^2] .

[^2]: Pierwsza treść.

[^2]: Druga treść.
`)
	got := warningKinds(doc.Warnings)
	if !slices.Equal(got, []string{"marker-without-body", "footnote-twice"}) {
		t.Errorf("warnings %q", got)
	}
	if _, u := unitOf(t, doc, "par1"); u.Text != "Tekst i dalej." || len(u.Markers) != 0 {
		t.Errorf("a marker without a body goes: %q %v", u.Text, u.Markers)
	}
	if f := noteOn(t, doc, "par2", "2"); f.Body != "Pierwsza treść." || len(doc.Source.Footnotes) != 1 || doc.Source.Footnotes[0].Body != "Druga treść." {
		t.Errorf("both bodies are kept: %+v, source %+v", f, doc.Source.Footnotes)
	}
}

func TestBadDocuments(t *testing.T) {
	for _, tt := range []struct {
		name, text, want string
	}{
		{"empty", "  \n", "b.md:1:1: empty input"},
		{"binary", "PK\x03\x04\x00\x00", "b.md:1:5: binary data"},
		{"windows-1250", "Art. 1. Ustawa okre\x9cla zasady \xb3\xb9czno\x9cci.\n", "b.md:1:20: invalid UTF-8: the file must be UTF-8 text; it looks like WINDOWS-1250 (Polish): convert it first, e.g. iconv -f WINDOWS-1250 -t UTF-8"},
		{"iso-8859-2", "Art. 1. Ustawa okre\xb6la zasady \xb3\xb1czno\xb6ci.\n", "it looks like ISO-8859-2 (Polish)"},
		{"front matter unclosed", "---\ntitle: \"x\"\n\n##### Art. 1.\n", "no closing \"---\" line"},
		{"front matter bad line", "---\ntitle \"x\"\n---\n##### Art. 1.\n\nTekst.\n", "b.md:2:1: front matter: malformed line"},
		{"front matter bad value", "---\ntitle: \"x\n---\n##### Art. 1.\n\nTekst.\n", "b.md:2:8: front matter: malformed value"},
		{"front matter key twice", "---\ntitle: x\ntitle: y\n---\n##### Art. 1.\n\nTekst.\n", "b.md:3:1: front matter: key \"title\" given twice"},
		{"impossible date", "---\nannouncement_date: \"2025-02-30\"\nentry_into_force: \"2025-03-01\"\n---\n##### Art. 1.\n\nTekst.\n", "b.md:2:20: front matter announcement_date: invalid date \"2025-02-30\""},
		{"no unit", "---\ntitle: \"Oświadczenie rządowe\"\n---\n\nPodaje się do wiadomości.\n", "b.md:1:1: no unit found"},
	} {
		_, err := ParseDocument("b.md", []byte(tt.text))
		if err == nil || !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
}

// The byte scans of every line agree with the unicode package.
func TestLineScans(t *testing.T) {
	for r := rune(0); r <= 0x3000; r++ {
		s := "a" + string(r) + "b"
		if got := firstControl(s) >= 0; got != unicode.IsControl(r) {
			t.Errorf("firstControl(%U) = %v", r, got)
		}
		if got, want := hasOddSpace(s), strings.ContainsRune(oddSpaces, r); got != want {
			t.Errorf("hasOddSpace(%U) = %v", r, got)
		}
	}
}

// The hand-written matcher of numbered units agrees with the patterns it
// stands for, on every line of the real texts and on edge cases.
func TestNumberedMatch(t *testing.T) {
	// reItems is what numberedMatch matches of a line's items, ranged.
	reItems := regexp.MustCompile(`^(\d+[a-z]*` + supLabelDigits + `)(?:(?:\s*[–‒—-]|\s+(i)\s)\s*(\d+[a-z]*` + supLabelDigits + `))?[.)](?:\s+|$)`)
	lines := []string{"1.", "1. a", "1)", "1) x", "1a)b", "12ab. X", "4¹. Tekst", "99²ᵃ. § 1.", "2ᵃ. x", "3.5 x", "1.x", "1 .", "10)\tx",
		"Art. 5.", "Art.5. x", "Art. 5 .", "Art. 12–15. (uchylone)", "Art. 12 - 15. (uchylone)", "Art. 12–. x", "Art. 4¹. § 1.", "Art. 1a.x",
		"§ 3.", "§3. 1. x", "§ 3–5. (uchylone)", "§ 2². Tekst", "§ . x", "Art. x",
		"Art. 21–Art. 23. (pominięte)", "Art. 21 i 22. (pominięte)", "Art. 21‒23. (uchylone)", "Art. 21—23a.", "§ 5–§ 7. (uchylone)", "Art. 5 i 6 stosuje się", "Art. 21 i22.", "Art. 9a–9d. (uchylone)",
		"4–5. (uchylone)", "16–18) (uchylone)", "4 i 5. (uchylone)", "4 - 5) x", "4–5 (uchylone)", "4–. x", "2–3.5 x"}
	for _, dir := range sweepDirs() {
		files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
		for _, f := range files {
			data, _ := os.ReadFile(f)
			lines = append(lines, strings.Split(string(data), "\n")...)
		}
	}
	for _, l := range lines {
		for _, c := range []struct {
			re     *regexp.Regexp
			at     int
			ranged bool
		}{{reSection, 0, false}, {reItems, 0, true}, {reArticle, len("Art."), true}, {reParagraph, len("§"), true}} {
			want := c.re.FindStringSubmatch(l)
			if c.re == reSection && want == nil {
				want = rePoint.FindStringSubmatch(l)
			}
			var got []string
			if len(l) >= c.at && (c.at == 0 && l != "" && isDigit(l[0]) || c.at > 0 && strings.HasPrefix(l, map[bool]string{true: "Art.", false: "§"}[c.re == reArticle])) {
				got = numberedMatch(l, c.at, c.ranged)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%q: numberedMatch %q, %v %q", l, got, c.re, want)
			}
		}
	}
}

// TestTitleCase: an organ printed in capitals reads as running text; the
// ministries "Spraw …" keep their capital, "do spraw" does not.
func TestTitleCase(t *testing.T) {
	for in, want := range map[string]string{
		"MINISTRA SPRAW ZAGRANICZNYCH":                      "Ministra Spraw Zagranicznych",
		"MINISTRA SPRAW WEWNĘTRZNYCH I ADMINISTRACJI":       "Ministra Spraw Wewnętrznych i Administracji",
		"MINISTRA DO SPRAW UNII EUROPEJSKIEJ":               "Ministra do spraw Unii Europejskiej",
		"MINISTRA KULTURY, DZIEDZICTWA NARODOWEGO I SPORTU": "Ministra Kultury, Dziedzictwa Narodowego i Sportu",
		"Ministra Zdrowia":                                  "Ministra Zdrowia",
	} {
		if got := titleCase(in); got != want {
			t.Errorf("titleCase(%q) = %q, want %q", in, got, want)
		}
	}
}

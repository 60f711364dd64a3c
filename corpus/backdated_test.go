package corpus_test

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"lexdiff/corpus"
)

// consolidatedText is a dziennik-ustaw-md file of a consolidated text of
// the regulation "w sprawie próbnej", announced on day (2006-01-02 style)
// as Dz. U. year poz. pos, of the act's text and footnotes.
func consolidatedText(day string, year, pos int, text string) corpus.File {
	d, err := corpus.ParseDate(day)
	if err != nil {
		panic(err)
	}
	months := []string{"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"}
	said := fmt.Sprintf("%d %s %d r.", d.Time().Day(), months[d.Time().Month()-1], year)
	title := "Obwieszczenie Ministra Zdrowia z dnia " + said + " w sprawie ogłoszenia jednolitego tekstu rozporządzenia Ministra Zdrowia w sprawie próbnej"
	head := fmt.Sprintf(`---
title: %q
rank: "obwieszczenie"
eli: "DU/%d/%d"
display_address: "Dz.U. %d poz. %d"
announcement_date: %q
---

# %s

OBWIESZCZENIE

MINISTRA ZDROWIA

z dnia %s

w sprawie ogłoszenia jednolitego tekstu rozporządzenia Ministra Zdrowia w sprawie próbnej

1. Na podstawie art. 16 ust. 3 ustawy z dnia 20 lipca 2000 r. o ogłaszaniu aktów normatywnych i niektórych innych aktów prawnych (Dz. U. z 2019 r. poz. 1461) ogłasza się w załączniku do niniejszego obwieszczenia jednolity tekst rozporządzenia Ministra Zdrowia z dnia 1 lutego 2020 r. w sprawie próbnej (Dz. U. z 2020 r. poz. 10).

*Minister Zdrowia: J. Kowalski*

## Załącznik do obwieszczenia Ministra Zdrowia z dnia %s (Dz. U. poz. %d)

ROZPORZĄDZENIE

MINISTRA ZDROWIA

z dnia 1 lutego 2020 r.

w sprawie próbnej

`, title, year, pos, year, pos, day, title, said, said, pos)
	return corpus.File{Name: fmt.Sprintf("DU-%d-%d.md", year, pos), Data: []byte(head + text)}
}

// TestBackdatedVersionSplit imports two consolidated texts of one act.
// The newer dates § 1 from 2025-05-01 by the footnotes of its points
// alone: pkt 1 and the inserted pkt 1a from 2025-02-01, pkt 2 from
// 2025-05-01; it gives pkt 3 other words that no footnote dates. § 1
// reads as the older text has it, with those points put in from their
// days, up to the newer text's date; only from then does pkt 3 read as
// the newer text has it. The footnotes of the two texts are both numbered
// from 1: in the versions made of both, the newer text's keep their
// labels, the older's that clash are numbered on, and a footnote's
// reference to another follows. § 2, which a footnote dates
// as a whole, is not split.
func TestBackdatedVersionSplit(t *testing.T) {
	older := consolidatedText("2024-03-01", 2024, 100, `##### § 1.

Wniosek zawiera:

1) imię;

2) nazwisko;

3)[^1] adres.

##### § 2.

Wniosek składa się na piśmie.

##### § 3.

Termin wynosi:

1) 7 dni;

2) 14 dni.

##### § 4.

Opłata wynosi:

1) 10 zł;

2) 20 zł.

[^1]: W brzmieniu ustalonym przez § 1 rozporządzenia Ministra Zdrowia z dnia 5 stycznia 2023 r. zmieniającego rozporządzenie w sprawie próbnej (Dz. U. poz. 20), które weszło w życie z dniem 1 lutego 2023 r.
`)
	newer := consolidatedText("2025-09-01", 2025, 900, `##### § 1.

Wniosek zawiera:

1)[^1] imię i nazwisko;

1a)[^2] numer PESEL;

2)[^3] adres zamieszkania;

3) adres do doręczeń.

##### § 2.[^4]

Wniosek składa się na piśmie lub elektronicznie.

##### § 3.

Termin wynosi:

1)[^5] 10 dni;

2) 14 dni.

##### § 4.

Opłata wynosi:

1)[^6] 15 zł;

2)[^7] 25 zł.

[^1]: W brzmieniu ustalonym przez § 1 pkt 1 rozporządzenia Ministra Zdrowia z dnia 5 stycznia 2025 r. zmieniającego rozporządzenie w sprawie próbnej (Dz. U. poz. 20), które weszło w życie z dniem 1 lutego 2025 r.

[^2]: Dodany przez § 1 pkt 2 rozporządzenia, o którym mowa w odnośniku 1.

[^3]: W brzmieniu ustalonym przez § 1 rozporządzenia Ministra Zdrowia z dnia 10 kwietnia 2025 r. zmieniającego rozporządzenie w sprawie próbnej (Dz. U. poz. 400), które weszło w życie z dniem 1 maja 2025 r.

[^4]: W brzmieniu ustalonym przez § 2 rozporządzenia Ministra Zdrowia z dnia 10 kwietnia 2025 r. zmieniającego rozporządzenie w sprawie próbnej (Dz. U. poz. 400), które weszło w życie z dniem 1 maja 2025 r.

[^5]: W brzmieniu ustalonym przez § 3 rozporządzenia, o którym mowa w odnośniku 3.

[^6]: W brzmieniu ustalonym przez § 1 rozporządzenia Ministra Zdrowia z dnia 1 lipca 2025 r. zmieniającego rozporządzenie w sprawie próbnej (Dz. U. poz. 700), które weszło w życie z dniem 1 sierpnia 2025 r.

[^7]: W brzmieniu ustalonym przez § 2 rozporządzenia, o którym mowa w odnośniku 6, które weszło w życie z dniem 15 lipca 2025 r.
`)
	for _, files := range [][]corpus.File{{older, newer}, {newer, older}} {
		c := importAll(t, nil, files)
		c = importAll(t, c, files[:1]) // a text imported again changes nothing
		a, err := c.Act("DU/2025/900")
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, id := range []string{"par1", "par2", "par3", "par4"} {
			for _, v := range a.Versions(id) {
				got = append(got, id+" "+v.Range.String()+" "+strings.ReplaceAll(v.Unit.FullText(), "\n", " / "))
			}
		}
		want := []string{
			"par1 2023-02-01 – 2025-01-31 § 1. Wniosek zawiera: / 1) imię; / 2) nazwisko; / 3) adres.",
			"par1 2025-02-01 – 2025-04-30 § 1. Wniosek zawiera: / 1) imię i nazwisko; / 1a) numer PESEL; / 2) nazwisko; / 3) adres.",
			"par1 2025-05-01 – 2025-08-31 § 1. Wniosek zawiera: / 1) imię i nazwisko; / 1a) numer PESEL; / 2) adres zamieszkania; / 3) adres.",
			"par1 from 2025-09-01 § 1. Wniosek zawiera: / 1) imię i nazwisko; / 1a) numer PESEL; / 2) adres zamieszkania; / 3) adres do doręczeń.",
			"par2 2024-03-01 – 2025-04-30 § 2. Wniosek składa się na piśmie.",
			"par2 from 2025-05-01 § 2. Wniosek składa się na piśmie lub elektronicznie.",
			"par3 2024-03-01 – 2025-04-30 § 3. Termin wynosi: / 1) 7 dni; / 2) 14 dni.",
			"par3 from 2025-05-01 § 3. Termin wynosi: / 1) 10 dni; / 2) 14 dni.",
			"par4 2024-03-01 – 2025-07-14 § 4. Opłata wynosi: / 1) 10 zł; / 2) 20 zł.",
			"par4 2025-07-15 – 2025-07-31 § 4. Opłata wynosi: / 1) 10 zł; / 2) 25 zł.",
			"par4 from 2025-08-01 § 4. Opłata wynosi: / 1) 15 zł; / 2) 25 zł.",
		}
		if !slices.Equal(got, want) {
			t.Fatalf("imported %s then %s: versions\n%q\nwant\n%q", files[0].Name, files[1].Name, got, want)
		}
		mixed := a.Versions("par1")[2]
		labels := map[string]string{} // unit → label of its footnote
		for _, f := range mixed.Footnotes {
			labels[f.Unit] = f.Label
		}
		if want := map[string]string{"par1.pkt1": "1", "par1.pkt1a": "2", "par1.pkt2": "3", "par1.pkt3": "4"}; !maps.Equal(labels, want) {
			t.Errorf("footnote labels by unit %v, want %v", labels, want)
		}
		for _, f := range mixed.Footnotes {
			if f.Unit == "par1.pkt1a" && (!strings.Contains(f.Body, "w odnośniku 1.") || f.Amendment == nil || f.Amendment.InForce != corpus.MakeDate(2025, 2, 1) || f.Amendment.Ref.String() != "Dz. U. z 2025 r. poz. 20") {
				t.Errorf("the note of pkt 1a: %q %+v; want it to refer to note 1 and the act of 2025 poz. 20 in force on 2025-02-01", f.Body, f.Amendment)
			}
		}
		if _, u, err := a.At("par1.pkt3", corpus.MakeDate(2025, 6, 1)); err != nil || len(u.Markers) != 1 || u.Markers[0].Label != "4" {
			t.Errorf("pkt 3 on 2025-06-01: %+v %v, want the marker of its older note, 4", u, err)
		}
		// § 4 pkt 2, from 2025-07-15, refers to the note of pkt 1, which
		// takes its wording only from 2025-08-01: the note comes along.
		fee := a.Versions("par4")[1]
		if i := slices.IndexFunc(fee.Footnotes, func(f corpus.Footnote) bool { return f.Unit == "par4.pkt2" }); i < 0 ||
			fee.Footnotes[i].Amendment == nil || fee.Footnotes[i].Amendment.Ref == nil || fee.Footnotes[i].Amendment.Ref.String() != "Dz. U. z 2025 r. poz. 700" {
			t.Errorf("§ 4 from 2025-07-15: footnotes %+v, want pkt 2's to name the act of 2025 poz. 700 through note 6", fee.Footnotes)
		}
	}
}

// TestBackdatedSplitWithComputed merges, in any order, an older
// consolidated text, a version computed from the amending act of
// 2025-02-01 (as applying it gives), and a newer consolidated text whose
// § 1 a footnote of pkt 1 dates from that day. The newer text dates only
// pkt 1 from that day, so the computed version, which holds all the
// amending act changed, stays until the newer text's own date, from which
// the newer text applies: the same whatever the order, and after either
// consolidated text is merged again.
func TestBackdatedSplitWithComputed(t *testing.T) {
	parse := func(text string) *corpus.Version { return parseVersion(t, text) }
	inputs := append(olderAndComputed(t),
		mergeInput{parse("from: 2025-02-01\nsource: Dz. U. z 2025 r. poz. 900\n\n§ 1. Wniosek zawiera:\n1) [1] imię i nazwisko;\n2) adres.\n\n" +
			"[1] W brzmieniu ustalonym przez § 1 rozporządzenia Ministra Zdrowia z dnia 5 stycznia 2025 r. zmieniającego rozporządzenie w sprawie próbnej (Dz. U. poz. 20), które weszło w życie z dniem 1 lutego 2025 r.\n"),
			corpus.Source{Ref: "Dz. U. z 2025 r. poz. 900", Kind: corpus.Consolidated, Date: corpus.MakeDate(2025, 9, 1)}})
	want := []string{
		"2024-03-01 – 2025-01-31 Dz. U. z 2024 r. poz. 100: § 1. Wniosek zawiera: / 1) imię; / 2) nazwisko.",
		"2025-02-01 – 2025-08-31 Dz. U. z 2025 r. poz. 20: § 1. Wniosek zawiera: / 1) imię i nazwisko; / 2) nazwisko.",
		"from 2025-09-01 Dz. U. z 2025 r. poz. 900: § 1. Wniosek zawiera: / 1) imię i nazwisko; / 2) adres.",
	}
	// The amending act comes before the newer text (after it, amend.Apply
	// merges the computed version: TestReconstructionYieldsToComputed), and
	// is computed from a wording before it, which the older text gives
	// when it is merged first or right after.
	for _, order := range [][]int{{0, 1, 2}, {1, 0, 2}} {
		a, err := corpus.NewAct(corpus.ActInfo{ID: "test"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		// Then each consolidated text again.
		for k, i := range append(order, 0, 2) {
			if a, err = a.Merge(a.ActInfo, []*corpus.Version{inputs[i].v}, inputs[i].src); err != nil {
				t.Fatalf("order %v: %v", order, err)
			}
			if got := versionLines(a, "par1"); k >= len(order)-1 && !slices.Equal(got, want) {
				t.Errorf("order %v, after %s: versions\n%q\nwant\n%q", order, inputs[i].src.Ref, got, want)
			}
		}
	}
}

// TestBackdatedSplitAfterComputed: a newer text imported after two
// amending acts whose footnote dates a part to the second act's day mixes
// into the wording the first act computed, so the second act's computed
// version keeps its days up to the text's own date, as when all come in
// one import (DU-2026-950 after DU-2025-1106 and DU-2026-631); the text
// took its place from the footnote's day, with its editorial changes.
func TestBackdatedSplitAfterComputed(t *testing.T) {
	parse := func(text string) *corpus.Version { return parseVersion(t, text) }
	inputs := append(olderAndComputed(t),
		mergeInput{parse("from: 2025-06-01\nsource: Dz. U. z 2025 r. poz. 30\ncomputed: true\n\n§ 1. Wniosek zawiera:\n1) imię i nazwisko;\n2) adres.\n"),
			corpus.Source{Ref: "Dz. U. z 2025 r. poz. 30", Kind: corpus.Amending, Date: corpus.MakeDate(2025, 5, 10)}},
		mergeInput{parse("from: 2025-06-01\nsource: Dz. U. z 2025 r. poz. 900\n\n§ 1. Wniosek zawiera:\n1) imiona i nazwisko;\n2) [1] adres.\n\n" +
			"[1] W brzmieniu ustalonym przez § 1 rozporządzenia Ministra Zdrowia z dnia 5 maja 2025 r. zmieniającego rozporządzenie w sprawie próbnej (Dz. U. poz. 30), które weszło w życie z dniem 1 czerwca 2025 r.\n"),
			corpus.Source{Ref: "Dz. U. z 2025 r. poz. 900", Kind: corpus.Consolidated, Date: corpus.MakeDate(2025, 9, 1)}})
	want := []string{
		"2024-03-01 – 2025-01-31 Dz. U. z 2024 r. poz. 100: § 1. Wniosek zawiera: / 1) imię; / 2) nazwisko.",
		"2025-02-01 – 2025-05-31 Dz. U. z 2025 r. poz. 20: § 1. Wniosek zawiera: / 1) imię i nazwisko; / 2) nazwisko.",
		"2025-06-01 – 2025-08-31 Dz. U. z 2025 r. poz. 30: § 1. Wniosek zawiera: / 1) imię i nazwisko; / 2) adres.",
		"from 2025-09-01 Dz. U. z 2025 r. poz. 900: § 1. Wniosek zawiera: / 1) imiona i nazwisko; / 2) adres.",
	}
	a, err := corpus.NewAct(corpus.ActInfo{ID: "test"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range inputs {
		if a, err = a.Merge(a.ActInfo, []*corpus.Version{in.v}, in.src); err != nil {
			t.Fatal(err)
		}
	}
	if got := versionLines(a, "par1"); !slices.Equal(got, want) {
		t.Errorf("versions\n%q\nwant\n%q", got, want)
	}
}

// A mergeInput is a version and its source, to merge into an act.
type mergeInput struct {
	v   *corpus.Version
	src corpus.Source
}

// olderAndComputed are the first wordings of the merges above: § 1 of a
// consolidated text of 2024, and its pkt 1 as an amending act of 2025
// changed it, computed.
func olderAndComputed(t *testing.T) []mergeInput {
	return []mergeInput{
		{parseVersion(t, "from: 2024-03-01\nsource: Dz. U. z 2024 r. poz. 100\n\n§ 1. Wniosek zawiera:\n1) imię;\n2) nazwisko.\n"),
			corpus.Source{Ref: "Dz. U. z 2024 r. poz. 100", Kind: corpus.Consolidated, Date: corpus.MakeDate(2024, 3, 1)}},
		{parseVersion(t, "from: 2025-02-01\nsource: Dz. U. z 2025 r. poz. 20\ncomputed: true\n\n§ 1. Wniosek zawiera:\n1) imię i nazwisko;\n2) nazwisko.\n"),
			corpus.Source{Ref: "Dz. U. z 2025 r. poz. 20", Kind: corpus.Amending, Date: corpus.MakeDate(2025, 1, 10)}},
	}
}

// versionLines writes the versions of the unit id of a, one line each:
// range, source, text.
func versionLines(a *corpus.Act, id string) []string {
	var out []string
	for _, v := range a.Versions(id) {
		out = append(out, v.Range.String()+" "+v.Source+": "+strings.ReplaceAll(v.Unit.FullText(), "\n", " / "))
	}
	return out
}

// parseVersion reads a version in the on-disk format (FormatVersion).
func parseVersion(t *testing.T, text string) *corpus.Version {
	t.Helper()
	v, err := corpus.ParseVersion("test", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

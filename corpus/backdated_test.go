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

[^1]: W brzmieniu ustalonym przez § 1 pkt 1 rozporządzenia Ministra Zdrowia z dnia 5 stycznia 2025 r. zmieniającego rozporządzenie w sprawie próbnej (Dz. U. poz. 20), które weszło w życie z dniem 1 lutego 2025 r.

[^2]: Dodany przez § 1 pkt 2 rozporządzenia, o którym mowa w odnośniku 1.

[^3]: W brzmieniu ustalonym przez § 1 rozporządzenia Ministra Zdrowia z dnia 10 kwietnia 2025 r. zmieniającego rozporządzenie w sprawie próbnej (Dz. U. poz. 400), które weszło w życie z dniem 1 maja 2025 r.

[^4]: W brzmieniu ustalonym przez § 2 rozporządzenia Ministra Zdrowia z dnia 10 kwietnia 2025 r. zmieniającego rozporządzenie w sprawie próbnej (Dz. U. poz. 400), które weszło w życie z dniem 1 maja 2025 r.

[^5]: W brzmieniu ustalonym przez § 3 rozporządzenia, o którym mowa w odnośniku 3.
`)
	for _, files := range [][]corpus.File{{older, newer}, {newer, older}} {
		c := importAll(t, nil, files)
		c = importAll(t, c, files[:1]) // a text imported again changes nothing
		a, err := c.Act("DU/2025/900")
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, id := range []string{"par1", "par2", "par3"} {
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
	}
}

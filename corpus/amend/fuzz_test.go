package amend

import (
	"testing"

	"lexdiff/corpus"
)

// FuzzApply reads amending acts of any text and applies what parses to the
// act of baseText: neither step may panic, and an act that applies gives
// versions the on-disk format keeps.
func FuzzApply(f *testing.F) {
	for _, s := range []string{
		"w § 2 ust. 2 otrzymuje brzmienie:\n„2. Wniosek składa się na piśmie.”.",
		"wprowadza się następujące zmiany:\n1) w § 2:\na) w ust. 3:\n– w pkt 1 wyraz „kopię” zastępuje się wyrazem „odpis”,\n– w pkt 2 lit. b otrzymuje brzmienie:\n„b) o stanie majątkowym”;\n2) uchyla się § 3.",
		"w § 2 w ust. 1 w pkt 3 kropkę zastępuje się średnikiem i dodaje się pkt 4 w brzmieniu:\n„4) adres.”.",
		"w § 1 po zdaniu pierwszym dodaje się zdanie drugie w brzmieniu: „Tak.”.",
		"w § 3 dotychczasową treść oznacza się jako ust. 1 i dodaje się ust. 2 w brzmieniu:\n„2. Termin.”.",
		"dotychczasowy załącznik oznacza się jako załącznik nr 1 i otrzymuje brzmienie określone w załączniku do niniejszego rozporządzenia.",
		"w § 2 ust. 1 wyraz „wnioskodawcy” użyty dwukrotnie zastępuje się wyrazem „strony”, a po ust. 3 dodaje się ust. 4 w brzmieniu: „4. X.”.",
		"w § 2 w ust. 3 w pkt 2 część wspólna otrzymuje brzmienie: „– na piśmie.”; uchyla się ust. 2–3.",
	} {
		f.Add(s, "z dniem 1 lutego 2021 r.")
	}
	f.Add("w § 2 uchyla się pkt 2.", "po upływie 3 miesięcy od dnia ogłoszenia, z wyjątkiem § 1 pkt 2, który wchodzi w życie z dniem ogłoszenia.")
	base := baseAct(f, "rozp", "Dz. U. z 2020 r. poz. 100")
	c, err := corpus.New(base)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, instructions, entry string) {
		doc, err := Read("zm.txt", []byte(amendingText(instructions, entry)), Options{Ref: "Dz. U. z 2021 r. poz. 7", Promulgated: promulgated})
		if err != nil {
			return
		}
		am, err := Parse(doc)
		if err != nil {
			return
		}
		res, err := Apply(c, am, "du-2021-7")
		if err != nil {
			return
		}
		for _, ch := range res.Changes {
			for _, v := range ch.Versions {
				if _, err := corpus.ParseVersion("v.txt", corpus.FormatVersion(v)); err != nil {
					t.Errorf("a computed version does not read back: %v\n%s", err, corpus.FormatVersion(v))
				}
			}
		}
	})
}

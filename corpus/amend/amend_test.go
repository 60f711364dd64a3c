package amend

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"lexdiff/corpus"
)

// baseText is an act written for the tests: a regulation with ustępy,
// points, letters, a closing part, sentences and an annex.
const baseText = `ROZPORZĄDZENIE
MINISTRA TESTÓW
z dnia 1 grudnia 2019 r.
w sprawie %s
§ 1. Rozporządzenie określa zasady przykładowe. Stosuje się je odpowiednio do wniosków.
§ 2. 1. Wniosek zawiera:
1) imię i nazwisko wnioskodawcy;
2) adres wnioskodawcy;
3) numer telefonu.
2. Wniosek składa się w postaci elektronicznej.
3. Do wniosku dołącza się:
1) kopię dokumentu;
2) oświadczenie:
a) o niekaralności,
b) o stanie zdrowia
– złożone pod rygorem odpowiedzialności karnej.
§ 3. Organ rozpatruje wniosek w terminie 14 dni.
§ 4. Rozporządzenie wchodzi w życie z dniem 1 stycznia 2020 r.
`

// baseAct returns the act of baseText "w sprawie przykładów", in force
// from 2020-01-01, known by ref, with an annex.
func baseAct(t testing.TB, id, ref string) *corpus.Act { return baseActOn(t, id, ref, "przykładów") }

// baseActOn returns the act of baseText on the given subject.
func baseActOn(t testing.TB, id, ref, subject string) *corpus.Act {
	t.Helper()
	from := corpus.MakeDate(2020, 1, 1)
	info, vs, err := corpus.ParsePlain("base.txt", []byte(fmt.Sprintf(baseText, subject)), corpus.PlainOptions{Range: corpus.Range{From: from}, Source: ref})
	if err != nil {
		t.Fatal(err)
	}
	annex := &corpus.Unit{Kind: corpus.Annex, ID: "zal", Text: "do rozporządzenia Ministra Testów z dnia 1 grudnia 2019 r.\nWZÓR WNIOSKU\nImię i nazwisko: ……", Status: corpus.InForce}
	vs = append(vs, &corpus.Version{Unit: annex, Range: corpus.Range{From: from}, Source: ref})
	info.ID, info.Ref = id, ref
	a, err := corpus.NewAct(info, vs)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// amendingText wraps the instructions of § 1 (amending the act of
// baseText) in an amending act entering into force as entry says.
func amendingText(instructions, entry string) string {
	return `ROZPORZĄDZENIE
MINISTRA TESTÓW
z dnia 10 stycznia 2021 r.
zmieniające rozporządzenie w sprawie przykładów
Na podstawie art. 1 ustawy z dnia 1 stycznia 2019 r. o przykładach (Dz. U. poz. 1) zarządza się, co następuje:
§ 1. W rozporządzeniu Ministra Testów z dnia 1 grudnia 2019 r. w sprawie przykładów (Dz. U. z 2020 r. poz. 100) ` + instructions + `
§ 2. Rozporządzenie wchodzi w życie ` + entry + `
`
}

// promulgated is the day the test amending acts are published.
var promulgated = corpus.MakeDate(2021, 1, 15)

// parseAmending reads an amending act written for a test.
func parseAmending(t testing.TB, text string) (*Amending, error) {
	t.Helper()
	doc, err := Read("zm.txt", []byte(text), Options{Ref: "Dz. U. z 2021 r. poz. 7", Promulgated: promulgated})
	if err != nil {
		t.Fatal(err)
	}
	return Parse(doc)
}

// applyTo applies an amending act, known as du-2021-7, to a corpus of the
// given acts.
func applyTo(t testing.TB, text string, acts ...*corpus.Act) (*Result, error) {
	t.Helper()
	return applyAs(t, "du-2021-7", text, acts...)
}

// applyAs applies an amending act known as id.
func applyAs(t testing.TB, id, text string, acts ...*corpus.Act) (*Result, error) {
	t.Helper()
	am, err := parseAmending(t, text)
	if err != nil {
		return nil, err
	}
	c, err := corpus.New(acts...)
	if err != nil {
		t.Fatal(err)
	}
	return Apply(c, am, id)
}

// textAt returns the full text of a unit on a day.
func textAt(t testing.TB, a *corpus.Act, citation string, d corpus.Date) string {
	t.Helper()
	id := citation
	if !strings.HasPrefix(id, "zal") {
		var err error
		if id, err = corpus.ParseCitation(citation); err != nil {
			t.Fatal(err)
		}
	}
	_, u, err := a.At(id, d)
	if err != nil {
		return "error: " + err.Error()
	}
	if u.Kind == corpus.Annex {
		return u.Text
	}
	return u.FullText()
}

func TestInstructions(t *testing.T) {
	day := corpus.MakeDate(2021, 2, 1)
	for _, tt := range []struct {
		name, instructions string
		want               map[string]string // citation → full text from day on
		applied            []string          // unit kind provision, of every change
	}{
		{"new wording of an ustęp", "w § 2 ust. 2 otrzymuje brzmienie:\n„2. Wniosek składa się w postaci papierowej lub elektronicznej.”.",
			map[string]string{"§ 2 ust. 2": "2. Wniosek składa się w postaci papierowej lub elektronicznej.", "§ 2 ust. 1 pkt 1": "1) imię i nazwisko wnioskodawcy;"},
			[]string{"par2.ust2 wording § 1"}},
		{"new wording of a point with its letters", "w § 2 w ust. 3 pkt 2 otrzymuje brzmienie:\n„2) oświadczenia:\na) o niekaralności,\nb) o braku zaległości\n– złożone na piśmie.”.",
			map[string]string{"§ 2 ust. 3": "3. Do wniosku dołącza się:\n1) kopię dokumentu;\n2) oświadczenia:\na) o niekaralności,\nb) o braku zaległości\n– złożone na piśmie."},
			[]string{"par2.ust3.pkt2 wording § 1"}},
		{"units added after another", "w § 2 po ust. 1 dodaje się ust. 1a i 1b w brzmieniu:\n„1a. Wniosek podpisuje wnioskodawca.\n1b. Wniosek może złożyć pełnomocnik.”.",
			map[string]string{"§ 2 ust. 1a": "1a. Wniosek podpisuje wnioskodawca.", "§ 2 ust. 1b": "1b. Wniosek może złożyć pełnomocnik.", "§ 2 ust. 2": "2. Wniosek składa się w postaci elektronicznej."},
			[]string{"par2.ust1a added § 1", "par2.ust1b added § 1"}},
		{"a range of lettered units added", "w § 2 po ust. 1 dodaje się ust. 1a–1c w brzmieniu:\n„1a. Wniosek podpisuje wnioskodawca.\n1b. Wniosek może złożyć pełnomocnik.\n1c. Pełnomocnictwo dołącza się do wniosku.”.",
			map[string]string{"§ 2 ust. 1b": "1b. Wniosek może złożyć pełnomocnik.", "§ 2 ust. 1c": "1c. Pełnomocnictwo dołącza się do wniosku.", "§ 2 ust. 2": "2. Wniosek składa się w postaci elektronicznej."},
			[]string{"par2.ust1a added § 1", "par2.ust1b added § 1", "par2.ust1c added § 1"}},
		{"an ustęp renumbered, and one added in its place", "w § 2 ust. 2 oznacza się jako ust. 2a i dodaje się ust. 2 w brzmieniu:\n„2. Wniosek podpisuje wnioskodawca.”.",
			map[string]string{"§ 2 ust. 2": "2. Wniosek podpisuje wnioskodawca.", "§ 2 ust. 2a": "2a. Wniosek składa się w postaci elektronicznej."},
			[]string{"par2.ust2a renumbered § 1", "par2.ust2 added § 1"}},
		{"points glued on one line in the quoted wording, as a PDF copy gives them", "w § 2 w ust. 1 pkt 2 i 3 otrzymują brzmienie:\n„2) adres zamieszkania; 3) numer telefonu komórkowego.”.",
			map[string]string{"§ 2 ust. 1": "1. Wniosek zawiera:\n1) imię i nazwisko wnioskodawcy;\n2) adres zamieszkania;\n3) numer telefonu komórkowego."},
			[]string{"par2.ust1.pkt2 wording § 1", "par2.ust1.pkt3 wording § 1"}},
		{"list grows: punctuation, then a point at the end", "w § 2 w ust. 1 w pkt 3 kropkę zastępuje się średnikiem i dodaje się pkt 4 w brzmieniu:\n„4) adres poczty elektronicznej.”.",
			map[string]string{"§ 2 ust. 1": "1. Wniosek zawiera:\n1) imię i nazwisko wnioskodawcy;\n2) adres wnioskodawcy;\n3) numer telefonu;\n4) adres poczty elektronicznej."},
			[]string{"par2.ust1.pkt3 changed § 1", "par2.ust1.pkt4 added § 1"}},
		{"repeal keeps the number and the list's punctuation", "w § 2 w ust. 1 uchyla się pkt 2.",
			map[string]string{"§ 2 ust. 1 pkt 2": "2) (uchylony);", "§ 2 ust. 1 pkt 3": "3) numer telefonu."},
			[]string{"par2.ust1.pkt2 repealed § 1"}},
		{"repeal of a letter and of a top-level unit", "wprowadza się następujące zmiany:\n1) w § 2 w ust. 3 w pkt 2 uchyla się lit. a;\n2) uchyla się § 3.",
			map[string]string{"§ 2 ust. 3 pkt 2 lit. a": "a) (uchylona),", "§ 3": "§ 3. (uchylony)"},
			[]string{"par2.ust3.pkt2.lita repealed § 1 pkt 1", "par3 repealed § 1 pkt 2"}},
		{"words replaced", "w § 3 wyrazy „14 dni” zastępuje się wyrazami „30 dni”.",
			map[string]string{"§ 3": "§ 3. Organ rozpatruje wniosek w terminie 30 dni."}, []string{"par3 changed § 1"}},
		{"words replaced in two points", "w § 2 w ust. 1 w pkt 1 i 2 wyraz „wnioskodawcy” zastępuje się wyrazem „strony”.",
			map[string]string{"§ 2 ust. 1 pkt 1": "1) imię i nazwisko strony;", "§ 2 ust. 1 pkt 2": "2) adres strony;"},
			[]string{"par2.ust1.pkt1 changed § 1", "par2.ust1.pkt2 changed § 1"}},
		{"words added in the same point of two ustępy", "w § 2 w ust. 1 i 3 w pkt 1 na końcu dodaje się wyrazy „w oryginale”.",
			map[string]string{"§ 2 ust. 1 pkt 1": "1) imię i nazwisko wnioskodawcy w oryginale;", "§ 2 ust. 3 pkt 1": "1) kopię dokumentu w oryginale;"},
			[]string{"par2.ust1.pkt1 changed § 1", "par2.ust3.pkt1 changed § 1"}},
		{"changes in the points of two ustępy, by letters", "w § 2 w ust. 1 i 3:\na) w pkt 1 na końcu dodaje się wyrazy „w oryginale”,\nb) uchyla się pkt 2.",
			map[string]string{"§ 2 ust. 1 pkt 1": "1) imię i nazwisko wnioskodawcy w oryginale;", "§ 2 ust. 3 pkt 1": "1) kopię dokumentu w oryginale;", "§ 2 ust. 1 pkt 2": "2) (uchylony);", "§ 2 ust. 3 pkt 2": "2) (uchylony)."},
			[]string{"par2.ust1.pkt1 changed § 1 lit. a", "par2.ust3.pkt1 changed § 1 lit. a", "par2.ust1.pkt2 repealed § 1 lit. b", "par2.ust3.pkt2 repealed § 1 lit. b"}},
		{"words used twice", "w § 2 ust. 1 wyraz „wnioskodawcy” użyty dwukrotnie zastępuje się wyrazem „strony”.",
			map[string]string{"§ 2 ust. 1 pkt 1": "1) imię i nazwisko strony;", "§ 2 ust. 1 pkt 2": "2) adres strony;"},
			[]string{"par2.ust1.pkt1 changed § 1", "par2.ust1.pkt2 changed § 1"}},
		{"words added after words", "w § 3 po wyrazie „wniosek” dodaje się wyrazy „bez zbędnej zwłoki, nie później niż”.",
			map[string]string{"§ 3": "§ 3. Organ rozpatruje wniosek bez zbędnej zwłoki, nie później niż w terminie 14 dni."}, []string{"par3 changed § 1"}},
		{"words added at the end", "w § 2 ust. 2 na końcu dodaje się wyrazy „albo papierowej”.",
			map[string]string{"§ 2 ust. 2": "2. Wniosek składa się w postaci elektronicznej albo papierowej."}, []string{"par2.ust2 changed § 1"}},
		{"words added at the end, the quotation opening with a space before a comma", "w § 2 ust. 2 na końcu dodaje się wyrazy „ , w tym przez pełnomocnika”.",
			map[string]string{"§ 2 ust. 2": "2. Wniosek składa się w postaci elektronicznej, w tym przez pełnomocnika."}, []string{"par2.ust2 changed § 1"}},
		{"words added after words, the quotation with spaces around", "w § 3 po wyrazie „wniosek” dodaje się wyrazy „ , o ile jest kompletny, ”.",
			map[string]string{"§ 3": "§ 3. Organ rozpatruje wniosek, o ile jest kompletny, w terminie 14 dni."}, []string{"par3 changed § 1"}},
		{"words added before words, the quotation ending with spaces", "w § 3 przed wyrazami „w terminie” dodaje się wyrazy „niezwłocznie,  ”.",
			map[string]string{"§ 3": "§ 3. Organ rozpatruje wniosek niezwłocznie, w terminie 14 dni."}, []string{"par3 changed § 1"}},
		{"a comma and words added at the end, the quotation opening with spaces", "w § 2 ust. 2 na końcu dodaje się przecinek i wyrazy „  w tym przez pełnomocnika”.",
			map[string]string{"§ 2 ust. 2": "2. Wniosek składa się w postaci elektronicznej, w tym przez pełnomocnika."}, []string{"par2.ust2 changed § 1"}},
		{"words deleted", "w § 2 w ust. 1 w pkt 1 skreśla się wyrazy „i nazwisko”.",
			map[string]string{"§ 2 ust. 1 pkt 1": "1) imię wnioskodawcy;"}, []string{"par2.ust1.pkt1 changed § 1"}},
		{"introduction to a list", "w § 2 w ust. 1 wprowadzenie do wyliczenia otrzymuje brzmienie:\n„Wniosek o wydanie zezwolenia zawiera:”.",
			map[string]string{"§ 2 ust. 1": "1. Wniosek o wydanie zezwolenia zawiera:\n1) imię i nazwisko wnioskodawcy;\n2) adres wnioskodawcy;\n3) numer telefonu."},
			[]string{"par2.ust1 wording § 1"}},
		{"introduction to a list quoted with the unit's number", "w § 2 w ust. 1 wprowadzenie do wyliczenia otrzymuje brzmienie:\n„1. Wniosek o wydanie zezwolenia zawiera:”.",
			map[string]string{"§ 2 ust. 1": "1. Wniosek o wydanie zezwolenia zawiera:\n1) imię i nazwisko wnioskodawcy;\n2) adres wnioskodawcy;\n3) numer telefonu."},
			[]string{"par2.ust1 wording § 1"}},
		{"introduction to a list and its first point", "w § 2 w ust. 1 wprowadzenie do wyliczenia i pkt 1 otrzymują brzmienie:\n„Wniosek o wydanie zezwolenia zawiera:\n1) imię, nazwisko i PESEL wnioskodawcy;”.",
			map[string]string{"§ 2 ust. 1": "1. Wniosek o wydanie zezwolenia zawiera:\n1) imię, nazwisko i PESEL wnioskodawcy;\n2) adres wnioskodawcy;\n3) numer telefonu."},
			[]string{"par2.ust1 wording § 1", "par2.ust1.pkt1 wording § 1"}},
		{"introduction glued to its points, as a PDF copy gives it", "w § 2 ust. 1:\na) wprowadzenie do wyliczenia oraz pkt 1 i 2 otrzymują brzmienie: „Wniosek zawiera: 1) imię wnioskodawcy; 2) adres do doręczeń;”,\nb) pkt 3 otrzymuje brzmienie: „3) numer telefonu komórkowego.”.",
			map[string]string{"§ 2 ust. 1": "1. Wniosek zawiera:\n1) imię wnioskodawcy;\n2) adres do doręczeń;\n3) numer telefonu komórkowego."},
			[]string{"par2.ust1 wording § 1 lit. a", "par2.ust1.pkt1 wording § 1 lit. a", "par2.ust1.pkt2 wording § 1 lit. a", "par2.ust1.pkt3 wording § 1 lit. b"}},
		{"introduction glued to its first point, the next on its own line", "w § 2 w ust. 1 wprowadzenie do wyliczenia oraz pkt 1 i 2 otrzymują brzmienie:\n„Wniosek zawiera: 1) imię wnioskodawcy;\n2) adres do doręczeń;”.",
			map[string]string{"§ 2 ust. 1": "1. Wniosek zawiera:\n1) imię wnioskodawcy;\n2) adres do doręczeń;\n3) numer telefonu."},
			[]string{"par2.ust1 wording § 1", "par2.ust1.pkt1 wording § 1", "par2.ust1.pkt2 wording § 1"}},
		{"an ustęp repealed, with no full stop", "w § 2 uchyla się ust. 2.",
			map[string]string{"§ 2 ust. 2": "2. (uchylony)"}, []string{"par2.ust2 repealed § 1"}},
		{"a point and the closing part of its list", "w § 2 w ust. 3 w pkt 2 lit. b i część wspólna otrzymują brzmienie:\n„b) o braku zaległości podatkowych\n– złożone pod rygorem odpowiedzialności karnej.”.",
			map[string]string{"§ 2 ust. 3 pkt 2": "2) oświadczenie:\na) o niekaralności,\nb) o braku zaległości podatkowych\n– złożone pod rygorem odpowiedzialności karnej."},
			[]string{"par2.ust3.pkt2 wording § 1", "par2.ust3.pkt2.litb wording § 1"}},
		{"closing part of a list", "w § 2 w ust. 3 w pkt 2 część wspólna otrzymuje brzmienie:\n„– złożone na piśmie.”.",
			map[string]string{"§ 2 ust. 3 pkt 2": "2) oświadczenie:\na) o niekaralności,\nb) o stanie zdrowia\n– złożone na piśmie."}, []string{"par2.ust3.pkt2 wording § 1"}},
		{"a sentence", "w § 1 zdanie drugie otrzymuje brzmienie: „Stosuje się je do wniosków i skarg.”.",
			map[string]string{"§ 1": "§ 1. Rozporządzenie określa zasady przykładowe. Stosuje się je do wniosków i skarg."}, []string{"par1 wording § 1"}},
		{"a sentence repealed", "w § 1 uchyla się zdanie drugie.",
			map[string]string{"§ 1": "§ 1. Rozporządzenie określa zasady przykładowe."}, []string{"par1 changed § 1"}},
		{"a sentence added", "w § 1 dodaje się zdanie trzecie w brzmieniu: „Nie stosuje się ich do skarg.”.",
			map[string]string{"§ 1": "§ 1. Rozporządzenie określa zasady przykładowe. Stosuje się je odpowiednio do wniosków. Nie stosuje się ich do skarg."}, []string{"par1 changed § 1"}},
		{"own text becomes ust. 1", "w § 3 dotychczasową treść oznacza się jako ust. 1 i dodaje się ust. 2 w brzmieniu:\n„2. Termin może być przedłużony.”.",
			map[string]string{"§ 3": "§ 3. 1. Organ rozpatruje wniosek w terminie 14 dni.\n2. Termin może być przedłużony."},
			[]string{"par3.ust1 renumbered § 1", "par3.ust2 added § 1"}},
		{"new top-level units", "wprowadza się następujące zmiany:\n1) po § 3 dodaje się § 3a w brzmieniu:\n„§ 3a. Organ może wezwać do uzupełnienia wniosku.”;\n2) § 4 otrzymuje brzmienie:\n„§ 4. Rozporządzenie wchodzi w życie z dniem 1 lutego 2020 r.”.",
			map[string]string{"§ 3a": "§ 3a. Organ może wezwać do uzupełnienia wniosku.", "§ 4": "§ 4. Rozporządzenie wchodzi w życie z dniem 1 lutego 2020 r."},
			[]string{"par3a added § 1 pkt 1", "par4 wording § 1 pkt 2"}},
		{"nested to the tiret", "wprowadza się następujące zmiany:\n1) w § 2:\na) w ust. 3:\n– w pkt 1 wyraz „kopię” zastępuje się wyrazem „odpis”,\n– w pkt 2 lit. b otrzymuje brzmienie:\n„b) o stanie majątkowym”,\nb) ust. 2 otrzymuje brzmienie:\n„2. Wniosek składa się na piśmie.”;\n2) w § 3 wyrazy „14 dni” zastępuje się wyrazami „miesiąca”.",
			map[string]string{"§ 2 ust. 3 pkt 1": "1) odpis dokumentu;", "§ 2 ust. 3 pkt 2 lit. b": "b) o stanie majątkowym", "§ 2 ust. 2": "2. Wniosek składa się na piśmie.", "§ 3": "§ 3. Organ rozpatruje wniosek w terminie miesiąca."},
			[]string{"par2.ust3.pkt1 changed § 1 pkt 1 lit. a tiret pierwsze", "par2.ust3.pkt2.litb wording § 1 pkt 1 lit. a tiret drugie", "par2.ust2 wording § 1 pkt 1 lit. b", "par3 changed § 1 pkt 2"}},
		{"annex renumbered and given a new wording, another added", "wprowadza się następujące zmiany:\n1) dotychczasowy załącznik do rozporządzenia oznacza się jako załącznik nr 1 do rozporządzenia i otrzymuje brzmienie określone w załączniku nr 1 do niniejszego rozporządzenia;\n2) dodaje się załącznik nr 2 do rozporządzenia w brzmieniu określonym w załączniku nr 2 do niniejszego rozporządzenia.\n",
			map[string]string{"zal1": "do rozporządzenia Ministra Testów z dnia 1 grudnia 2019 r.\nWZÓR WNIOSKU O ZEZWOLENIE\nImię, nazwisko i adres: ……", "zal2": "WZÓR OŚWIADCZENIA\nOświadczam, że ……", "zal": "error: załącznik of rozp was not in force on 2021-02-01; nearest version: 2020-01-01 – 2021-01-31 (before)"},
			[]string{"zal1 renumbered § 1 pkt 1", "zal1 wording § 1 pkt 1", "zal2 added § 1 pkt 2"}},
		{"annex given the wording of an annex \"do niniejszej ustawy\"", "załącznik do rozporządzenia otrzymuje brzmienie określone w załączniku nr 1 do niniejszej ustawy.",
			map[string]string{"zal": "do rozporządzenia Ministra Testów z dnia 1 grudnia 2019 r.\nWZÓR WNIOSKU O ZEZWOLENIE\nImię, nazwisko i adres: ……"},
			[]string{"zal wording § 1"}},
		{"annexes given and added \"stanowiące załącznik\"", "wprowadza się następujące zmiany:\n1) załącznik do rozporządzenia otrzymuje brzmienie stanowiące załącznik nr 1 do niniejszego rozporządzenia;\n2) dodaje się załącznik nr 2 do rozporządzenia w brzmieniu stanowiącym załącznik nr 2 do niniejszej ustawy.",
			map[string]string{"zal": "do rozporządzenia Ministra Testów z dnia 1 grudnia 2019 r.\nWZÓR WNIOSKU O ZEZWOLENIE\nImię, nazwisko i adres: ……", "zal2": "WZÓR OŚWIADCZENIA\nOświadczam, że ……"},
			[]string{"zal wording § 1 pkt 1", "zal2 added § 1 pkt 2"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := amendingText(tt.instructions, "z dniem 1 lutego 2021 r.")
			if strings.Contains(tt.name, "annex") {
				text += "Załączniki do rozporządzenia Ministra Testów z dnia 10 stycznia 2021 r. (Dz. U. poz. 7) Załącznik nr 1\nWZÓR WNIOSKU O ZEZWOLENIE\nImię, nazwisko i adres: ……\nZałącznik nr 2\nWZÓR OŚWIADCZENIA\nOświadczam, że ……\n"
			}
			res, err := applyTo(t, text, baseAct(t, "rozp", "Dz. U. z 2020 r. poz. 100"))
			if err != nil {
				t.Fatal(err)
			}
			a := res.Changes[0].Act
			for cit, want := range tt.want {
				if got := textAt(t, a, cit, day); got != want {
					t.Errorf("%s on %s: mismatch\nwant %q\ngot  %q", cit, day, want, got)
				}
			}
			var applied []string
			for _, v := range res.Changes[0].Versions {
				if !v.Computed || v.Range.From != day {
					t.Errorf("version of %s: computed %v from %s, want computed from %s", v.Unit.ID, v.Computed, v.Range.From, day)
				}
				for _, ap := range v.Applied {
					applied = append(applied, fmt.Sprintf("%s %s %s", ap.Unit, ap.Kind, ap.Provision))
					if ap.Act != "du-2021-7" || ap.Ref != "Dz. U. z 2021 r. poz. 7" || ap.ELI != "DU/2021/7" || ap.InForce != day {
						t.Errorf("attribution %+v: want act du-2021-7, Dz. U. z 2021 r. poz. 7, in force %s", ap, day)
					}
				}
			}
			if strings.Join(applied, "|") != strings.Join(tt.applied, "|") {
				t.Errorf("applied: mismatch\nwant %q\ngot  %q", tt.applied, applied)
			}
			// The day before, the act is as it was.
			if got := textAt(t, a, "§ 3", day.AddDays(-1)); got != "§ 3. Organ rozpatruje wniosek w terminie 14 dni." {
				t.Errorf("§ 3 the day before: %q", got)
			}
		})
	}
}

func TestRefusals(t *testing.T) {
	for _, tt := range []struct{ name, instructions, want string }{
		{"unit missing", "w § 2 ust. 7 otrzymuje brzmienie:\n„7. Tekst.”.", "zm.txt:6:113: § 1 („w § 2 ust. 7 otrzymuje brzmienie: „7. Tekst.”.”)"},
		{"unit missing, said why", "w § 2 ust. 7 otrzymuje brzmienie:\n„7. Tekst.”.", "rozp has no § 2 ust. 7 in force on 2021-01-31"},
		{"one of several units named before the last step missing", "w § 2 w ust. 1 i 7 w pkt 1 na końcu dodaje się wyrazy „w oryginale”.", "rozp has no § 2 ust. 7 in force on 2021-01-31"},
		{"words not found", "w § 3 wyrazy „21 dni” zastępuje się wyrazami „30 dni”.", "the words „21 dni” are not in § 3"},
		{"words found twice", "w § 2 ust. 1 wyraz „wnioskodawcy” zastępuje się wyrazem „strony”.", "the words „wnioskodawcy” occur 2 times in § 2 ust. 1 (§ 2 ust. 1 pkt 1, § 2 ust. 1 pkt 2), and the instruction does not say which"},
		{"count wrong", "w § 3 wyraz „wniosek” użyty dwukrotnie zastępuje się wyrazem „podanie”.", "the words „wniosek” occur 1 times in § 3, the instruction says 2"},
		{"wording holds other units", "w § 2 ust. 2 otrzymuje brzmienie:\n„3. Tekst.”.", "the quoted wording holds § 2 ust. 3, the instruction names § 2 ust. 2"},
		{"unit exists already", "w § 2 po ust. 1 dodaje się ust. 2 w brzmieniu:\n„2. Tekst.”.", "§ 2 already has § 2 ust. 2"},
		{"range of letters, one missing in the wording", "w § 2 po ust. 1 dodaje się ust. 1a–1c w brzmieniu:\n„1a. Tekst.\n1c. Tekst.”.", "the quoted wording holds § 2 ust. 1a, § 2 ust. 1c, the instruction names § 2 ust. 1a, § 2 ust. 1b, § 2 ust. 1c"},
		{"range of numbers, one missing in the wording", "w § 2 dodaje się ust. 4–6 w brzmieniu:\n„4. A.\n6. C.”.", "the quoted wording holds § 2 ust. 4, § 2 ust. 6, the instruction names § 2 ust. 4, § 2 ust. 5, § 2 ust. 6"},
		{"range to a lettered end, its end not in the wording", "w § 2 dodaje się ust. 4–4b w brzmieniu:\n„4. A.\n4a. B.”.", "the quoted wording holds § 2 ust. 4, § 2 ust. 4a, the instruction names § 2 ust. 4–4b"},
		{"punctuation differs", "w § 2 w ust. 1 w pkt 2 kropkę zastępuje się średnikiem.", "§ 2 ust. 1 pkt 2 ends with a semicolon, not with a full stop"},
		{"unreadable", "w § 2 ust. 2 coś się zmienia.", "zm.txt:6:113: § 1 („w § 2 ust. 2 coś się zmienia.”): not an instruction lexdiff can read: cannot read „coś się zmienia.”"},
		{"inflected", "w § 2 użyte w różnych przypadkach wyrazy „wniosek” zastępuje się użytymi w odpowiednich przypadkach wyrazami „podanie”.", "does not inflect"},
		{"inflected, another form in the unit", "w § 2 wyraz „Wniosek” użyty dwukrotnie zastępuje się użytym w odpowiednim przypadku wyrazem „Podanie”.", "„Wniosek” stands in § 2 also as „wniosku”, another form"},
		{"introduction and a point, the wording on one line without a colon", "w § 2 w ust. 1 wprowadzenie do wyliczenia i pkt 1 otrzymują brzmienie:\n„Wniosek zawiera 1) imię;”.", "cannot tell where wprowadzenie do wyliczenia ends in the quoted wording"},
		{"introduction and a point, the point missing", "w § 2 w ust. 1 wprowadzenie do wyliczenia i pkt 1 otrzymują brzmienie:\n„Wniosek zawiera:\n2) adres;”.", "the quoted wording holds § 2 ust. 1 pkt 2, the instruction names § 2 ust. 1 pkt 1"},
		{"unclosed quotation", "w § 3 otrzymuje brzmienie:\n„§ 3. Tekst.", "want the new wording in quotation marks"},
		{"no annex in the amending act", "załącznik otrzymuje brzmienie określone w załączniku do niniejszego rozporządzenia.", "the amending act has no an annex (it has 0)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, err := applyTo(t, amendingText(tt.instructions, "z dniem 1 lutego 2021 r."), baseAct(t, "rozp", "Dz. U. z 2020 r. poz. 100"))
			if err == nil {
				t.Fatalf("no error; changes %d", len(res.Changes))
			}
			if res != nil {
				t.Errorf("a result came back with the error")
			}
			if !errors.Is(err, corpus.ErrInvalid) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v\nwant it to hold %q and wrap ErrInvalid", err, tt.want)
			}
		})
	}
}

// tiretsText is an act with tirets, for the instructions on them.
const tiretsText = `ROZPORZĄDZENIE
MINISTRA TESTÓW
z dnia 1 grudnia 2019 r.
w sprawie przykładów
§ 1. Wniosek zawiera:
1) dane:
a) osobowe:
– imię,
– nazwisko,
b) adresowe;
2) podpis.
§ 2. Rozporządzenie wchodzi w życie z dniem 1 stycznia 2020 r.
`

func TestTiretsAndEllipsis(t *testing.T) {
	from := corpus.MakeDate(2020, 1, 1)
	info, vs, err := corpus.ParsePlain("base.txt", []byte(tiretsText), corpus.PlainOptions{Range: corpus.Range{From: from}, Source: "Dz. U. z 2020 r. poz. 100"})
	if err != nil {
		t.Fatal(err)
	}
	info.ID, info.Ref = "rozp", "Dz. U. z 2020 r. poz. 100"
	a, err := corpus.NewAct(info, vs)
	if err != nil {
		t.Fatal(err)
	}
	res, err := applyTo(t, amendingText("wprowadza się następujące zmiany:\n1) w § 1 w pkt 1 w lit. a tiret drugie otrzymuje brzmienie:\n„– nazwisko rodowe,”;\n2) w § 1 w pkt 1 w lit. b wyraz „adresowe” zastępuje się wyrazem „kontaktowe”, a w pkt 2 wyraz „podpis” – wyrazami „podpis wnioskodawcy”.", "z dniem 1 lutego 2021 r."), a)
	if err != nil {
		t.Fatal(err)
	}
	want := "§ 1. Wniosek zawiera:\n1) dane:\na) osobowe:\n– imię,\n– nazwisko rodowe,\nb) kontaktowe;\n2) podpis wnioskodawcy."
	if got := textAt(t, res.Changes[0].Act, "§ 1", corpus.MakeDate(2021, 2, 1)); got != want {
		t.Errorf("mismatch\nwant %q\ngot  %q", want, got)
	}
}

func TestAnnexParts(t *testing.T) {
	a := baseAct(t, "rozp", "Dz. U. z 2020 r. poz. 100")
	annex := &corpus.Unit{Kind: corpus.Annex, ID: "zal", Text: "do rozporządzenia Ministra Testów z dnia 1 grudnia 2019 r.\nWYKAZ\n1. Pierwszy.\n2. Drugi.\n3. Trzeci.", Status: corpus.InForce}
	vs := append(a.AllVersions()[:0:0], a.AllVersions()...)
	for i, v := range vs {
		if v.Unit.ID == "zal" {
			vs[i] = &corpus.Version{Unit: annex, Range: v.Range, Source: v.Source}
		}
	}
	a, err := corpus.NewAct(a.ActInfo, vs)
	if err != nil {
		t.Fatal(err)
	}
	res, err := applyTo(t, amendingText("w załączniku do rozporządzenia:\na) pkt 2 otrzymuje brzmienie:\n„2. Drugi, nowy.”,\nb) po pkt 3 dodaje się pkt 4 w brzmieniu:\n„4. Czwarty.”,\nc) uchyla się pkt 1,\nd) w pkt 3 wyraz „Trzeci” zastępuje się wyrazem „Trzeci, zmieniony”.", "z dniem 1 lutego 2021 r."), a)
	if err != nil {
		t.Fatal(err)
	}
	want := "do rozporządzenia Ministra Testów z dnia 1 grudnia 2019 r.\nWYKAZ\n1. (uchylony)\n2. Drugi, nowy.\n3. Trzeci, zmieniony.\n4. Czwarty."
	if got := textAt(t, res.Changes[0].Act, "zal", corpus.MakeDate(2021, 2, 1)); got != want {
		t.Errorf("mismatch\nwant %q\ngot  %q", want, got)
	}
}

// A replacement "użytym w odpowiednim przypadku wyrazem" where the unit
// holds the word in the quoted form only is applied as written.
func TestInflectedReplacementOfOneForm(t *testing.T) {
	res, err := applyTo(t, amendingText("w § 3 wyraz „wniosek” zastępuje się użytym w odpowiednim przypadku wyrazem „podanie”.", "z dniem 1 lutego 2021 r."), baseAct(t, "rozp", "Dz. U. z 2020 r. poz. 100"))
	if err != nil {
		t.Fatal(err)
	}
	_, u, err := res.Changes[0].Act.At("par3", corpus.MakeDate(2021, 2, 1))
	if err != nil || u.Text != "Organ rozpatruje podanie w terminie 14 dni." {
		t.Errorf("§ 3 from 2021-02-01: %+v, %v", u, err)
	}
}

// TestSuperscriptLabels: an instruction names an inserted unit of a code
// by its superscript ("po ust. 2¹ dodaje się ust. 2²", "w ust. 2¹ wyraz
// …", DU-2026-900 in the bracket form "ust. 2 [4]" that a converter gives
// as 2⁴); it was refused ("cannot read „¹ dodaje się …”").
func TestSuperscriptLabels(t *testing.T) {
	base := strings.Replace(baseText, "2. Wniosek składa się w postaci elektronicznej.\n", "2. Wniosek składa się w postaci elektronicznej.\n2¹. Tekst drugi jeden.\n", 1)
	a := plainAct(t, fmt.Sprintf(base, "przykładów"))
	for _, tt := range []struct{ instruction, want string }{
		{"w § 2 po ust. 2¹ dodaje się ust. 2² w brzmieniu:\n„2². Nowy.”.", "2¹. Tekst drugi jeden.\n2². Nowy.\n3. Do wniosku"},
		{"w § 2 w ust. 2¹ wyraz „jeden” zastępuje się wyrazem „raz”.", "\n2¹. Tekst drugi raz.\n3. Do wniosku"},
	} {
		res, err := applyTo(t, amendingText(tt.instruction, "z dniem 1 lutego 2021 r."), a)
		if err != nil {
			t.Errorf("%s: %v", tt.instruction, err)
			continue
		}
		v, _, err := res.Changes[0].Act.At("par2", corpus.MakeDate(2021, 2, 1))
		if err != nil || !strings.Contains(v.Unit.FullText(), tt.want) {
			t.Errorf("%s: § 2 %q (%v), want it to hold %q", tt.instruction, v.Unit.FullText(), err, tt.want)
		}
	}
}

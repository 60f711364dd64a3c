package corpus_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"lexdiff/corpus"
)

// realTexts is where the real documents of the Dziennik Ustaw are, beside
// the repository.
const realTexts = "../../shared/realtexts"

// readReal parses one file of realTexts.
func readReal(t *testing.T, name string) *corpus.Document {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(realTexts, name))
	if err != nil {
		t.Fatal(err)
	}
	return parseReal(t, name, data)
}

// realWithLine reads the file name of realTexts, and returns it, and it
// with its line line (a whole line of the file) replaced by with.
func realWithLine(t *testing.T, name, line, with string) (data, replaced []byte) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(realTexts, name))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "\n"+line+"\n") {
		t.Fatalf("%s: no line %q", name, line)
	}
	return data, []byte(strings.Replace(string(data), "\n"+line+"\n", "\n"+with+"\n", 1))
}

// parseReal parses data, a real document named name.
func parseReal(t *testing.T, name string, data []byte) *corpus.Document {
	t.Helper()
	doc, err := corpus.ParseDocument(name, data)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return doc
}

// A note is what a footnote of a real text must say: the unit that holds
// it ("" for a heading or the title), its label, the kind of amendment
// ("" for an editorial note), the amending act's ELI and the day the
// change came into force.
type note struct {
	unit, label string
	kind        corpus.AmendmentKind
	eli, since  string
}

// A realExpect is what a reading of one consolidated text finds in it:
// the act it consolidates, the obwieszczenie's references, how many units
// of each kind its annex holds (a collapsed range counts each article),
// the chapters, some units' exact text, the start of some versions, and
// its footnotes.
type realExpect struct {
	file                   string
	actType, date, title   string
	ref, previous          string
	amending               []string
	top, ust, pkt, lit     int
	preamble               bool
	annexes                []string
	chapters               []string
	texts                  map[string]string // unit id → FullText
	starts                 map[string]string // top-level unit id → first day of its version
	notes                  []note
	outerNotes, otherWarns int // footnotes of the title or obwieszczenie; warnings
}

// The expectations were written by reading the texts (the counts by
// counting their lines: "##### Art.", "N.", "N)", "a)"), not by running
// the parser.
var realExpects = []realExpect{
	{
		file: "DU-2025-453.md", actType: "ustawa", date: "2010-08-12",
		title: "Ustawa z dnia 12 sierpnia 2010 r. o wspieraniu przedsiębiorców dotkniętych skutkami powodzi z 2010 r.",
		ref:   "Dz. U. z 2025 r. poz. 453", previous: "Dz. U. z 2016 r. poz. 519", amending: []string{"Dz. U. z 2024 r. poz. 1635"},
		top: 28, ust: 65, pkt: 33, lit: 3, annexes: []string{"zal"},
		chapters: []string{"Rozdział 1 Przepisy ogólne", "Rozdział 2 Zasady udzielania pożyczek", "Rozdział 3 Fundusz pożyczkowy",
			"Rozdział 4 Szczególne rozwiązania podatkowe", "Rozdział 5 Przepis końcowy"},
		texts: map[string]string{
			"art24":          "Art. 24. Ustawa wchodzi w życie z dniem ogłoszenia.",
			"art13b":         "Art. 13b. Przed wydaniem decyzji o umorzeniu należności funduszu pożyczkowego na podstawie art. 13a ust. 1 pkt 5 fundusz pożyczkowy jest obowiązany wystąpić do przedsiębiorcy o przedłożenie dokumentacji, o której mowa w art. 37 ust. 1 i ust. 2 pkt 1 ustawy z dnia 30 kwietnia 2004 r. o postępowaniu w sprawach dotyczących pomocy publicznej (Dz. U. z 2023 r. poz. 702 oraz z 2024 r. poz. 1635).",
			"art7.ust3.pkt2": "2) oświadczenie przedsiębiorcy o:\na) spełnianiu warunków, o których mowa w art. 3 ust. 1 pkt 2–4,\nb) faktycznym wykonywaniu działalności gospodarczej w dniu wystąpienia powodzi albo jej zawieszeniu,\nc) tym, czy w dniu wystąpienia powodzi posiadał umowę ubezpieczenia przedsiębiorstwa od następstw klęsk żywiołowych.",
		},
		starts: map[string]string{"art1": "2025-03-24", "art13a": "2024-11-09", "art13b": "2024-11-09", "zal": "2025-03-24"},
		notes: []note{
			{"art1.ust1", "1", "", "", ""},
			{"art13a.ust4", "2", corpus.WordingSet, "DU/2024/1635", "2024-11-09"},
			{"art13b", "3", corpus.Changed, "DU/2024/1635", "2024-11-09"},
			{"art24", "4", "", "", ""},
		},
	},
	{
		file: "DU-2026-238.md", actType: "ustawa", date: "2010-08-12",
		title: "Ustawa z dnia 12 sierpnia 2010 r. o wspieraniu przedsiębiorców dotkniętych skutkami powodzi z 2010 r.",
		ref:   "Dz. U. z 2026 r. poz. 238", previous: "Dz. U. z 2025 r. poz. 453", amending: []string{"Dz. U. z 2025 r. poz. 680"},
		top: 28, ust: 65, pkt: 33, lit: 3, annexes: []string{"zal"},
		chapters: []string{"Rozdział 1 Przepisy ogólne", "Rozdział 2 Zasady udzielania pożyczek", "Rozdział 3 Fundusz pożyczkowy",
			"Rozdział 4 Szczególne rozwiązania podatkowe", "Rozdział 5 Przepis końcowy"},
		texts: map[string]string{
			"art3.ust1.pkt2": "2) zatrudniał niewięcej niż 50 pracowników;",
			"art14a.ust1":    "1. Do należności funduszu pożyczkowego z tytułu spłaty lub zwrotu pożyczki lub jej części, w zakresie nieuregulowanym w niniejszej ustawie, stosuje się odpowiednio przepisy działu III ustawy z dnia 29 sierpnia 1997 r. – Ordynacja podatkowa (Dz. U. z 2025 r. poz. 111, z późn. zm.).",
		},
		starts: map[string]string{"art1": "2026-02-20", "art3": "2025-05-27"},
		notes: []note{
			{"art1.ust1", "1", "", "", ""},
			{"art3.ust1.pkt1", "2", corpus.WordingSet, "DU/2025/680", "2025-05-27"},
			{"art13a.ust1.pkt1", "3", "", "", ""},
			{"art14a.ust1", "4", "", "", ""},
			{"art23.ust2", "5", "", "", ""},
			{"art23.ust3", "6", "", "", ""},
			{"art24", "7", "", "", ""},
		},
	},
	{
		file: "DU-2025-677.md", actType: "ustawa", date: "2005-07-07",
		title: "Ustawa z dnia 7 lipca 2005 r. o działalności lobbingowej w procesie stanowienia prawa",
		ref:   "Dz. U. z 2025 r. poz. 677", previous: "Dz. U. z 2017 r. poz. 248", amending: []string{"Dz. U. z 2024 r. poz. 1535"},
		top: 29, ust: 63, pkt: 44,
		chapters: []string{"Rozdział 1 Przepisy ogólne", "Rozdział 2 Zasady jawności działalności lobbingowej w procesie stanowienia prawa",
			"Rozdział 2a Wysłuchanie publiczne oraz konsultacje społeczne",
			"Rozdział 3 Rejestr podmiotów wykonujących zawodową działalność lobbingową oraz zasady wykonywania zawodowej działalności lobbingowej",
			"Rozdział 4 Kontrola zawodowej działalności lobbingowej", "Rozdział 5 Sankcje za naruszenie przepisów ustawy",
			"Rozdział 6 Zmiany w przepisach obowiązujących, przepisy przejściowe i końcowe"},
		texts: map[string]string{
			"art13":     "Art. 13. W przypadku wydania na podstawie art. 41 Kodeksu karnego prawomocnego orzeczenia zakazującego wykonywania zawodowej działalności lobbingowej, organ prowadzący rejestr wykreśla z rejestru przedsiębiorcę albo osobę fizyczną, których dotyczy to orzeczenie. Wykreślenie z rejestru następuje w drodze decyzji administracyjnej.",
			"art22":     "Art. 22. (pominięte)",
			"art9b":     "Art. 9b. Zgłoszenia uwag dokonuje się z wykorzystaniem usługi elektronicznej udostępnionej przez ministra właściwego do spraw informatyzacji na podstawie porozumienia, o którym mowa w art. 19c ust. 1 pkt 1 ustawy z dnia 17 lutego 2005 r. o informatyzacji działalności podmiotów realizujących zadania publiczne (Dz. U. z 2024 r. poz. 1557 i 1717), po uwierzytelnieniu osoby zgłaszającej uwagi w sposób określony w art. 20a ust. 1 tej ustawy.",
			"art7.ust7": "7. Rada Ministrów określi, w drodze rozporządzenia:\n1) tryb zgłaszania zainteresowania pracami nad projektem założeń projektu ustawy, projektem ustawy lub projektem rozporządzenia,\n2) wzór urzędowego formularza zgłoszenia zainteresowania pracami nad projektem założeń projektu ustawy, projektem ustawy lub projektem rozporządzenia\n– kierując się potrzebą ułatwienia dokonywania zgłoszeń.",
		},
		starts: map[string]string{"art8": "2025-05-21", "art9a": "2024-10-31", "art9d": "2024-10-31", "art13": "2024-10-31"},
		notes: []note{
			{"", "1", corpus.Added, "DU/2024/1535", "2024-10-31"},
			{"art9a", "2", corpus.Added, "DU/2024/1535", "2024-10-31"},
			{"art9b", "2", corpus.Added, "DU/2024/1535", "2024-10-31"},
			{"art9c", "2", corpus.Added, "DU/2024/1535", "2024-10-31"},
			{"art9d", "2", corpus.Added, "DU/2024/1535", "2024-10-31"},
			{"art13", "3", corpus.Changed, "DU/2024/1535", "2024-10-31"},
			{"art24", "4", "", "", ""},
		},
	},
	{
		file: "DU-2026-936.md", actType: "ustawa", date: "2005-07-07",
		title: "Ustawa z dnia 7 lipca 2005 r. o działalności lobbingowej w procesie stanowienia prawa",
		ref:   "Dz. U. z 2026 r. poz. 936", previous: "Dz. U. z 2025 r. poz. 677", amending: []string{"Dz. U. z 2026 r. poz. 160"},
		top: 29, ust: 56, pkt: 35,
		chapters: []string{"Rozdział 1 Przepisy ogólne", "Rozdział 2 Zasady jawności działalności lobbingowej w procesie stanowienia prawa",
			"Rozdział 2a Wysłuchanie publiczne oraz konsultacje społeczne",
			"Rozdział 3 Rejestr podmiotów wykonujących zawodową działalność lobbingową oraz zasady wykonywania zawodowej działalności lobbingowej",
			"Rozdział 4 Kontrola zawodowej działalności lobbingowej", "Rozdział 5 Sankcje za naruszenie przepisów ustawy",
			"Rozdział 6 Zmiany w przepisach obowiązujących, przepisy przejściowe i końcowe"},
		texts: map[string]string{
			"art3":           "Art. 3. (uchylony)",
			"art5":           "Art. 5. Projekty ustaw oraz projekty rozporządzeń podlegają udostępnieniu w Biuletynie Informacji Publicznej z chwilą przekazania projektów do uzgodnień z członkami Rady Ministrów.",
			"art7.ust2.pkt1": "1) przedłożenie projektu ustawy Radzie Ministrów;",
		},
		starts: map[string]string{"art3": "2026-02-27", "art7": "2026-02-27", "art8": "2026-07-08"},
		notes: []note{
			{"art3", "1", corpus.Removed, "DU/2026/160", "2026-02-27"},
			{"art3a", "1", corpus.Removed, "DU/2026/160", "2026-02-27"},
			{"art4", "1", corpus.Removed, "DU/2026/160", "2026-02-27"},
			{"art5", "2", corpus.WordingSet, "DU/2026/160", "2026-02-27"},
			{"art6", "2", corpus.WordingSet, "DU/2026/160", "2026-02-27"},
			{"art7.ust1", "3", corpus.WordingSet, "DU/2026/160", "2026-02-27"},
			{"art7.ust2.pkt1", "4", corpus.Changed, "DU/2026/160", "2026-02-27"},
			{"art7.ust6.pkt1", "4", corpus.Changed, "DU/2026/160", "2026-02-27"},
			{"art7.ust3", "5", corpus.Changed, "DU/2026/160", "2026-02-27"},
			{"art7.ust4.pkt1", "5", corpus.Changed, "DU/2026/160", "2026-02-27"},
			{"art7.ust7.pkt1", "5", corpus.Changed, "DU/2026/160", "2026-02-27"},
			{"art7.ust7.pkt2", "5", corpus.Changed, "DU/2026/160", "2026-02-27"},
			{"art7.ust6", "6", corpus.Changed, "DU/2026/160", "2026-02-27"},
			{"art24", "7", "", "", ""},
		},
	},
	{
		file: "DU-2025-301.md", actType: "ustawa", date: "2018-01-10",
		title: "Ustawa z dnia 10 stycznia 2018 r. o ograniczeniu handlu w niedziele i święta oraz w niektóre inne dni",
		ref:   "Dz. U. z 2025 r. poz. 301", previous: "Dz. U. z 2024 r. poz. 449", amending: []string{"Dz. U. z 2024 r. poz. 1965"},
		top: 19, ust: 24, pkt: 49,
		chapters: []string{"Rozdział 1 Przepisy ogólne", "Rozdział 2 Ograniczenia handlu oraz wykonywania czynności związanych z handlem w niedziele i święta",
			"Rozdział 3 Ograniczenia handlu oraz wykonywania czynności związanych z handlem w sobotę bezpośrednio poprzedzającą pierwszy dzień Wielkiej Nocy",
			"Rozdział 4 Przepisy karne", "Rozdział 5 Zmiany w przepisach obowiązujących i przepis końcowy"},
		texts: map[string]string{
			"art7.ust1a": "1a. (uchylony)",
			"art7.ust1b": "1b. W przypadku, o którym mowa w ust. 1 pkt 1, pracownik lub zatrudniony może wykonywać pracę w handlu oraz wykonywać czynności związane z handlem nie więcej niż w dwie niedziele.",
			"art13":      "Art. 13. (pominięte)",
		},
		starts: map[string]string{"art1": "2025-02-01", "art2": "2025-03-06", "art7": "2025-02-01"},
		notes: []note{
			{"art1.ust1", "1", corpus.WordingSet, "DU/2024/1965", "2025-02-01"},
			{"art4", "2", corpus.WordingSet, "DU/2024/1965", "2025-02-01"},
			{"art7.ust1", "3", corpus.WordingSet, "DU/2024/1965", "2025-02-01"},
			{"art7.ust1a", "4", corpus.Removed, "DU/2024/1965", "2025-02-01"},
			{"art7.ust1b", "5", corpus.Added, "DU/2024/1965", "2025-02-01"},
			{"", "6", corpus.Changed, "DU/2024/1965", "2025-02-01"},
			{"art8.ust1", "7", corpus.WordingSet, "DU/2024/1965", "2025-02-01"},
			{"art8.ust3", "8", corpus.Removed, "DU/2024/1965", "2025-02-01"},
			{"art9.ust1", "9", corpus.WordingSet, "DU/2024/1965", "2025-02-01"},
			{"art10.ust2.pkt1", "10", corpus.WordingSet, "DU/2024/1965", "2025-02-01"},
		},
	},
	{
		file: "DU-2025-299.md", actType: "ustawa", date: "1980-01-31",
		title: "Ustawa z dnia 31 stycznia 1980 r. o godle, barwach i hymnie Rzeczypospolitej Polskiej oraz o pieczęciach państwowych",
		ref:   "Dz. U. z 2025 r. poz. 299", previous: "Dz. U. z 2024 r. poz. 155", amending: []string{"Dz. U. z 2024 r. poz. 1907"},
		top: 26, ust: 51, pkt: 34, preamble: true, annexes: []string{"zal1", "zal2", "zal3", "zal4", "zal5"},
		texts: map[string]string{
			"wstep":       "Wstęp (uchylony)",
			"zal2":        "Załącznik nr 2 [Na stronie 7 PDF jest obraz (np. wzór, rysunek, skan). Jego treści tu nie ma, jest tylko w PDF.]\nBarwy Rzeczypospolitej Polskiej\nWspółrzędne trójchromatyczne barw x, y, ich składowa Y oraz dopuszczalna różnica barwy Δ E w przestrzeni barw CIE 1976 (L* u* v*) ustalona według wzoru CIELUV przy iluminacie C i geometrii pomiarowej d/0\nBarwa x y Y Δ E\nbiała 0,315 0,320 82,0 4,0\nczerwona 0,570 0,305 16,0 8,0",
			"art2a.pkt10": "10) jednostki organizacyjne Policji, Straży Granicznej, Krajowej Administracji Skarbowej i Państwowej Straży Pożarnej;",
		},
		starts: map[string]string{"art2a": "2025-01-01", "art2": "2025-03-06", "wstep": "2025-03-06"},
		notes: []note{
			{"art2a.pkt10", "1", corpus.WordingSet, "DU/2024/1907", "2025-01-01"},
			{"art8.ust3", "2", "", "", ""},
			{"art12.ust4", "3", "", "", ""},
			{"art18", "4", "", "", ""},
			{"art19", "5", "", "", ""},
		},
		otherWarns: 6, // the images of the annexes, and a page without text
	},
	{
		file: "DU-2025-1586.md", actType: "rozporządzenie", date: "2017-12-22",
		title: "Rozporządzenie Ministra Sprawiedliwości z dnia 22 grudnia 2017 r. w sprawie stypendium aplikantów Krajowej Szkoły Sądownictwa i Prokuratury",
		ref:   "Dz. U. z 2025 r. poz. 1586", previous: "Dz. U. z 2022 r. poz. 2497", amending: []string{"Dz. U. z 2024 r. poz. 865", "Dz. U. z 2025 r. poz. 1115"},
		top: 8, ust: 17, pkt: 2, preamble: true, annexes: []string{"zal"},
		texts: map[string]string{
			"par3.ust2": "2. (uchylony).",
			"wstep":     "Wstęp Na podstawie art. 52 pkt 4 ustawy z dnia 23 stycznia 2009 r. o Krajowej Szkole Sądownictwa i Prokuratury (Dz. U. z 2022 r. poz. 217 i 2695) zarządza się, co następuje:",
		},
		starts: map[string]string{"par1": "2025-10-30", "par2": "2025-08-14", "par3": "2024-07-01", "zal": "2024-07-01"},
		notes: []note{
			{"par2.ust1", "1", corpus.WordingSet, "DU/2025/1115", "2025-08-14"},
			{"par3.ust2", "2", corpus.Removed, "DU/2024/865", "2024-07-01"},
			{"par3.ust3", "2", corpus.Removed, "DU/2024/865", "2024-07-01"},
			{"zal", "3", corpus.WordingSet, "DU/2024/865", "2024-07-01"},
		},
	},
	{
		file: "DU-2026-594.md", actType: "rozporządzenie", date: "2017-12-22",
		title: "Rozporządzenie Ministra Sprawiedliwości z dnia 22 grudnia 2017 r. w sprawie stypendium aplikantów Krajowej Szkoły Sądownictwa i Prokuratury",
		ref:   "Dz. U. z 2026 r. poz. 594", previous: "Dz. U. z 2025 r. poz. 1586", amending: []string{"Dz. U. z 2026 r. poz. 53"},
		top: 8, ust: 19, pkt: 2, preamble: true, annexes: []string{"zal1", "zal2"},
		texts: map[string]string{
			"par2.ust3b": "3b. Do ustalenia kwot, o które podwyższa się stypendium aplikanta, o którym mowa w ust. 3a, za miesiąc, w którym odbywa się pierwszy zjazd aplikantów w pierwszym roku odbywania aplikacji sędziowskiej i aplikacji prokuratorskiej, stosuje się załącznik nr 1 do rozporządzenia.",
		},
		starts: map[string]string{"par1": "2026-04-23", "par2": "2026-01-17", "zal1": "2026-01-17", "zal2": "2026-01-17"},
		notes: []note{
			{"par2.ust3", "1", corpus.WordingSet, "DU/2026/53", "2026-01-17"},
			{"par2.ust3a", "2", corpus.Added, "DU/2026/53", "2026-01-17"},
			{"par2.ust3b", "2", corpus.Added, "DU/2026/53", "2026-01-17"},
			{"par2.ust4", "3", corpus.WordingSet, "DU/2026/53", "2026-01-17"},
			{"par2.ust5", "4", corpus.Changed, "DU/2026/53", "2026-01-17"},
			{"zal1", "5", corpus.WordingSet, "DU/2026/53", "2026-01-17"},
			{"zal2", "6", corpus.Added, "DU/2026/53", "2026-01-17"},
		},
	},
	{
		file: "DU-2025-506.md", actType: "rozporządzenie", date: "2020-10-12",
		title: "Rozporządzenie Ministra Sprawiedliwości z dnia 12 października 2020 r. w sprawie stanowisk służbowych, na których funkcjonariusze Służby Więziennej nie mają obowiązku noszenia umundurowania i wyposażenia polowego",
		ref:   "Dz. U. z 2025 r. poz. 506", previous: "Dz. U. z 2023 r. poz. 1337", amending: []string{"Dz. U. z 2024 r. poz. 1245"},
		top: 3, pkt: 5, preamble: true,
		texts: map[string]string{
			"par2.pkt4": "4) w Inspektoracie Wewnętrznym Służby Więziennej, na których są realizowane zadania w formie czynności operacyjno- -rozpoznawczych;",
			"par3":      "§ 3. Rozporządzenie wchodzi w życie po upływie 14 dni od dnia ogłoszenia.",
		},
		starts: map[string]string{"par1": "2025-04-08", "par2": "2024-08-31"},
		notes: []note{
			{"par2.pkt1", "1", corpus.WordingSet, "DU/2024/1245", "2024-08-31"},
			{"par2.pkt5", "2", corpus.Removed, "DU/2024/1245", "2024-08-31"},
			{"par3", "3", "", "", ""},
		},
	},
	{
		file: "DU-2026-153.md", actType: "rozporządzenie", date: "2020-10-12",
		title: "Rozporządzenie Ministra Sprawiedliwości z dnia 12 października 2020 r. w sprawie stanowisk służbowych, na których funkcjonariusze Służby Więziennej nie mają obowiązku noszenia umundurowania i wyposażenia polowego",
		ref:   "Dz. U. z 2026 r. poz. 153", previous: "Dz. U. z 2025 r. poz. 506", amending: []string{"Dz. U. z 2025 r. poz. 1695"},
		top: 3, pkt: 5, preamble: true,
		texts:  map[string]string{"par2.pkt4": "4) (uchylony);"},
		starts: map[string]string{"par1": "2026-02-05", "par2": "2025-12-18"},
		notes: []note{
			{"par2.pkt4", "1", corpus.Removed, "DU/2025/1695", "2025-12-18"},
			{"par3", "2", "", "", ""},
		},
	},
	{
		file: "DU-2025-158.md", actType: "rozporządzenie", date: "2021-01-13",
		title: "Rozporządzenie Ministra Kultury, Dziedzictwa Narodowego i Sportu z dnia 13 stycznia 2021 r. w sprawie badań jakości kształcenia artystycznego w szkołach artystycznych",
		ref:   "Dz. U. z 2025 r. poz. 158", previous: "Dz. U. z 2023 r. poz. 2322", amending: []string{"Dz. U. z 2023 r. poz. 2391"},
		top: 8, ust: 11, pkt: 25, lit: 8, preamble: true,
		texts: map[string]string{
			"par2.pkt1.litca": "ca) szkole muzycznej II stopnia – zasady muzyki z elementami edycji nut, historię muzyki, harmonię i kształcenie słuchu,",
			"par8":            "§ 8. Rozporządzenie wchodzi w życie z dniem 19 stycznia 2021 r.",
		},
		starts: map[string]string{"par1": "2025-01-28", "par2": "2023-11-21"},
		notes: []note{
			{"par2.pkt1.lita", "2", corpus.Changed, "DU/2023/2391", "2023-11-21"},
			{"par2.pkt1.litb", "2", corpus.Changed, "DU/2023/2391", "2023-11-21"},
			{"par8", "3", "", "", ""},
		},
		outerNotes: 2, // [1] of the obwieszczenie's and of the act's title: one label, two bodies, each with its marker: no warning
	},
	{
		file: "DU-2025-1202.md", actType: "rozporządzenie", date: "2002-09-30",
		title: "Rozporządzenie Ministra Zdrowia z dnia 30 września 2002 r. w sprawie szczegółowych wymogów, jakim powinien odpowiadać lokal apteki",
		ref:   "Dz. U. z 2025 r. poz. 1202", previous: "Dz. U. z 2022 r. poz. 1737", amending: []string{"Dz. U. z 2024 r. poz. 595", "Dz. U. z 2025 r. poz. 1127"},
		top: 11, ust: 26, pkt: 46, lit: 18, preamble: true,
		texts: map[string]string{"par10.pkt2": "2) (uchylony);"},
		// The amendment of 12 August 2025 came into force on 26 August, the
		// day after the obwieszczenie: the units it changed read so from then.
		starts: map[string]string{"par1": "2025-08-25", "par2": "2025-08-26", "par6": "2025-08-26", "par8": "2025-08-26", "par10": "2025-08-26"},
		notes: []note{
			{"par2.ust1", "2", corpus.Changed, "DU/2025/1127", "2025-08-26"},
			{"par6.ust4", "2", corpus.Changed, "DU/2025/1127", "2025-08-26"},
			{"par6.ust2", "3", corpus.Changed, "DU/2025/1127", "2025-08-26"},
			{"par8.ust3", "3", corpus.Changed, "DU/2025/1127", "2025-08-26"},
			{"par6.ust5", "4", corpus.WordingSet, "DU/2024/595", "2024-05-03"},
			{"par8.ust4", "5", corpus.WordingSet, "DU/2024/595", "2024-05-03"},
			{"par8.ust5", "6", "", "", ""},
			{"par10.pkt2", "7", corpus.Removed, "DU/2025/1127", "2025-08-26"},
			{"par11", "8", "", "", ""},
		},
		outerNotes: 2,
	},
	{
		file: "DU-2025-553.md", actType: "rozporządzenie", date: "2022-08-04",
		title: "Rozporządzenie Ministra Infrastruktury z dnia 4 sierpnia 2022 r. w sprawie wysokości opłat za wydanie dowodu rejestracyjnego, pozwolenia czasowego i zalegalizowanych tablic (tablicy) rejestracyjnych oraz ich wtórników",
		ref:   "Dz. U. z 2025 r. poz. 553", previous: "Dz. U. z 2022 r. poz. 1848", amending: []string{"Dz. U. z 2024 r. poz. 1710"},
		top: 6, ust: 14, pkt: 27, lit: 2, preamble: true,
		texts: map[string]string{
			"par6": "§ 6. Rozporządzenie wchodzi w życie z dniem 4 września 2022 r., z wyjątkiem § 4 ust. 1 pkt 8, który wchodzi w życie z dniem 1 maja 2023 r.",
		},
		starts: map[string]string{"par1": "2024-11-30", "par2": "2025-04-16", "par3": "2024-11-30", "par5": "2024-12-01"},
		notes: []note{
			{"par1.pkt2", "2", corpus.WordingSet, "DU/2024/1710", "2024-11-30"},
			{"par3.ust1.pkt2", "3", corpus.Changed, "DU/2024/1710", "2024-11-30"},
			{"par5.ust1.pkt1a", "4", corpus.Added, "DU/2024/1710", "2024-12-01"},
			{"par5.ust2a", "5", corpus.Added, "DU/2024/1710", "2024-12-01"},
			{"par6", "6", "", "", ""},
		},
		outerNotes: 2,
	},
}

// TestRealTexts reads each consolidated text of realTexts and checks it
// against the reading of it above.
func TestRealTexts(t *testing.T) {
	for _, want := range realExpects {
		t.Run(want.file, func(t *testing.T) {
			doc := readReal(t, want.file)
			checkAct(t, doc, want)
			checkUnits(t, doc, want)
			checkNotes(t, doc, want)
		})
	}
}

func checkAct(t *testing.T, doc *corpus.Document, want realExpect) {
	t.Helper()
	a, s := doc.Act, doc.Source
	if doc.Kind != corpus.Consolidated || a.Type != want.actType || a.Date.String() != want.date || a.Title != want.title {
		t.Errorf("act: kind %s, %s %s %q", doc.Kind, a.Type, a.Date, a.Title)
	}
	if s.Ref != want.ref || !slices.Contains(a.Aliases, want.previous) || !slices.Contains(a.Aliases, want.ref) || !slices.Contains(a.Aliases, s.ELI) {
		t.Errorf("source %q, aliases %q: want %q and the previous %q", s.Ref, a.Aliases, want.ref, want.previous)
	}
	if !slices.Equal(s.Amending, want.amending) {
		t.Errorf("amending acts %q, want %q", s.Amending, want.amending)
	}
	if len(s.Footnotes) != want.outerNotes {
		t.Errorf("%d footnotes of the title and obwieszczenie, want %d: %+v", len(s.Footnotes), want.outerNotes, s.Footnotes)
	}
	if len(doc.Warnings) != want.otherWarns {
		t.Errorf("warnings %v, want %d", doc.Warnings, want.otherWarns)
	}
}

func checkUnits(t *testing.T, doc *corpus.Document, want realExpect) {
	t.Helper()
	count := map[corpus.Kind]int{}
	var annexes, chapters []string
	byID := map[string]*corpus.Version{}
	for _, v := range doc.Versions {
		byID[v.Unit.ID] = v
		v.Unit.Walk(func(u *corpus.Unit) bool { count[u.Kind]++; return true })
		if v.Unit.Kind == corpus.Annex {
			annexes = append(annexes, v.Unit.ID)
		}
		for _, g := range v.Groups {
			if !slices.Contains(chapters, g.String()) {
				chapters = append(chapters, g.String())
			}
		}
	}
	if top := count[corpus.Article] + count[corpus.Paragraph]; top != want.top || count[corpus.Section] != want.ust ||
		count[corpus.Point] != want.pkt || count[corpus.Letter] != want.lit || (count[corpus.Preamble] == 1) != want.preamble {
		t.Errorf("units: %d articles or paragraphs, %d ust., %d pkt, %d lit., preamble %d; want %d, %d, %d, %d, %v",
			top, count[corpus.Section], count[corpus.Point], count[corpus.Letter], count[corpus.Preamble], want.top, want.ust, want.pkt, want.lit, want.preamble)
	}
	if !slices.Equal(annexes, want.annexes) || !slices.Equal(chapters, want.chapters) {
		t.Errorf("annexes %q, chapters %q; want %q, %q", annexes, chapters, want.annexes, want.chapters)
	}
	for id, text := range want.texts {
		top, _, _ := strings.Cut(id, ".")
		v := byID[top]
		if v == nil || v.Unit.Find(id) == nil {
			t.Errorf("no unit %s", id)
			continue
		}
		if got := v.Unit.Find(id).FullText(); got != text {
			t.Errorf("%s:\n got %q\nwant %q", id, got, text)
		}
	}
	for id, from := range want.starts {
		if v := byID[id]; v == nil || v.Range.From.String() != from || !v.Range.IsOpen() {
			t.Errorf("version of %s: %+v, want from %s", id, v, from)
		}
	}
}

func checkNotes(t *testing.T, doc *corpus.Document, want realExpect) {
	t.Helper()
	type held struct{ unit, label string }
	found := map[held]corpus.Footnote{}
	for _, v := range doc.Versions {
		for _, f := range v.Footnotes {
			found[held{f.Unit, f.Label}] = f
		}
	}
	for _, n := range want.notes {
		f, ok := found[held{n.unit, n.label}]
		if !ok {
			t.Errorf("no footnote [%s] on %q", n.label, n.unit)
			continue
		}
		a := f.Amendment
		switch {
		case n.kind == "" && a != nil:
			t.Errorf("footnote [%s] on %s is editorial, read as %+v", n.label, n.unit, a)
		case n.kind == "":
		case a == nil || a.Kind != n.kind || a.InForce.String() != n.since || a.Ref == nil || a.Ref.ELI() != n.eli:
			t.Errorf("footnote [%s] on %s: %+v; want %s by %s in force %s", n.label, n.unit, a, n.kind, n.eli, n.since)
		}
	}
}

// realFiles reads the files of realTexts named.
func realFiles(t *testing.T, names ...string) []corpus.File {
	t.Helper()
	var files []corpus.File
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(realTexts, n))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, corpus.File{Name: n, Data: data})
	}
	return files
}

// importAll imports the files into c, or into an empty corpus when c is
// nil, and returns the corpus after.
func importAll(t *testing.T, c *corpus.Corpus, files []corpus.File) *corpus.Corpus {
	t.Helper()
	if c == nil {
		c, _ = corpus.New()
	}
	res, err := c.Import(corpus.ImportRequest{Files: files})
	if err != nil {
		t.Fatal(err)
	}
	acts := res.Acts
	c.Each(func(a *corpus.Act) error {
		if !slices.ContainsFunc(acts, func(b *corpus.Act) bool { return b.ID == a.ID }) {
			acts = append(acts, a)
		}
		return nil
	})
	out, err := corpus.New(acts...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestImportRealTexts imports every file of realTexts with no flag: the
// consolidated texts land in nine acts, the two texts of a pair in one;
// the amending acts are skipped, saying why.
func TestImportRealTexts(t *testing.T) {
	names := []string{"DU-2025-1202.md", "DU-2025-158.md", "DU-2025-1586.md", "DU-2025-1695.md", "DU-2025-299.md", "DU-2025-301.md",
		"DU-2025-453.md", "DU-2025-506.md", "DU-2025-553.md", "DU-2025-677.md", "DU-2025-969.md", "DU-2026-153.md", "DU-2026-238.md",
		"DU-2026-53.md", "DU-2026-594.md", "DU-2026-936.md"}
	empty, _ := corpus.New()
	res, err := empty.Import(corpus.ImportRequest{Files: realFiles(t, names...)})
	if err != nil {
		t.Fatal(err)
	}
	var skipped []string
	for _, f := range res.Files {
		if f.Skipped != "" {
			skipped = append(skipped, f.Name)
			if f.Kind != corpus.Amending || !strings.Contains(f.Skipped, "an amending act") {
				t.Errorf("%s skipped: %s", f.Name, f.Skipped)
			}
		}
	}
	if len(res.Acts) != 9 || !slices.Equal(skipped, []string{"DU-2025-1695.md", "DU-2025-969.md", "DU-2026-53.md"}) {
		t.Errorf("%d acts, skipped %q", len(res.Acts), skipped)
	}
	c := importAll(t, nil, realFiles(t, names...))
	a, err := c.Act("DU/2026/238")
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"Dz. U. z 2016 r. poz. 519", "DU/2025/453", "Dz.U. 2025 poz. 453", "ustawa-2010-08-12-o-wspieraniu-przedsiebiorcow-dotknietych-skutkami-powodzi-z-2010-r"} {
		if b, err := c.Act(key); err != nil || b.ID != a.ID {
			t.Errorf("the act is not found by %q: %v", key, err)
		}
	}
	if s := a.Sources(); len(s) != 2 || s[0].Ref != "Dz. U. z 2025 r. poz. 453" || s[1].Ref != "Dz. U. z 2026 r. poz. 238" {
		t.Errorf("sources %+v", s)
	}
	// Known only from consolidated texts, the act is cited by the newest.
	if a.Ref != "" || a.Consolidated != "Dz. U. z 2026 r. poz. 238" {
		t.Errorf("ref %q, consolidated %q: want none and the text of 2026", a.Ref, a.Consolidated)
	}
	for id, want := range map[string][]string{
		"art1": {"2025-03-24 – 2026-02-19", "from 2026-02-20"},
		"art3": {"2025-03-24 – 2025-05-26", "2025-05-27 – 2026-02-19", "from 2026-02-20"},
		"zal":  {"2025-03-24 – 2026-02-19", "from 2026-02-20"},
	} {
		var got []string
		for _, v := range a.Versions(id) {
			got = append(got, v.Range.String())
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: versions %q, want %q", id, got, want)
		}
	}
	if w, err := a.WordingAt("art2", corpus.MakeDate(2026, 3, 1)); err != nil || w.Since() != corpus.MakeDate(2025, 3, 24) {
		t.Errorf("art. 2 has read the same since 2025-03-24: %v %v", w.Since(), err)
	}
	// The text of 2026 dates art. 3 from 2025-05-27 by the footnote of
	// pkt 1 alone: from then, pkt 1 reads as in 2026 (its footnote with
	// it), and pkt 2 as in 2025 up to the text of 2026, which misprints it.
	for _, tt := range []struct {
		day        corpus.Date
		pkt1, pkt2 string
		footnote   bool
	}{
		{corpus.MakeDate(2025, 5, 1), "Dz. U. z 2024 r. poz. 1190", "nie więcej", false},
		{corpus.MakeDate(2025, 6, 1), "Dz. U. z 2025 r. poz. 1094", "nie więcej", true},
		{corpus.MakeDate(2026, 2, 20), "Dz. U. z 2025 r. poz. 1094", "niewięcej", true},
	} {
		v, _, err := a.At("art3", tt.day)
		if err != nil {
			t.Fatal(err)
		}
		pkt1, pkt2 := v.Unit.Find("art3.ust1.pkt1"), v.Unit.Find("art3.ust1.pkt2")
		if !strings.Contains(pkt1.Text, tt.pkt1) || !strings.Contains(pkt2.Text, tt.pkt2) {
			t.Errorf("art. 3 on %s: pkt 1 %q, pkt 2 %q; want them to hold %q and %q", tt.day, pkt1.Text, pkt2.Text, tt.pkt1, tt.pkt2)
		}
		noted := slices.ContainsFunc(v.Footnotes, func(f corpus.Footnote) bool {
			return f.Unit == pkt1.ID && f.Amendment != nil && f.Amendment.InForce == corpus.MakeDate(2025, 5, 27)
		})
		if noted != tt.footnote || (tt.footnote && len(pkt1.Markers) != 1) {
			t.Errorf("art. 3 on %s: pkt 1's footnote of 2025-05-27 there %v, want %v (markers %+v)", tt.day, noted, tt.footnote, pkt1.Markers)
		}
	}
}

// TestImportOrder checks that the texts of an act land in date order
// whatever the order of the files or of the imports, and that importing a
// text again changes nothing; the act is cited by the newer text either way.
func TestImportOrder(t *testing.T) {
	older, newer := realFiles(t, "DU-2025-677.md"), realFiles(t, "DU-2026-936.md")
	oneGo := importAll(t, nil, append(append([]corpus.File(nil), newer...), older...))
	newerFirst := importAll(t, importAll(t, nil, newer), older)
	olderFirst := importAll(t, importAll(t, nil, older), newer)
	again := importAll(t, olderFirst, append(newer, older...))
	const id = "ustawa-2005-07-07-o-dzialalnosci-lobbingowej-w-procesie-stanowienia-prawa"
	want := versionList(t, olderFirst, id)
	for name, c := range map[string]*corpus.Corpus{"in one import": oneGo, "newer first": newerFirst, "again": again} {
		if got := versionList(t, c, id); !slices.Equal(got, want) {
			t.Errorf("%s: versions\n%q\nwant\n%q", name, got, want)
		}
		a, err := c.Act(id)
		if err != nil {
			t.Fatal(err)
		}
		if a.Consolidated != "Dz. U. z 2026 r. poz. 936" {
			t.Errorf("%s: cited by %q, want the newer consolidated text", name, a.Consolidated)
		}
	}
	if !slices.Contains(want, "art3 2025-05-21 – 2026-02-26 Dz. U. z 2025 r. poz. 677") || !slices.Contains(want, "art3 from 2026-02-27 Dz. U. z 2026 r. poz. 936") {
		t.Errorf("art. 3, repealed from 2026-02-27: %q", want)
	}
}

// versionList lists every version of the act id in c: its unit, range
// and source.
func versionList(t *testing.T, c *corpus.Corpus, id string) []string {
	return eachVersion(t, c, id, func(v *corpus.Version) string { return v.Unit.ID + " " + v.Range.String() + " " + v.Source })
}

// eachVersion returns what line makes of every version of the act id in c.
func eachVersion(t *testing.T, c *corpus.Corpus, id string, line func(*corpus.Version) string) []string {
	t.Helper()
	a, err := c.Act(id)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, v := range a.AllVersions() {
		out = append(out, line(v))
	}
	return out
}

// TestImportOrderSplitBackdated imports the consolidated texts of three
// acts whose newer text dates versions by footnotes of their parts (see
// splitBackdated), with, for two of them, the amending act between them,
// which corpus.Import reads but does not apply (amend.Apply does; a
// version it computes is TestBackdatedSplitWithComputed's case): one file
// at a time in date order and in reverse, all in one import, and each
// file again. Every version is the same, word for word and footnote for
// footnote, whatever the order; of the flood act that includes the
// version split off art. 3 (2025-05-27 – 2026-02-19), so the split runs.
func TestImportOrderSplitBackdated(t *testing.T) {
	for id, tt := range map[string]struct {
		names []string
		split string // a version split off, as "unit from–to", or ""
	}{
		"rozporzadzenie-2017-12-22-stypendium-aplikantow-krajowej-szkoly-sadownictwa-i-prokuratury":            {[]string{"DU-2025-1586.md", "DU-2026-53.md", "DU-2026-594.md"}, ""},
		"rozporzadzenie-2020-10-12-stanowisk-sluzbowych-na-ktorych-funkcjonariusze-sluzby-wieziennej-nie-maja": {[]string{"DU-2025-506.md", "DU-2025-1695.md", "DU-2026-153.md"}, ""},
		"ustawa-2010-08-12-o-wspieraniu-przedsiebiorcow-dotknietych-skutkami-powodzi-z-2010-r":                 {[]string{"DU-2025-453.md", "DU-2026-238.md"}, "art3 2025-05-27 – 2026-02-19"},
	} {
		files := realFiles(t, tt.names...)
		var inOrder, reversed *corpus.Corpus
		for i := range files {
			inOrder = importAll(t, inOrder, files[i:i+1])
			reversed = importAll(t, reversed, files[len(files)-1-i:len(files)-i])
		}
		again := inOrder
		for i := range files {
			again = importAll(t, again, files[i:i+1])
		}
		if ranges := eachVersion(t, inOrder, id, func(v *corpus.Version) string { return v.Unit.ID + " " + v.Range.String() }); tt.split != "" && !slices.Contains(ranges, tt.split) {
			t.Errorf("%s: no version %s among %q", id, tt.split, ranges)
		}
		want := versionTexts(t, inOrder, id)
		for name, c := range map[string]*corpus.Corpus{"reversed": reversed, "in one import": importAll(t, nil, files), "each again": again} {
			if got := versionTexts(t, c, id); !slices.Equal(got, want) {
				t.Errorf("%s, %s: versions differ from those imported in date order:\n%s\nwant\n%s", id, name, strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		}
	}
}

// versionTexts returns every version of the act id in c as FormatVersion
// writes it.
func versionTexts(t *testing.T, c *corpus.Corpus, id string) []string {
	return eachVersion(t, c, id, func(v *corpus.Version) string { return v.Unit.ID + "\n" + string(corpus.FormatVersion(v)) })
}

// versionOf returns the version of doc that holds the top-level unit id.
func versionOf(t *testing.T, doc *corpus.Document, id string) *corpus.Version {
	t.Helper()
	for _, v := range doc.Versions {
		if v.Unit.ID == id {
			return v
		}
	}
	t.Fatalf("%s: no version of %s", doc.File, id)
	return nil
}

// TestFootnoteParagraphs reads a consolidated text whose title footnote
// runs over unindented paragraphs ("[^1]: Niniejsza ustawa wdraża …
// dyrektywy:" then "1) dyrektywę …", "2) dyrektywę …"): they are the
// footnote's, not points of the last article. The excerpt of DU-2025-570
// in testdata is its notice, its last two articles and that footnote, as
// published.
func TestFootnoteParagraphs(t *testing.T) {
	const name = "testdata/du-2025-570-excerpt.md"
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	doc := parseReal(t, name, data)
	if art := versionOf(t, doc, "art30").Unit; len(art.Children) != 0 {
		t.Errorf("art. 30 has %d units, want none: %q", len(art.Children), art.FullText())
	}
	var body string
	for _, f := range doc.Source.Footnotes {
		if f.Label == "1" {
			body = f.Body
		}
	}
	for _, want := range []string{"dyrektywy: 1) dyrektywę Rady 98/59/WE z dnia 20 lipca 1998 r.", "; 2) dyrektywę Parlamentu Europejskiego i Rady (UE) 2019/1158", "str. 79)."} {
		if !strings.Contains(body, want) {
			t.Errorf("footnote [1] of the title %q lacks %q", body, want)
		}
	}
}

// TestAnnexWordInRealProvision reads the amending act DU-2026-53 with
// its § 2 starting with "Załącznik nr 1 do rozporządzenia zmienianego …"
// (a provision such acts have; this one's reads otherwise): § 2 keeps it
// and § 3 follows, and the act's own two annexes keep their numbers.
func TestAnnexWordInRealProvision(t *testing.T) {
	const (
		name = "DU-2026-53.md"
		own  = "Do aplikantów aplikacji sędziowskiej i aplikacji prokuratorskiej, którzy rozpoczęli odbywanie aplikacji w Krajowej Szkole Sądownictwa i Prokuratury przed dniem wejścia w życie niniejszego rozporządzenia, stosuje się przepisy dotychczasowe."
		par2 = "Załącznik nr 1 do rozporządzenia zmienianego w § 1, w brzmieniu nadanym niniejszym rozporządzeniem, stosuje się do stypendium należnego za miesiące począwszy od lutego 2026 r."
	)
	_, replaced := realWithLine(t, name, own, par2)
	doc := parseReal(t, name, replaced)
	var ids []string
	for _, v := range doc.Versions {
		ids = append(ids, v.Unit.ID)
	}
	if want := []string{"wstep", "par1", "par2", "par3", "zal1", "zal2"}; !slices.Equal(ids, want) {
		t.Errorf("units %q, want %q", ids, want)
	}
	if got := versionOf(t, doc, "par2").Unit.Text; got != par2 {
		t.Errorf("§ 2 reads %q, want %q", got, par2)
	}
	if got := versionOf(t, doc, "zal2").Unit.Text; !strings.HasPrefix(got, "KWOTY, O KTÓRE PODWYŻSZA SIĘ STYPENDIUM APLIKANTA ODBYWAJĄCEGO ZAJĘCIA W GDAŃSKU") {
		t.Errorf("annex 2 reads %q", shortText(got))
	}
}

// shortText is the start of s, for a message.
func shortText(s string) string {
	if r := []rune(s); len(r) > 80 {
		return string(r[:80]) + "…"
	}
	return s
}

// TestWrappedGroupWords reads DU-2025-301 with lines of provisions that
// a PDF copy wrapped before a grouping's name ("przepisy" then "dział III
// rozdział 2 ustawy – Kodeks pracy stosuje się odpowiednio."): they stay
// text of their ustęp, and every unit keeps the groupings it has in the
// text as published.
func TestWrappedGroupWords(t *testing.T) {
	const (
		name    = "DU-2025-301.md"
		line    = "2. Wynagrodzenie, o którym mowa w ust. 1, oblicza się stosując zasady obowiązujące przy ustalaniu wynagrodzenia za czas urlopu wypoczynkowego."
		wrapped = "2. Do wynagrodzenia, o którym mowa w ust. 1, przepisy\n\ndział III rozdział 2 ustawy – Kodeks pracy stosuje się odpowiednio."
	)
	data, replaced := realWithLine(t, name, line, wrapped)
	before := parseReal(t, name, data)
	after := parseReal(t, name, replaced)
	groups := func(doc *corpus.Document) []string {
		var out []string
		for _, v := range doc.Versions {
			out = append(out, v.Unit.ID+": "+strings.Join(v.GroupNames(), " / "))
		}
		return out
	}
	if b, a := groups(before), groups(after); !slices.Equal(b, a) {
		t.Errorf("units and their groupings\n%q\nwant\n%q", a, b)
	}
	var got string
	for _, v := range after.Versions {
		if u := v.Unit.Find(v.Unit.ID + ".ust2"); u != nil && strings.HasPrefix(u.Text, "Do wynagrodzenia") {
			got = u.Text
		}
	}
	if want := "Do wynagrodzenia, o którym mowa w ust. 1, przepisy dział III rozdział 2 ustawy – Kodeks pracy stosuje się odpowiednio."; got != want {
		t.Errorf("ust. 2 reads %q, want %q", got, want)
	}
}

// TestCollapsedItemRangesReal reads DU-2025-301 with art. 6 ust. 1 pkt
// 16–18 and ust. 4–5 repealed, each range on one line ("16–18)
// (uchylone)", "4–5. (uchylone)"): art. 6 has the same units as printed
// in full, those repealed.
func TestCollapsedItemRangesReal(t *testing.T) {
	const name = "DU-2025-301.md"
	data, err := os.ReadFile(filepath.Join(realTexts, name))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	for _, r := range []struct{ from, to, ranged string }{
		{"\n16) w strefach wolnocłowych;\n", "\n18) na terenie jednostek penitencjarnych;\n", "\n16–18) (uchylone)\n"},
		{"\n4. Przedsiębiorca, o którym mowa w ust. 1 pkt 27,", "nieodpłatnej pomocy.\n", "\n4–5. (uchylone)\n"},
	} {
		i := strings.Index(text, r.from)
		j := strings.Index(text[max(i, 0):], r.to)
		if i < 0 || j < 0 {
			t.Fatalf("%s: no lines from %q to %q", name, r.from, r.to)
		}
		text = text[:i] + r.ranged + text[i+j+len(r.to):]
	}
	units := func(doc *corpus.Document) (ids, repealed []string) {
		versionOf(t, doc, "art6").Unit.Walk(func(u *corpus.Unit) bool {
			ids = append(ids, u.ID)
			if u.Status == corpus.Repealed {
				repealed = append(repealed, u.ID+" "+u.Text)
			}
			return true
		})
		return ids, repealed
	}
	want, _ := units(readReal(t, name))
	got, repealed := units(parseReal(t, name, []byte(text)))
	if !slices.Equal(got, want) {
		t.Errorf("art. 6 has\n%q\nwant\n%q", got, want)
	}
	if w := []string{"art6.ust1.pkt16 (uchylone)", "art6.ust1.pkt17 (uchylone)", "art6.ust1.pkt18 (uchylone)", "art6.ust4 (uchylone)", "art6.ust5 (uchylone)"}; !slices.Equal(repealed, w) {
		t.Errorf("repealed %q, want %q", repealed, w)
	}
}

// TestAnnexesCaptionReal: where an act's annexes stand under one caption
// ("## Załączniki do rozporządzenia … (Dz. U. z 2026 r. poz. 594)
// Załącznik nr 1[^5]", DU-2026-594.md:118), the caption's word is no text
// of annex 1: its first line reads as the heading of the act's one annex
// in the text before ("## Załącznik do rozporządzenia … (Dz. U. z 2025 r.
// poz. 1586)[^3]", DU-2025-1586.md:124), the reference of each text
// aside, and as annex 1's own in the act on the national emblem, whose
// caption heads its annexes the same way (DU-2025-299).
func TestAnnexesCaptionReal(t *testing.T) {
	firstLine := func(name, id string) string {
		line, _, _ := strings.Cut(versionOf(t, readReal(t, name), id).Unit.Text, "\n")
		return line
	}
	withoutRef := func(s string) string {
		s, _, _ = strings.Cut(s, "(Dz. U.")
		return s
	}
	lone, first := firstLine("DU-2025-1586.md", "zal"), firstLine("DU-2026-594.md", "zal1")
	if withoutRef(first) != withoutRef(lone) || first == lone {
		t.Errorf("annex 1 of DU-2026-594 starts %q; want it as the lone annex of DU-2025-1586, %q, with the reference of its own text", first, lone)
	}
	if got := firstLine("DU-2025-299.md", "zal1"); !strings.HasPrefix(got, "do ustawy z dnia") {
		t.Errorf("annex 1 of DU-2025-299 starts %q, want the caption after its word Załączniki", got)
	}
}

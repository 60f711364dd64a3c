package amend

import (
	"fmt"
	"strings"
	"testing"

	"lexdiff/corpus"
)

func TestEntryIntoForce(t *testing.T) {
	prom := corpus.MakeDate(2021, 11, 30)
	for _, tt := range []struct {
		entry, want string
		except      []string // "par1.pkt2=2022-07-01"
	}{
		{"z dniem 1 lipca 2022 r.", "2022-07-01", nil},
		{"z dniem następującym po dniu ogłoszenia.", "2021-12-01", nil},
		{"z dniem ogłoszenia.", "2021-11-30", nil},
		{"po upływie 14 dni od dnia ogłoszenia.", "2021-12-15", nil},
		{"po upływie czternastu dni od dnia jego ogłoszenia.", "2021-12-15", nil},
		{"po upływie 7 dni od dnia ogłoszenia.", "2021-12-08", nil},
		{"po upływie 3 miesięcy od dnia ogłoszenia.", "2022-03-01", nil}, // the period ends 2022-02-28, the last day of February
		{"po upływie miesiąca od dnia ogłoszenia.", "2021-12-31", nil},
		{"po upływie roku od dnia ogłoszenia.", "2022-12-01", nil},
		{"z pierwszym dniem miesiąca następującego po miesiącu ogłoszenia.", "2021-12-01", nil},
		{"z dniem 1 stycznia 2022 r., z wyjątkiem § 1 pkt 2, który wchodzi w życie z dniem 1 lipca 2022 r.", "2022-01-01",
			[]string{"par1.pkt2=2022-07-01"}},
		{"po upływie 14 dni od dnia ogłoszenia, z wyjątkiem § 1 pkt 1 lit. a i pkt 3, które wchodzą w życie z dniem 1 marca 2022 r.", "2021-12-15",
			[]string{"par1.pkt1.lita=2022-03-01", "par1.pkt3=2022-03-01"}},
		{"z dniem 1 stycznia 2022 r., z wyjątkiem:\n1) § 1 pkt 2, który wchodzi w życie z dniem ogłoszenia;\n2) § 1 pkt 4–6, które wchodzą w życie po upływie 6 miesięcy od dnia ogłoszenia.", "2022-01-01",
			[]string{"par1.pkt2=2021-11-30", "par1.pkt4=2022-05-31", "par1.pkt5=2022-05-31", "par1.pkt6=2022-05-31"}},
		{"z dniem 1 czerwca 2022 r., z wyjątkiem § 1 pkt 2, który wchodzi w życie z dniem następującym po dniu ogłoszenia, z mocą od dnia 1 stycznia 2021 r.", "2022-06-01",
			[]string{"par1.pkt2=2021-01-01"}},
		{"pierwszego dnia miesiąca następującego po miesiącu ogłoszenia.", "2021-12-01", nil},
		{"z pierwszym dniem miesiąca następującego po miesiącu, w którym została ogłoszona.", "2021-12-01", nil},
		{"pierwszego dnia miesiąca następującego po miesiącu, w którym rozporządzenie zostało ogłoszone.", "2021-12-01", nil},
		{"z pierwszym dniem miesiąca następującego po miesiącu, w którym nastąpiło jego ogłoszenie.", "2021-12-01", nil},
		{"z dniem 1 stycznia roku następującego po roku, w którym została ogłoszona.", "2022-01-01", nil},
		{"z dniem 1 stycznia roku następującego po roku jego ogłoszenia.", "2022-01-01", nil},
		{"z pierwszym dniem roku kalendarzowego następującego po roku, w którym została ogłoszona.", "2022-01-01", nil},
		{"z pierwszym dniem miesiąca następującego po miesiącu, w którym została ogłoszona, z wyjątkiem § 1 pkt 2, który wchodzi w życie z dniem 1 stycznia roku następującego po roku, w którym została ogłoszona.", "2021-12-01",
			[]string{"par1.pkt2=2022-01-01"}},
		{"pierwszego dnia miesiąca następującego po upływie 14 dni od dnia ogłoszenia.", "2022-01-01", nil}, // the period ends 2021-12-14
		{"z pierwszym dniem miesiąca następującego po upływie czternastu dni od dnia jego ogłoszenia.", "2022-01-01", nil},
		{"z dniem 1 stycznia 2022 r., z wyjątkiem przepisu § 1 pkt 2, który wchodzi w życie z dniem 1 lipca 2022 r.", "2022-01-01", []string{"par1.pkt2=2022-07-01"}},
		{"z dniem 1 stycznia 2022 r., z wyjątkiem przepisów § 1 pkt 2 i 3, które wchodzą w życie z dniem 1 lipca 2022 r.", "2022-01-01", []string{"par1.pkt2=2022-07-01", "par1.pkt3=2022-07-01"}},
		{"z dniem 1 stycznia 2022 r.; z wyjątkiem § 1 pkt 2, który wchodzi w życie z dniem 1 lipca 2022 r.", "2022-01-01", []string{"par1.pkt2=2022-07-01"}},
		{"z dniem 1 stycznia 2022 r., z tym że § 1 pkt 2 wchodzi w życie z dniem 1 lipca 2022 r.", "2022-01-01", []string{"par1.pkt2=2022-07-01"}},
		{"z dniem 1 stycznia 2022 r., z tym że przepisy § 1 pkt 2 wchodzą w życie z dniem 1 lipca 2022 r.", "2022-01-01", []string{"par1.pkt2=2022-07-01"}},
		{"z dniem 1 stycznia 2022 r., z tym że § 1 pkt 2 stosuje się od dnia 1 marca 2022 r.", "2022-01-01", nil}, // no entry into force: read past
		{"z dniem 1 stycznia 2022 r., z wyjątkiem § 1 pkt 2, który wchodzi w życie z dniem 1 lipca 2022 r., z tym że przepisy wydane na podstawie dotychczasowych przepisów zachowują moc.", "2022-01-01", []string{"par1.pkt2=2022-07-01"}},
		{"z dniem 1 stycznia 2022 r., z wyjątkiem § 1 pkt 1 w zakresie dodawanego § 3a, który wchodzi w życie z dniem 1 lipca 2022 r.", "2022-01-01", []string{"par1.pkt1 (§ 3a)=2022-07-01"}},
		// A list that names the kind again for a unit of another level
		// (DU-2025-680 art. 38, DU-2025-769 art. 48).
		{"z dniem następującym po dniu ogłoszenia, z wyjątkiem § 1 pkt 6 oraz § 3, które wchodzą w życie po upływie 21 dni od dnia ogłoszenia.", "2021-12-01",
			[]string{"par1.pkt6=2021-12-22", "par3=2021-12-22"}},
		{"po upływie 30 dni od dnia ogłoszenia, z wyjątkiem:\n1) § 6, § 11, § 24 pkt 4, 7 i 9, § 38 oraz § 40 ust. 1 i 2, które wchodzą w życie z dniem 1 stycznia 2026 r.;\n2) § 28 oraz § 44, które wchodzą w życie po upływie 9 miesięcy od dnia ogłoszenia.", "2021-12-31",
			[]string{"par6=2026-01-01", "par11=2026-01-01", "par24.pkt4=2026-01-01", "par24.pkt7=2026-01-01", "par24.pkt9=2026-01-01", "par38=2026-01-01",
				"par40.ust1=2026-01-01", "par40.ust2=2026-01-01", "par28=2022-08-31", "par44=2022-08-31"}},
		{"z dniem 1 stycznia 2022 r., z wyjątkiem § 1 pkt 2 i pkt 5 lit. a, które wchodzą w życie z dniem 1 lipca 2022 r.", "2022-01-01", []string{"par1.pkt2=2022-07-01", "par1.pkt5.lita=2022-07-01"}},
	} {
		t.Run(tt.entry, func(t *testing.T) {
			text := strings.Replace(amendingText("w § 3 uchyla się zdanie pierwsze.", tt.entry), "§ 2. Rozporządzenie", "§ 2. Rozporządzenie", 1)
			doc, err := Read("zm.txt", []byte(text), Options{Ref: "Dz. U. z 2021 r. poz. 7", Promulgated: prom})
			if err != nil {
				t.Fatal(err)
			}
			am, err := Parse(doc)
			if err != nil {
				t.Fatal(err)
			}
			if am.InForce.String() != tt.want {
				t.Errorf("in force %s, want %s", am.InForce, tt.want)
			}
			var got []string
			for _, ex := range am.Exceptions {
				for _, id := range ex.Provisions {
					if ex.Scope != "" {
						id += " (" + ex.Scope + ")"
					}
					got = append(got, fmt.Sprintf("%s=%s", id, ex.InForce))
				}
			}
			if strings.Join(got, " ") != strings.Join(tt.except, " ") {
				t.Errorf("exceptions %v, want %v", got, tt.except)
			}
		})
	}
}

// TestExceptionsAfterUnreadDay: when the act's own day cannot be read and
// the metadata gives it, the exceptions after it still count.
func TestExceptionsAfterUnreadDay(t *testing.T) {
	text := amendingText("w § 3 uchyla się zdanie pierwsze.", "z dniem określonym w komunikacie, z wyjątkiem § 1, który wchodzi w życie z dniem 1 lipca 2022 r.")
	doc, err := Read("zm.txt", []byte(text), Options{Ref: "Dz. U. z 2021 r. poz. 7", Promulgated: promulgated})
	if err != nil {
		t.Fatal(err)
	}
	doc.EntryIntoForce = corpus.MakeDate(2022, 3, 1) // as a file of the dataset gives it
	am, err := Parse(doc)
	if err != nil {
		t.Fatal(err)
	}
	if am.InForce.String() != "2022-03-01" || len(am.Exceptions) != 1 || am.Exceptions[0].InForce.String() != "2022-07-01" || am.Operations[0].InForce.String() != "2022-07-01" {
		t.Errorf("in force %s, exceptions %+v, the operation %s", am.InForce, am.Exceptions, am.Operations[0].InForce)
	}
}

func TestEntryIntoForceRefusals(t *testing.T) {
	for _, tt := range []struct {
		entry string
		prom  corpus.Date
		want  string
	}{
		{"kiedyś.", promulgated, "§ 2: cannot read when it enters into force from „kiedyś.”: want a day"},
		{"z pierwszym dniem miesiąca następującego po miesiącu, w którym upłynie termin.", promulgated, "cannot read when it enters into force"},
		{"z dniem 31 lutego 2022 r.", promulgated, `"31 lutego 2022" is not a day of the calendar`},
		{"z dniem 1 stycznia 2022 r., z wyjątkiem przepisów przejściowych.", promulgated, "an exception to the entry into force: cannot read „przejściowych.”: want the provisions"},
		{"z dniem 1 stycznia 2022 r., z wyjątkiem § 1 w zakresie odnoszącym się do żołnierzy, który wchodzi w życie z dniem 1 lipca 2022 r.", promulgated, "cannot read „żołnierzy, który wchodzi w życie z dniem 1 lipca 2022 r.”: want one unit of the amended act"},
	} {
		doc, err := Read("zm.txt", []byte(amendingText("w § 3 uchyla się zdanie pierwsze.", tt.entry)), Options{Ref: "Dz. U. z 2021 r. poz. 7", Promulgated: tt.prom})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Parse(doc); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error %v, want %q", tt.entry, err, tt.want)
		}
	}
}

// TestExceptionScope: "z wyjątkiem § 1 w zakresie § 2 ust. 2" sets the day
// of the changes § 1 makes to § 2 ust. 2, and of no other.
func TestExceptionScope(t *testing.T) {
	instructions := "wprowadza się następujące zmiany:\n1) w § 3 wyrazy „14 dni” zastępuje się wyrazami „21 dni”;\n2) w § 2 ust. 2 otrzymuje brzmienie:\n„2. Wniosek składa się na piśmie.”."
	entry := "z dniem 1 stycznia 2022 r., z wyjątkiem § 1 w zakresie § 2 ust. 2, który wchodzi w życie z dniem 1 lipca 2022 r."
	doc, err := Read("zm.txt", []byte(amendingText(instructions, entry)), Options{Ref: "Dz. U. z 2021 r. poz. 7", Promulgated: promulgated})
	if err != nil {
		t.Fatal(err)
	}
	am, err := Parse(doc)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, op := range am.Operations {
		got = append(got, fmt.Sprintf("%s=%s", op.Where(), op.InForce))
	}
	if want := []string{"§ 3=2022-01-01", "§ 2 ust. 2=2022-07-01"}; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("operations %v, want %v", got, want)
	}
}

// TestExceptionScopeNamesSomeUnits: an exception "w zakresie dodawanego §
// 3b" dates § 3b of "dodaje się § 3a i 3b", and not § 3a; the units of one
// instruction taking effect on different days stand in their order. One
// "w zakresie § 2 ust. 3" dates the change in ust. 3 of "w ust. 1 i 3 w
// pkt 1 …", and not in ust. 1.
func TestExceptionScopeNamesSomeUnits(t *testing.T) {
	instructions := "wprowadza się następujące zmiany:\n1) po § 3 dodaje się § 3a i 3b w brzmieniu:\n„§ 3a. Pierwszy.\n§ 3b. Drugi.”;\n2) w § 2 po ust. 1 dodaje się ust. 1a i 1b w brzmieniu:\n„1a. Trzeci.\n1b. Czwarty.”;\n3) w § 2 w ust. 1 i 3 w pkt 1 na końcu dodaje się wyrazy „w oryginale”."
	entry := "z dniem 1 lutego 2021 r., z wyjątkiem:\n1) § 1 pkt 1 w zakresie dodawanego § 3b, który wchodzi w życie z dniem 1 marca 2021 r.;\n2) § 1 pkt 2 w zakresie dodawanego § 2 ust. 1a, który wchodzi w życie z dniem 1 marca 2021 r.;\n3) § 1 pkt 3 w zakresie § 2 ust. 3, który wchodzi w życie z dniem 1 marca 2021 r."
	res, err := applyTo(t, amendingText(instructions, entry), baseAct(t, "rozp", "Dz. U. z 2020 r. poz. 100"))
	if err != nil {
		t.Fatal(err)
	}
	a := res.Changes[0].Act
	feb, mar := corpus.MakeDate(2021, 2, 1), corpus.MakeDate(2021, 3, 1)
	for _, tt := range []struct {
		cit  string
		day  corpus.Date
		want string
	}{
		{"§ 3a", feb, "§ 3a. Pierwszy."},
		{"§ 3b", feb, "error: § 3b of rozp was not in force on 2021-02-01; nearest version: from 2021-03-01 (after)"},
		{"§ 3b", mar, "§ 3b. Drugi."},
		{"§ 2 ust. 1b", feb, "1b. Czwarty."},
		{"§ 2 ust. 1 pkt 1", feb, "1) imię i nazwisko wnioskodawcy w oryginale;"},
		{"§ 2 ust. 3 pkt 1", feb, "1) kopię dokumentu;"},
		{"§ 2", mar, "§ 2. 1. Wniosek zawiera:\n1) imię i nazwisko wnioskodawcy w oryginale;\n2) adres wnioskodawcy;\n3) numer telefonu.\n1a. Trzeci.\n1b. Czwarty.\n2. Wniosek składa się w postaci elektronicznej.\n3. Do wniosku dołącza się:\n1) kopię dokumentu w oryginale;\n2) oświadczenie:\na) o niekaralności,\nb) o stanie zdrowia\n– złożone pod rygorem odpowiedzialności karnej."},
	} {
		if got := textAt(t, a, tt.cit, tt.day); got != tt.want {
			t.Errorf("%s on %s: mismatch\nwant %q\ngot  %q", tt.cit, tt.day, tt.want, got)
		}
	}
	if got := textAt(t, a, "§ 2 ust. 1a", feb); !strings.HasPrefix(got, "error") {
		t.Errorf("§ 2 ust. 1a on %s: %q, want none", feb, got)
	}
}

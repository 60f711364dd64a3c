package diff

import (
	"slices"
	"testing"

	"lexdiff/corpus/corpustest"
)

// Changes between two versions of texts written for the cases the sample
// lacks.
func TestVersions(t *testing.T) {
	const list = "§ 1. Wniosek zawiera:\n1) imię;\n2) nazwisko;\n3) adres.\n"
	const repealNote = "\n[1] Uchylony przez art. 1 pkt 2 ustawy z dnia 5 maja 2020 r. o zmianie ustawy (Dz. U. poz. 875), która weszła w życie 1 czerwca 2020 r.\n"
	tests := []struct {
		name     string
		old, new string
		want     []string
	}{
		{"inserted pkt 2a", list, "§ 1. Wniosek zawiera:\n1) imię;\n2) nazwisko;\n2a) numer PESEL;\n3) adres.\n",
			[]string{"par1.pkt2a added"}},
		{"repealed", list, "§ 1. Wniosek zawiera:\n1) imię;\n2) (uchylony) [1]\n3) adres.\n" + repealNote,
			[]string{"par1.pkt2 repealed(repealed) @Dz. U. z 2020 r. poz. 875 2020-06-01 fn1:added"}},
		{"omitted is not repealed", list, "§ 1. Wniosek zawiera:\n1) imię;\n2) (pominięty)\n3) adres.\n",
			[]string{"par1.pkt2 lapsed(omitted)"}},
		{"lost force is not repealed", list, "§ 1. Wniosek zawiera:\n1) imię;\n2) (utracił moc)\n3) adres.\n",
			[]string{"par1.pkt2 lapsed(lost-force)"}},
		{"expired is not repealed", list, "§ 1. Wniosek zawiera:\n1) imię;\n2) (wygasł)\n3) adres.\n",
			[]string{"par1.pkt2 lapsed(expired)"}},
		{"restored", "§ 1. Wniosek zawiera:\n1) imię;\n2) (uchylony)\n3) adres.\n", list,
			[]string{"par1.pkt2 restored"}},
		{"restored after lapsing", "§ 1. Wniosek zawiera:\n1) imię;\n2) (wygasł)\n3) adres.\n", list,
			[]string{"par1.pkt2 restored"}},
		{"removed", list, "§ 1. Wniosek zawiera:\n1) imię;\n2) nazwisko.\n",
			[]string{"par1.pkt2 modified/formatting", "par1.pkt3 removed"}},
		{"renumbered", list, "§ 1. Wniosek zawiera:\n1) imię;\n2) drugie imię;\n3) nazwisko;\n4) adres.\n",
			[]string{"par1.pkt2 added", "par1.pkt3 moved<-par1.pkt2", "par1.pkt4 moved<-par1.pkt3"}},
		{"renumbered with letters",
			"§ 1. Wniosek zawiera:\n1) imię;\n2) adres:\na) ulica,\nb) miasto;\n3) podpis.\n",
			"§ 1. Wniosek zawiera:\n1) imię;\n2) telefon;\n3) adres:\na) ulica,\nb) miasto;\n4) podpis.\n",
			[]string{"par1.pkt2 added", "par1.pkt3 moved<-par1.pkt2", "par1.pkt4 moved<-par1.pkt3"}},
		{"list grows", "§ 1. Wniosek zawiera:\n1) imię;\n2) nazwisko.\n", "§ 1. Wniosek zawiera:\n1) imię;\n2) nazwisko;\n3) adres.\n",
			[]string{"par1.pkt2 modified/formatting", "par1.pkt3 added"}},
		{"letters grow ; to ,", "§ 1. Jednostka:\na) szkoła publiczna,\nb) placówka;\n", "§ 1. Jednostka:\na) szkoła publiczna,\nb) placówka,\nc) uczelnia;\n",
			[]string{"par1.litb modified/formatting", "par1.litc added"}},
		{"quotes dashes and spaces", "§ 1. Wniosek, zwany dalej \"wnioskiem\" - składa się  na piśmie.\n", "§ 1. Wniosek, zwany dalej „wnioskiem” – składa się na piśmie.\n",
			[]string{"par1 modified/formatting"}},
		{"words a PDF glued or split", "§ 1. Wniosek składa się nie później niż w dniu operacyjno-rozpoznawczym.\n", "§ 1. Wniosek składa się niepóźniej niż w dniu operacyjno- -rozpoznawczym.\n",
			[]string{"par1 modified/formatting"}},
		{"reference with several positions",
			"§ 1. Przepisy ustawy z dnia 7 września 1991 r. o systemie oświaty (Dz. U. z 2019 r. poz. 1481) stosuje się.\n",
			"§ 1. Przepisy ustawy z dnia 7 września 1991 r. o systemie oświaty (Dz. U. z 2019 r. poz. 1942 oraz z 2020 r. poz. 695) stosuje się.\n",
			[]string{"par1 modified/reference"}},
		{"t.j. and z późn. zm. added to a reference",
			"§ 1. Przepisy ustawy o systemie oświaty (Dz. U. z 2016 r. poz. 1943) stosuje się.\n",
			"§ 1. Przepisy ustawy o systemie oświaty (t.j. Dz. U. z 2016 r. poz. 1943 z późn. zm.) stosuje się.\n",
			[]string{"par1 modified/reference"}},
		{"reference added",
			"§ 1. Przepisy ustawy o systemie oświaty stosuje się.\n",
			"§ 1. Przepisy ustawy o systemie oświaty (t.j. Dz. U. z 2016 r. poz. 1943 z późn. zm.) stosuje się.\n",
			[]string{"par1 modified/wording"}},
		{"citation dropped",
			"§ 1. Przepisy ustawy (Dz. U. z 2019 r. poz. 1148) stosuje się.\n",
			"§ 1. Przepisy ustawy stosuje się.\n",
			[]string{"par1 modified/wording"}},
		{"one of two citations dropped",
			"§ 1. Przepisy ustawy (Dz. U. z 2019 r. poz. 1148) i ustawy (Dz. U. z 2020 r. poz. 910) stosuje się.\n",
			"§ 1. Przepisy ustawy (Dz. U. z 2021 r. poz. 1148) i ustawy stosuje się.\n",
			[]string{"par1 modified/wording"}},
		{"journal changed",
			"§ 1. Przepisy uchwały (Dz. U. z 2019 r. poz. 1148) stosuje się.\n",
			"§ 1. Przepisy uchwały (M.P. z 2019 r. poz. 1148) stosuje się.\n",
			[]string{"par1 modified/wording"}},
		{"wording next to a reference",
			"§ 1. Przepisy ustawy (Dz. U. z 2019 r. poz. 1481) stosuje się.\n",
			"§ 1. Przepisy ustawy (Dz. U. z 2020 r. poz. 910) stosuje się odpowiednio.\n",
			[]string{"par1 modified/wording"}},
		{"closing part", "§ 1. Wniosek zawiera:\n1) imię,\n2) nazwisko\n– jeżeli je podano.\n", "§ 1. Wniosek zawiera:\n1) imię,\n2) nazwisko\n– jeżeli je podano we wniosku.\n",
			[]string{"par1 modified/wording"}},
		{"heading", "§ 1. [Wniosek] Wniosek składa się na piśmie.\n", "§ 1. [Treść wniosku] Wniosek składa się na piśmie.\n",
			[]string{"par1 annotated heading"}},
		{"marker moved", "§ 1. Wniosek składa się [1] na piśmie.\n\n[1] Obecnie: w postaci elektronicznej.\n", "§ 1. Wniosek składa się na piśmie [1].\n\n[1] Obecnie: w postaci elektronicznej.\n",
			[]string{"par1 annotated fn1:moved"}},
		{"marker follows its words", "§ 1. Wniosek składa się na piśmie [1].\n\n[1] Obecnie: w postaci elektronicznej.\n", "§ 1. Wniosek zawsze składa się na piśmie [2].\n\n[2] Obecnie: w postaci elektronicznej.\n",
			[]string{"par1 modified/wording"}},
		{"footnote body changed", "§ 1. Wniosek [1].\n\n[1] Obecnie: minister.\n", "§ 1. Wniosek [1].\n\n[1] Obecnie: wojewoda.\n",
			[]string{"par1 annotated fn1:changed"}},
		{"identical tirets are not moves",
			"§ 1. Organ:\na) pierwszy:\n– minister,\nb) drugi:\n– minister,\n– wojewoda.\n",
			"§ 1. Organ:\na) pierwszy:\n– minister,\nb) drugi:\n– wojewoda,\n– minister.\n",
			[]string{"par1.litb.tir1 moved/formatting<-par1.litb.tir2 replaces(par1.litb.tir1 removed)", "par1.litb.tir2 added"}},
		{"deleted and renumbered", list, "§ 1. Wniosek zawiera:\n1) nazwisko;\n2) adres.\n",
			[]string{"par1.pkt1 moved<-par1.pkt2 replaces(par1.pkt1 removed)", "par1.pkt2 moved<-par1.pkt3"}},
		{"renumbered into a moved parent", "§ 1. Organ:\n1) pierwszy:\na) minister,\nb) wojewoda;\n2) drugi.\n",
			"§ 1. Organ:\n1) trzeci:\na) starosta;\n2) pierwszy:\na) wojewoda;\n3) drugi.\n",
			[]string{"par1.pkt1 added", "par1.pkt1.lita added replaces(par1.pkt1.lita removed)", "par1.pkt2 moved<-par1.pkt1",
				"par1.pkt2.lita moved<-par1.pkt1.litb", "par1.pkt3 moved<-par1.pkt2"}},
		{"attributed through an ancestor",
			"§ 1. 1. Wniosek.\n2. Wniosek zawiera:\n1) imię;\n2) nazwisko.\n",
			"§ 1. 1. Wniosek.\n2. Wniosek zawiera [1]:\n1) imię;\n2) nazwisko i adres.\n\n[1] W brzmieniu ustalonym przez § 1 pkt 2 rozporządzenia z dnia 1 marca 2021 r. (Dz. U. poz. 500). Zmiana weszła w życie 1 kwietnia 2021 r.\n",
			[]string{"par1.ust2 annotated fn1:added", "par1.ust2.pkt2 modified/wording @Dz. U. z 2021 r. poz. 500 2021-04-01"}},
		{"amendment from outside the window is not the cause",
			"§ 1. Wniosek zawiera imię.\n",
			"§ 1. Wniosek zawiera nazwisko [1].\n\n[1] W brzmieniu ustalonym przez § 1 rozporządzenia z dnia 1 marca 2010 r. (Dz. U. poz. 50). Zmiana weszła w życie 1 kwietnia 2010 r.\n",
			[]string{"par1 modified/wording fn1:added"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old := corpustest.Version(t, "2019-01-01 2020-12-31", tt.old)
			new := corpustest.Version(t, "2021-01-01", tt.new)
			changes := Versions(old, new)
			if got := summaries(changes); !slices.Equal(got, tt.want) {
				t.Errorf("changes mismatch\nwant %q\ngot  %q", tt.want, got)
			}
			if id := repeatedID(changes); id != "" {
				t.Errorf("unit %s changes more than once", id)
			}
		})
	}
}

// repeatedID returns a unit id that occurs more than once among changes,
// or "".
func repeatedID(changes []Change) string {
	seen := map[string]bool{}
	for _, c := range changes {
		if seen[c.Unit] {
			return c.Unit
		}
		seen[c.Unit] = true
	}
	return ""
}

// A version that is not there (not in force) makes every unit added or
// removed.
func TestVersionsOneSide(t *testing.T) {
	v := corpustest.Version(t, "2019-01-01", "§ 1. Wniosek zawiera:\n1) imię;\n2) nazwisko.\n")
	tests := []struct {
		name     string
		old, new bool
		want     []string
	}{
		{"added", false, true, []string{"par1 added", "par1.pkt1 added", "par1.pkt2 added"}},
		{"removed", true, false, []string{"par1 removed", "par1.pkt1 removed", "par1.pkt2 removed"}},
		{"neither", false, false, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var old, new = v, v
			if !tt.old {
				old = nil
			}
			if !tt.new {
				new = nil
			}
			if got := summaries(Versions(old, new)); !slices.Equal(got, tt.want) {
				t.Errorf("changes mismatch\nwant %q\ngot  %q", tt.want, got)
			}
		})
	}
}

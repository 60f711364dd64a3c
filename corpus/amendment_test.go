package corpus

import "testing"

// An amendmentWant is what parseAmendment must read from a note.
type amendmentWant struct {
	body                  string
	kind                  AmendmentKind
	scope, provision, act string
	ref, inForce          string
}

// checkAmendments checks parseAmendment on each of tests.
func checkAmendments(t *testing.T, tests []amendmentWant) {
	t.Helper()
	for _, tt := range tests {
		a := parseAmendment(tt.body)
		if a == nil {
			t.Errorf("%q: read as an editorial note", tt.body)
			continue
		}
		ref := ""
		if a.Ref != nil {
			ref = a.Ref.String()
		}
		if a.Kind != tt.kind || a.Scope != tt.scope || a.Provision != tt.provision || a.Act != tt.act || ref != tt.ref || a.InForce.String() != tt.inForce {
			t.Errorf("%q:\n got %s %q %q %q %q %s\nwant %s %q %q %q %q %s", tt.body,
				a.Kind, a.Scope, a.Provision, a.Act, ref, a.InForce, tt.kind, tt.scope, tt.provision, tt.act, tt.ref, tt.inForce)
		}
	}
}

// TestPluralChangeNotes: "Ze zmianami wprowadzonymi przez" (the plural of
// "Ze zmianą wprowadzoną przez"), as a note and as a later clause, with
// several provisions ("art. 4 pkt 1a i 1b"), was read as an editorial
// note: the unit lost its act and its day (the reviewer's case 30, art. 2
// of the Sunday trading act).
func TestPluralChangeNotes(t *testing.T) {
	checkAmendments(t, []amendmentWant{
		{"Ze zmianami wprowadzonymi przez art. 4 pkt 1a i 1b ustawy z dnia 6 grudnia 2024 r. o zmianie ustawy o dniach wolnych od pracy oraz niektórych innych ustaw (Dz. U. poz. 1965), która weszła w życie z dniem 1 lutego 2025 r.",
			Changed, "", "art. 4 pkt 1a i 1b", "ustawy z dnia 6 grudnia 2024 r. o zmianie ustawy o dniach wolnych od pracy oraz niektórych innych ustaw", "Dz. U. z 2024 r. poz. 1965", "2025-02-01"},
		{"Ze zmianami wprowadzonymi przez § 1 pkt 2–4 rozporządzenia z dnia 3 marca 2025 r. (Dz. U. poz. 300), które weszło w życie z dniem 1 kwietnia 2025 r.",
			Changed, "", "§ 1 pkt 2–4", "rozporządzenia z dnia 3 marca 2025 r.", "Dz. U. z 2025 r. poz. 300", "2025-04-01"},
		{"W brzmieniu ustalonym przez art. 1 ustawy z dnia 5 stycznia 2025 r. (Dz. U. poz. 5), która weszła w życie z dniem 1 lutego 2025 r.; ze zmianami wprowadzonymi przez art. 3 i art. 5 ustawy z dnia 2 lutego 2025 r. (Dz. U. poz. 9), która weszła w życie z dniem 1 marca 2025 r.",
			Changed, "", "art. 3 i art. 5", "ustawy z dnia 2 lutego 2025 r.", "Dz. U. z 2025 r. poz. 9", "2025-03-01"},
	})
}

// TestChangeNotesDateUnits: a unit whose note is in those phrasings is
// dated by it, with its act.
func TestChangeNotesDateUnits(t *testing.T) {
	doc := parseNotice(t, `##### § 1.

[^1] Tekst zmieniony dwukrotnie.

##### § 2.

Tekst.

[^1]: Ze zmianami wprowadzonymi przez § 1 pkt 1 i 2 rozporządzenia Ministra Zdrowia z dnia 5 stycznia 2025 r. zmieniającego rozporządzenie w sprawie próbnej (Dz. U. poz. 20), które weszło w życie z dniem 1 lutego 2025 r.
`)
	checkDated(t, doc, map[string]Date{"par1": MakeDate(2025, 2, 1)})
}

// checkDated checks the day the version of each unit of want starts, and
// that its note names its act.
func checkDated(t *testing.T, doc *Document, want map[string]Date) {
	t.Helper()
	for id, from := range want {
		v, _ := unitOf(t, doc, id)
		if v.Range.From != from || len(v.Footnotes) != 1 || v.Footnotes[0].Amendment == nil || v.Footnotes[0].Amendment.Ref == nil {
			t.Errorf("%s from %s, notes %+v; want from %s, its note's act", id, v.Range.From, v.Footnotes, from)
		}
	}
}

// TestLostForceNotes: a unit, or a part of it, that lost force by a
// ruling of the Constitutional Tribunal or by another act, in every
// gender, was read as an editorial note ("Zdanie drugie utraciło moc …"
// is DU/2026/1066's note [^10] on art. 76 ust. 1); the variant "Z dniem …
// utracił moc na podstawie …" was read, with "utracił moc" in its act. A
// note on a unit that cites an act which lost force tells of that act
// (DU/2026/81, DU/2025/299, DU/2025/76); so does one that a unit lost
// force only in a scope, whose words stand.
func TestLostForceNotes(t *testing.T) {
	checkAmendments(t, []amendmentWant{
		{"Utracił moc z dniem 5 lutego 2025 r. na podstawie wyroku Trybunału Konstytucyjnego z dnia 28 stycznia 2025 r. sygn. akt K 1/24 (Dz. U. poz. 120).",
			Removed, "", "", "wyroku Trybunału Konstytucyjnego z dnia 28 stycznia 2025 r. sygn. akt K 1/24", "Dz. U. z 2025 r. poz. 120", "2025-02-05"},
		{"Utraciła moc z dniem 5 lutego 2025 r. na podstawie wyroku Trybunału Konstytucyjnego z dnia 28 stycznia 2025 r. sygn. akt K 1/24 (Dz. U. poz. 120).",
			Removed, "", "", "wyroku Trybunału Konstytucyjnego z dnia 28 stycznia 2025 r. sygn. akt K 1/24", "Dz. U. z 2025 r. poz. 120", "2025-02-05"},
		{"Utraciły moc z dniem 1 lipca 2024 r. na podstawie art. 12 ustawy z dnia 5 czerwca 2024 r. (Dz. U. poz. 800).",
			Removed, "", "art. 12", "ustawy z dnia 5 czerwca 2024 r.", "Dz. U. z 2024 r. poz. 800", "2024-07-01"},
		{"Zdanie drugie utraciło moc z dniem 19 lipca 2012 r. na podstawie wyroku Trybunału Konstytucyjnego z dnia 10 lipca 2012 r. sygn. akt P 15/12 (Dz. U. poz. 827).",
			Removed, "Zdanie drugie", "", "wyroku Trybunału Konstytucyjnego z dnia 10 lipca 2012 r. sygn. akt P 15/12", "Dz. U. z 2012 r. poz. 827", "2012-07-19"},
		{"Utracił moc z dniem 1 stycznia 2021 r. na podstawie art. 10 ustawy z dnia 5 grudnia 2020 r. o zmianie niektórych ustaw w zakresie ochrony zdrowia (Dz. U. poz. 1).",
			Removed, "", "art. 10", "ustawy z dnia 5 grudnia 2020 r. o zmianie niektórych ustaw w zakresie ochrony zdrowia", "Dz. U. z 2020 r. poz. 1", "2021-01-01"},
		{"Z dniem 5 lutego 2025 r. utracił moc na podstawie wyroku Trybunału Konstytucyjnego z dnia 28 stycznia 2025 r. sygn. akt K 1/24 (Dz. U. poz. 120).",
			Removed, "", "", "wyroku Trybunału Konstytucyjnego z dnia 28 stycznia 2025 r. sygn. akt K 1/24", "Dz. U. z 2025 r. poz. 120", "2025-02-05"},
	})
	checkEditorial(t, []string{
		"Ustawa utraciła moc z dniem 1 października 2010 r., z wyjątkiem art. 5 oraz art. 60–67, które utraciły moc z dniem 31 grudnia 2010 r., na podstawie art. 9 ustawy z dnia 30 kwietnia 2010 r. – Przepisy wprowadzające ustawy reformujące system nauki (Dz. U. poz. 620), która weszła w życie z dniem 1 października 2010 r.",
		"Dekret z dnia 7 grudnia 1955 r. o godle i barwach Polskiej Rzeczypospolitej Ludowej oraz o pieczęciach państwowych utracił moc z dniem 24 września 2005 r. na podstawie art. 3 ustawy z dnia 28 lipca 2005 r. o zmianie ustawy o godle, barwach i hymnie Rzeczypospolitej Polskiej (Dz. U. poz. 1461).",
		"Niniejsze rozporządzenie było poprzedzone rozporządzeniem Ministra Spraw Zagranicznych z dnia 23 kwietnia 2013 r. w sprawie opłat konsularnych (Dz. U. poz. 522), które utraciło moc z dniem wejścia w życie niniejszego rozporządzenia.",
		// Lost force only in a scope: the words stand, undated.
		"Utracił moc z dniem 20 grudnia 2019 r. w zakresie, w jakim nie przewiduje odwołania, na podstawie wyroku Trybunału Konstytucyjnego z dnia 10 grudnia 2019 r. sygn. akt K 5/18 (Dz. U. poz. 2400).",
		"Utracił moc z dniem 20 grudnia 2019 r. na podstawie wyroku Trybunału Konstytucyjnego z dnia 10 grudnia 2019 r. sygn. akt K 5/18 (Dz. U. poz. 2400) w zakresie, w jakim nie przewiduje odwołania.",
		"Utracił moc z dniem 20 grudnia 2019 r., w zakresie, w jakim nie przewiduje odwołania, na podstawie wyroku Trybunału Konstytucyjnego z dnia 10 grudnia 2019 r. sygn. akt K 5/18 (Dz. U. poz. 2400).",
	})
}

// checkEditorial checks that each of notes is read as an editorial note,
// recording no amendment.
func checkEditorial(t *testing.T, notes []string) {
	t.Helper()
	for _, note := range notes {
		if a := parseAmendment(note); a != nil {
			t.Errorf("%q is editorial, read as %+v", note, a)
		}
	}
}

// TestLostForceDatesUnits: a unit that lost force is dated by its note
// (the reviewer's case 30, art. 17 of the Sunday trading act, came out
// dated from the text's day).
func TestLostForceDatesUnits(t *testing.T) {
	doc := parseNotice(t, `##### § 1.

Tekst.

##### § 2.

(utracił moc)[^2]

[^2]: Utracił moc z dniem 5 lutego 2025 r. na podstawie wyroku Trybunału Konstytucyjnego z dnia 28 stycznia 2025 r. sygn. akt K 1/24 (Dz. U. poz. 120).
`)
	checkDated(t, doc, map[string]Date{"par2": MakeDate(2025, 2, 5)})
}

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

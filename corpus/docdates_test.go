package corpus

import (
	"os"
	"testing"
)

// TestOldPartNoteDatesOnlyThePart: in DU/2026/81 (excerpt, verbatim) the
// only note of art. 8 is a Constitutional Tribunal ruling of 2006 on
// ust. 2 and 3, kept from text to text; the previous consolidated text is
// of 2024. The other parts of art. 8 may have changed between 2006 and
// 2024 by amendments this text notes no more, so the note does not date
// art. 8 back: the corpus knows art. 8 from the text's day on (what it
// said in 2010 is unknown, not the 2026 wording). Art. 11, whose pkt 8 and
// 9 were added in 2025 (since the previous text), is still dated so.
func TestOldPartNoteDatesOnlyThePart(t *testing.T) {
	data, err := os.ReadFile("testdata/du-2026-81-excerpt.md")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ParseDocument("DU-2026-81.md", data)
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]Date{
		"art8":  MakeDate(2026, 1, 21),
		"art11": MakeDate(2025, 12, 2),
		"art9":  MakeDate(2026, 1, 21),
	} {
		if v, _ := unitOf(t, doc, id); v.Range.From != want {
			t.Errorf("%s from %s, want %s", id, v.Range.From, want)
		}
	}
	// The note itself still dates the part it is on.
	if f := noteOn(t, doc, "art8.ust2", "1"); f.Amendment == nil || f.Amendment.InForce != MakeDate(2006, 6, 30) {
		t.Errorf("art. 8 ust. 2's note: %+v, want dated 2006-06-30", f)
	}
}

// TestOldNoteOnTheUnitDatesIt: a note on a top-level unit itself speaks of
// the whole unit: it dates the unit however old, and a recent note on a
// part dates the unit as before.
func TestOldNoteOnTheUnitDatesIt(t *testing.T) {
	doc := parseNotice(t, `##### § 1.

(utracił moc)[^1]

##### § 2.

1. Tekst.

2.[^2] (utracił moc)

3.[^3] Tekst dodany.

[^1]: Utracił moc z dniem 30 czerwca 2006 r. na podstawie wyroku Trybunału Konstytucyjnego z dnia 13 września 2005 r. sygn. akt K 38/04 (Dz. U. poz. 1567).

[^2]: Z dniem 30 czerwca 2006 r. na podstawie wyroku Trybunału Konstytucyjnego z dnia 13 września 2005 r. sygn. akt K 38/04 (Dz. U. poz. 1567).

[^3]: Dodany przez § 1 rozporządzenia Ministra Zdrowia z dnia 5 stycznia 2025 r. zmieniającego rozporządzenie w sprawie próbnej (Dz. U. poz. 20), które weszło w życie z dniem 1 lutego 2025 r.
`)
	for id, want := range map[string]Date{"par1": MakeDate(2006, 6, 30), "par2": MakeDate(2025, 2, 1)} {
		if v, _ := unitOf(t, doc, id); v.Range.From != want {
			t.Errorf("%s from %s, want %s", id, v.Range.From, want)
		}
	}
}

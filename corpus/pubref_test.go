package corpus

import (
	"reflect"
	"testing"
)

func TestFindPubRefs(t *testing.T) {
	tests := []struct {
		text  string
		want  string // the matched text
		items []PubItem
		tj    bool
		zm    bool
	}{
		{"Karta Nauczyciela (Dz. U. z 2019 r. poz. 2215), dyrektora", "Dz. U. z 2019 r. poz. 2215", []PubItem{{2019, 0, 2215}}, false, false},
		{"(Dz. U. z 2019 r. poz. 1942 oraz z 2020 r. poz. 695)", "Dz. U. z 2019 r. poz. 1942 oraz z 2020 r. poz. 695", []PubItem{{2019, 0, 1942}, {2020, 0, 695}}, false, false},
		{"(Dz. U. z 2019 r. poz. 443 i 1486)", "Dz. U. z 2019 r. poz. 443 i 1486", []PubItem{{2019, 0, 443}, {2019, 0, 1486}}, false, false},
		{"Dz.U.2020.2170 tekst jednolity", "Dz.U.2020.2170", []PubItem{{2020, 0, 2170}}, false, false},
		{"(Dz.U. poz. 1557). Zmiana", "Dz.U. poz. 1557", []PubItem{{0, 0, 1557}}, false, false},
		{"(Dz. U. t.j. z 2016 r. poz. 1927 z późn. zm.) w", "Dz. U. t.j. z 2016 r. poz. 1927 z późn. zm.", []PubItem{{2016, 0, 1927}}, true, true},
		{"(M. P. z 2018 r. poz. 12)", "M. P. z 2018 r. poz. 12", []PubItem{{2018, 0, 12}}, false, false},
		{"ELI DU/2019/2215.", "DU/2019/2215", []PubItem{{2019, 0, 2215}}, false, false},
		{"(Dz. U. Nr 12, poz. 34)", "Dz. U. Nr 12, poz. 34", []PubItem{{0, 12, 34}}, false, false},
		{"(Dz. U. z 2020 r. poz. 1220, 1492 i 2112).", "Dz. U. z 2020 r. poz. 1220, 1492 i 2112", []PubItem{{2020, 0, 1220}, {2020, 0, 1492}, {2020, 0, 2112}}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			refs := FindPubRefs(tt.text)
			if len(refs) != 1 {
				t.Fatalf("FindPubRefs(%q) found %d refs, want 1: %+v", tt.text, len(refs), refs)
			}
			r := refs[0]
			if got := tt.text[r.Start:r.End]; got != tt.want {
				t.Errorf("span = %q, want %q", got, tt.want)
			}
			if !reflect.DeepEqual(r.Items, tt.items) || r.Consolidated != tt.tj || r.LaterAmendments != tt.zm {
				t.Errorf("got %+v, want items %+v tj=%v zm=%v", r, tt.items, tt.tj, tt.zm)
			}
		})
	}
}

func TestFindPubRefsNone(t *testing.T) {
	for _, text := range []string{"art. 50 ust. 3 i 4–7 ustawy", "z dnia 26 stycznia 1982 r.", "Dz. U. bez pozycji", ""} {
		if refs := FindPubRefs(text); len(refs) != 0 {
			t.Errorf("FindPubRefs(%q) = %+v, want none", text, refs)
		}
	}
}

func TestParsePubRef(t *testing.T) {
	for _, s := range []string{"Dz. U. z 2017 r. poz. 1399", "Dz.U. 2017 poz. 1399", "Dz.U.2017.1399", "DU/2017/1399"} {
		r, err := ParsePubRef(s)
		if err != nil {
			t.Errorf("ParsePubRef(%q): %v", s, err)
			continue
		}
		if r.ELI() != "DU/2017/1399" {
			t.Errorf("ParsePubRef(%q).ELI() = %q, want DU/2017/1399", s, r.ELI())
		}
	}
	if _, err := ParsePubRef("poz. 1399"); err == nil {
		t.Error("ParsePubRef(\"poz. 1399\") succeeded, want an error")
	}
}

func TestFindPubRefsMany(t *testing.T) {
	text := "Karta (Dz. U. z 2019 r. poz. 2215), xDz. U. poz. 1, zaś M.P. z 2020 r. poz. 5 oraz DU/2019/22 i ĄDz.U. poz. 3 i Dz.U.2020.2170."
	var got []string
	for _, r := range FindPubRefs(text) {
		got = append(got, text[r.Start:r.End])
	}
	want := []string{"Dz. U. z 2019 r. poz. 2215", "M.P. z 2020 r. poz. 5", "DU/2019/22", "Dz.U.2020.2170"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q (a journal name glued to a word is no reference)", got, want)
	}
}

func BenchmarkFindPubRefs(b *testing.B) {
	text := string(readTestdata(b, "portal-par3.txt"))[:4000]
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		FindPubRefs(text)
	}
}

// TestPubRefSplitYear checks a year whose digits a PDF copy split: the
// reference is still one, with its year.
func TestPubRefSplitYear(t *testing.T) {
	refs := FindPubRefs("ustawy z dnia 12 sierpnia 2010 r. (Dz. U. z 202 6 r. poz. 238) potwierdzam")
	if len(refs) != 1 || refs[0].ELI() != "DU/2026/238" {
		t.Errorf("refs %+v", refs)
	}
}

package amend

import (
	"strings"
	"testing"

	"lexdiff/corpus"
)

const chaptersText = `USTAWA
z dnia 1 grudnia 2019 r.
o przykładach
Rozdział 1
Przepisy ogólne
Art. 1. Ustawa określa zasady.
Art. 2. Ustawę stosuje się odpowiednio.
Rozdział 2
Przepisy końcowe
Art. 3. Ustawa wchodzi w życie z dniem 1 stycznia 2020 r.
`

// chaptersAct is the act of chaptersText, in force from 2020-01-01.
func chaptersAct(t *testing.T) *corpus.Act { return plainAct(t, chaptersText) }

// plainAct is the act of a plain text, in force from 2020-01-01.
func plainAct(t *testing.T, text string) *corpus.Act {
	t.Helper()
	info, vs, err := corpus.ParsePlain("base.txt", []byte(text), corpus.PlainOptions{Range: corpus.Range{From: corpus.MakeDate(2020, 1, 1)}, Source: "Dz. U. z 2020 r. poz. 100"})
	if err != nil {
		t.Fatal(err)
	}
	info.ID, info.Ref = "ustawa", "Dz. U. z 2020 r. poz. 100"
	a, err := corpus.NewAct(info, vs)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestGroupings(t *testing.T) {
	a := chaptersAct(t)
	text := `USTAWA
z dnia 10 stycznia 2021 r.
o zmianie ustawy o przykładach
Art. 1. W ustawie z dnia 1 grudnia 2019 r. o przykładach (Dz. U. z 2020 r. poz. 100) wprowadza się następujące zmiany:
1) tytuł rozdziału 2 otrzymuje brzmienie:
„Przepisy przejściowe i końcowe”;
2) po rozdziale 1 dodaje się rozdział 1a w brzmieniu:
„Rozdział 1a
Przepisy szczególne
Art. 2a. Przepisy szczególne mają pierwszeństwo.”.
Art. 2. Ustawa wchodzi w życie z dniem 1 lutego 2021 r.
`
	res, err := applyTo(t, text, a)
	if err != nil {
		t.Fatal(err)
	}
	got := res.Changes[0].Act
	day := corpus.MakeDate(2021, 2, 1)
	for _, tt := range []struct{ unit, groups string }{
		{"art1", "Rozdział 1 Przepisy ogólne"},
		{"art2a", "Rozdział 1a Przepisy szczególne"},
		{"art3", "Rozdział 2 Przepisy przejściowe i końcowe"},
	} {
		v, _, err := got.At(tt.unit, day)
		if err != nil {
			t.Fatalf("%s: %v", tt.unit, err)
		}
		if len(v.Groups) != 1 || v.Groups[0].String() != tt.groups {
			t.Errorf("%s stands in %v, want %s", tt.unit, v.Groups, tt.groups)
		}
	}
	if v, _, _ := got.At("art3", day.AddDays(-1)); v.Groups[0].Title != "Przepisy końcowe" {
		t.Errorf("the day before, rozdział 2 is %q", v.Groups[0].Title)
	}
}

// TestRepealGrouping: "uchyla się rozdział 1" repeals every article in it,
// and the chapter's title reads "(uchylony)"; the others stay (it was
// refused: "has no group1 in force").
func TestRepealGrouping(t *testing.T) {
	a := chaptersAct(t)
	text := `USTAWA
z dnia 10 stycznia 2021 r.
o zmianie ustawy o przykładach
Art. 1. W ustawie z dnia 1 grudnia 2019 r. o przykładach (Dz. U. z 2020 r. poz. 100) uchyla się rozdział 1.
Art. 2. Ustawa wchodzi w życie z dniem 1 lutego 2021 r.
`
	res, err := applyTo(t, text, a)
	if err != nil {
		t.Fatal(err)
	}
	got, day := res.Changes[0].Act, corpus.MakeDate(2021, 2, 1)
	for _, tt := range []struct {
		unit   string
		status corpus.Status
		group  string
	}{
		{"art1", corpus.Repealed, "Rozdział 1 (uchylony)"},
		{"art2", corpus.Repealed, "Rozdział 1 (uchylony)"},
		{"art3", corpus.InForce, "Rozdział 2 Przepisy końcowe"},
	} {
		v, u, err := got.At(tt.unit, day)
		if err != nil {
			t.Fatalf("%s: %v", tt.unit, err)
		}
		if u.Status != tt.status || len(v.Groups) != 1 || v.Groups[0].String() != tt.group {
			t.Errorf("%s: %s in %v, want %s in %s", tt.unit, u.Status, v.Groups, tt.status, tt.group)
		}
	}
}

// TestWordsInGroupTitle: words of a grouping's title are replaced, added
// and deleted as in a unit's text ("w tytule rozdziału 1 wyrazy …"), in
// the versions of every unit in it (it was refused).
func TestWordsInGroupTitle(t *testing.T) {
	for _, tt := range []struct{ instructions, want1, want2 string }{
		{"w tytule rozdziału 1 wyraz „ogólne” zastępuje się wyrazami „wstępne i ogólne”.", "Rozdział 1 Przepisy wstępne i ogólne", "Rozdział 2 Przepisy końcowe"},
		{"wprowadza się następujące zmiany:\n1) w tytule rozdziału 1 skreśla się wyraz „ogólne”;\n2) w rozdziale 2 w tytule na końcu dodaje się wyrazy „i przejściowe”.", "Rozdział 1 Przepisy", "Rozdział 2 Przepisy końcowe i przejściowe"},
	} {
		text := "USTAWA\nz dnia 10 stycznia 2021 r.\no zmianie ustawy o przykładach\nArt. 1. W ustawie z dnia 1 grudnia 2019 r. o przykładach (Dz. U. z 2020 r. poz. 100) " + tt.instructions + "\nArt. 2. Ustawa wchodzi w życie z dniem 1 lutego 2021 r.\n"
		res, err := applyTo(t, text, chaptersAct(t))
		if err != nil {
			t.Errorf("%s: %v", tt.instructions, err)
			continue
		}
		if where := res.Changes[0].Operations[0].Where(); where != "the title of rozdział 1" {
			t.Errorf("%s: the first operation acts on %q", tt.instructions, where)
		}
		got, day := res.Changes[0].Act, corpus.MakeDate(2021, 2, 1)
		for unit, want := range map[string]string{"art1": tt.want1, "art2": tt.want1, "art3": tt.want2} {
			v, _, err := got.At(unit, day)
			if err != nil {
				t.Errorf("%s: %s: %v", tt.instructions, unit, err)
			} else if len(v.Groups) != 1 || v.Groups[0].String() != want {
				t.Errorf("%s: %s stands in %v, want %s", tt.instructions, unit, v.Groups, want)
			}
		}
	}
	text := "USTAWA\nz dnia 10 stycznia 2021 r.\no zmianie ustawy o przykładach\nArt. 1. W ustawie z dnia 1 grudnia 2019 r. o przykładach (Dz. U. z 2020 r. poz. 100) w tytule rozdziału 2 wyraz „ogólne” zastępuje się wyrazem „wstępne”.\nArt. 2. Ustawa wchodzi w życie z dniem 1 lutego 2021 r.\n"
	if _, err := applyTo(t, text, chaptersAct(t)); err == nil || !strings.Contains(err.Error(), "the words „ogólne” are not in the title of rozdział 2") {
		t.Errorf("words not in the title: error %v", err)
	}
}

// TestGroupingNumberedInWords: a code's grouping numbered by a word
// ("DZIAŁ DRUGI") is named by an instruction in any case ("tytuł działu
// drugiego", "w dziale drugim"); it was refused. The parser and the
// instructions know the same ordinals, up to "dwudziesty" ("działu
// trzynastego" was refused while the parser read DZIAŁ TRZYNASTY).
func TestGroupingNumberedInWords(t *testing.T) {
	for _, second := range []string{"drugi", "trzynasty"} {
		named := map[string]string{"drugi": "drugiego", "trzynasty": "trzynastego"}[second]
		a := plainAct(t, strings.NewReplacer("Rozdział 1", "DZIAŁ PIERWSZY", "Rozdział 2", "DZIAŁ "+strings.ToUpper(second)).Replace(chaptersText))
		text := `USTAWA
z dnia 10 stycznia 2021 r.
o zmianie ustawy o przykładach
Art. 1. W ustawie z dnia 1 grudnia 2019 r. o przykładach (Dz. U. z 2020 r. poz. 100) wprowadza się następujące zmiany:
1) tytuł działu ` + named + ` otrzymuje brzmienie:
„Przepisy przejściowe i końcowe”;
2) w dziale pierwszym w tytule wyraz „ogólne” zastępuje się wyrazem „wstępne”.
Art. 2. Ustawa wchodzi w życie z dniem 1 lutego 2021 r.
`
		res, err := applyTo(t, text, a)
		if err != nil {
			t.Fatal(err)
		}
		day := corpus.MakeDate(2021, 2, 1)
		for unit, want := range map[string]string{"art1": "Dział pierwszy Przepisy wstępne", "art3": "Dział " + second + " Przepisy przejściowe i końcowe"} {
			v, _, err := res.Changes[0].Act.At(unit, day)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(v.GroupNames(), " / "); got != want {
				t.Errorf("%s stands in %q, want %q", unit, got, want)
			}
		}
	}
}

package corpus

import (
	"errors"
	"slices"
	"sync"
	"testing"
)

// version parses a version in the on-disk format, for tests.
func version(t *testing.T, header, text string) *Version {
	t.Helper()
	v, err := ParseVersion("v.txt", []byte(header+"\n\n"+text))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestWordings checks "brzmienie od": consecutive versions that give a unit
// the same wording (footnote markers aside) are one wording; a change
// below a unit is a new wording of it; a gap ends a wording.
func TestWordings(t *testing.T) {
	vs := []*Version{
		version(t, "from: 2020-01-01\nto: 2020-12-31\nsource: A", "§ 1. 1. Wstęp:\n1) jeden;\n2) dwa.\n2. Inny."),
		version(t, "from: 2021-01-01\nto: 2021-12-31\nsource: B", "§ 1. 1. Wstęp:\n1) jeden [1];\n2) dwa.\n2. Inny.\n\n[1] Dodany przez art. 1 ustawy z dnia 1 grudnia 2020 r. (Dz. U. poz. 5)."),
		version(t, "from: 2022-01-01\nto: 2022-06-30\nsource: C", "§ 1. 1. Wstęp:\n1) jeden;\n2) trzy.\n2. Inny."),
		version(t, "from: 2023-01-01\nsource: D", "§ 1. 1. Wstęp:\n1) jeden;\n2) trzy.\n2. Inny."),
	}
	a, err := NewAct(ActInfo{ID: "x"}, vs)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		id     string
		ranges []string
	}{
		{"par1.ust1.pkt1", []string{"2020-01-01 – 2022-06-30", "from 2023-01-01"}},
		{"par1.ust1.pkt2", []string{"2020-01-01 – 2021-12-31", "2022-01-01 – 2022-06-30", "from 2023-01-01"}},
		{"par1.ust1", []string{"2020-01-01 – 2021-12-31", "2022-01-01 – 2022-06-30", "from 2023-01-01"}},
		{"par1.ust2", []string{"2020-01-01 – 2022-06-30", "from 2023-01-01"}},
	} {
		ws, err := a.Wordings(tt.id)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, w := range ws {
			got = append(got, w.Range.String())
		}
		if len(got) != len(tt.ranges) {
			t.Errorf("%s: wordings %q, want %q", tt.id, got, tt.ranges)
			continue
		}
		for i := range got {
			if got[i] != tt.ranges[i] {
				t.Errorf("%s: wordings %q, want %q", tt.id, got, tt.ranges)
			}
		}
	}
	w, err := a.WordingAt("par1.ust1.pkt1", MakeDate(2021, 6, 1))
	if err != nil || w.Since() != MakeDate(2020, 1, 1) || len(w.Versions) != 3 || len(w.Sources()) != 3 {
		t.Errorf("WordingAt: since %s, %d versions, sources %v, %v", w.Since(), len(w.Versions), w.Sources(), err)
	}
	if _, err := a.WordingAt("par1.ust1.pkt1", MakeDate(2022, 8, 1)); !errors.Is(err, ErrNotInForce) {
		t.Errorf("in the gap: %v", err)
	}
	if _, err := a.Wordings("par2"); !errors.Is(err, ErrNotFound) {
		t.Errorf("no such unit: %v", err)
	}
	ans, err := a.TextAt("par1.ust1.pkt1", MakeDate(2021, 6, 1))
	if err != nil || ans.Since != MakeDate(2020, 1, 1) || ans.Version.From != MakeDate(2021, 1, 1) {
		t.Errorf("TextAt: since %s version %s, %v", ans.Since, ans.Version.From, err)
	}
	list, err := a.VersionsOf("par1.ust2")
	if err != nil || len(list) != 4 || list[2].Since != MakeDate(2020, 1, 1) || list[3].Since != MakeDate(2023, 1, 1) {
		t.Errorf("VersionsOf: %+v, %v", list, err)
	}
}

// TestWordingsKept: the wordings an act keeps once computed are those
// EachWording gives, to any number of readers at once; a caller that
// changes the list it got changes nothing the act keeps; and questions
// about units the act lacks keep nothing.
func TestWordingsKept(t *testing.T) {
	vs := []*Version{
		version(t, "from: 2020-01-01\nto: 2020-12-31\nsource: A", "§ 1. 1. Wstęp:\n1) jeden;\n2) dwa.\n2. Inny."),
		version(t, "from: 2021-01-01\nsource: B", "§ 1. 1. Wstęp:\n1) jeden;\n2) trzy.\n2. Inny."),
		version(t, "from: 2020-01-01\nto: 2021-03-31\nsource: A", "§ 2. Drugi."),
		version(t, "from: 2021-06-01\nsource: C", "§ 2. Drugi inaczej."),
	}
	a, err := NewAct(ActInfo{ID: "x"}, vs)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]Range{}
	for _, top := range a.Units() {
		EachWording(a.Versions(top), func(w Wording) error {
			want[w.Unit.ID] = append(want[w.Unit.ID], w.Range)
			return nil
		})
	}
	if len(want["par2"]) != 2 || len(want["par1.ust1.pkt2"]) != 2 {
		t.Fatalf("the act's wordings are not those the test is about: %v", want)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for id, ranges := range want {
				ws, err := a.Wordings(id)
				if err != nil {
					t.Error(err)
					return
				}
				var got []Range
				for _, w := range ws {
					got = append(got, w.Range)
				}
				if !slices.Equal(got, ranges) {
					t.Errorf("%s: wordings %v, want %v", id, got, ranges)
				}
				ws[0] = Wording{}
			}
		})
	}
	wg.Wait()
	for _, id := range []string{"par9", "par9.ust1", "par1.ust9"} {
		if _, err := a.Wordings(id); !errors.Is(err, ErrNotFound) {
			t.Errorf("%s: %v", id, err)
		}
	}
	if len(a.wordings) != 2 {
		t.Errorf("questions about units the act lacks made tables: %d", len(a.wordings))
	}
}

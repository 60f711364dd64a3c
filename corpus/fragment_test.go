package corpus

import (
	"strings"
	"testing"
)

func TestParseFragment(t *testing.T) {
	at := Pos{File: "zm.md", Line: 40, Col: 2}
	for _, tt := range []struct {
		name, text, parent string
		want               []string // FullText of each unit, then its id
	}{
		{"two ustępy", "3a. Kwoty są określone w załączniku nr 2.\n\n3b. Do ustalenia kwot stosuje się załącznik nr 1.", "par2",
			[]string{"par2.ust3a", "3a. Kwoty są określone w załączniku nr 2.", "par2.ust3b", "3b. Do ustalenia kwot stosuje się załącznik nr 1."}},
		{"a point with letters", "8) w przypadku osoby:\na) pierwszej,\nb) drugiej;", "par3.ust1",
			[]string{"par3.ust1.pkt8", "8) w przypadku osoby:\na) pierwszej,\nb) drugiej;"}},
		{"a § in an article of a code", "§ 2. Sąd orzeka.", "art5", []string{"art5.par2", "§ 2. Sąd orzeka."}},
		{"top level", "Rozdział 2a\nPrzepisy nowe\n§ 4a. Nowy przepis.", "", []string{"par4a", "§ 4a. Nowy przepis."}},
		{"repealed", "4) (uchylony);", "par2", []string{"par2.pkt4", "4) (uchylony);"}},
		{"a tiret", "– nazwisko rodowe,", "par1.pkt1.lita", []string{"par1.pkt1.lita.tir1", "– nazwisko rodowe,"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			units, _, err := ParseFragment(at, tt.text, tt.parent)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, u := range units {
				got = append(got, u.ID, u.FullText())
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("mismatch\nwant %q\ngot  %q", tt.want, got)
			}
		})
	}
}

func TestParseFragmentGroupsAndStatus(t *testing.T) {
	units, groups, err := ParseFragment(Pos{}, "Rozdział 2a\nPrzepisy nowe\n§ 4a. (uchylony).", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(groups) != 1 || len(groups[0]) != 1 || groups[0][0].String() != "Rozdział 2a Przepisy nowe" {
		t.Errorf("groups %v, want Rozdział 2a Przepisy nowe", groups)
	}
	if units[0].Status != Repealed {
		t.Errorf("status %s, want repealed", units[0].Status)
	}
}

func TestParseFragmentErrors(t *testing.T) {
	at := Pos{File: "zm.md", Line: 40, Col: 2}
	for _, tt := range []struct{ text, parent, want string }{
		{"§ 5. Tekst.", "par2", "zm.md:40:2: § 5. cannot stand inside § 2"},
		{"2. Tekst.", "par2.ust1", "zm.md:40:2: ust 2 cannot stand inside § 2 ust. 1"},
		{"Tekst bez oznaczenia.", "par2", "zm.md:40:2: text outside any unit"},
		{"4) a;\n3) b.", "par2", "zm.md:41:1: numbering goes backwards"},
		{"4) a;", "par2..x", "zm.md:40:2: invalid unit id"},
	} {
		_, _, err := ParseFragment(at, tt.text, tt.parent)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseFragment(%q, %q) error %v, want %q", tt.text, tt.parent, err, tt.want)
		}
	}
}

package diff

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"lexdiff/corpus"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"art. 50 ust. 3–7 ustawy", []string{"art. 50 ust. 3–7", " ", "ustawy"}},
		{"§ 1 pkt 1 lit. a) rozporządzenia", []string{"§ 1 pkt 1 lit. a)", " ", "rozporządzenia"}},
		{"(Dz. U. z 2019 r. poz. 1942 oraz z 2020 r. poz. 695)", []string{"(", "Dz. U. z 2019 r. poz. 1942 oraz z 2020 r. poz. 695", ")"}},
		{"z dnia 7 sierpnia 2019 r. zmieniającego", []string{"z", " ", "dnia", " ", "7 sierpnia 2019 r.", " ", "zmieniającego"}},
		{"od 2019-09-01 do 31.08.2019 r.", []string{"od", " ", "2019-09-01", " ", "do", " ", "31.08.2019 r."}},
		{"kwota 1,5 zł, 3-7 dni", []string{"kwota", " ", "1,5", " ", "zł", ",", " ", "3-7", " ", "dni"}},
		{"kara 20 000 zł albo 1 250 000,50 zł", []string{"kara", " ", "20 000", " ", "zł", " ", "albo", " ", "1 250 000,50", " ", "zł"}},
		{"w 2019 r. 7 000 osób, pkt 5 100", []string{"w", " ", "2019", " ", "r", ".", " ", "7 000", " ", "osób", ",", " ", "pkt 5", " ", "100"}},
		{"o której mowa w art. 18 ust. 1 pkt 2.", []string{"o", " ", "której", " ", "mowa", " ", "w", " ", "art. 18 ust. 1 pkt 2", "."}},
		{"Dz.U.2020.2170 tekst", []string{"Dz.U.2020.2170", " ", "tekst"}},
		{"pkt 2a i 2b", []string{"pkt 2a", " ", "i", " ", "2b"}},
		{"pkt  wniosku;\n", []string{"pkt", " ", " ", "wniosku", ";", "\n"}},
		{"2019r.", []string{"2019r", "."}},
		{"ekonomiczno-administracyjnej", []string{"ekonomiczno", "-", "administracyjnej"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := tokenize(tt.text, corpus.FindPubRefs); !slices.Equal(got, tt.want) {
			t.Errorf("tokenize(%q) mismatch\nwant %q\ngot  %q", tt.text, tt.want, got)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct{ old, new, want string }{
		{"o którym mowa w art. 50 ust. 3–7 ustawy.", "o którym mowa w art. 50 ust. 3 i 4–7 ustawy.",
			"o którym mowa w [-art. 50 ust. 3–7-]{+art. 50 ust. 3 i 4–7+} ustawy."},
		{"mowa w art. 70 ust. 1 ustawy,", "mowa w art. 70 ust. 1 i 2 ustawy,", "mowa w art. 70 ust. 1{+ i 2+} ustawy,"},
		{"(Dz. U. z 2017 r. poz. 1189)", "(Dz. U. z 2019 r. poz. 2215)", "([-Dz. U. z 2017 r. poz. 1189-]{+Dz. U. z 2019 r. poz. 2215+})"},
		{"w terminie 14 dni", "w terminie 30 dni", "w terminie [-14-]{+30+} dni"},
		{"z dnia 7 sierpnia 2019 r.", "z dnia 17 sierpnia 2019 r.", "z dnia [-7 sierpnia 2019 r.-]{+17 sierpnia 2019 r.+}"},
		{"szkoła publiczna", "szkoła niepubliczna", "szkoła [-publiczna-]{+niepubliczna+}"},
		{"Kara wynosi 20 000 zł.", "Kara wynosi 25 000 zł.", "Kara wynosi [-20 000-]{+25 000+} zł."},
		{"o której mowa w art. 18 ust. 1.", "o której mowa w art. 18 ust. 2.", "o której mowa w [-art. 18 ust. 1-]{+art. 18 ust. 2+}."},
		{"same", "same", "same"},
		{"", "nowy", "{+nowy+}"},
		{"stary", "", "[-stary-]"},
	}
	for _, tt := range tests {
		ops := Words(tt.old, tt.new)
		if got := opsString(ops); got != tt.want {
			t.Errorf("Words(%q, %q) mismatch\nwant %s\ngot  %s", tt.old, tt.new, tt.want, got)
		}
	}
}

// More distinct tokens than the CJK block holds still round-trip.
func TestWordsManyTokens(t *testing.T) {
	var a, b strings.Builder
	for i := range 25000 {
		a.WriteString(strings.Repeat("x", i%7+1) + string(rune('a'+i%26)) + strconv.Itoa(i) + " ")
		if i%1000 != 0 {
			b.WriteString(strings.Repeat("x", i%7+1) + string(rune('a'+i%26)) + strconv.Itoa(i) + " ")
		}
	}
	ops := Words(a.String(), b.String())
	if Old(ops) != a.String() || New(ops) != b.String() {
		t.Fatal("ops do not turn the old text into the new one")
	}
}

// Texts of more distinct tokens than there are runes to stand for them
// are diffed whole, and exactly: the tokens past the last rune would
// otherwise all read as one.
func TestWordsTooManyTokens(t *testing.T) {
	var b strings.Builder
	for i := range maxTokens {
		b.WriteString("w" + strconv.Itoa(i) + " ")
	}
	shared := b.String()
	tests := []struct{ old, new string }{
		{shared + "alfa", shared + "beta"},
		{"alfa " + shared, "beta " + shared},
	}
	for i, tt := range tests {
		ops := Words(tt.old, tt.new)
		if Old(ops) != tt.old || New(ops) != tt.new {
			t.Errorf("case %d: ops do not turn the old text into the new one", i)
		}
		if want := []Op{{Delete, tt.old}, {Insert, tt.new}}; !slices.Equal(ops, want) {
			t.Errorf("case %d: %d ops, want the whole text deleted and inserted", i, len(ops))
		}
	}
}

// The runes sides gives both sides, taking the new side's shared start
// and end from the old side, are those of looking every token up in turn.
func TestSidesAsLookedUp(t *testing.T) {
	tests := []struct{ old, new string }{
		{"a b c d e", "a b x d e"},
		{"a b c", "a b c d e"},
		{"c d e", "a b c d e"},
		{"a b a b", "a b"},
		{"art. 5 ust. 2 i 3", "art. 5 ust. 2 oraz nowe słowa i 3"},
		{"wspólne", "zupełnie inne słowa"},
		{"x y", "x y"},
	}
	for _, tt := range tests {
		var got tokenTable
		if !got.sides(tt.old, tt.new) {
			t.Fatalf("%q → %q: no runes left", tt.old, tt.new)
		}
		var want tokenTable
		want.index = map[string]rune{}
		for _, side := range []struct {
			s    *diffSide
			text string
		}{{&want.old, tt.old}, {&want.new, tt.new}} {
			end := 0
			for _, tok := range tokensOf(side.text) {
				r, _ := want.rune(tok)
				end += len(tok)
				side.s.runes, side.s.ends = append(side.s.runes, r), append(side.s.ends, end)
			}
		}
		for _, side := range []struct{ got, want diffSide }{{got.old, want.old}, {got.new, want.new}} {
			if !slices.Equal(side.got.runes, side.want.runes) || !slices.Equal(side.got.ends, side.want.ends) {
				t.Errorf("%q → %q: runes %q ends %v, want %q %v", tt.old, tt.new, string(side.got.runes), side.got.ends, string(side.want.runes), side.want.ends)
			}
		}
	}
}

// Applying the ops to the old text gives exactly the new text, and no op
// is empty or follows one of its own kind.
func FuzzOps(f *testing.F) {
	f.Add("o którym mowa w art. 50 ust. 3–7 ustawy.", "o którym mowa w art. 50 ust. 3 i 4–7 ustawy.")
	f.Add("(Dz. U. z 2019 r. poz. 1942 oraz z 2020 r. poz. 695)", "(Dz. U. z 2021 r. poz. 1)")
	f.Add("a) foo;\n– jeżeli", "a) foo,\n– jeżeli bar")
	f.Add("\xff\xfe invalid", "invalid \xed\xa0\x80 surrogate")
	f.Add("文字 字文", "字文 文字")
	f.Fuzz(func(t *testing.T, old, new string) {
		ops := Words(old, new)
		if got := Old(ops); got != old {
			t.Fatalf("old side %q, want %q", got, old)
		}
		if got := New(ops); got != new {
			t.Fatalf("new side %q, want %q", got, new)
		}
		for i, op := range ops {
			if op.Text == "" || (i > 0 && ops[i-1].Op == op.Op) {
				t.Fatalf("op %d of %v is empty or repeats its kind", i, ops)
			}
		}
		if utf8.ValidString(old) && utf8.ValidString(new) {
			for _, op := range ops {
				if !utf8.ValidString(op.Text) {
					t.Fatalf("op %q is not valid UTF-8", op.Text)
				}
			}
		}
	})
}

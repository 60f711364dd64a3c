package diff

import (
	"testing"

	"lexdiff/corpus"
)

// A change of spacing is formatting, where the PDF glued or split words;
// where it moves a digit from one number to another it is a change of
// wording.
func TestSpacingClass(t *testing.T) {
	for _, tt := range []struct {
		old, new string
		want     bool
	}{
		{"nie więcej niż 5 dni", "niewięcej niż 5 dni", true},
		{"czynności operacyjno- -rozpoznawczych", "czynności operacyjno-rozpoznawczych", true},
		{"kwota 20 000 zł", "kwota 20000 zł", true},
		{"stawka 2 10,5 zł", "stawka 21 0,5 zł", false},
		{"kwota 1 500 zł", "kwota 15 00 zł", false},
		{"w terminie 1 4 dni", "w terminie 14 dni", false},
	} {
		a, b := own{text: tt.old}, own{text: tt.new}
		if got := sameFormatted(corpus.Paragraph, a, b); got != tt.want {
			t.Errorf("%q → %q: formatting only %v, want %v", tt.old, tt.new, got, tt.want)
		}
	}
}

// sameAlnum reads only what two texts do not share at their ends, cut
// where a rune starts: letters that share their first byte ("ą" and "ę")
// or their last, and bytes that are not UTF-8, are told apart as whole
// runes.
func TestSameAlnum(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"ząb", "zęb", false},
		{"zą b", "ząb", true},
		{"aą", "ąą", false},
		{"ó, ą", "óą", true},
		{"Ą", "ą", false},
		{"\xc4\x85", "\xc4 \x85", false}, // "ą" is a letter, the split bytes are none
		{"a\xc4", "a\xc5", true},         // neither byte is a letter
		{"a \xff b", "ab", true},
		{"", "", true},
		{"x", "", false},
		{"ab", "ab.", true},
		{"1,5 zł", "15 zł", true},
	} {
		if got := sameAlnum(tt.a, tt.b); got != tt.want {
			t.Errorf("sameAlnum(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := sameAlnum(tt.b, tt.a); got != tt.want {
			t.Errorf("sameAlnum(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

// A change of publication references alone (year, position, "t.j.") is a
// Reference change; a reference added, dropped or moved to another
// journal, or other words changed besides, is Wording.
func TestReferenceClass(t *testing.T) {
	tests := []struct {
		old, new string
		want     Class
	}{
		{"w ustawie (Dz. U. z 2019 r. poz. 1557) stosuje się", "w ustawie (Dz. U. z 2021 r. poz. 12) stosuje się", Reference},
		{"w ustawie (t.j. Dz. U. z 2019 r. poz. 1557) stosuje się", "w ustawie (Dz. U. z 2021 r. poz. 12) stosuje się", Reference},
		{"w ustawie stosuje się", "w ustawie (Dz. U. z 2021 r. poz. 12) stosuje się", Wording},
		{"w ustawie (Dz. U. z 2019 r. poz. 1557) stosuje się", "w ustawie stosuje się", Wording},
		{"w ustawie (Dz. U. z 2019 r. poz. 1557) stosuje się", "w ustawie (M.P. z 2021 r. poz. 12) stosuje się", Wording},
		{"w ustawie (Dz. U. z 2019 r. poz. 1557) stosuje się", "w ustawach (Dz. U. z 2021 r. poz. 12) stosuje się", Wording},
	}
	for _, tt := range tests {
		if got := ClassOfTexts(corpus.Section, tt.old, tt.new); got != tt.want {
			t.Errorf("%q → %q: %s, want %s", tt.old, tt.new, got, tt.want)
		}
	}
}

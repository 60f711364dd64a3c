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

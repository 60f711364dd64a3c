package diff

import (
	"strings"
	"testing"
)

// Two footnote bodies are the same when they hold the same words, whatever
// whitespace lies between and around them: what strings.Fields says.
func TestSameFields(t *testing.T) {
	bodies := []string{
		"", " ", "Dz. U. z 2019 r. poz. 1557", "Dz. U.  z 2019 r.\npoz. 1557 ", " Dz. U. z 2019 r. poz. 1557",
		"Dz. U. z 2019 r. poz. 155", "Dz. U. z 2019 r. poz. 1557.", "Dz.U. z 2019 r. poz. 1557",
		"w brzmieniu\u00a0ustalonym", "w brzmieniu ustalonym", "w brzmieniu\u2009ustalonym", "a\xffb", "a \xff b", "a\xff b",
	}
	words := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	for _, a := range bodies {
		for _, b := range bodies {
			if got, want := sameFields(a, b), words(a) == words(b); got != want {
				t.Errorf("sameFields(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

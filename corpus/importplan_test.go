package corpus

import (
	"slices"
	"testing"
)

// An act's references are in the order of publication, each as written
// before its ELI, whatever order the imports gave them in (a newer
// consolidated text imported before an older one put 2026 before 2017); a
// reference lexdiff cannot read stays after them, in its place.
func TestSortAliases(t *testing.T) {
	aliases := []string{"Dz. U. z 2026 r. poz. 936", "DU/2026/936", "Akt nieznany", "DU/2017/248", "Dz. U. z 2017 r. poz. 248", "x/2017/3", "Dz. U. z 2025 r. poz. 677", "DU/2025/677"}
	sortAliases(aliases)
	want := []string{"Dz. U. z 2017 r. poz. 248", "DU/2017/248", "Dz. U. z 2025 r. poz. 677", "DU/2025/677", "Dz. U. z 2026 r. poz. 936", "DU/2026/936", "Akt nieznany", "x/2017/3"}
	if !slices.Equal(aliases, want) {
		t.Errorf("aliases %q, want %q", aliases, want)
	}
}

package embedded

import (
	"os"
	"reflect"
	"testing"

	"lexdiff/corpus"
)

// TestMatchesSeed checks that the embedded corpus is the parse of the
// portal export it was imported from; only the sources of the two archival
// versions, which the export does not give, were added by hand.
func TestMatchesSeed(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	a, err := c.Act("du-2017-1399")
	if err != nil {
		t.Fatal(err)
	}
	seed, err := os.ReadFile("../testdata/portal-par3.txt")
	if err != nil {
		t.Fatal(err)
	}
	want, err := corpus.ParsePortal("portal-par3.txt", seed, "")
	if err != nil {
		t.Fatal(err)
	}
	got := a.Versions("par3")
	if len(got) != len(want) {
		t.Fatalf("%d versions embedded, want %d", len(got), len(want))
	}
	sources := []string{"Dz. U. z 2017 r. poz. 1399", "Dz. U. z 2019 r. poz. 1557", "Dz.U.2020.2170 tekst jednolity"}
	for i, v := range got {
		w := *want[len(want)-1-i] // the export lists the newest first
		w.Source = sources[i]
		if !reflect.DeepEqual(v, &w) {
			t.Errorf("embedded version %s differs from the seed's", v.Range)
		}
	}
	if a.Ref != "Dz. U. z 2017 r. poz. 1399" || len(a.Aliases) != 1 || a.Type != "rozporządzenie" {
		t.Errorf("act info %+v", a.ActInfo)
	}
	if _, err := c.Act("Dz.U. 2020 poz. 2170"); err != nil {
		t.Errorf("the consolidated text is an alias: %v", err)
	}
}

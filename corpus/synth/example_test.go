package synth_test

import (
	"fmt"

	"lexdiff/corpus"
	"lexdiff/corpus/synth"
)

// Acts gives the acts that a benchmark of another package needs; the same
// Config always gives the same acts.
func ExampleActs() {
	acts, err := synth.Acts(synth.Config{Acts: 2, Units: 30, Versions: 4, Kind: synth.Mixed, Seed: 7})
	if err != nil {
		panic(err)
	}
	for _, a := range acts {
		fmt.Println(a.Type, len(a.Units()), "units,", len(a.AllVersions()), "versions")
	}
	// Output:
	// ustawa 30 units, 120 versions
	// rozporządzenie 30 units, 120 versions
}

// PortalExport and PlainText render generated acts as the parsers read
// them.
func ExamplePortalExport() {
	acts, err := synth.Acts(synth.Config{Units: 5, Versions: 3, Kind: synth.Regulation})
	if err != nil {
		panic(err)
	}
	a := acts[0]
	versions, err := corpus.ParsePortal("par1.txt", synth.PortalExport(a, "par1"), "")
	if err != nil {
		panic(err)
	}
	fmt.Println(len(versions), "versions of", versions[0].Unit.Citation())
	// Output: 3 versions of § 1
}

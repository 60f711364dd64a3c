package synth

import (
	"fmt"
	"os"
	"testing"
)

func TestScratch(t *testing.T) {
	acts, err := Acts(Default)
	if err != nil {
		t.Fatal(err)
	}
	a := acts[1]
	fmt.Println(a.ActInfo)
	os.WriteFile("/tmp/synth_portal.txt", PortalExport(a, a.Units()[3]), 0o644)
	os.WriteFile("/tmp/synth_plain.txt", PlainText(a, a.Span().From.AddDays(2000)), 0o644)
}

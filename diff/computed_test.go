package diff

import (
	"strings"
	"testing"

	"lexdiff/corpus/corpustest"
)

// TestComputedAttribution compares a published version with one lexdiff
// computed from an amending act: the change is attributed to the amending
// provision the computed version records, marked as computed.
func TestComputedAttribution(t *testing.T) {
	a := corpustest.ComputedAct(t)
	r, err := Dates(a, corpustest.Date(t, "2025-12-17"), corpustest.Date(t, "2025-12-18"), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Changes) != 1 {
		t.Fatalf("changes %v", summaries(r.Changes))
	}
	at := r.Changes[0].Attribution
	if at == nil || !at.Computed || at.Provision != "§ 1" || at.ELI != "DU/2025/1695" || at.Unit != "par2.pkt4" || at.Footnote != "" {
		t.Fatalf("attribution %+v, want the computed change of § 1 of DU/2025/1695", at)
	}
	if s := at.String(); s != "computed by lexdiff from § 1 of Dz. U. z 2025 r. poz. 1695, in force 2025-12-18" {
		t.Errorf("attribution reads %q", s)
	}
	h, err := HistoryOf(a, "par2.pkt4")
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Entries) != 2 || h.Entries[0].Computed || !h.Entries[1].Computed || len(h.Entries[1].Attributions) != 1 {
		t.Errorf("history entries %+v", h.Entries)
	}
	var b strings.Builder
	if err := RenderHistoryText(&b, h, false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "computed by lexdiff, no published text yet") {
		t.Errorf("history text:\n%s", b.String())
	}
}

package amend

import (
	"testing"

	"lexdiff/corpus"
)

func TestChainDump(t *testing.T) {
	before := consolidatedAct(t, realText(t, "DU-2025-506.md"), "sw")
	after := consolidatedAct(t, realText(t, "DU-2026-153.md"), "sw")
	c, err := corpus.New(before)
	if err != nil {
		t.Fatal(err)
	}
	am, err := Parse(mdDocument(t, realText(t, "DU-2025-1695.md")))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Apply(c, am, "du-2025-1695")
	if err != nil {
		t.Fatal(err)
	}
	ch := res.Changes[0]
	for _, v := range ch.Versions {
		t.Logf("%s\n%s", v.Range, corpus.FormatVersion(v))
	}
	for _, v := range after.InForce(after.Span().From) {
		got, _, err := ch.Act.At(v.Unit.ID, after.Span().From)
		if err != nil {
			t.Errorf("%s: %v", v.Unit.ID, err)
			continue
		}
		for _, m := range Compare(got.Unit, v.Unit, v) {
			t.Errorf("%s:\ncomputed  %q\npublished %q", m.Citation, m.Computed, m.Published)
		}
	}
}

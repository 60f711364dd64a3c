package diff

import (
	"slices"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/corpustest"
)

// TestMatrixSample reads the matrix of § 3 ust. 1 of the sample
// regulation: pkt 8 changed its wording in the second wording, pkt 3 only
// its reference in the third, and the letters of pkt 1 stayed.
func TestMatrixSample(t *testing.T) {
	a := sampleAct(t)
	m, err := MatrixOf(a, "par3.ust1")
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Columns) != 3 || m.Columns[1].Range.From.String() != "2019-09-01" {
		t.Fatalf("columns %+v, want the three wordings", m.Columns)
	}
	cells := map[string][]MatrixCell{}
	for _, r := range m.Rows {
		cells[r.Unit] = r.Cells
	}
	want := map[string][]MatrixCell{
		"par3.ust1.pkt8":      {{State: Present}, {State: "modified", Class: Wording}, {State: "annotated"}}, // its amendment note dropped
		"par3.ust1.pkt3":      {{State: Present}, {State: "unchanged"}, {State: "modified", Class: Reference}},
		"par3.ust1.pkt1.lita": {{State: Present}, {State: "unchanged"}, {State: "unchanged"}},
	}
	for id, w := range want {
		if !slices.Equal(cells[id], w) {
			t.Errorf("%s: cells %+v, want %+v", id, cells[id], w)
		}
	}
	if r := m.Rows[0]; r.Label != "pkt 1" || r.Depth != 1 || m.Rows[1].Label != "pkt 1 lit. a" || m.Rows[1].Depth != 2 {
		t.Errorf("first rows %+v, %+v: want pkt 1 (depth 1), then pkt 1 lit. a (depth 2)", r, m.Rows[1])
	}
}

// TestMatrixRepealAndInsert reads a list whose pkt 2 is repealed and whose
// pkt 1a is inserted: the repeal is a repeal (not a change of wording), the
// inserted unit stands after pkt 1 and is absent before.
func TestMatrixRepealAndInsert(t *testing.T) {
	v := func(rng, text string) *corpus.Version { return corpustest.Version(t, rng, text) }
	a := corpustest.Act(t, corpus.ActInfo{ID: "test-1"},
		v("2020-01-01 2020-12-31", "§ 1. Wniosek zawiera:\n1) imię;\n2) nazwisko;\n3) adres."),
		v("2021-01-01", "§ 1. Wniosek zawiera:\n1) imię;\n1a) drugie imię;\n2) (uchylony);\n3) adres."))
	m, err := MatrixOf(a, "par1")
	if err != nil {
		t.Fatal(err)
	}
	var labels []string
	for _, r := range m.Rows {
		labels = append(labels, r.Label)
	}
	if !slices.Equal(labels, []string{"pkt 1", "pkt 1a", "pkt 2", "pkt 3"}) {
		t.Fatalf("rows %q", labels)
	}
	if c := m.Rows[1].Cells; c[0].State != Absent || c[1].State != "added" {
		t.Errorf("pkt 1a: %+v, want absent then added", c)
	}
	if c := m.Rows[2].Cells; c[1].State != "repealed" || c[1].Status != corpus.Repealed {
		t.Errorf("pkt 2: %+v, want repealed", c)
	}
}

package diff

import (
	"reflect"
	"slices"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/corpustest"
)

// Changes gives what Dates gives, without the inline diffs: on every pair
// of change dates of the sample, and on texts whose footnote marker moved,
// which takes the inline diff to tell, and one whose marker followed its
// words.
func TestChanges(t *testing.T) {
	marker := corpustest.Act(t, corpus.ActInfo{ID: "test"},
		corpustest.Version(t, "2019-01-01 2019-12-31", "§ 1. Wniosek składa się [1] na piśmie.\n2. Wniosek zawiera imię [2].\n\n[1] Obecnie: w postaci elektronicznej.\n[2] Obecnie: i nazwisko.\n"),
		corpustest.Version(t, "2020-01-01", "§ 1. Wniosek składa się na piśmie [1].\n2. Wniosek zawiera zawsze imię [2].\n\n[1] Obecnie: w postaci elektronicznej.\n[2] Obecnie: i nazwisko.\n"))
	for _, a := range []*corpus.Act{sampleAct(t), marker} {
		dates := a.ChangeDates()
		for i, from := range dates {
			for _, to := range dates[i:] {
				want, err := Dates(a, from, to, "")
				if err != nil {
					t.Fatal(err)
				}
				got, err := Changes(a, from, to, "")
				if err != nil {
					t.Fatal(err)
				}
				for i := range got.Changes {
					if ops := got.Changes[i].Ops; ops == nil || len(ops) > 0 {
						t.Errorf("%s %s–%s %s: ops %#v, want []", a.ID, from, to, got.Changes[i].Unit, ops)
					}
				}
				withoutOps(want.Changes)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s %s–%s: mismatch\nwant %q\ngot  %q", a.ID, from, to, summaries(want.Changes), summaries(got.Changes))
				}
			}
		}
	}
	r, err := Changes(marker, corpustest.Date(t, "2019-01-01"), corpustest.Date(t, "2020-01-01"), "")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"par1 annotated fn1:moved", "par1.ust2 modified/wording"}
	if got := summaries(r.Changes); !slices.Equal(got, want) {
		t.Errorf("changes mismatch\nwant %q\ngot  %q", want, got)
	}
}

// withoutOps empties the ops of changes and of the changes they replace.
func withoutOps(changes []Change) {
	for i := range changes {
		changes[i].Ops = []Op{}
		if r := changes[i].Replaces; r != nil {
			r.Ops = []Op{}
		}
	}
}

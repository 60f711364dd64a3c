package diff

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/corpustest"
)

// The changes of § 3 of the sample, as the primer (section 7) lists them.
func TestDatesSample(t *testing.T) {
	a := sampleAct(t)
	tests := []struct {
		from, to, unit string
		want           []string
	}{
		{"2017-07-24", "2019-09-01", "", []string{
			"par3.ust1.pkt8 modified/wording @Dz. U. z 2019 r. poz. 1557 2019-09-01 fn1:added",
			"par3.ust2 modified/wording @Dz. U. z 2019 r. poz. 1557 2019-09-01 fn2:added",
		}},
		{"2019-09-01", "2020-12-07", "", []string{
			"par3.ust1.pkt3 modified/reference",
			"par3.ust1.pkt5.litc annotated fn1:added",
			"par3.ust1.pkt8 annotated fn1:removed",
			"par3.ust2 annotated fn2:removed",
		}},
		// Across both changes, the wording is still attributed to the
		// amendment, from the version in between.
		{"2018-01-01", "2021-01-01", "", []string{
			"par3.ust1.pkt3 modified/reference",
			"par3.ust1.pkt5.litc annotated fn1:added",
			"par3.ust1.pkt8 modified/wording @Dz. U. z 2019 r. poz. 1557 2019-09-01",
			"par3.ust2 modified/wording @Dz. U. z 2019 r. poz. 1557 2019-09-01",
		}},
		{"2019-09-01", "2019-09-01", "", []string{}},
		{"2017-07-24", "2019-09-01", "par3.ust1.pkt8", []string{
			"par3.ust1.pkt8 modified/wording @Dz. U. z 2019 r. poz. 1557 2019-09-01 fn1:added",
		}},
		{"2017-07-24", "2019-09-01", "par3.ust1.pkt1", []string{}},
		// One version of § 3 on both dates.
		{"2019-09-01", "2020-12-06", "par3.ust1.pkt8", []string{}},
		{"2019-09-01", "2020-12-06", "par3", []string{}},
		// Before the act, § 3 was not in force: every unit is added.
		{"2017-01-01", "2017-07-24", "par3.ust2", []string{
			"par3.ust2 added", "par3.ust2.pkt1 added", "par3.ust2.pkt2 added", "par3.ust2.pkt3 added",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.from+"_"+tt.to+"_"+tt.unit, func(t *testing.T) {
			r, err := Dates(a, corpustest.Date(t, tt.from), corpustest.Date(t, tt.to), tt.unit)
			if err != nil {
				t.Fatal(err)
			}
			if got := summaries(r.Changes); !slices.Equal(got, tt.want) {
				t.Errorf("changes mismatch\nwant %q\ngot  %q", tt.want, got)
			}
			if r.Changes == nil {
				t.Error("changes are nil, want a list (JSON [])")
			}
		})
	}
}

func TestDatesSampleOps(t *testing.T) {
	a := sampleAct(t)
	r, err := Dates(a, corpustest.Date(t, "2017-07-24"), corpustest.Date(t, "2020-12-07"), "par3.ust1")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"par3.ust1.pkt3": "Karta Nauczyciela ([-Dz. U. z 2017 r. poz. 1189-]{+Dz. U. z 2019 r. poz. 2215+}), dyrektora",
		"par3.ust1.pkt8": "o którym mowa w [-art. 50 ust. 3–7-]{+art. 50 ust. 3 i 4–7+} ustawy.",
	}
	for _, c := range r.Changes {
		w, ok := want[c.Unit]
		if !ok {
			continue
		}
		delete(want, c.Unit)
		if got := opsString(c.Ops); !strings.Contains(got, w) {
			t.Errorf("%s: ops %q do not contain %q", c.Unit, got, w)
		}
	}
	if len(want) > 0 {
		t.Errorf("no change for %v", want)
	}
}

func TestDatesErrors(t *testing.T) {
	a := sampleAct(t)
	tests := []struct {
		from, to, unit string
		want           error
	}{
		{"2020-01-01", "2019-01-01", "", corpus.ErrInvalid},
		{"2019-01-01", "2020-01-01", "par9", corpus.ErrNotFound},
		{"2019-01-01", "2020-01-01", "par3.ust7", corpus.ErrNotFound},
		{"2010-01-01", "2011-01-01", "par3.ust1", corpus.ErrNotInForce},
		{"2010-01-01", "2011-01-01", "", corpus.ErrNotInForce},
	}
	for _, tt := range tests {
		t.Run(tt.from+"_"+tt.to+"_"+tt.unit, func(t *testing.T) {
			_, err := Dates(a, corpustest.Date(t, tt.from), corpustest.Date(t, tt.to), tt.unit)
			if !errors.Is(err, tt.want) {
				t.Errorf("error %v, want one wrapping %v", err, tt.want)
			}
		})
	}
}

// Every pair of consecutive versions of the embedded corpus gives the same
// changes as comparing the dates they start on.
func TestVersionsSample(t *testing.T) {
	a := sampleAct(t)
	vs := a.Versions("par3")
	for i := 1; i < len(vs); i++ {
		got := summaries(Versions(vs[i-1], vs[i]))
		r, err := Dates(a, vs[i-1].Range.From, vs[i].Range.From, "")
		if err != nil {
			t.Fatal(err)
		}
		if want := summaries(r.Changes); !slices.Equal(got, want) {
			t.Errorf("versions %s and %s: mismatch\nwant %q\ngot  %q", vs[i-1].Range, vs[i].Range, want, got)
		}
	}
}

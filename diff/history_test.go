package diff

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/corpustest"
)

// entrySummary is an entry in one line: "range class [refs] sources".
func entrySummary(e Entry) string {
	var refs []string
	for _, a := range e.Attributions {
		refs = append(refs, a.Provision+" "+a.Ref)
	}
	return fmt.Sprintf("%s %s %q %q", e.Range, e.Class, refs, e.Sources)
}

func TestHistorySample(t *testing.T) {
	a := sampleAct(t)
	const tj = "Dz.U.2020.2170 tekst jednolity"
	tests := []struct {
		unit string
		want []string
	}{
		{"par3.ust1.pkt8", []string{
			`2017-07-24 – 2019-08-31  [] ["Dz. U. z 2017 r. poz. 1399"]`,
			`from 2019-09-01 wording ["§ 1 pkt 1 lit. a) Dz. U. z 2019 r. poz. 1557"] ["Dz. U. z 2019 r. poz. 1557" "` + tj + `"]`,
		}},
		{"par3", []string{
			`2017-07-24 – 2019-08-31  [] ["Dz. U. z 2017 r. poz. 1399"]`,
			`2019-09-01 – 2020-12-06 wording ["§ 1 pkt 1 lit. a) Dz. U. z 2019 r. poz. 1557" "§ 1 pkt 1 lit. b) Dz. U. z 2019 r. poz. 1557"] ["Dz. U. z 2019 r. poz. 1557"]`,
			`from 2020-12-07 reference [] ["` + tj + `"]`,
		}},
		{"par3.ust1.pkt1.lita", []string{
			`from 2017-07-24  [] ["Dz. U. z 2017 r. poz. 1399" "Dz. U. z 2019 r. poz. 1557" "` + tj + `"]`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.unit, func(t *testing.T) {
			h, err := HistoryOf(a, tt.unit)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range h.Entries {
				got = append(got, entrySummary(e))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("entries mismatch\nwant %s\ngot  %s", strings.Join(tt.want, "\n     "), strings.Join(got, "\n     "))
			}
		})
	}
	if _, err := HistoryOf(a, "par3.ust9"); !errors.Is(err, corpus.ErrNotFound) {
		t.Errorf("unknown unit: error %v, want one wrapping corpus.ErrNotFound", err)
	}
}

// A gap between versions with the same wording keeps them apart; a unit
// missing from a version leaves a gap.
func TestHistoryGaps(t *testing.T) {
	a := corpustest.Act(t, corpus.ActInfo{ID: "test"},
		corpustest.Version(t, "2010-01-01 2010-12-31", "§ 1. Wniosek zawiera:\n1) imię.\n"),
		corpustest.Version(t, "2012-01-01 2012-12-31", "§ 1. Wniosek zawiera:\n1) imię.\n"),
		corpustest.Version(t, "2013-01-01 2013-12-31", "§ 1. Wniosek zawiera:\n1) imię;\n2) nazwisko.\n"),
		corpustest.Version(t, "2014-01-01 2014-12-31", "§ 1. Wniosek zawiera:\n1) imię.\n"),
		corpustest.Version(t, "2015-01-01", "§ 1. Wniosek zawiera:\n1) imię;\n2) adres.\n"),
	)
	tests := []struct {
		unit string
		want []string
	}{
		{"par1.pkt1", []string{
			`2010-01-01 – 2010-12-31  [] []`,
			`2012-01-01 – 2012-12-31  [] []`,
			`2013-01-01 – 2013-12-31 formatting [] []`,
			`2014-01-01 – 2014-12-31 formatting [] []`,
			`from 2015-01-01 formatting [] []`,
		}},
		{"par1.pkt2", []string{
			`2013-01-01 – 2013-12-31  [] []`,
			`from 2015-01-01 wording [] []`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.unit, func(t *testing.T) {
			h, err := HistoryOf(a, tt.unit)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range h.Entries {
				got = append(got, entrySummary(e))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("entries mismatch\nwant %s\ngot  %s", strings.Join(tt.want, "\n     "), strings.Join(got, "\n     "))
			}
		})
	}
}

// TestHistoryFirstKnown: the KSSiP regulation's first consolidated text
// (DU-2025-1586, of 2025-10-30) gives § 1 dated by no footnote, so its
// first wording's start is only the day the corpus knows it from, and the
// history says so; § 3, whose footnote dates its wording from 2024-07-01,
// is not flagged, nor is any later wording.
func TestHistoryFirstKnown(t *testing.T) {
	a := importPair(t, "DU-2025-1586.md", "DU-2026-594.md")
	for id, first := range map[string]bool{"par1": true, "par3": false} {
		h, err := HistoryOf(a, id)
		if err != nil {
			t.Fatal(err)
		}
		for i, e := range h.Entries {
			if want := first && i == 0; e.FromFirstKnown != want {
				t.Errorf("%s: the wording of %s: first known %v, want %v", id, e.Range, e.FromFirstKnown, want)
			}
		}
		var b strings.Builder
		if err := RenderHistoryText(&b, h, false); err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(b.String(), "(first known wording"); got != first {
			t.Errorf("%s: the printed history says first known: %v, want %v:\n%s", id, got, first, b.String())
		}
	}
}

// TestHistoryFootnotes: each wording in a unit's history carries the
// footnotes its text had on its first day, as the text answer gives them:
// § 2 of the KSSiP regulation, whose wordings the two consolidated texts
// and the amending act between them annotate differently.
func TestHistoryFootnotes(t *testing.T) {
	a := importPair(t, "DU-2025-1586.md", "DU-2026-594.md")
	h, err := HistoryOf(a, "par2")
	if err != nil {
		t.Fatal(err)
	}
	annotated := 0
	for _, e := range h.Entries {
		ans, err := a.TextAt("par2", e.Range.From)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(e.Footnotes, ans.Footnotes) {
			t.Errorf("the wording of %s: footnotes %+v, want the text's %+v", e.Range, e.Footnotes, ans.Footnotes)
		}
		if len(e.Footnotes) > 0 {
			annotated++
		}
	}
	if annotated < 2 {
		t.Errorf("%d of %d wordings have footnotes, want at least 2: the test would not tell them apart", annotated, len(h.Entries))
	}
}

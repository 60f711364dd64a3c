package server

import (
	"strings"
	"testing"

	"lexdiff/diff"
)

func TestLegalSpaces(t *testing.T) {
	tests := []struct{ in, want string }{
		{"o którym mowa w art. 50 ust. 3 pkt 2 lit. a", "o którym mowa w art.~50 ust.~3 pkt~2 lit.~a"},
		{"§ 3 ust. 1", "§~3 ust.~1"},
		{"kwota 20 000 zł i 1 250 000 zł", "kwota 20~000 zł i 1~250~000 zł"},
		{"w 2019 r. oraz 2020 r.", "w 2019~r. oraz 2020~r."},
		{"Dz. U. z 2019 r. poz. 1557", "Dz.~U. z 2019~r. poz.~1557"},
		{"pkt 3 i 4", "pkt~3 i 4"},
		{"3 osoby", "3 osoby"},                   // a number and a word break as usual
		{"1 2345", "1 2345"},                     // not a group of thousands
		{"2019 roku", "2019 roku"},               // "r." only as the abbreviation
		{"upkt 3", "upkt 3"},                     // "pkt" only as a word
		{"w ust. następnym", "w ust. następnym"}, // a citation word before a word
		{"art. ", "art. "},
	}
	for _, tt := range tests {
		got := strings.ReplaceAll(legalSpaces(tt.in), nbsp, "~")
		if got != tt.want {
			t.Errorf("legalSpaces(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPagesNoBreakSpaces finds the no-break spaces in the legal text of
// each page, and the text marked as Polish on an English page.
func TestPagesNoBreakSpaces(t *testing.T) {
	h := newPageServer(t, nil, pageSearcher(t))
	const act = "/acts/du-2017-1399"
	for _, target := range []string{act + "?date=2019-09-01&lang=en", act + "/compare?from=2019-08-31&to=2019-09-01&lang=en",
		act + "/history?unit=par3.ust1.pkt8&lang=en"} {
		_, body := getPage(t, h, target)
		if !strings.Contains(body, "art."+nbsp+"50 ust."+nbsp+"3") {
			t.Errorf("%s: the citation art. 50 ust. 3 may break", target)
		}
		if !strings.Contains(body, `lang="pl"`) {
			t.Errorf("%s: no legal text marked as Polish", target)
		}
	}
}

// TestLegalOps joins across the ops of a redline: "art." kept, " 5"
// replaced, the space between them no-break in whichever op holds it.
func TestLegalOps(t *testing.T) {
	ops := []diff.Op{{Op: diff.Equal, Text: "w art."}, {Op: diff.Delete, Text: " 5"}, {Op: diff.Insert, Text: " 6 000 zł"}}
	got := legalOps(ops)
	want := []string{"w art.", "~5", "~6~000 zł"}
	for i, op := range got {
		if s := strings.ReplaceAll(op.Text, nbsp, "~"); s != want[i] || op.Op != ops[i].Op {
			t.Errorf("op %d = %s %q, want %s %q", i, op.Op, s, ops[i].Op, want[i])
		}
	}
	if diff.Old(got) != legalSpaces(diff.Old(ops)) || diff.New(got) != legalSpaces(diff.New(ops)) {
		t.Errorf("the ops spell %q → %q, want the texts set alone: %q → %q", diff.Old(got), diff.New(got), legalSpaces(diff.Old(ops)), legalSpaces(diff.New(ops)))
	}
}

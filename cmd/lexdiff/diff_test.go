package main

import (
	"encoding/json"
	"testing"
)

func TestDiffAndHistory(t *testing.T) {
	runCases(t, []cliCase{
		{"text", []string{"diff", "-act", "du-2017-1399", "-from", "2017-07-24", "-to", "2019-09-01"}, 0,
			"§ 3 ust. 1 pkt 8: modified, wording\n  by § 1 pkt 1 lit. a) rozporządzenia"},
		{"text inline", []string{"diff", "-act", "du-2017-1399", "-from", "2017-07-24", "-to", "2019-09-01", "§ 3 ust. 2"}, 0,
			"o której mowa w art. 70 ust. 1{+ i 2+} ustawy"},
		{"html", []string{"diff", "-act", "du-2017-1399", "-from", "2019-09-01", "-to", "2020-12-07", "-format", "html", "§ 3 ust. 1 pkt 3"}, 0,
			"(<del>Dz. U. z 2017 r. poz. 1189</del><ins>Dz. U. z 2019 r. poz. 2215</ins>)"},
		{"unit added", []string{"diff", "-act", "du-2017-1399", "-from", "2017-01-01", "-to", "2018-01-01", "§ 3 ust. 2 pkt 1"}, 0,
			"§ 3 ust. 2 pkt 1: added"},
		{"no changes", []string{"diff", "-act", "du-2017-1399", "-from", "2019-09-01", "-to", "2020-01-01"}, 0, "no changes"},
		{"from after to", []string{"diff", "-act", "du-2017-1399", "-from", "2020-01-01", "-to", "2019-01-01"}, 2, "the from date is after the to date"},
		{"impossible date", []string{"diff", "-act", "du-2017-1399", "-from", "2019-02-30"}, 2, `-from: invalid date "2019-02-30"`},
		{"missing from", []string{"diff", "-act", "du-2017-1399"}, 2, "-from is required"},
		{"bad format", []string{"diff", "-act", "du-2017-1399", "-from", "2019-01-01", "-format", "pdf"}, 2, `-format "pdf"`},
		{"unknown unit", []string{"diff", "-act", "du-2017-1399", "-from", "2019-01-01", "§ 9"}, 1, "has no unit § 9"},
		{"in force on neither date", []string{"diff", "-act", "du-2017-1399", "-from", "2010-01-01", "-to", "2011-01-01", "§ 3"}, 1, "in force on neither date"},
		{"unknown act", []string{"diff", "-act", "du-1999-1", "-from", "2019-01-01"}, 1, `no act "du-1999-1"`},
		{"history", []string{"history", "-act", "du-2017-1399", "§ 3 ust. 1 pkt 8"}, 0,
			"§ 3 ust. 1 pkt 8 of du-2017-1399: 2 wordings\n\n2017-07-24 – 2019-08-31"},
		{"history change", []string{"history", "-act", "du-2017-1399", "§", "3"}, 0, "from 2020-12-07: reference"},
		{"history without unit", []string{"history", "-act", "du-2017-1399"}, 2, "a UNIT is required"},
		{"history unknown unit", []string{"history", "-act", "du-2017-1399", "§ 3 ust. 9"}, 1, "has no unit § 3 ust. 9"},
		{"matrix", []string{"matrix", "-act", "du-2017-1399", "§ 3 ust. 1"}, 0,
			"§ 3 ust. 1 of du-2017-1399: 27 units in 3 wordings\n\n                                 2017-07-24  2019-09-01  2020-12-07\npkt 1                            ●           ·           ·\n"},
		{"matrix cell", []string{"matrix", "-act", "du-2017-1399", "§ 3 ust. 1"}, 0, "\npkt 8                            ●           wording     annotated\n"},
		{"matrix json", []string{"matrix", "-act", "du-2017-1399", "-json", "§ 3 ust. 1"}, 0, `"state": "modified",` + "\n" + `          "class": "reference"`},
		{"matrix without unit", []string{"matrix", "-act", "du-2017-1399"}, 2, "a UNIT with a list is required"},
		{"matrix unknown unit", []string{"matrix", "-act", "du-2017-1399", "§ 3 ust. 9"}, 1, "has no unit § 3 ust. 9"},
	})
}

// The JSON report has the shape the API documents.
func TestDiffJSON(t *testing.T) {
	code, out, errOut := runCLI(t, "diff", "-act", "du-2017-1399", "-from", "2019-09-01", "-to", "2020-12-07", "-format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r struct {
		Act, From, To string
		Changes       []struct {
			Unit, Citation, Kind, Class string
			Ops                         []struct{ Op, Text string }
			Footnotes                   []struct{ Change, Label string }
		}
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.Act != "du-2017-1399" || r.From != "2019-09-01" || r.To != "2020-12-07" || len(r.Changes) != 4 {
		t.Fatalf("report %+v", r)
	}
	c := r.Changes[0]
	if c.Unit != "par3.ust1.pkt3" || c.Citation != "§ 3 ust. 1 pkt 3" || c.Kind != "modified" || c.Class != "reference" || len(c.Ops) != 4 || c.Ops[1].Op != "delete" {
		t.Errorf("first change %+v", c)
	}
}

package corpus

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
)

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// mustPortal parses a portal export from testdata.
func mustPortal(t testing.TB, name, unit string) []*Version {
	t.Helper()
	vs, err := ParsePortal(name, readTestdata(t, name), unit)
	if err != nil {
		t.Fatalf("ParsePortal(%s): %v", name, err)
	}
	return vs
}

// labels returns the labels of u's children, joined: "1 2 3".
func labels(u *Unit) string {
	var ls []string
	for _, c := range u.Children {
		ls = append(ls, c.Label)
	}
	return strings.Join(ls, " ")
}

func find(t *testing.T, v *Version, citation string) *Unit {
	t.Helper()
	id, err := ParseCitation(citation)
	if err != nil {
		t.Fatal(err)
	}
	u := v.Unit.Find(id)
	if u == nil {
		t.Fatalf("%s: no %s", v.Range, citation)
	}
	return u
}

func TestParsePortalSeed(t *testing.T) {
	vs := mustPortal(t, "portal-par3.txt", "")
	wantRanges := []string{"from 2020-12-07", "2019-09-01 – 2020-12-06", "2017-07-24 – 2019-08-31"}
	if len(vs) != 3 {
		t.Fatalf("got %d versions, want 3 (the duplicated current version collapses)", len(vs))
	}
	for i, v := range vs {
		if got := v.Range.String(); got != wantRanges[i] {
			t.Errorf("version %d: range %s, want %s", i, got, wantRanges[i])
		}
		if v.Unit.ID != "par3" || v.Unit.Heading != "Wniosek o przyznanie danych dostępowych" {
			t.Errorf("version %d: unit %q heading %q", i, v.Unit.ID, v.Unit.Heading)
		}
		for cite, want := range map[string]string{
			"§ 3":                     "1 2",
			"§ 3 ust. 1":              "1 2 3 4 5 6 7 8",
			"§ 3 ust. 1 pkt 1":        "a b c d e f",
			"§ 3 ust. 1 pkt 2":        "a b c",
			"§ 3 ust. 1 pkt 2 lit. b": "1 2 3 4",
			"§ 3 ust. 1 pkt 5":        "a b c d",
			"§ 3 ust. 1 pkt 7":        "a b",
			"§ 3 ust. 2":              "1 2 3",
		} {
			if got := labels(find(t, v, cite)); got != want {
				t.Errorf("%s: %s has children %q, want %q", v.Range, cite, got, want)
			}
		}
		tir := find(t, v, "§ 3 ust. 1 pkt 2 lit. b tiret drugie")
		if tir.Kind != Tiret || tir.Text != "minister," {
			t.Errorf("tiret drugie = %+v", tir)
		}
	}
	if got := vs[0].Unit.Children[0].Text; !strings.HasPrefix(got, "Wniosek o przyznanie") {
		t.Errorf("ust. 1 text %q: the first ustęp shares the line of § 3", got)
	}
	pkt8 := []string{"art. 50 ust. 3 i 4–7 ustawy.", "art. 50 ust. 3 i 4–7 ustawy.", "art. 50 ust. 3–7 ustawy."}
	for i, v := range vs {
		if got := find(t, v, "§ 3 ust. 1 pkt 8").Text; !strings.HasSuffix(got, pkt8[i]) {
			t.Errorf("%s: pkt 8 = %q, want it to end %q (no footnote marker)", v.Range, got, pkt8[i])
		}
	}
}

func TestParsePortalSeedFootnotes(t *testing.T) {
	vs := mustPortal(t, "portal-par3.txt", "")
	current, amended, original := vs[0], vs[1], vs[2]
	if len(original.Footnotes) != 0 {
		t.Errorf("original version has footnotes %+v", original.Footnotes)
	}
	if len(current.Footnotes) != 1 || current.Footnotes[0].Unit != "par3.ust1.pkt5.litc" || current.Footnotes[0].IsAmendment() {
		t.Fatalf("current footnotes = %+v, want one editorial note on pkt 5 lit. c", current.Footnotes)
	}
	litc := find(t, current, "§ 3 ust. 1 pkt 5 lit. c")
	if len(litc.Markers) != 1 || litc.Text[:litc.Markers[0].Offset] != "określenie numeru, pod którym uczelnia jest wpisana do rejestru uczelni niepublicznych i związków uczelni niepublicznych prowadzonego przez ministra właściwego do spraw szkolnictwa wyższego" {
		t.Errorf("marker of lit. c at %+v in %q", litc.Markers, litc.Text)
	}
	wantUnits := []string{"par3.ust1.pkt8", "par3.ust2"}
	wantProv := []string{"§ 1 pkt 1 lit. a)", "§ 1 pkt 1 lit. b)"}
	if len(amended.Footnotes) != 2 {
		t.Fatalf("amended version footnotes = %+v, want 2", amended.Footnotes)
	}
	for i, f := range amended.Footnotes {
		a := f.Amendment
		switch {
		case f.Unit != wantUnits[i]:
			t.Errorf("footnote [%s] on %s, want %s", f.Label, f.Unit, wantUnits[i])
		case a == nil:
			t.Errorf("footnote [%s] not classified as an amendment", f.Label)
		case a.Kind != WordingSet || a.Provision != wantProv[i] || a.Ref == nil || a.Ref.ELI() != "DU/2019/1557" || a.InForce.String() != "2019-09-01":
			t.Errorf("footnote [%s] amendment = %+v (ref %v)", f.Label, a, a.Ref)
		case !strings.HasPrefix(a.Act, "rozporządzenia Ministra Edukacji Narodowej z dnia 7 sierpnia 2019 r.") || strings.Contains(a.Act, "Dz.U"):
			t.Errorf("footnote [%s] act = %q", f.Label, a.Act)
		}
	}
}

func TestParsePortalVariants(t *testing.T) {
	vs := mustPortal(t, "portal-variants.txt", "art. 12")
	if len(vs) != 3 {
		t.Fatalf("got %d versions, want 3", len(vs))
	}
	cur, rep, old := vs[0], vs[1], vs[2]
	if !cur.Range.IsOpen() || cur.Range.From.String() != "2020-04-01" {
		t.Errorf("current range %s: a far-future end date means open-ended", cur.Range)
	}
	if cur.Unit.ID != "art12" || cur.Unit.Heading != "Kara pieniężna" || labels(cur.Unit) != "1 2" {
		t.Errorf("current unit %s heading %q children %q", cur.Unit.ID, cur.Unit.Heading, labels(cur.Unit))
	}
	if len(cur.Groups) != 1 || cur.Groups[0].String() != "Rozdział 3 Kary" {
		t.Errorf("groups %+v, want Rozdział 3 Kary", cur.Groups)
	}
	if len(cur.Footnotes) != 1 || cur.Footnotes[0].Amendment.InForce.String() != "2020-04-01" {
		t.Errorf("footnotes %+v", cur.Footnotes)
	}
	if rep.Range.String() != "2019-01-01 – 2019-12-31" || rep.Unit.Status != Repealed {
		t.Errorf("repealed version %s status %s", rep.Range, rep.Unit.Status)
	}
	if old.Range.From.String() != "2015-01-01" || find(t, old, "art. 12 ust. 2").Text != "Karę nakłada wojewoda." {
		t.Errorf("oldest version %s: %q", old.Range, old.Unit.FullText())
	}
}

func TestParsePortalErrors(t *testing.T) {
	tests := []struct {
		name, unit, input string
		want              []string // each a line of the error
	}{
		{"empty", "", "  \n\n", []string{"in:1:1: empty input"}},
		{"no header", "", "§ 3. Tekst.\n", []string{"in:1:1: no version heading"}},
		{"impossible date", "", "Wersja obowiązująca od 2019-02-30\n§ 3. Tekst.\n", []string{`in:1:24: invalid date "2019-02-30": no such day`}},
		{"end before start", "", "Wersja archiwalna obowiązująca od 2019-03-01 do 2019-02-01\n§ 3. Tekst.\n", []string{"in:1:49: version ends on 2019-02-01, before it starts on 2019-03-01"}},
		{"block without text", "", "Wersja obowiązująca od 2019-03-01\n\nWersja archiwalna obowiązująca od 2018-01-01 do 2019-02-28\n§ 3. Tekst.\n", []string{"in:1:1: version block has no text"}},
		{"label left out, no -unit", "", "Wersja obowiązująca od 2019-03-01\n1. Tekst.\n", []string{"in:1:1: version block has no text of a unit", "with -unit"}},
		{"label differs from -unit", "§ 4", "Wersja obowiązująca od 2019-03-01\n§ 3. Tekst.\n", []string{"in:2:1: the text holds § 3., but -unit names § 4."}},
		{"different texts for one range", "", "Wersja obowiązująca od 2019-03-01\n§ 3. Tekst.\nWersja obowiązująca od 2019-03-01\n§ 3. Inny tekst.\n", []string{"in:3:1: two different texts of § 3 for from 2019-03-01 (the other at line 1)"}},
		{"overlap", "", "Wersja obowiązująca od 2019-03-01\n§ 3. Tekst.\nWersja archiwalna obowiązująca od 2019-01-01 do 2019-05-01\n§ 3. Inny tekst.\n", []string{"in:3:1: versions of § 3 overlap"}},
		{"invalid utf-8", "", "Wersja obowiązująca od 2019-03-01\n§ 3. Te\xffkst.\n", []string{"in:2:8: invalid UTF-8"}},
		{"control character", "", "Wersja obowiązująca od 2019-03-01\n§ 3. Te\x1b[31mkst.\n", []string{"in:2:8: control character U+001B"}},
		{"bad -unit", "§ 3 ust. 1", "Wersja obowiązująca od 2019-03-01\n1. Tekst.\n", []string{`-unit: -unit "§ 3 ust. 1": want a top-level unit`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParsePortal("in", []byte(tt.input), tt.unit)
			if err == nil {
				t.Fatal("no error")
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("error %v does not wrap ErrInvalid", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error\n%v\nlacks %q", err, w)
				}
			}
		})
	}
}

// TestParsePortalWarnings checks that faults of a source are read past:
// the text is kept, and each fault is a warning of the version, with its
// position and kind.
func TestParsePortalWarnings(t *testing.T) {
	tests := []struct {
		name, input string
		want        []string // each a warning of the version
		text        string   // the unit's full text
	}{
		{"unknown marker and numbering backwards", "Wersja obowiązująca od 2019-03-01\n§ 3. 1. Tekst:\n2) a;\n1) b;\nA) c\n", []string{
			"in:4:1: warning: numbering goes backwards: pkt 1 after pkt 2 in § 3 ust. 1; the line is kept as text of § 3 ust. 1 pkt 2",
			`in:5:1: warning: unknown unit marker "A)", read as text`},
			"§ 3. 1. Tekst:\n2) a; 1) b; A) c"},
		{"marker without body", "Wersja obowiązująca od 2019-03-01\n§ 3. Tekst [1].\n", []string{"in:2:1: warning: footnote marker [1] in § 3 has no body"}, "§ 3. Tekst."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			vs, err := ParsePortal("in", []byte(tt.input), "")
			if err != nil || len(vs) != 1 {
				t.Fatalf("ParsePortal: %d versions, %v", len(vs), err)
			}
			var got []string
			for _, w := range vs[0].Warnings {
				got = append(got, w.String())
			}
			for _, w := range tt.want {
				if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, w) }) {
					t.Errorf("warnings %q lack %q", got, w)
				}
			}
			if text := vs[0].Unit.FullText(); text != tt.text {
				t.Errorf("text %q, want %q", text, tt.text)
			}
		})
	}
	_, outer, err := parsePortal("in", []byte("Wersja obowiązująca od 2019-03-01\n§ 3. Tekst.\n[2] Przypis.\n"), "")
	if err != nil || len(outer) != 1 || outer[0].Kind != WarnBodyWithoutMarker || outer[0].Pos.Line != 3 {
		t.Errorf("body without marker: warnings %v, %v", outer, err)
	}
}

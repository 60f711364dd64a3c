package corpus

import (
	"os"
	"reflect"
	"testing"
)

// modelVersions are versions holding every field the model has beyond the
// sample's: an annex of several lines with a marker on one of them, a
// repealed preamble, an article whose footnote marker stands before its
// first ustęp, a footnote on a chapter heading, a footnote referred to by
// another, and warnings.
func modelVersions() []*Version {
	r := Range{From: MakeDate(2025, 3, 24)}
	w := Warning{Pos: Pos{File: "DU-2025-453.md", Line: 120, Col: 3}, Kind: WarnMarkerWithoutBody, Msg: "footnote marker [9] in art. 5 has no body"}
	annex := &Version{Range: r, Source: "Dz. U. z 2025 r. poz. 453", Unit: &Unit{Kind: Annex, Label: "1", ID: "zal1", Status: InForce,
		Text:    "do ustawy z dnia 12 sierpnia 2010 r. (Dz. U. z 2025 r. poz. 453)\nWZÓR\n1) pole: ....\n§ 2. nie jest tu przepisem",
		Markers: []Marker{{Label: "3", Offset: 64}}},
		Footnotes: []Footnote{{Label: "3", Unit: "zal1", Body: "W brzmieniu ustalonym przez § 1 pkt 3 rozporządzenia, o którym mowa w odnośniku 2."},
			{Label: "2", Body: "Przez § 1 pkt 2 rozporządzenia Ministra Sprawiedliwości z dnia 7 czerwca 2024 r. zmieniającego rozporządzenie (Dz. U. poz. 865), które weszło w życie z dniem 1 lipca 2024 r."}},
		Warnings: []Warning{w}}
	preamble := &Version{Range: r, Source: "Dz. U. z 2025 r. poz. 299", Unit: &Unit{Kind: Preamble, ID: "wstep", Status: Repealed, Text: "(uchylony)"}}
	art := &Version{Range: r, Source: "Dz. U. z 2025 r. poz. 677",
		Groups: []Group{{Kind: "Rozdział", Label: "2a", Title: "Wysłuchanie publiczne", Markers: []Marker{{Label: "1", Offset: len("Rozdział 2a")}, {Label: "4", Offset: len("Rozdział 2a Wysłuchanie publiczne")}}}},
		Unit: &Unit{Kind: Article, Label: "9a", ID: "art9a", Status: InForce, Markers: []Marker{{Label: "2", Offset: 0}}, Children: []*Unit{
			{Kind: Section, Label: "1", ID: "art9a.ust1", Status: InForce, Text: "Po wniesieniu projektu."},
			{Kind: Section, Label: "2", ID: "art9a.ust2", Status: InForce, Text: "Konsultacje polegają na zgłoszeniu uwag."},
		}},
		Footnotes: []Footnote{
			{Label: "1", Body: "Oznaczenie i tytuł rozdziału dodane przez art. 1 pkt 1 ustawy z dnia 25 września 2024 r. o zmianie ustawy (Dz. U. poz. 1535), która weszła w życie z dniem 31 października 2024 r."},
			{Label: "2", Unit: "art9a", Body: "Dodany przez art. 1 pkt 2 ustawy, o której mowa w odnośniku 1."},
			{Label: "4", Body: "Tytuł rozdziału ze zmianą wprowadzoną przez art. 1 pkt 4 ustawy, o której mowa w odnośniku 1."},
		},
		Warnings: []Warning{w, {Pos: Pos{File: "DU-2025-677.md", Line: 7, Col: 1}, Kind: WarnNumbering, Msg: "numbering goes backwards: a: b"}}}
	vs := []*Version{annex, preamble, art}
	for _, v := range vs {
		v.Footnotes = resolveAmendments(v.Footnotes)
	}
	return vs
}

func TestModelRoundTrip(t *testing.T) {
	for _, v := range modelVersions() {
		roundTrip(t, v)
	}
	vs := modelVersions()
	if a := vs[0].Footnotes[0].Amendment; a == nil || a.Refers != "2" || a.InForce != MakeDate(2024, 7, 1) || a.Ref.ELI() != "DU/2024/865" {
		t.Errorf("the annex's footnote refers to footnote 2: %+v", a)
	}
	if a := vs[2].Footnotes[1].Amendment; a == nil || a.Kind != Added || a.InForce != MakeDate(2024, 10, 31) {
		t.Errorf("art. 9a's footnote: %+v", a)
	}
}

func TestActRoundTrip(t *testing.T) {
	info := ActInfo{ID: "ustawa-2010-08-12-o-wspieraniu", Title: "Ustawa z dnia 12 sierpnia 2010 r. o wspieraniu", Type: "ustawa",
		Date: MakeDate(2010, 8, 12), Aliases: []string{"Dz. U. z 2025 r. poz. 453", "DU/2025/453"}}
	src := Source{Ref: "Dz. U. z 2025 r. poz. 453", ELI: "DU/2025/453", Kind: Consolidated, Title: "Obwieszczenie Marszałka Sejmu …",
		Date: MakeDate(2025, 3, 24), Promulgated: MakeDate(2025, 4, 8), File: "DU-2025-453.md",
		Amending:  []string{"Dz. U. z 2024 r. poz. 1635"},
		Notice:    []string{"1. Na podstawie art. 16 ust. 1 …", "„Art. 25. Do spraw … niniejszą ustawą.”"},
		Footnotes: resolveAmendments([]Footnote{{Label: "1", Body: "Minister Zdrowia kieruje działem administracji rządowej – zdrowie."}}),
		Warnings:  []Warning{{Pos: Pos{File: "DU-2025-453.md", Line: 40, Col: 1}, Kind: WarnBodyWithoutMarker, Msg: "footnote [9] has no marker in the text"}}}
	a, err := NewAct(info, modelVersions(), src)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := WriteAct(dir, a); err != nil {
		t.Fatal(err)
	}
	c, err := ReadDir(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.Act(info.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.ActInfo, a.ActInfo) || !reflect.DeepEqual(got.Sources(), a.Sources()) || !reflect.DeepEqual(got.AllVersions(), a.AllVersions()) {
		t.Errorf("the act read back differs:\n%+v\n%+v\n%+v\nwant\n%+v\n%+v\n%+v", got.ActInfo, got.Sources(), got.Units(), a.ActInfo, a.Sources(), a.Units())
	}
	if units := got.Units(); !reflect.DeepEqual(units, []string{"wstep", "art9a", "zal1"}) {
		t.Errorf("units in document order: %v", units)
	}
	if s, ok := got.Source("Dz.U. 2025 poz. 453"); !ok || s.File != "DU-2025-453.md" {
		t.Errorf("Source by another form of the reference: %+v %v", s, ok)
	}
}

func TestCitationOfPreambleAndAnnex(t *testing.T) {
	for id, want := range map[string]string{"wstep": "wstęp", "zal": "załącznik", "zal2": "załącznik nr 2", "zal2a": "załącznik nr 2a"} {
		if got := CitationOf(id); got != want {
			t.Errorf("CitationOf(%q) = %q, want %q", id, got, want)
		}
		if back, err := ParseCitation(want); err != nil || back != id {
			t.Errorf("ParseCitation(%q) = %q, %v, want %q", want, back, err, id)
		}
	}
	for _, bad := range []string{"art1.zal1", "art1.wstep", "wstęp ust. 1"} {
		if id, err := ParseCitation(bad); err == nil {
			t.Errorf("ParseCitation(%q) = %q, want an error", bad, id)
		}
	}
}

package diff

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"lexdiff/corpus"
)

// TestRealPairs compares each act of ../shared/realtexts that has two
// consolidated texts, between the dates of the two: the units listed are
// those that changed, by a reading of both texts, each with its kind and
// class. A word a PDF glued ("niewięcej") is formatting; a reference to a
// newer text of a cited act is a reference change; a footnote that went is
// annotated, one marked in a chapter's heading too, for each article under
// the chapter.
func TestRealPairs(t *testing.T) {
	t.Run("a repealed article strikes its ustępy", func(t *testing.T) {
		a := importPair(t, "DU-2025-677.md", "DU-2026-936.md")
		r, err := Dates(a, mustDate(t, "2026-02-26"), mustDate(t, "2026-02-27"), "art3")
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Changes) != 1 || r.Changes[0].Kind != Repealed || r.Changes[0].Attribution == nil || !strings.Contains(Old(r.Changes[0].Ops), "1. Rada Ministrów prowadzi wykaz prac legislacyjnych") {
			t.Errorf("changes %+v; want art. 3 repealed, attributed, its ustępy struck", r.Changes)
		}
	})
	t.Run("a footnote on a chapter's heading went", func(t *testing.T) {
		// DU-2025-677.md marks "Rozdział 2a[^1]" with the note that an act
		// added the chapter (line 366); DU-2026-936.md does not.
		a := importPair(t, "DU-2025-677.md", "DU-2026-936.md")
		r, err := Dates(a, mustDate(t, "2026-07-07"), mustDate(t, "2026-07-08"), "art8")
		if err != nil {
			t.Fatal(err)
		}
		const body = "Oznaczenie i tytuł rozdziału dodane przez art. 1 pkt 1 ustawy z dnia 25 września 2024 r."
		if len(r.Changes) != 1 || r.Changes[0].Kind != Annotated || len(r.Changes[0].Footnotes) != 1 {
			t.Fatalf("changes %+v; want art. 8 annotated, by one footnote", r.Changes)
		}
		if f := r.Changes[0].Footnotes[0]; f.Change != FootnoteRemoved || f.Label != "1" || !strings.HasPrefix(f.Body, body) || !f.Amendment {
			t.Errorf("footnote change %+v; want [1] %q… removed", f, body)
		}
	})
	t.Run("the annexes' caption is no inserted word", func(t *testing.T) {
		// DU-2026-594.md heads annex 1 "Załączniki do rozporządzenia …
		// Załącznik nr 1[^5]", DU-2025-1586.md its one annex "Załącznik do
		// rozporządzenia …": annex 1's first line changed its reference only.
		a := importPair(t, "DU-2025-1586.md", "DU-2026-594.md")
		r, err := Dates(a, mustDate(t, "2025-10-30"), mustDate(t, "2026-04-23"), "zal1")
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Changes) != 1 {
			t.Fatalf("changes %+v; want annex 1's alone", r.Changes)
		}
		oldFirst, _, _ := strings.Cut(Old(r.Changes[0].Ops), "\n")
		newFirst, _, _ := strings.Cut(New(r.Changes[0].Ops), "\n")
		oldWords, _, _ := strings.Cut(oldFirst, "(Dz. U.")
		newWords, _, _ := strings.Cut(newFirst, "(Dz. U.")
		if oldWords != newWords || oldFirst == newFirst {
			t.Errorf("annex 1's first line went from %q to %q; want only its reference changed", oldFirst, newFirst)
		}
	})
	for _, tt := range realPairs {
		t.Run(tt.newer, func(t *testing.T) {
			a := importPair(t, tt.older, tt.newer)
			r, err := Changes(a, mustDate(t, tt.from), mustDate(t, tt.to), "")
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range r.Changes {
				got = append(got, shortSummary(c)) // the units of a repealed article go with it, unlisted
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("changes\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

// realPairs are the acts of ../shared/realtexts with two consolidated
// texts, the dates of the two, and the changes between them.
var realPairs = []struct {
	older, newer, from, to string
	want                   []string
}{
	{"DU-2025-453.md", "DU-2026-238.md", "2025-03-24", "2026-02-20", []string{
		"art3.ust1.pkt1 modified/wording", "art3.ust1.pkt2 modified/formatting", "art6.ust1 modified/formatting",
		"art8.ust1 modified/formatting", "art13a.ust1.pkt1 modified/reference", "art13a.ust3 modified/reference",
		"art13a.ust4 annotated", "art13b modified/reference", "art14a.ust1 modified/reference",
		"art23.ust2 modified/reference", "art23.ust3 modified/reference", "zal modified/reference"}},
	{"DU-2025-677.md", "DU-2026-936.md", "2025-05-21", "2026-07-08", []string{
		"art3 repealed(repealed)", "art3a repealed(repealed)", "art4 repealed(repealed)",
		"art5 modified/wording", "art6 modified/wording", "art7.ust1 modified/wording", "art7.ust2.pkt1 modified/wording",
		"art7.ust3 modified/wording", "art7.ust4.pkt1 modified/wording", "art7.ust6 modified/wording",
		"art7.ust6.pkt1 modified/wording", "art7.ust7.pkt1 modified/wording", "art7.ust7.pkt2 modified/wording",
		"art8 annotated", "art9 annotated", "art9a annotated", "art9b modified/reference", "art9c annotated", "art9d annotated", "art13 annotated"}},
	{"DU-2025-1586.md", "DU-2026-594.md", "2025-10-30", "2026-04-23", []string{
		"wstep modified/reference", "par2.ust1 annotated", "par2.ust3 modified/wording", "par2.ust3a added", "par2.ust3b added",
		"par2.ust4 modified/wording", "par2.ust5 modified/wording", "par3.ust2 annotated(repealed)", "par3.ust3 annotated(repealed)",
		"par6.ust1 modified/formatting", "zal1 moved/wording", "zal2 added"}},
	{"DU-2025-506.md", "DU-2026-153.md", "2025-04-08", "2026-02-05", []string{
		"wstep modified/reference", "par2.pkt1 annotated", "par2.pkt4 repealed(repealed)", "par2.pkt5 annotated(repealed)"}},
}

// shortSummary is a change's unit, kind, status and class.
func shortSummary(c Change) string {
	s := c.Unit + " " + string(c.Kind)
	if c.Status != "" && c.Status != corpus.InForce {
		s += "(" + string(c.Status) + ")"
	}
	if c.Class != "" {
		s += "/" + string(c.Class)
	}
	return s
}

// importPair imports two consolidated texts of one act.
func importPair(t testing.TB, names ...string) *corpus.Act {
	t.Helper()
	var files []corpus.File
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join("../../shared/realtexts", n))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, corpus.File{Name: n, Data: data})
	}
	empty, _ := corpus.New()
	res, err := empty.Import(corpus.ImportRequest{Files: files})
	if err != nil || len(res.Acts) != 1 {
		t.Fatalf("import: %v", err)
	}
	return res.Acts[0]
}

// A comparison is an act between two dates.
type comparison struct {
	a        *corpus.Act
	from, to corpus.Date
}

// realComparisons are the acts of realPairs, each between the dates of
// its two texts.
func realComparisons(tb testing.TB) []comparison {
	tb.Helper()
	var cs []comparison
	for _, p := range realPairs {
		cs = append(cs, comparison{importPair(tb, p.older, p.newer), mustDate(tb, p.from), mustDate(tb, p.to)})
	}
	return cs
}

func mustDate(t testing.TB, s string) corpus.Date {
	t.Helper()
	d, err := corpus.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

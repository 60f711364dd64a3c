package store

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/corpustest"
	"lexdiff/corpus/embedded"
	"lexdiff/corpus/synth"
)

// modelJSON is the whole model of the corpus c as JSON: every act with
// every field of every version, so that a field added to the model and
// forgotten by the store makes a round trip differ.
func modelJSON(t testing.TB, c *corpus.Corpus) string {
	t.Helper()
	type act struct {
		Summary  corpus.ActSummary `json:"summary"`
		Sources  []corpus.Source   `json:"sources"`
		Versions []*corpus.Version `json:"versions"`
	}
	var all []act
	if err := c.Each(func(a *corpus.Act) error {
		all = append(all, act{a.Summary(), a.Sources(), a.AllVersions()})
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	b, err := json.MarshalIndent(all, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// openTemp opens a store in a new directory.
func openTemp(t testing.TB, opts Options) (*Store, string) {
	t.Helper()
	dir := t.TempDir()
	s, err := Open(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, dir
}

// put stores the acts in one import.
func put(t testing.TB, s *Store, acts ...*corpus.Act) Result {
	t.Helper()
	res, err := s.Update(context.Background(), func(*corpus.Corpus) ([]*corpus.Act, error) { return acts, nil })
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// snapshotJSON returns the model of the stored corpus as JSON.
func snapshotJSON(t testing.TB, s *Store) string {
	t.Helper()
	sn, err := s.Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer sn.Close()
	return modelJSON(t, sn.Corpus())
}

// testCorpora are the corpora the round trips store: the embedded corpus,
// the parsed test inputs, generated acts with every feature, and a
// computed version with attribution.
func testCorpora(t *testing.T) map[string][]*corpus.Act {
	t.Helper()
	sample, err := embedded.Load()
	if err != nil {
		t.Fatal(err)
	}
	generated, err := synth.Acts(synth.Default)
	if err != nil {
		t.Fatal(err)
	}
	return map[string][]*corpus.Act{
		"embedded": corpustest.Acts(t, sample),
		"synth":    generated,
		"testdata": testdataActs(t),
		"computed": {computedAct(t)},
		"sources":  {sourcedAct(t)},
		"real":     realActs(t),
	}
}

func testdataActs(t *testing.T) []*corpus.Act {
	t.Helper()
	var acts []*corpus.Act
	for i, f := range []string{"portal-par3.txt", "portal-variants.txt"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		vs, err := corpus.ParsePortal(f, data, "art. 12")
		if err != nil {
			vs, err = corpus.ParsePortal(f, data, "")
		}
		if err != nil {
			t.Fatal(err)
		}
		acts = append(acts, corpustest.Act(t, corpus.ActInfo{ID: "portal-" + string(rune('a'+i)), Title: f}, vs...))
	}
	data, err := os.ReadFile(filepath.Join("..", "testdata", "plain-act.txt"))
	if err != nil {
		t.Fatal(err)
	}
	info, vs, err := corpus.ParsePlain("plain-act.txt", data, corpus.PlainOptions{Range: corpus.Range{From: corpus.MakeDate(2020, 1, 1)}, Source: "Dz. U. z 2020 r. poz. 1"})
	if err != nil {
		t.Fatal(err)
	}
	info.ID, info.Ref, info.Aliases = "plain", "Dz. U. z 2020 r. poz. 1", []string{"Dz. U. z 2021 r. poz. 5", "Dz. U. z 2022 r. poz. 9"}
	return append(acts, corpustest.Act(t, info, vs...))
}

// realActs are the acts of the real texts of ../shared/realtexts, as
// import reads them.
func realActs(t *testing.T) []*corpus.Act {
	t.Helper()
	names, err := filepath.Glob(filepath.Join("..", "..", "..", "shared", "realtexts", "DU-*.md"))
	if err != nil || len(names) < 10 {
		t.Fatalf("real texts: %v, %d files", err, len(names))
	}
	req := corpus.ImportRequest{KeepGoing: true}
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		req.Files = append(req.Files, corpus.File{Name: filepath.Base(n), Data: data})
	}
	empty, err := corpus.New()
	if err != nil {
		t.Fatal(err)
	}
	res, err := empty.Import(req)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Acts) < 5 {
		t.Fatalf("the real texts gave %d acts", len(res.Acts))
	}
	return res.Acts
}

// computedAct has a version lexdiff computed, with the changes it applied.
func computedAct(t *testing.T) *corpus.Act {
	v := corpustest.Version(t, "2026-01-17", "§ 2. 1. Tekst.\n2. Inny tekst [1].\n\n[1] W brzmieniu ustalonym przez § 1 rozporządzenia z dnia 2 stycznia 2026 r. (Dz. U. poz. 53).")
	v.Computed, v.Source = true, "Dz. U. z 2026 r. poz. 53"
	v.Applied = []corpus.AppliedAmendment{{Unit: "par2.ust2", Kind: corpus.WordingSet, Provision: "§ 1 pkt 1", Act: "du-2026-53",
		Title: "Rozporządzenie | zmieniające", Ref: "Dz. U. z 2026 r. poz. 53", ELI: "DU/2026/53", InForce: corpus.MakeDate(2026, 1, 17)}}
	old := corpustest.Version(t, "2020-01-01 2026-01-16", "§ 2. 1. Tekst.\n2. Stary tekst.")
	return corpustest.Act(t, corpus.ActInfo{ID: "computed", Title: "Akt", Type: "rozporządzenie"}, old, v)
}

// sourcedAct has what real texts bring: a date, sources with every list,
// warnings, a footnote on a chapter heading and one another refers to.
func sourcedAct(t *testing.T) *corpus.Act {
	v, err := corpus.ParseVersion("v.txt", []byte(`from: 2025-03-01
source: Dz. U. z 2025 r. poz. 453
warning: numbering DU-2025-453.md:120:1: pkt 3 goes backwards, kept as text

Rozdział 2 [1] Przepisy szczególne
Art. 5. 1. Tekst [2].
2. Inny.

[1] Przez ustawę, o której mowa w odnośniku 2.
[2] Dodany przez art. 1 pkt 2 ustawy z dnia 5 stycznia 2024 r. o zmianie ustawy (Dz. U. poz. 53), która weszła w życie z dniem 1 marca 2024 r.
`))
	if err != nil {
		t.Fatal(err)
	}
	src := corpus.Source{Ref: "Dz. U. z 2025 r. poz. 453", ELI: "DU/2025/453", Kind: corpus.Consolidated, Title: "Obwieszczenie",
		Date: corpus.MakeDate(2025, 3, 1), Promulgated: corpus.MakeDate(2025, 3, 5), File: "DU-2025-453.md",
		Amending: []string{"Dz. U. z 2024 r. poz. 53", "Dz. U. z 2024 r. poz. 99"}, Notice: []string{"1. Na podstawie art. 16 …", "2. Podany tekst nie obejmuje …"},
		Signatures: []string{"Marszałek Sejmu: S. Hołownia"},
		Footnotes:  corpus.ResolveAmendments([]corpus.Footnote{{Label: "1", Body: "Zmiany tekstu jednolitego zostały ogłoszone w Dz. U. z 2024 r. poz. 53."}}),
		Warnings:   []corpus.Warning{{Pos: corpus.Pos{File: "DU-2025-453.md", Line: 3, Col: 7}, Kind: corpus.WarnImage, Msg: "a table is an image"}}}
	a, err := corpus.NewAct(corpus.ActInfo{ID: "du-2010-1", Title: "Ustawa", Type: "ustawa", Date: corpus.MakeDate(2010, 5, 7), Ref: "Dz. U. z 2010 r. poz. 1"}, []*corpus.Version{v}, src)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Warnings) != 1 || len(v.Groups[0].Markers) != 1 || len(v.Footnotes) != 2 {
		t.Fatalf("the test version lacks what it is for: %+v", v)
	}
	return a
}

// TestRoundTrip stores corpora and reads them back: the model is the same,
// field for field.
func TestRoundTrip(t *testing.T) {
	for name, acts := range testCorpora(t) {
		t.Run(name, func(t *testing.T) {
			s, _ := openTemp(t, Options{})
			res := put(t, s, acts...)
			if res.Generation != 1 || len(res.Changed) != len(acts) {
				t.Errorf("result %+v", res)
			}
			want := modelJSON(t, corpustest.Corpus(t, acts...))
			if got := snapshotJSON(t, s); got != want {
				t.Errorf("stored and read back, the model differs:\n%s", firstDiff(want, got))
			}
			if res := put(t, s, acts...); res.Generation != 1 || len(res.Changed) != 0 {
				t.Errorf("storing the same acts again changed %v (generation %d)", res.Changed, res.Generation)
			}
		})
	}
}

// firstDiff shows where two texts part.
func firstDiff(want, got string) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	lo := max(0, i-200)
	return "want …" + want[lo:min(len(want), i+200)] + "\n got …" + got[lo:min(len(got), i+200)]
}

func TestFindByReference(t *testing.T) {
	s, _ := openTemp(t, Options{})
	put(t, s, testdataActs(t)...)
	sn, err := s.Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer sn.Close()
	c := sn.Corpus()
	for _, key := range []string{"plain", "PLAIN", "Dz.U. 2021 poz. 5", "du/2022/9", "Dz. U. z 2020 r. poz. 1"} {
		if a, err := c.Act(key); err != nil || a.ID != "plain" {
			t.Errorf("Act(%q) = %v, %v", key, a, err)
		}
	}
	if _, err := c.Act("DU/2022/10"); !errors.Is(err, corpus.ErrNotFound) {
		t.Errorf("unknown reference: %v", err)
	}
	list, err := c.Summaries()
	if err != nil || len(list) != 3 || list[2].ID != "portal-b" || len(list[0].Aliases) != 2 {
		t.Errorf("summaries %+v, %v", list, err)
	}
}

// TestRefusesVersionNotReadBack: an act whose version would not read back
// from the form the store keeps it in (here a heading's footnote marker
// with no body, as a computed version once had) is refused with an error
// wrapping corpus.ErrInvalid, and nothing of the import is stored.
func TestRefusesVersionNotReadBack(t *testing.T) {
	s, _ := openTemp(t, Options{})
	good := corpustest.Act(t, corpus.ActInfo{ID: "good", Title: "Dobry"}, corpustest.Version(t, "2020-01-01", "§ 1. Tekst.\n"))
	v := corpustest.Version(t, "2020-01-01", "Rozdział 1 Przepisy ogólne [6]\n§ 1. Tekst.\n\n[6] Uwaga.\n")
	v.Footnotes = nil
	bad := corpustest.Act(t, corpus.ActInfo{ID: "bad", Title: "Zły"}, v)
	_, err := s.Update(context.Background(), func(*corpus.Corpus) ([]*corpus.Act, error) { return []*corpus.Act{good, bad}, nil })
	if !errors.Is(err, corpus.ErrInvalid) || !strings.Contains(err.Error(), "would not read back") || !strings.Contains(err.Error(), "[6]") {
		t.Fatalf("error %v, want the version that would not read back named, wrapping ErrInvalid", err)
	}
	if got := snapshotJSON(t, s); got != "null" && got != "[]" {
		t.Errorf("stored after the refusal: %.200s", got)
	}
}

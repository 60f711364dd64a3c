package amend

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"lexdiff/corpus"
)

// The two complete chains of ../shared/realtexts: a consolidated text, the
// act that amends it, and the next consolidated text, which shows the
// result. Applying the amending act to the first must give the second:
// every unit the act touched with the second's wording, every other unit
// unchanged (footnote markers, updated publication references and the
// PDF conversion's spacing aside).
var chains = []struct {
	name                 string
	before, amend, after string
	touched              []string // the units the amending act changes, read from it
}{
	{"stypendium KSSiP", "DU-2025-1586.md", "DU-2026-53.md", "DU-2026-594.md",
		[]string{"par2.ust3", "par2.ust3a", "par2.ust3b", "par2.ust4", "par2.ust5", "zal1", "zal2"}},
	{"mundur SW", "DU-2025-506.md", "DU-2025-1695.md", "DU-2026-153.md",
		[]string{"par2.pkt4"}},
}

func TestChains(t *testing.T) {
	for _, ch := range chains {
		t.Run(ch.name, func(t *testing.T) {
			am, before := chainStart(t, ch.amend, ch.before)
			after, on := consolidatedAct(t, realText(t, ch.after), "act")
			r := checkChain(t, before, []*Amending{am}, after, on)
			if ids := keys(r.touched); strings.Join(ids, " ") != strings.Join(ch.touched, " ") {
				t.Errorf("touched %v, want %v", ids, ch.touched)
			}
			t.Logf("%s: %s", ch.name, r)
		})
	}
}

// chainStart reads a chain's amending act and the consolidated text it
// amends, files of ../shared/realtexts.
func chainStart(t *testing.T, amend, before string) (*Amending, *corpus.Act) {
	t.Helper()
	am, err := Parse(mdDocument(t, realText(t, amend)))
	if err != nil {
		t.Fatal(err)
	}
	act, _ := consolidatedAct(t, realText(t, before), "act")
	return am, act
}

// A chainResult counts how the units of a computed act agree with the
// published text of the same day.
type chainResult struct {
	touched                  map[string]bool
	agree, exact             int // touched units agreeing; of them, letter for letter
	untouched, untouchedSame int
}

func (r chainResult) String() string {
	return fmt.Sprintf("touched units agreeing with the later text: %d/%d (%d letter for letter, the others but for the PDF conversion's spacing or a table's cell order); untouched units unchanged: %d/%d",
		r.agree, len(r.touched), r.exact, r.untouchedSame, r.untouched)
}

// checkChain applies the amending acts, in order, to before and compares
// the result on the last one's day, unit by unit, with after as in force
// on the day it states; every difference is an error.
func checkChain(t *testing.T, before *corpus.Act, ams []*Amending, after *corpus.Act, on corpus.Date) chainResult {
	t.Helper()
	got := before
	r := chainResult{touched: map[string]bool{}}
	var day corpus.Date
	for i, am := range ams {
		c, err := corpus.New(got)
		if err != nil {
			t.Fatal(err)
		}
		res, err := Apply(c, am, fmt.Sprintf("amending-%d", i))
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Changes) != 1 || len(res.Missing) != 0 {
			t.Fatalf("%d acts changed, %d missing: want the one act", len(res.Changes), len(res.Missing))
		}
		got, day = res.Changes[0].Act, am.InForce
		for _, v := range res.Changes[0].Versions {
			for _, ap := range v.Applied {
				r.touched[ap.Unit] = true
			}
		}
	}
	for _, pub := range after.InForce(on) {
		comp, _, err := got.At(pub.Unit.ID, day)
		if err != nil {
			t.Errorf("%s: %v", pub.Unit.ID, err)
			continue
		}
		visit(pub.Unit, func(u *corpus.Unit) bool {
			cu := comp.Unit.Find(u.ID)
			switch {
			case r.touched[u.ID]:
				if cu != nil && sameWording(cu, u) {
					r.agree++
					if fullText(cu) == fullText(u) {
						r.exact++
					}
				} else {
					t.Errorf("%s (touched):\ncomputed  %q\npublished %q", corpus.CitationOf(u.ID), fullText(cu), fullText(u))
				}
				return false
			case hasTouched(u, r.touched):
				return true // its touched units are checked one by one
			}
			r.untouched++
			if cu != nil && sameWording(cu, u) {
				r.untouchedSame++
			} else {
				t.Errorf("%s (untouched):\ncomputed  %q\npublished %q", corpus.CitationOf(u.ID), fullText(cu), fullText(u))
			}
			return false
		})
	}
	if r.agree != len(r.touched) {
		t.Errorf("agreement %d/%d", r.agree, len(r.touched))
	}
	return r
}

// visit calls fn for u and, when fn returns true, for the units below it.
func visit(u *corpus.Unit, fn func(*corpus.Unit) bool) {
	if fn(u) {
		for _, c := range u.Children {
			visit(c, fn)
		}
	}
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// hasTouched reports whether a unit below u was touched.
func hasTouched(u *corpus.Unit, touched map[string]bool) bool {
	found := false
	u.Walk(func(x *corpus.Unit) bool {
		if x != u && touched[x.ID] {
			found = true
		}
		return !found
	})
	return found
}

func fullText(u *corpus.Unit) string {
	if u == nil {
		return "(none)"
	}
	if u.Kind == corpus.Annex {
		return u.Text
	}
	return u.FullText()
}

// sameWording compares two units as the chains are checked: their full
// text without spaces, split hyphens joined, publication references
// masked; an annex (a table flattened by the PDF conversion, whose cells
// land in different orders) by its words, in any order, without its
// caption.
func sameWording(a, b *corpus.Unit) bool {
	if a.Kind == corpus.Annex {
		return slices.Equal(wordBag(annexBody(a.Text)), wordBag(annexBody(b.Text)))
	}
	return noSpace(maskRefs(a.FullText())) == noSpace(maskRefs(b.FullText()))
}

// noSpace drops the spaces of a text: the PDF conversion glues words
// ("niepóźniej") and splits them ("operacyjno- -rozpoznawczych").
func noSpace(s string) string {
	return strings.Join(strings.Fields(Comparable(s)), "")
}

// maskRefs replaces each publication reference by a placeholder.
func maskRefs(s string) string {
	refs := corpus.FindPubRefs(s)
	for i := len(refs) - 1; i >= 0; i-- {
		s = s[:refs[i].Start] + "<ref>" + s[refs[i].End:]
	}
	return s
}

// TestSweepChains finds chains in the folder LEXDIFF_SWEEP names (skipped
// without it): for each amending act, the consolidated text it amends
// (the one its instructions cite) and a later one that takes it in (whose
// obwieszczenie names the amending act's position and the amended act's
// subject); then checks them as TestChains does.
func TestSweepChains(t *testing.T) {
	dir := os.Getenv("LEXDIFF_SWEEP")
	if dir == "" {
		t.Skip("set LEXDIFF_SWEEP to a folder of dziennik-ustaw-md files")
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	notices := map[string]string{} // ELI → the obwieszczenie's own text
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if text := string(b); strings.Contains(text, "\nrank: \"obwieszczenie\"") {
			head, _, _ := strings.Cut(text, "## Załącznik")
			notices[p] = normalizeTitle(head)
		}
	}
	for _, p := range paths {
		parsed, err := parseFile(p)
		if err != nil || parsed.Kind != corpus.Amending {
			continue
		}
		doc := FromDocument(parsed)
		am, err := Parse(doc)
		if err != nil {
			continue
		}
		target := am.Operations[0].Act
		_, pos, _ := strings.Cut(strings.TrimPrefix(doc.ELI, "DU/"), "/")
		var before, after string
		for q, head := range notices {
			switch {
			case eliOf(q) == target.Ref.ELI():
				before = q
			case strings.Contains(head, "(dz. u. poz. "+pos+")") && strings.Contains(head, target.Subject):
				after = q
			}
		}
		if before == "" || after == "" {
			t.Logf("%s: no chain in the folder", doc.Name)
			continue
		}
		ams, ok := amendingActsOf(t, notices[after], paths)
		if !ok {
			t.Logf("%s: %s takes in amending acts the folder lacks", doc.Name, filepath.Base(after))
			continue
		}
		t.Run(filepath.Base(before)+"+"+doc.Name+"→"+filepath.Base(after), func(t *testing.T) {
			b, _ := consolidatedAct(t, before, "act")
			a, on := consolidatedAct(t, after, "act")
			t.Log(checkChain(t, b, ams, a, on))
		})
	}
}

// reTakenIn finds the positions of the amending acts an obwieszczenie's
// ust. 1 names.
var reTakenIn = regexp.MustCompile(`zmieniając\p{L}*\s[^()]*\(dz\. u\. poz\. (\d+)\)`)

// amendingActsOf reads the amending acts that a consolidated text (its
// normalized head) takes in, from the folder's files, in the order they
// enter into force; ok is false when the folder lacks one.
func amendingActsOf(t *testing.T, head string, paths []string) ([]*Amending, bool) {
	ust1, _, _ := strings.Cut(head, " 2. ")
	var ams []*Amending
	for _, m := range reTakenIn.FindAllStringSubmatch(ust1, -1) {
		var found *Amending
		for _, p := range paths {
			if !strings.HasSuffix(p, "-"+m[1]+".md") {
				continue
			}
			if parsed, err := parseFile(p); err == nil {
				if am, err := Parse(FromDocument(parsed)); err == nil {
					found = am
				}
			}
		}
		if found == nil {
			return nil, false
		}
		ams = append(ams, found)
	}
	sort.SliceStable(ams, func(i, j int) bool { return ams[i].InForce < ams[j].InForce })
	return ams, len(ams) > 0
}

// eliOf is the ELI of a file of the dataset named by it: DU-2025-617.md
// is DU/2025/617.
func eliOf(path string) string {
	return strings.ReplaceAll(strings.TrimSuffix(filepath.Base(path), ".md"), "-", "/")
}

// An amending act imported with a later consolidated text that takes it in,
// into a corpus that holds no wording of the act from before it, has
// nothing to apply to: it is skipped, naming that text, not refused. With
// the consolidated text before it in the corpus, it is applied.
func TestTakenInByConsolidatedText(t *testing.T) {
	am, err := Parse(mdDocument(t, realText(t, "DU-2026-53.md")))
	if err != nil {
		t.Fatal(err)
	}
	later, _ := consolidatedAct(t, realText(t, "DU-2026-594.md"), "kssip")
	c, err := corpus.New(later)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Apply(c, am, "amending")
	if err != nil {
		t.Fatalf("an amending act the corpus's only consolidated text takes in: %v", err)
	}
	if len(res.Changes) != 1 || res.Changes[0].TakenIn != "Dz. U. z 2026 r. poz. 594" || len(res.Changes[0].Versions) != 0 {
		t.Errorf("changes %+v, want one, taken in by Dz. U. z 2026 r. poz. 594, with no version computed", res.Changes)
	}

	earlier, _ := consolidatedAct(t, realText(t, "DU-2025-1586.md"), "kssip")
	if c, err = corpus.New(earlier); err != nil {
		t.Fatal(err)
	}
	if res, err = Apply(c, am, "amending"); err != nil || len(res.Changes) != 1 || res.Changes[0].Skipped() || len(res.Changes[0].Versions) == 0 {
		t.Errorf("applied to the consolidated text before it: %+v, %v; want computed versions", res, err)
	}
}

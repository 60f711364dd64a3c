package amend

import (
	"fmt"
	"strings"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/synth"
)

// BenchmarkApply reads and applies an amending act of 50 instructions (new
// wordings, repeals, additions, words replaced and added) to a generated
// regulation of 2,000 top-level units. Target: ≤ 50 ms.
//
//	go test -run '^$' -bench Apply -benchmem ./corpus/amend/
func BenchmarkApply(b *testing.B) {
	acts, err := synth.Acts(synth.Config{Units: 2000, Versions: 2, Kind: synth.Regulation, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	a := acts[0]
	c, err := corpus.New(a)
	if err != nil {
		b.Fatal(err)
	}
	text, n := amendingFor(b, a, 50)
	doc, err := Read("zm.txt", []byte(text), Options{Ref: "Dz. U. z 2099 r. poz. 1", Promulgated: corpus.MakeDate(2099, 1, 1)})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		am, err := Parse(doc)
		if err != nil {
			b.Fatal(err)
		}
		if len(am.Operations) != n {
			b.Fatalf("%d operations, want %d", len(am.Operations), n)
		}
		if _, err := Apply(c, am, "du-2099-1"); err != nil {
			b.Fatal(err)
		}
	}
}

// amendingFor writes an amending act of n instructions to act a, as in
// force on its last day of change, each on another top-level unit.
func amendingFor(tb testing.TB, a *corpus.Act, n int) (string, int) {
	tb.Helper()
	last := a.ChangeDates()[len(a.ChangeDates())-1]
	inForce := a.InForce(last)
	var b strings.Builder
	_, title, _ := strings.Cut(a.Title, " ") // "Rozporządzenie Ministra …": the instruction names it "W rozporządzeniu Ministra …"
	fmt.Fprintf(&b, "ROZPORZĄDZENIE\nMINISTRA PRÓB\nz dnia 1 stycznia 2099 r.\nzmieniające rozporządzenie\n§ 1. W rozporządzeniu %s (%s) wprowadza się następujące zmiany:\n", title, a.Ref)
	ops := 0
	step := len(inForce) / n
	for i := 0; i < n; i++ {
		v := inForce[i*step]
		u := v.Unit
		cite := u.Citation()
		fmt.Fprintf(&b, "%d) ", i+1)
		switch i % 5 {
		case 0:
			fmt.Fprintf(&b, "%s otrzymuje brzmienie:\n„%s Przepis w nowym brzmieniu.”;\n", cite, u.Marker())
		case 1:
			fmt.Fprintf(&b, "uchyla się %s;\n", cite)
		case 2:
			fmt.Fprintf(&b, "po %s dodaje się %sz w brzmieniu:\n„%sz. Przepis dodany.”;\n", cite, cite, strings.TrimSuffix(u.Marker(), "."))
		case 3:
			fmt.Fprintf(&b, "w %s na końcu dodaje się wyrazy „oraz w przypadkach szczególnych”;\n", cite)
		case 4:
			w := uniqueWord(u)
			if w == "" {
				fmt.Fprintf(&b, "uchyla się %s;\n", cite)
				break
			}
			fmt.Fprintf(&b, "w %s wyraz „%s” zastępuje się wyrazem „%s”;\n", cite, w, strings.ToUpper(w))
		}
		ops++
	}
	fmt.Fprintf(&b, "§ 2. Rozporządzenie wchodzi w życie z dniem %s.\n", polishDay(last.AddDays(30)))
	return b.String(), ops
}

// uniqueWord returns a word of at least six letters that stands once in
// u's text, or "".
func uniqueWord(u *corpus.Unit) string {
	text := u.FullText()
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !isWordRune(r) }) {
		if len([]rune(w)) >= 6 && len(findWords(slotsOf(u), w)) == 1 {
			return w
		}
	}
	return ""
}

// polishDay writes a day as a Polish text does: "1 lutego 2021 r.".
func polishDay(d corpus.Date) string {
	t := d.Time()
	for name, m := range months {
		if m == t.Month() {
			return fmt.Sprintf("%d %s %d r.", t.Day(), name, t.Year())
		}
	}
	return ""
}

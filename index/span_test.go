package index

import (
	"slices"
	"testing"

	"lexdiff/corpus"
)

// TestSpanTerms checks on every day around some ranges that a day's query
// terms meet the range's terms exactly once inside it and never outside.
func TestSpanTerms(t *testing.T) {
	base := corpus.MakeDate(2019, 9, 1)
	ranges := [][2]corpus.Date{
		{base, base}, {base, base + 1}, {base - 1, base + 37}, {base + 3, base + 1000},
		{base, openEnd}, {1, base}, {openEnd, openEnd},
	}
	for _, r := range ranges {
		terms := spanTerms(r[0], r[1])
		for _, d := range []corpus.Date{r[0] - 2, r[0] - 1, r[0], r[0] + 1, (r[0] + r[1]) / 2, r[1] - 1, r[1], r[1] + 1} {
			if d < 1 || d > openEnd {
				continue
			}
			n := 0
			for level := range spanLevels {
				if slices.Contains(terms, spanTerm(level, int(d)>>level)) {
					n++
				}
			}
			want := 0
			if d >= r[0] && d <= r[1] {
				want = 1
			}
			if n != want {
				t.Errorf("range %v–%v, day %v: %d matching terms, want %d (terms %q)", r[0], r[1], d, n, want, terms)
			}
		}
	}
}

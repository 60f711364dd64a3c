package diff

import (
	"fmt"
	"slices"
	"testing"
	"unsafe"

	"lexdiff/corpus"
)

// A textCache computes a text's value once while it holds it, keeps a text
// in use through generations, and never holds more than two generations.
func TestTextCacheBounded(t *testing.T) {
	calls := map[string]int{}
	length := func(s string) int { calls[s]++; return len(s) }
	c := textCache[int]{limit: 10 * (4 + entryOverhead), cost: func(int) int { return 0 }}
	for i := range 100 {
		text := fmt.Sprintf("t%03d", i)
		if got := c.get(text, length); got != 4 {
			t.Fatalf("get(%q) = %d, want 4", text, got)
		}
		c.get("kept", length) // in use: moves to every new generation
		if n := len(c.new) + len(c.old); n > 20 {
			t.Fatalf("after %d texts the cache holds %d, want at most 20", i+1, n)
		}
		if c.size > c.limit {
			t.Fatalf("generation of %d bytes, limit %d", c.size, c.limit)
		}
	}
	if calls["kept"] != 1 {
		t.Errorf("a text in use was computed %d times, want once", calls["kept"])
	}
	c.get("t000", length)
	if calls["t000"] != 2 {
		t.Errorf("a text long out of use was computed %d times, want twice (dropped, then again)", calls["t000"])
	}
	big := string(make([]byte, c.limit))
	c.get(big, length)
	c.get(big, length)
	if calls[big] != 2 {
		t.Errorf("a text larger than a generation was kept")
	}
}

// The shared caches give what tokenize and corpus.FindPubRefs give.
func TestSharedTokens(t *testing.T) {
	text := "zgodnie z art. 5 ust. 2 ustawy (Dz. U. z 2019 r. poz. 1557) do dnia 7 sierpnia 2019 r."
	for range 2 {
		if got, want := tokensOf(text), tokenize(text, corpus.FindPubRefs); !slices.Equal(got, want) {
			t.Errorf("tokensOf = %q, want %q", got, want)
		}
		if got := findRefs(text); len(got) != 1 || text[got[0].Start:got[0].End] != "Dz. U. z 2019 r. poz. 1557" {
			t.Errorf("findRefs = %+v, want the one reference", got)
		}
	}
}

// sharedOps gives what words gives, for pairs whose texts run together
// alike too, and gives a pair compared before its kept ops.
func TestSharedOps(t *testing.T) {
	pairs := [][2]string{
		{"wniosek składa się w terminie 7 dni", "wniosek składa się w terminie 14 dni"},
		{"wniosek składa się w terminie 7", " dni"},
		{"wniosek składa się w terminie", " 7 dni"},
		{"art. 5 ust. 2", ""},
		{"", "art. 5 ust. 2"},
		{"tak samo", "tak samo"},
	}
	for range 2 {
		for _, p := range pairs {
			got, want := opsOf(p[0], p[1], &tokenTable{}), Words(p[0], p[1])
			if !slices.Equal(got, want) {
				t.Errorf("opsOf(%q, %q) = %v, want %v", p[0], p[1], got, want)
			}
			if Old(got) != p[0] || New(got) != p[1] {
				t.Errorf("opsOf(%q, %q) = %v turns %q into %q", p[0], p[1], got, Old(got), New(got))
			}
		}
	}
	first := opsOf(pairs[0][0], pairs[0][1], &tokenTable{})
	if again := opsOf(pairs[0][0], pairs[0][1], &tokenTable{}); &again[0] != &first[0] {
		t.Errorf("a pair compared before was diffed again")
	}
}

// An entry moved to the newer generation keeps the copy of the text its
// value refers to: the cache holds one copy, the one it counts.
func TestTextCacheMovesItsCopy(t *testing.T) {
	c := textCache[string]{limit: 3 * (12 + entryOverhead), cost: func(string) int { return 0 }}
	prefix := func(s string) string { return s[:4] }
	const text = "kept-text-00"
	c.get(text, prefix)
	for i := range 3 { // text moves to the older generation
		c.get(fmt.Sprintf("other-text%02d", i), prefix)
	}
	if _, ok := c.old[text]; !ok {
		t.Fatal("the text did not reach the older generation")
	}
	if got := c.get(text, prefix); got != "kept" {
		t.Fatalf("get = %q, want %q", got, "kept")
	}
	e, ok := c.new[text]
	if !ok {
		t.Fatal("the text found in the older generation did not move to the newer one")
	}
	if unsafe.StringData(e.v) != unsafe.StringData(e.text) {
		t.Error("the moved value refers to another copy of its text than the one the cache keeps and counts")
	}
}

package server

import (
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"lexdiff/corpus"
	"lexdiff/corpus/corpustest"
)

// TestActPageFragments checks that the HTML the act page keeps of each
// unit version is what the page would print afresh: the same page twice
// alike; a next wording pending until its day comes, then not; each
// language its own; and after a swap, the new corpus's wording, never one
// kept from the state before.
func TestActPageFragments(t *testing.T) {
	var now atomic.Pointer[time.Time]
	now.Store(&pageToday)
	srv, err := New(Config{Corpus: statute40(t), Logger: slog.New(slog.DiscardHandler), Now: func() time.Time { return *now.Load() }})
	if err != nil {
		t.Fatal(err)
	}
	h := srv.Handler()
	const target = "/acts/du-2010-40?date=2023-10-01"
	_, first := getPage(t, h, target)
	_, again := getPage(t, h, target)
	if again != first {
		t.Error("the same page, asked twice, differs")
	}
	mustContain(t, topUnit(t, first, "art5"), "oczekuje zmiana <time>2024-07-01</time>")

	_, english := getPage(t, h, target+"&lang=en")
	mustContain(t, topUnit(t, english, "art5"), "worded so since <time>2022-03-01</time>", "pending change <time>2024-07-01</time>")

	later := time.Date(2024, 7, 2, 12, 0, 0, 0, time.UTC)
	now.Store(&later)
	_, body := getPage(t, h, target)
	art5 := topUnit(t, body, "art5")
	mustContain(t, art5, `<a class="next-wording" href=`, "zmiana <time>2024-07-01</time>")
	if strings.Contains(art5, "oczekuje") {
		t.Errorf("art. 5 still pending the day after its change:\n%s", art5)
	}

	v := corpustest.Version(t, "2023-09-01", "Art. 3. 1. Przepis 3 po przeładowaniu.")
	a := corpustest.Act(t, corpus.ActInfo{ID: "du-2010-40", Title: "Ustawa o jednym artykule", Type: "ustawa"}, v)
	srv.Swap(State{Corpus: corpustest.Corpus(t, a)})
	_, body = getPage(t, h, target)
	mustContain(t, topUnit(t, body, "art3"), "Przepis 3 po przeładowaniu.")
	if strings.Contains(body, "w brzmieniu zmienionym") {
		t.Error("after the swap, the page prints a wording of the state before")
	}
}

package server

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"lexdiff/corpus"
	"lexdiff/corpus/embedded"
)

// TestSwap checks that a request in flight answers from the state it began
// with, that the next ones answer from the new state (no answer cached for
// the old one is served), and that the old state is released once, after
// its last request.
func TestSwap(t *testing.T) {
	sample, err := embedded.Load()
	if err != nil {
		t.Fatal(err)
	}
	entered, proceed := make(chan bool), make(chan bool)
	list, err := sample.Summaries()
	if err != nil {
		t.Fatal(err)
	}
	slow, err := corpus.Loaded(list, func(id string) (*corpus.Act, error) {
		entered <- true
		<-proceed
		return sample.Act(id)
	})
	if err != nil {
		t.Fatal(err)
	}
	var released atomic.Int32
	s, err := New(Config{Corpus: slow, Searcher: mustIndex(t), Generation: 1, Release: func() { released.Add(1) }, Logger: testLogger(t), MaxAge: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	if n := countActs(t, h); n != len(list) {
		t.Fatalf("%d acts before the swap, want the %d embedded", n, len(list))
	}

	inFlight := make(chan *httptest.ResponseRecorder)
	go func() { inFlight <- get(h, "/api/v1/acts/du-2017-1399/text?date=2019-09-01&unit=par3.ust2") }()
	<-entered
	next, err := testCorpus()
	if err != nil {
		t.Fatal(err)
	}
	s.Swap(State{Corpus: next, Searcher: mustIndex(t), Generation: 2, IndexGeneration: 2})
	if n := countActs(t, h); n != len(list)+1 {
		t.Errorf("%d acts after the swap, want the new state's %d", n, len(list)+1)
	}
	var hz health
	if w := get(h, "/healthz"); w.Code != http.StatusOK || json.Unmarshal(w.Body.Bytes(), &hz) != nil || hz.Generation != 2 || hz.IndexGeneration != 2 {
		t.Errorf("/healthz after the swap: %d %s", w.Code, w.Body)
	}
	if released.Load() != 0 {
		t.Error("the old state was released while a request used it")
	}
	proceed <- true
	if w := <-inFlight; w.Code != http.StatusOK || w.Header().Get("Cache-Control") != "public, max-age=60" {
		t.Errorf("the request in flight: %d %s %s", w.Code, w.Header(), w.Body)
	}
	if released.Load() != 1 {
		t.Errorf("the old state was released %d times after its last request, want once", released.Load())
	}
}

func mustIndex(t *testing.T) Searcher {
	t.Helper()
	ix, err := testIndex()
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

func countActs(t *testing.T, h http.Handler) int {
	t.Helper()
	var list []corpus.ActSummary
	w := get(h, "/api/v1/acts")
	if err := json.Unmarshal(w.Body.Bytes(), &list); err != nil {
		t.Fatalf("/api/v1/acts: %d %s", w.Code, w.Body)
	}
	return len(list)
}

package server

import (
	"context"
	"net/http"
	"sync/atomic"

	"lexdiff/corpus"
)

// A State is one state of what a server answers from: a corpus and the
// search index built from it, with their generations. Swap replaces the
// state while the server runs; a request answers from the state that was
// current when it started, to its end, so that no answer mixes two.
type State struct {
	// Corpus is required.
	Corpus *corpus.Corpus
	// Searcher answers /search; nil while the index is being built
	// (SetSearcher supplies it later; until then /search and /healthz
	// answer 503).
	Searcher Searcher
	// Generation names the state of the corpus (0 for one that never
	// changes, such as the embedded corpus); IndexGeneration is the
	// generation of the corpus the index was built from, which lags
	// behind Generation when an index could not be rebuilt.
	Generation, IndexGeneration uint64
	// Release, when not nil, is called once the state is no longer
	// current and the last request answering from it has ended: it frees
	// what the corpus holds open, such as a read transaction.
	Release func()
}

// A state is a State being served: the searcher may arrive after it
// became current, and it keeps its own caches of answers, of the act
// page's fragments and texts, and of comparisons listed, which are valid
// for it alone.
type state struct {
	corpus                      *corpus.Corpus
	generation, indexGeneration atomic.Uint64
	searcher                    atomic.Pointer[Searcher]
	noIndex                     atomic.Bool // the index could not be built (SearchFailed)
	answers                     *answerCache
	fragments                   *fragmentCache
	texts                       *textCache
	listings                    *listingCache
	release                     func()
	refs                        atomic.Int64 // requests answering from it, plus one while it is current
}

func newState(st State) *state {
	s := &state{corpus: st.Corpus, answers: newAnswerCache(), fragments: newFragmentCache(), texts: newTextCache(), listings: newListingCache(), release: st.Release}
	s.generation.Store(st.Generation)
	s.indexGeneration.Store(st.IndexGeneration)
	if st.Searcher != nil {
		s.searcher.Store(&st.Searcher)
	}
	s.refs.Store(1)
	return s
}

// searcherOrNil returns the searcher, nil until there is one.
func (st *state) searcherOrNil() Searcher {
	if p := st.searcher.Load(); p != nil {
		return *p
	}
	return nil
}

// tryAcquire takes a reference on st, unless it has been released.
func (st *state) tryAcquire() bool {
	for {
		n := st.refs.Load()
		if n == 0 {
			return false
		}
		if st.refs.CompareAndSwap(n, n+1) {
			return true
		}
	}
}

// done drops a reference on st, and releases st with the last one.
func (st *state) done() {
	if st.refs.Add(-1) == 0 && st.release != nil {
		st.release()
	}
}

// Swap makes the server answer from st from now on. Requests in flight
// finish with the state they started with, which is then released.
func (s *Server) Swap(st State) {
	s.current.Swap(newState(st)).done()
}

// SetSearcher makes /search answer with sr, and the server ready: the
// index of the current state's corpus has been built.
func (s *Server) SetSearcher(sr Searcher) {
	st := s.current.Load()
	st.indexGeneration.Store(st.generation.Load())
	st.searcher.Store(&sr)
	st.noIndex.Store(false)
}

// acquire returns the current state with a reference taken on it; the
// caller drops it with done.
func (s *Server) acquire() *state {
	for {
		if st := s.current.Load(); st.tryAcquire() {
			return st
		}
	}
}

// state returns the current state, for what answers outside a request
// (metrics).
func (s *Server) state() *state { return s.current.Load() }

type stateKey struct{}

// withState hands each request the current state, held until the request
// ends.
func (s *Server) withState(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		st := s.acquire()
		defer st.done()
		h.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), stateKey{}, st)))
	})
}

// stateOf returns the state a request answers from.
func stateOf(r *http.Request) *state { return r.Context().Value(stateKey{}).(*state) }

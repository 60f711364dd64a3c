package server

import (
	"fmt"
	"net/http"
)

// health is the answer of /healthz: the number of acts, the generation of
// the corpus answered from and that of the corpus the search index was
// built from (the two differ while an index could not be rebuilt; 0 for a
// corpus that never changes).
type health struct {
	Status          string `json:"status"`
	Acts            int    `json:"acts"`
	Generation      uint64 `json:"generation"`
	IndexGeneration uint64 `json:"indexGeneration"`
}

// serveHealth answers 200 once the corpus and the index are loaded, 503
// before, while the searcher is unavailable (its index rebuilding), and
// while the index could not be built.
func (s *Server) serveHealth(w http.ResponseWriter, r *http.Request) error {
	st := stateOf(r)
	switch {
	case st.noIndex.Load():
		return fmt.Errorf("%w: the search index could not be built (the server log says why); everything but search is served", errNotReady)
	case st.searcherOrNil() == nil:
		return fmt.Errorf("%w: the search index is still being built", errNotReady)
	}
	if a, ok := st.searcherOrNil().(Availability); ok {
		if err := a.Unavailable(); err != nil {
			return err
		}
	}
	list, err := st.corpus.Summaries()
	if err != nil {
		return err
	}
	return s.writeJSON(w, r, health{"ok", len(list), st.generation.Load(), st.indexGeneration.Load()}, noStore)
}

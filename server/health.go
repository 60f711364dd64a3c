package server

import (
	"fmt"
	"net/http"
)

// health is the answer of /healthz.
type health struct {
	Status string `json:"status"`
	Acts   int    `json:"acts"`
}

// serveHealth answers 200 once the corpus and the index are loaded, 503
// before, and 503 for good when the index could not be built.
func (s *Server) serveHealth(w http.ResponseWriter, r *http.Request) error {
	switch {
	case s.noIndex.Load():
		return fmt.Errorf("%w: the search index could not be built (the server log says why); everything but search is served", errNotReady)
	case s.searcherOrNil() == nil:
		return fmt.Errorf("%w: the search index is still being built", errNotReady)
	}
	return s.writeJSON(w, r, health{"ok", s.corpus.Len()}, noStore)
}

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
// before.
func (s *Server) serveHealth(w http.ResponseWriter, r *http.Request) error {
	if s.searcherOrNil() == nil {
		return fmt.Errorf("%w: the search index is still being built", errNotReady)
	}
	return s.writeJSON(w, r, health{"ok", len(s.corpus.Acts())}, noStore)
}

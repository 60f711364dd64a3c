package server

import (
	"log/slog"

	"lexdiff/corpus"
)

// pages serves the HTML pages for people: the acts, the text on a date
// with its timeline, a unit's history, the comparison of two dates and
// search. They work without JavaScript; static/app.js only improves them.
type pages struct {
	corpus *corpus.Corpus
	search func() Searcher // nil until the index is loaded
	today  func() corpus.Date
	log    *slog.Logger
}

// newPages returns the pages of s; router registers their routes.
func newPages(s *Server) *pages {
	return &pages{corpus: s.corpus, search: s.searcherOrNil, today: s.today, log: s.log}
}

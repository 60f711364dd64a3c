package server

import (
	"log/slog"
	"net/http"

	"github.com/gorilla/mux"

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

// registerPages adds the page routes of s to r.
func registerPages(r *mux.Router, s *Server) {
	p := &pages{corpus: s.corpus, search: s.searcherOrNil, today: s.today, log: s.log}
	r.PathPrefix("/static/").Handler(staticHandler()).Methods(http.MethodGet, http.MethodHead)
	get := func(path string, fn func(http.ResponseWriter, *http.Request) error) {
		r.Handle(path, p.handle(fn)).Methods(http.MethodGet, http.MethodHead)
	}
	get("/", p.home)
	get("/acts/{act}", p.act)
	get("/acts/{act}/history", p.history)
	get("/acts/{act}/compare", p.compare)
	get("/search", p.searchPage)
}

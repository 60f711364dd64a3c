package server

import (
	"context"
	"log/slog"
	"net/http"

	"lexdiff/corpus"
	"lexdiff/diff"
)

// pages serves the HTML pages for people: the acts, the text on a date
// with its timeline, a unit's history, the comparison of two dates and
// search. They work without JavaScript; static/app.js only improves them.
type pages struct {
	corpus func(*http.Request) *corpus.Corpus
	search func(*http.Request) Searcher // nil until the index is loaded
	today  func() corpus.Date
	log    *slog.Logger
	// overviews keeps what the act page says of each act as a whole.
	overviews *overviewCache
	// fragments keeps the HTML of the unit versions of the request's
	// state (see unitFragments).
	fragments func(*http.Request) *fragmentCache
	// texts keeps the texts of the act pages of the request's state (see
	// actText).
	texts func(*http.Request) *textCache
	// reserve takes from the server's budget the memory a page of the
	// estimated size costs while built (see Server.reserve).
	reserve func(ctx context.Context, estimate int64) (release func(), err error)
	// listing lists a comparison, kept for the pages of it after the
	// first (see Server.listing).
	listing func(r *http.Request, a *corpus.Act, from, to corpus.Date, id string, limit int) (*diff.Listing, error)
}

// newPages returns the pages of s; router registers their routes.
func newPages(s *Server) *pages {
	return &pages{
		corpus:    func(r *http.Request) *corpus.Corpus { return stateOf(r).corpus },
		search:    func(r *http.Request) Searcher { return stateOf(r).searcherOrNil() },
		today:     s.today,
		log:       s.log,
		overviews: newOverviewCache(),
		fragments: func(r *http.Request) *fragmentCache { return stateOf(r).fragments },
		texts:     func(r *http.Request) *textCache { return stateOf(r).texts },
		reserve:   s.reserve,
		listing:   s.listing,
	}
}

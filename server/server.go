package server

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"sync/atomic"
	"time"

	"lexdiff/corpus"
	"lexdiff/index"
)

// A Searcher finds provisions by keyword; *index.Index is one. Its errors
// wrap index.ErrBadQuery for a malformed query and corpus.ErrNotFound for
// an unknown act.
type Searcher interface {
	Search(ctx context.Context, r index.Request) (*index.Result, error)
}

// Config is what a Server serves and how.
type Config struct {
	// Corpus is required.
	Corpus *corpus.Corpus
	// Searcher answers /search. It may be nil when the index is still being
	// built: SetSearcher supplies it later, and until then /search and
	// /healthz answer 503.
	Searcher Searcher
	// Logger receives one line per request and every failure; nil discards.
	Logger *slog.Logger
	// Now is the clock (nil: time.Now); "today" is its day in Warsaw.
	Now func() time.Time
}

// A Server answers HTTP requests about one corpus. It is safe for
// concurrent use.
type Server struct {
	corpus   *corpus.Corpus
	searcher atomic.Pointer[Searcher]
	noIndex  atomic.Bool // the index could not be built: /healthz says so
	log      *slog.Logger
	now      func() time.Time
	metrics  *metrics
	answers  *answerCache
	handler  http.Handler
}

// New returns a server for cfg. It fails when cfg has no corpus.
func New(cfg Config) (*Server, error) {
	if cfg.Corpus == nil {
		return nil, errors.New("server: no corpus")
	}
	s := &Server{corpus: cfg.Corpus, log: cfg.Logger, now: cfg.Now, answers: newAnswerCache()}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.now == nil {
		s.now = time.Now
	}
	if cfg.Searcher != nil {
		s.SetSearcher(cfg.Searcher)
	}
	s.metrics = newMetrics(s)
	s.handler = s.middleware(s.router())
	return s, nil
}

// Handler returns the handler serving every route.
func (s *Server) Handler() http.Handler { return s.handler }

// SetSearcher makes /search answer with sr, and the server ready.
func (s *Server) SetSearcher(sr Searcher) { s.searcher.Store(&sr) }

// SearchFailed records that the index could not be built, so that
// /healthz says the server will not become ready, rather than that it is
// still building.
func (s *Server) SearchFailed() { s.noIndex.Store(true) }

// searcherOrNil returns the searcher, nil until there is one.
func (s *Server) searcherOrNil() Searcher {
	if p := s.searcher.Load(); p != nil {
		return *p
	}
	return nil
}

// today is the current day in Poland, where the law applies.
func (s *Server) today() corpus.Date { return corpus.DayAt(s.now()) }

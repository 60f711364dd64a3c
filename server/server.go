package server

import (
	"cmp"
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

// An Availability is a searcher that can be unavailable for a while, such
// as an index.Healing rebuilding a damaged index: Unavailable returns why,
// or nil. /healthz answers 503 meanwhile.
type Availability interface {
	Unavailable() error
}

// Config is what a Server serves and how.
type Config struct {
	// Corpus is required. Searcher answers /search; it may be nil when the
	// index is still being built: SetSearcher supplies it later, and until
	// then /search and /healthz answer 503. Generation and Release are as
	// in State: these four are the first State, which Swap replaces while
	// the server runs.
	Corpus     *corpus.Corpus
	Searcher   Searcher
	Generation uint64
	Release    func()
	// Logger receives one line per request and every failure; nil discards.
	Logger *slog.Logger
	// Now is the clock (nil: time.Now); "today" is its day in Warsaw.
	Now func() time.Time
	// MaxAge, when not zero, bounds how long clients may reuse an answer
	// without asking again (Cache-Control max-age): for a corpus that
	// changes while the server runs, through Swap. Zero lets a dated
	// answer be reused for a day.
	MaxAge time.Duration
	// AnswerMemory bounds the memory of the answers being built at once,
	// in bytes (0: 256 MiB): a request whose answer does not fit waits for
	// its share, then gets 503 with Retry-After.
	AnswerMemory int64
	// NoAnswerCache turns off the cache of rendered answers: for
	// measuring what answering costs.
	NoAnswerCache bool
}

// A Server answers HTTP requests about a corpus, one State of it at a
// time. It is safe for concurrent use.
type Server struct {
	current atomic.Pointer[state]
	log     *slog.Logger
	now     func() time.Time
	maxAge  time.Duration // bounds Cache-Control max-age; 0: none
	metrics *metrics
	handler http.Handler
	budget  *budget // memory for answers being built
	noCache bool    // answers are not cached
}

// New returns a server for cfg. It fails when cfg has no corpus.
func New(cfg Config) (*Server, error) {
	if cfg.Corpus == nil {
		return nil, errors.New("server: no corpus")
	}
	s := &Server{log: cfg.Logger, now: cfg.Now, maxAge: cfg.MaxAge, budget: newBudget(cmp.Or(cfg.AnswerMemory, answerMemory)), noCache: cfg.NoAnswerCache}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.now == nil {
		s.now = time.Now
	}
	s.current.Store(newState(State{Corpus: cfg.Corpus, Searcher: cfg.Searcher, Generation: cfg.Generation, IndexGeneration: cfg.Generation, Release: cfg.Release}))
	s.metrics = newMetrics(s)
	s.handler = s.middleware(s.withState(s.router()))
	return s, nil
}

// Handler returns the handler serving every route.
func (s *Server) Handler() http.Handler { return s.handler }

// SearchFailed records that the index of the current state could not be
// built, so that /healthz says so, rather than that it is still building,
// until SetSearcher or Swap brings a state with an index.
func (s *Server) SearchFailed() { s.current.Load().noIndex.Store(true) }

// today is the current day in Poland, where the law applies.
func (s *Server) today() corpus.Date { return corpus.DayAt(s.now()) }

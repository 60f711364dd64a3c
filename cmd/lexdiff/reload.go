package main

import (
	"context"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"lexdiff/corpus"
	"lexdiff/corpus/store"
	"lexdiff/index"
	"lexdiff/server"
)

// defaultPoll is how often serve asks the store whether an import
// committed.
const defaultPoll = time.Second

// maxIndexRetry bounds the wait between two attempts at an index that
// could not be built.
const maxIndexRetry = 5 * time.Minute

// storeCloseWait is how long stopping serve waits for a reload in
// progress before it closes the store anyway.
const storeCloseWait = 5 * time.Second

// A reloader keeps a server answering from the latest committed state of
// a store. When an import commits (the store's generation moves) or on
// SIGHUP, it takes a snapshot, reads the summaries of the acts, brings
// the index up to date for that corpus aside (index.Open reuses the acts
// it has already indexed) and swaps both in at once; the server answers
// from the old state until then, and releases it after its last request.
//
// When the index cannot be built, the new corpus is served all the same,
// searched by the index of an earlier state (/healthz says which: its
// indexGeneration lags), or by none (search answers 503); the index is
// tried again after a wait that doubles each time, up to maxIndexRetry.
type reloader struct {
	cfg serveConfig
	st  *store.Store
	srv *server.Server

	mu              sync.Mutex
	stopped         bool
	generation      uint64  // the generation served
	indexGeneration uint64  // the generation the served index was built for
	current         *served // the state served

	// Only the goroutine of run uses these.
	retryAt   time.Time     // when to try the index again, after it failed
	retryWait time.Duration // the wait after the next failure
	lastErr   string        // the last failure logged, to log each once
	refresh   bool          // the snapshot served waits for Refresh (see store.Snapshot.Refresh)
}

// A served state holds what the server answers from, released together
// after the state's last request: the snapshot its corpus reads, and the
// index that searches it (nil until there is one). Two states may share
// either: each is closed when the last state holding it is released.
type served struct {
	snap   *shared[*store.Snapshot]
	corpus *corpus.Corpus
	ix     *shared[servedIndex]
	once   sync.Once
}

// A shared value is closed when the last of its holders drops it.
type shared[T io.Closer] struct {
	v    T
	refs atomic.Int32
}

func share[T io.Closer](v T) *shared[T] {
	s := &shared[T]{v: v}
	s.refs.Store(1)
	return s
}

// hold takes another reference on s; nil stays nil.
func (s *shared[T]) hold() *shared[T] {
	if s != nil {
		s.refs.Add(1)
	}
	return s
}

// drop drops a reference on s, closing its value with the last one.
func (s *shared[T]) drop() {
	if s != nil && s.refs.Add(-1) == 0 {
		s.v.Close()
	}
}

func (s *served) release() {
	s.once.Do(func() {
		s.ix.drop()
		s.snap.drop()
	})
}

// withIndex returns a state of the same corpus searched by ix.
func (s *served) withIndex(ix *shared[servedIndex]) *served {
	return &served{snap: s.snap.hold(), corpus: s.corpus, ix: ix}
}

// state is the server.State of s, whose index was built for the
// generation indexGeneration.
func (s *served) state(indexGeneration uint64) server.State {
	st := server.State{Corpus: s.corpus, Generation: s.snap.v.Generation(), IndexGeneration: indexGeneration, Release: s.release}
	if s.ix != nil {
		st.Searcher = s.ix.v
	}
	return st
}

// buildStoreServer returns a server of the corpus stored in cfg.Data,
// kept up to date by a reloader running until done.
func buildStoreServer(cfg serveConfig) (*server.Server, func(), error) {
	st, err := store.Open(cfg.Data, store.Options{CacheBytes: cfg.CacheBytes, Existing: true})
	if err != nil {
		return nil, nil, openError(cfg.Data, err)
	}
	if m := st.Migrated(); m != nil {
		cfg.Logger.Warn("the corpus directory was in the text layout of an older lexdiff: migrated into the database", "acts", m.Acts, "db", st.Path(), "text_files", m.Moved)
	}
	first, err := snapshot(st)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	g := first.snap.v.Generation()
	srv, err := server.New(server.Config{Corpus: first.corpus, Generation: g, Release: first.release,
		Logger: cfg.Logger, MaxAge: time.Minute})
	if err != nil {
		first.release()
		st.Close()
		return nil, nil, err
	}
	r := &reloader{cfg: cfg, st: st, srv: srv, generation: g, current: first, retryWait: cfg.poll()}
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		r.run(ctx)
	}()
	done := func() {
		cancel()
		r.mu.Lock()
		r.stopped = true
		current := r.current
		r.mu.Unlock()
		current.release() // requests have ended: serve shuts the HTTP server down first
		// Closing the store's last connection folds its log into the
		// database file; an index build in progress is not waited for.
		select {
		case <-stopped:
		case <-time.After(storeCloseWait):
		}
		st.Close()
	}
	return srv, done, nil
}

// snapshot takes a snapshot of st and its corpus, with the summaries in
// memory.
func snapshot(st *store.Store) (*served, error) {
	snap, err := st.Snapshot(context.Background())
	if err != nil {
		return nil, err
	}
	c, err := snap.Listed()
	if err != nil {
		snap.Close()
		return nil, err
	}
	return &served{snap: share(snap), corpus: c}, nil
}

// run opens the index of the first state, then reloads whenever the
// store's generation moves or cfg.Reload fires, until ctx ends.
func (r *reloader) run(ctx context.Context) {
	r.updateIndex()
	tick := time.NewTicker(r.cfg.poll())
	defer tick.Stop()
	for {
		force := false
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		case <-r.cfg.Reload:
			force = true
		}
		if err := r.tick(ctx, force); err != nil {
			r.cfg.Logger.Error("reload failed; serving the state before it", "generation", r.generation, "err", err)
		}
	}
}

// tick does what is due: reload when the store's generation moved or when
// forced, else try the index again when it is due, else let the store's
// log restart once the states before the current one are released.
func (r *reloader) tick(ctx context.Context, force bool) error {
	g, err := r.st.Generation(ctx)
	switch {
	case err != nil:
		return err
	case g != r.generation || force:
		return r.reload(force)
	case r.indexGeneration != r.generation && !time.Now().Before(r.retryAt):
		r.updateIndex()
	case r.refresh:
		moved, err := r.current.snap.v.Refresh(ctx)
		r.refresh = !moved && err == nil // not moved: a reader of a state before is still there
		if err != nil {                  // such as a database serve may only read
			r.cfg.Logger.Warn("the database's log cannot restart: it grows with each import until serve stops", "err", err)
		}
	}
	return nil
}

// reload swaps in the latest committed state, with its index when it can
// be built (tried at once when forced, else when no wait after a failure
// is running), else with the index served before.
func (r *reloader) reload(force bool) error {
	start := time.Now()
	next, err := snapshot(r.st)
	if err != nil {
		return err
	}
	g := next.snap.v.Generation()
	var ix *shared[servedIndex]
	if force || !time.Now().Before(r.retryAt) {
		ix = r.openIndex(next)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.stopped {
		ix.drop()
		next.release()
		return nil
	}
	indexGeneration := g
	if ix != nil {
		next.ix = ix
	} else {
		next.ix, indexGeneration = r.current.ix.hold(), r.indexGeneration
	}
	from := r.generation
	r.swap(next, g, indexGeneration)
	r.refresh = true
	if indexGeneration == g {
		r.cfg.Logger.Info("reloaded", "from", from, "to", g, "took", time.Since(start))
	} else {
		r.cfg.Logger.Warn("reloaded; search answers from the index of an earlier state until the index can be brought up to date", "to", g, "index_generation", indexGeneration, "retry_in", time.Until(r.retryAt).Round(time.Second).String())
	}
	return nil
}

// updateIndex brings the index up to date with the state served, and
// swaps it in.
func (r *reloader) updateIndex() {
	start := time.Now()
	ix := r.openIndex(r.current)
	r.mu.Lock()
	defer r.mu.Unlock()
	switch {
	case r.stopped:
		ix.drop()
	case ix != nil:
		r.cfg.Logger.Info("search index ready", "generation", r.generation, "took", time.Since(start))
		r.swap(r.current.withIndex(ix), r.generation, r.generation)
	case r.current.ix == nil:
		r.srv.SearchFailed()
	}
}

// swap makes the server answer from s; the caller holds r.mu. A state
// with no index at all says so on /healthz.
func (r *reloader) swap(s *served, generation, indexGeneration uint64) {
	r.srv.Swap(s.state(indexGeneration))
	if s.ix == nil {
		r.srv.SearchFailed()
	}
	r.current, r.generation, r.indexGeneration = s, generation, indexGeneration
}

// openIndex opens the index of the state s, known by its acts' digests:
// made from the index of the state before by re-indexing the acts that
// changed. When it cannot, it logs why (each distinct failure once),
// schedules the next attempt and returns nil.
func (r *reloader) openIndex(s *served) *shared[servedIndex] {
	acts, err := s.snap.v.Digests()
	var ix servedIndex
	if err == nil {
		ix, err = openIndex(r.cfg.Data, s.corpus, index.Options{Logger: r.cfg.Logger, Acts: acts}, healing)
	}
	if err == nil {
		r.retryAt, r.retryWait, r.lastErr = time.Time{}, r.cfg.poll(), ""
		return share(ix)
	}
	if msg := err.Error(); msg != r.lastErr {
		r.cfg.Logger.Error("search index unavailable; serving the corpus without it", "retry_in", r.retryWait.String(), "err", err)
		r.lastErr = msg
	}
	r.retryAt = time.Now().Add(r.retryWait)
	r.retryWait = min(2*r.retryWait, maxIndexRetry)
	return nil
}

// poll is how often to ask the store whether an import committed.
func (cfg serveConfig) poll() time.Duration {
	if cfg.Poll <= 0 {
		return defaultPoll
	}
	return cfg.Poll
}

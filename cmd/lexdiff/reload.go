package main

import (
	"context"
	"sync"
	"time"

	"lexdiff/corpus"
	"lexdiff/corpus/store"
	"lexdiff/index"
	"lexdiff/server"
)

// defaultPoll is how often serve asks the store whether an import
// committed.
const defaultPoll = time.Second

// A reloader keeps a server answering from the latest committed state of
// a store. When an import commits (the store's generation moves) or on
// SIGHUP, it takes a snapshot, reads the summaries of the acts, builds
// the index of that corpus aside (index.Open reuses the acts it has
// already indexed) and swaps both in at once; the server answers from the
// old state until then, and releases it after its last request.
type reloader struct {
	cfg serveConfig
	st  *store.Store
	srv *server.Server

	mu         sync.Mutex
	stopped    bool
	generation uint64  // the generation served
	current    *served // the state served
}

// A served state holds what the server answers from, released together
// after the state's last request: the snapshot its corpus reads, and the
// index built for it (set when it is ready).
type served struct {
	snap   *store.Snapshot
	corpus *corpus.Corpus
	once   sync.Once
	mu     sync.Mutex
	ix     servedIndex
}

func (s *served) setIndex(ix servedIndex) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ix = ix
}

func (s *served) release() {
	s.once.Do(func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.ix != nil {
			s.ix.Close()
		}
		s.snap.Close()
	})
}

// state is the server.State of s.
func (s *served) state() server.State {
	g := s.snap.Generation()
	return server.State{Corpus: s.corpus, Searcher: s.ix, Generation: g, IndexGeneration: g, Release: s.release}
}

// buildStoreServer returns a server of the corpus stored in cfg.Data,
// kept up to date by a reloader running until done.
func buildStoreServer(cfg serveConfig) (*server.Server, func(), error) {
	st, err := store.Open(cfg.Data, store.Options{CacheBytes: cfg.CacheBytes})
	if err != nil {
		return nil, nil, err
	}
	if m := st.Migrated(); m != nil {
		cfg.Logger.Warn("the corpus directory was in the text layout of an older lexdiff: migrated into the database", "acts", m.Acts, "db", st.Path(), "text_files", m.Moved)
	}
	first, err := snapshot(st)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	srv, err := server.New(server.Config{Corpus: first.corpus, Generation: first.snap.Generation(), Release: first.release,
		Logger: cfg.Logger, MaxAge: time.Minute})
	if err != nil {
		first.release()
		st.Close()
		return nil, nil, err
	}
	r := &reloader{cfg: cfg, st: st, srv: srv, generation: first.snap.Generation(), current: first}
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		r.run(ctx, first)
	}()
	done := func() {
		cancel()
		r.mu.Lock()
		r.stopped = true
		current := r.current
		r.mu.Unlock()
		current.release() // requests have ended: serve shuts the HTTP server down first
		go func() { <-stopped; st.Close() }()
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
	c, _, err := snap.Listed()
	if err != nil {
		snap.Close()
		return nil, err
	}
	return &served{snap: snap, corpus: c}, nil
}

// run opens the index of the first state, then reloads whenever the
// store's generation moves or cfg.Reload fires, until ctx ends.
func (r *reloader) run(ctx context.Context, first *served) {
	r.openFirstIndex(first)
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
		if err := r.reload(ctx, force); err != nil {
			r.cfg.Logger.Error("reload failed; serving the state before it", "generation", r.generation, "err", err)
		}
	}
}

// openFirstIndex opens the index of the state the server started with.
func (r *reloader) openFirstIndex(first *served) {
	start := time.Now()
	ix, err := r.openIndex(first)
	r.mu.Lock()
	defer r.mu.Unlock()
	switch {
	case r.stopped && err == nil:
		ix.Close()
	case r.stopped:
	case err != nil:
		r.cfg.Logger.Error("search index unavailable; /search answers 503", "err", err)
		r.srv.SearchFailed()
	default:
		r.cfg.Logger.Info("search index ready", "took", time.Since(start))
		first.setIndex(ix)
		r.srv.SetSearcher(ix)
	}
}

// reload swaps in the latest committed state when its generation differs
// from the one served, or when forced.
func (r *reloader) reload(ctx context.Context, force bool) error {
	g, err := r.st.Generation(ctx)
	if err != nil || (g == r.generation && !force) {
		return err
	}
	start := time.Now()
	next, err := snapshot(r.st)
	if err != nil {
		return err
	}
	ix, err := r.openIndex(next)
	if err != nil {
		next.release()
		return err
	}
	next.setIndex(ix)
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.stopped {
		next.release()
		return nil
	}
	r.srv.Swap(next.state())
	r.cfg.Logger.Info("reloaded", "from", r.generation, "to", next.snap.Generation(), "took", time.Since(start))
	r.generation, r.current = next.snap.Generation(), next
	return nil
}

// openIndex opens the index of the state s, known by its acts' digests:
// made from the index of the state before by re-indexing the acts that
// changed.
func (r *reloader) openIndex(s *served) (servedIndex, error) {
	acts, err := s.snap.Digests()
	if err != nil {
		return nil, err
	}
	return openServedIndex(r.cfg.Data, s.corpus, index.Options{Logger: r.cfg.Logger, Acts: acts})
}

// poll is how often to ask the store whether an import committed.
func (cfg serveConfig) poll() time.Duration {
	if cfg.Poll <= 0 {
		return defaultPoll
	}
	return cfg.Poll
}

package index

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"lexdiff/corpus"
)

// ErrRebuilding is wrapped by the errors of a Healing index while it
// rebuilds a damaged index: search will be back when the build is done.
var ErrRebuilding = errors.New("search index rebuilding")

// retryHeal is how long a Healing index waits, after a rebuild failed,
// before a search may start another.
const retryHeal = time.Minute

// A Healing index searches the index on disk of a corpus, as Open opens
// it, and heals it: when a search finds it damaged (see Index.Search), or
// fails inside Bleve although its segments pass their checksums (at most
// once every suspectEvery), Healing rebuilds it aside, in the background,
// and swaps the new index in. Meanwhile searches fail at once with an
// error wrapping ErrRebuilding, and so does Unavailable. It is safe for
// concurrent use.
type Healing struct {
	dir    string
	corpus *corpus.Corpus
	opts   Options

	mu          sync.Mutex
	cur         *Index // damaged while rebuilding is set
	rebuilding  bool
	lastTry     time.Time // when the last rebuild started
	lastSuspect time.Time // when a failure on sound segments last had the index rebuilt
	closed      bool
}

// suspectEvery is how often at most a failure inside Bleve on segments
// that pass their checksums has the index rebuilt. Damage no checksum
// shows is mended by the first rebuild; failures that go on after it are
// faults of Bleve's, which rebuilding does not mend, and rebuilding for
// each would keep search down.
const suspectEvery = time.Hour

// OpenHealing opens the index of c kept in dir, as Open does, and returns
// it healing. Its errors are Open's.
func OpenHealing(dir string, c *corpus.Corpus, opts Options) (*Healing, error) {
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	ix, err := Open(dir, c, opts)
	if err != nil {
		return nil, err
	}
	opts.Terminal = nil // a rebuild in the background draws no progress line
	return &Healing{dir: dir, corpus: c, opts: opts, cur: ix}, nil
}

// Search runs r on the index (see Index.Search). While a damaged index is
// rebuilt, the error wraps ErrRebuilding; the search that finds the
// damage starts the rebuild and fails so too.
func (h *Healing) Search(ctx context.Context, r Request) (*Result, error) {
	ix, err := h.current()
	if err != nil {
		return nil, err
	}
	res, err := ix.Search(ctx, r)
	if h.suspect(err) {
		err = ix.markDamaged(fmt.Errorf("%w: %w", ErrDamaged, err))
	}
	if errors.Is(err, ErrDamaged) {
		h.heal(ix)
		return nil, fmt.Errorf("%w: %w", ErrRebuilding, err)
	}
	return res, err
}

// suspect reports whether err, the error of a search, is a failure inside
// Bleve that the index is to be rebuilt for although its segments pass
// their checksums: the first such failure in suspectEvery. Any other
// fails alone (a server error) and the index stays.
func (h *Healing) suspect(err error) bool {
	if !errors.Is(err, errSoundSegments) {
		return false
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.lastSuspect.IsZero() && time.Since(h.lastSuspect) < suspectEvery {
		return false
	}
	h.lastSuspect = time.Now()
	return true
}

// Unavailable returns an error wrapping ErrRebuilding while a damaged
// index is rebuilt, nil when the index answers.
func (h *Healing) Unavailable() error {
	_, err := h.current()
	return err
}

// DocCount returns the number of wordings in the index.
func (h *Healing) DocCount() (uint64, error) {
	ix, err := h.current()
	if err != nil {
		return 0, err
	}
	return ix.DocCount()
}

// current returns the index to search, or the error of a damaged one.
func (h *Healing) current() (*Index, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return nil, errors.New("search index closed")
	}
	if err := h.cur.damaged.Load(); err != nil {
		if !h.rebuilding && time.Since(h.lastTry) >= retryHeal {
			h.startRebuild(h.cur)
		}
		return nil, fmt.Errorf("%w: %w; the search is back once the new index is built", ErrRebuilding, *err)
	}
	return h.cur, nil
}

// heal starts rebuilding the damaged index ix, unless a rebuild is
// running or ix is no longer current.
func (h *Healing) heal(ix *Index) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.closed && !h.rebuilding && h.cur == ix {
		h.startRebuild(ix)
	}
}

// startRebuild rebuilds the index in the background and swaps it in for
// the damaged one, which it closes; h.mu is held.
func (h *Healing) startRebuild(damaged *Index) {
	h.rebuilding, h.lastTry = true, time.Now()
	log := h.opts.Logger
	log.Warn("rebuilding the damaged search index", "dir", h.dir)
	go func() {
		start := time.Now()
		ix, err := Open(h.dir, h.corpus, h.opts) // the damage mark makes Open rebuild
		h.mu.Lock()
		defer h.mu.Unlock()
		h.rebuilding = false
		switch {
		case err != nil:
			log.Error("rebuilding the damaged search index failed; the next search after a minute tries again", "dir", h.dir, "err", err)
		case h.closed:
			ix.Close()
		default:
			log.Info("search index rebuilt", "dir", h.dir, "took", time.Since(start).Round(time.Millisecond))
			h.cur = ix
			damaged.Close()
		}
	}()
}

// Close closes the index. A rebuild in progress goes on, aside, and the
// index it builds is closed when it is done.
func (h *Healing) Close() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	return h.cur.Close()
}

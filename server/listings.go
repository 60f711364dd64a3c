package server

import (
	"errors"
	"net/http"
	"runtime/debug"
	"sync"
	"time"

	"lexdiff/corpus"
	"lexdiff/diff"
)

// Comparisons listed (diff.Listing) are kept so that the pages of one
// comparison after the first cost only themselves: at most
// listingCacheBytes of them per corpus state (35 comparisons of the whole
// of a 68,000-unit act, 3.6 MB each; more clients than that paging through
// such comparisons at once push out one another's, and list them again),
// and all dropped once none has been asked for for listingIdle, so that
// their memory returns after a burst of paging. A listing points into its
// act, which it keeps in memory meanwhile, even when the store's cache of
// acts lets it go.
const (
	listingCacheBytes  = 128 << 20
	listingIdle        = 5 * time.Second
	listingReturnBytes = 16 << 20
)

// A listingKey names a comparison: of the act, or of its unit, between two
// dates.
type listingKey struct {
	act, unit string
	from, to  corpus.Date
}

// A listingCache keeps the comparisons listed last. Each state has its
// own: a listing holds the units of its corpus.
type listingCache struct {
	mu       sync.Mutex
	lru      *sizedLRU[listingKey, *diff.Listing]
	lastUsed time.Time
	expiry   *time.Timer // set while listings are kept
}

func newListingCache() *listingCache {
	return &listingCache{lru: newListingLRU()}
}

func newListingLRU() *sizedLRU[listingKey, *diff.Listing] {
	return newSizedLRU[listingKey](listingCacheBytes, (*diff.Listing).Size)
}

func (c *listingCache) get(key listingKey) (*diff.Listing, bool) { return c.used().get(key) }

func (c *listingCache) put(key listingKey, l *diff.Listing) { c.used().put(key, l) }

// used notes that the cache is used now and returns its listings.
func (c *listingCache) used() *sizedLRU[listingKey, *diff.Listing] {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.lastUsed = time.Now()
	if c.expiry == nil {
		c.expiry = time.AfterFunc(listingIdle, c.expire)
	}
	return c.lru
}

// expire drops every listing when the cache has been idle for
// listingIdle, else looks again when it will have been. When the listings
// dropped held more than listingReturnBytes, it hands their memory back to
// the system at once: the runtime would otherwise keep it for minutes.
func (c *listingCache) expire() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if idle := time.Since(c.lastUsed); idle < listingIdle {
		c.expiry.Reset(listingIdle - idle)
		return
	}
	dropped := c.lru.total()
	c.lru, c.expiry = newListingLRU(), nil
	if dropped > listingReturnBytes {
		go debug.FreeOSMemory()
	}
}

// listing returns the comparison of the act a, or of its unit id, from
// from to to, listed once for the state r answers from when it has more
// than one page of limit changes. The memory that listing it takes is
// reserved while it is made. Its errors are those of diff.List and of
// the budget.
func (s *Server) listing(r *http.Request, a *corpus.Act, from, to corpus.Date, id string, limit int) (*diff.Listing, error) {
	cache := stateOf(r).listings
	key := listingKey{a.ID, id, from, to}
	if l, ok := cache.get(key); ok {
		return l, nil
	}
	release, err := s.reserve(r.Context(), listedCost(a, from, to, id))
	if err != nil {
		return nil, err
	}
	defer release()
	l, err := diff.List(a, from, to, id)
	if err != nil {
		return nil, err
	}
	if first, _ := l.Cut(diff.Window{Limit: limit, MaxBytes: maxPageBytes}); first.Len() < l.Len() {
		cache.put(key, l)
	}
	return l, nil
}

// isListError reports whether err is diff.List's: the comparison asked
// for names no unit of the act, or nothing in force on either date, or
// dates out of order. Other errors are the server's or the budget's.
func isListError(err error) bool {
	return errors.Is(err, corpus.ErrNotFound) || errors.Is(err, corpus.ErrNotInForce) || errors.Is(err, corpus.ErrInvalid)
}

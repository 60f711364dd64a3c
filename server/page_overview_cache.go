package server

import (
	"container/list"
	"sync"

	"lexdiff/corpus"
)

// overviewCacheSize is how many act overviews the pages keep: an overview
// costs the wordings of every top-level unit to build and little memory
// to keep.
const overviewCacheSize = 32

// An overviewCache keeps the overviews of the acts last shown, least
// recently used out first. A corpus state never changes, so an overview is
// kept by the state and the act's id; a new state makes new entries and
// lets the old ones age out. Requests for an overview being built wait for
// it rather than build it again.
type overviewCache struct {
	mu    sync.Mutex
	order *list.List // of *overviewEntry, most recent first
	byKey map[overviewKey]*list.Element
}

type overviewKey struct {
	state any // the corpus state: its identity only
	act   string
}

type overviewEntry struct {
	key  overviewKey
	once sync.Once
	o    *actOverview
	err  error
}

func newOverviewCache() *overviewCache {
	return &overviewCache{order: list.New(), byKey: map[overviewKey]*list.Element{}}
}

// get returns the overview of a in the corpus state st, building it once.
func (c *overviewCache) get(st any, a *corpus.Act) (*actOverview, error) {
	e := c.entry(overviewKey{st, a.ID})
	e.once.Do(func() { e.o, e.err = newOverview(a) })
	return e.o, e.err
}

func (c *overviewCache) entry(key overviewKey) *overviewEntry {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byKey[key]; ok {
		c.order.MoveToFront(el)
		return el.Value.(*overviewEntry)
	}
	e := &overviewEntry{key: key}
	c.byKey[key] = c.order.PushFront(e)
	if c.order.Len() > overviewCacheSize {
		last := c.order.Remove(c.order.Back()).(*overviewEntry)
		delete(c.byKey, last.key)
	}
	return e
}

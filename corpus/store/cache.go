package store

import (
	"container/list"
	"strconv"
	"sync"

	"lexdiff/corpus"
)

// A cache keeps acts read from the store, least recently used out first,
// within a bound on their estimated memory. An act is cached under its id
// and revision: a revision never changes, so an act cached for one
// snapshot serves every later one until an import changes it.
type cache struct {
	mu    sync.Mutex
	limit int64
	bytes int64
	order *list.List // of *cached, most recent first
	byKey map[string]*list.Element
	loads flight // acts being read, by key
}

type cached struct {
	key  string
	act  *corpus.Act
	size int64
}

func newCache(limit int64) *cache {
	return &cache{limit: limit, order: list.New(), byKey: map[string]*list.Element{}}
}

func cacheKey(id string, revision uint64) string {
	return id + "@" + strconv.FormatUint(revision, 10)
}

func (c *cache) get(key string) *corpus.Act {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.byKey[key]
	if !ok {
		return nil
	}
	c.order.MoveToFront(e)
	return e.Value.(*cached).act
}

// put keeps a of the given estimated size, unless it alone is over the
// bound.
func (c *cache) put(key string, a *corpus.Act, size int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.byKey[key]; ok || size > c.limit {
		return
	}
	c.byKey[key] = c.order.PushFront(&cached{key, a, size})
	c.bytes += size
	for c.bytes > c.limit {
		last := c.order.Remove(c.order.Back()).(*cached)
		delete(c.byKey, last.key)
		c.bytes -= last.size
	}
}

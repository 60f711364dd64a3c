package server

import (
	"container/list"
	"sync"
)

// A sizedLRU keeps values by key up to a total size, least recently used
// out first. A value larger than a sixteenth of the limit is not kept, so
// that one cannot push out all the others. It is safe for concurrent use.
type sizedLRU[K comparable, V any] struct {
	mu     sync.Mutex
	limit  int
	size   int
	sizeOf func(V) int
	order  *list.List // of *lruEntry[K, V], most recent first
	byKey  map[K]*list.Element
}

type lruEntry[K comparable, V any] struct {
	key K
	val V
}

// newSizedLRU returns an empty cache of at most limit, each value counting
// sizeOf(value).
func newSizedLRU[K comparable, V any](limit int, sizeOf func(V) int) *sizedLRU[K, V] {
	return &sizedLRU[K, V]{limit: limit, sizeOf: sizeOf, order: list.New(), byKey: map[K]*list.Element{}}
}

// total is the size of the values kept.
func (c *sizedLRU[K, V]) total() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.size
}

// get returns the value kept for key, and whether there is one.
func (c *sizedLRU[K, V]) get(key K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.byKey[key]
	if !ok {
		var zero V
		return zero, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*lruEntry[K, V]).val, true
}

// put keeps val for key, unless a value is kept for it already or val is
// too large, and drops the least recently used values beyond the limit.
func (c *sizedLRU[K, V]) put(key K, val V) {
	n := c.sizeOf(val)
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.byKey[key]; ok || n > c.limit/16 {
		return
	}
	c.byKey[key] = c.order.PushFront(&lruEntry[K, V]{key, val})
	c.size += n
	for c.size > c.limit {
		last := c.order.Remove(c.order.Back()).(*lruEntry[K, V])
		delete(c.byKey, last.key)
		c.size -= c.sizeOf(last.val)
	}
}

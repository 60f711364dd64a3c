package index

import (
	"sync"

	"github.com/blevesearch/bleve/v2/search/query"
)

// maxCachedQueries bounds a queryCache: past it, a query added makes room
// by dropping another.
const maxCachedQueries = 512

// A queryCache keeps the Bleve queries an index built from query strings,
// so that a query asked again is neither parsed nor analysed nor looked up
// in the lemma table again. (The terms of its prefixes are kept apart, for
// every query of the index: see prefixCache.) It keeps queries, never
// results: every search still runs on the index, with its own filters and
// page. It is safe for concurrent use; a built query is only read by its
// searches.
type queryCache struct {
	mu      sync.Mutex
	queries map[queryKey]query.Query
}

// A queryKey is what a query is built from: the query string, and what
// for.
type queryKey struct {
	text string
	use  queryUse
}

func (c *queryCache) get(k queryKey) (query.Query, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	q, ok := c.queries[k]
	return q, ok
}

func (c *queryCache) put(k queryKey, q query.Query) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.queries == nil {
		c.queries = make(map[queryKey]query.Query)
	}
	if len(c.queries) >= maxCachedQueries {
		for drop := range c.queries { // any one: Go ranges over a map from a random key
			delete(c.queries, drop)
			break
		}
	}
	c.queries[k] = q
}

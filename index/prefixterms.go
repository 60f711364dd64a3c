package index

import (
	"container/list"
	"context"
	"sync"
)

// maxPrefixTerms bounds the terms an index keeps for its prefix queries,
// all prefixes together: some 3 MB at about 25 bytes a term, with room
// for a prefix of up to 16,384 terms (see prefixCache).
const maxPrefixTerms = 1 << 17

// A prefixCache keeps the terms that prefix queries search (see
// prefixQuery), by prefix, for one Index: read from the index once, they
// serve every query with that prefix, the query that ranks and the one
// that highlights alike. An index never changes once open (one updated or
// rebuilt is a new Index, with a cache of its own), and all its queries
// use the same lemma table, so the terms kept for a prefix never go stale.
//
// It keeps at most limit terms, each prefix counting one more than it has
// (so that prefixes that match nothing are bounded too), and drops the
// least recently used prefixes first. A prefix of more than an eighth of
// limit is not kept, so that one prefix cannot push out most of the
// others: it is read on every search, once (see searchTerms). It is safe
// for concurrent use; the terms it returns are only read.
type prefixCache struct {
	limit int

	mu       sync.Mutex
	size     int        // the terms kept, as limit counts them
	order    *list.List // of *prefixEntry, most recently used first
	byPrefix map[string]*list.Element
}

type prefixEntry struct {
	prefix string
	terms  []string
}

// newPrefixCache returns an empty cache of at most limit terms.
func newPrefixCache(limit int) *prefixCache {
	return &prefixCache{limit: limit, order: list.New(), byPrefix: map[string]*list.Element{}}
}

// lookup returns the terms kept for prefix: by the search of ctx (see
// withSearchTerms), else by c, which then lends them to the search.
func (c *prefixCache) lookup(ctx context.Context, prefix string) ([]string, bool) {
	search := searchOf(ctx)
	if terms, ok := search.get(prefix); ok {
		return terms, true
	}
	terms, ok := c.get(prefix)
	if ok {
		search.put(prefix, terms)
	}
	return terms, ok
}

// keep keeps terms, just read from the index for prefix, for the search
// of ctx and, unless they are too many, for every search.
func (c *prefixCache) keep(ctx context.Context, prefix string, terms []string) {
	searchOf(ctx).put(prefix, terms)
	c.put(prefix, terms)
}

func (c *prefixCache) get(prefix string) ([]string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.byPrefix[prefix]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*prefixEntry).terms, true
}

// put keeps the terms of prefix, unless they are too many or another
// search has kept them meanwhile, and drops the least recently used
// prefixes beyond the limit.
func (c *prefixCache) put(prefix string, terms []string) {
	n := cost(terms)
	if n > c.limit/8 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.byPrefix[prefix]; ok {
		return
	}
	c.byPrefix[prefix] = c.order.PushFront(&prefixEntry{prefix, terms})
	c.size += n
	for c.size > c.limit {
		last := c.order.Remove(c.order.Back()).(*prefixEntry)
		delete(c.byPrefix, last.prefix)
		c.size -= cost(last.terms)
	}
}

// cost is what the terms of one prefix count towards the limit.
func cost(terms []string) int { return len(terms) + 1 }

// searchTerms are the terms of the prefixes that one search has searched,
// so that the query that ranks and the one that highlights (separate
// queries when phrases are found through shingles) read a prefix's terms
// from the index at most once in the search, kept by the index or not.
type searchTerms struct {
	mu      sync.Mutex    // Bleve builds a query's searchers in turn, but does not promise to
	entries []prefixEntry // a query's few prefixes: a map would cost more
}

type searchTermsKey struct{}

// withSearchTerms returns ctx for one search, whose queries share the
// terms of their prefixes.
func withSearchTerms(ctx context.Context) context.Context {
	return context.WithValue(ctx, searchTermsKey{}, new(searchTerms))
}

// searchOf returns the searchTerms of the search of ctx, nil outside one.
func searchOf(ctx context.Context) *searchTerms {
	s, _ := ctx.Value(searchTermsKey{}).(*searchTerms)
	return s
}

// Outside withSearchTerms, where s is nil, get finds nothing and put keeps
// nothing: a query searched on its own shares its terms with no other.

func (s *searchTerms) get(prefix string) ([]string, bool) {
	if s == nil {
		return nil, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, e := range s.entries {
		if e.prefix == prefix {
			return e.terms, true
		}
	}
	return nil, false
}

func (s *searchTerms) put(prefix string, terms []string) {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.entries = append(s.entries, prefixEntry{prefix, terms})
}

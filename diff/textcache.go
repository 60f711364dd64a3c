package diff

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"lexdiff/corpus"
)

// sharedTokens and sharedRefs hold, for every comparison of the process,
// the tokens and the publication references of the texts compared lately,
// and sharedOps the word diffs of the pairs of texts compared lately: a
// service compares the same wordings again and again, between other
// dates. Each keeps at most about twice its limit in memory.
var (
	sharedTokens = textCache[[]string]{limit: 8 << 20, cost: func(toks []string) int {
		return len(toks) * int(unsafe.Sizeof(""))
	}}
	sharedRefs = textCache[[]corpus.PubRef]{limit: 2 << 20, cost: func(refs []corpus.PubRef) int {
		n := len(refs) * int(unsafe.Sizeof(corpus.PubRef{}))
		for _, r := range refs {
			n += len(r.Journal) + len(r.Items)*int(unsafe.Sizeof(corpus.PubItem{}))
		}
		return n
	}}
	sharedOps = textCache[[]Op]{limit: 8 << 20, cost: func(ops []Op) int {
		return len(ops) * int(unsafe.Sizeof(Op{})) // their texts are parts of the key
	}}
)

// opsOf returns the word diff of old and new (see words, which it runs
// with tt). The ops are shared and must not be modified.
func opsOf(old, new string, tt *tokenTable) []Op {
	if ops, ok := plainOps(old, new); ok {
		return ops
	}
	return sharedOps.get(pairKey(old, new), func(key string) []Op {
		old, new := splitPairKey(key)
		return slices.Clip(words(old, new, tt))
	})
}

// pairKey is the key of sharedOps for a pair of texts: the length of old,
// a NUL, then old and new.
func pairKey(old, new string) string {
	return strconv.Itoa(len(old)) + "\x00" + old + new
}

// splitPairKey returns the texts of a key made by pairKey, as parts of it.
func splitPairKey(key string) (old, new string) {
	n, rest, _ := strings.Cut(key, "\x00")
	size, _ := strconv.Atoi(n) // pairKey wrote it
	return rest[:size], rest[size:]
}

// tokensOf returns the tokens of text (see tokenize). They are shared and
// must not be modified.
func tokensOf(text string) []string {
	return sharedTokens.get(text, func(s string) []string { return slices.Clip(tokenize(s, findRefs)) })
}

// findRefs is corpus.FindPubRefs through sharedRefs. The references are
// shared and must not be modified.
func findRefs(text string) []corpus.PubRef {
	if text == "" {
		return nil
	}
	return sharedRefs.get(text, corpus.FindPubRefs)
}

// A textCache remembers what a function of a text alone gave for it. It is
// bounded: it holds two generations of entries of at most limit bytes each
// (a copy of the text, which is all the value may refer to, the cost of
// the value, and an overhead per entry); an entry found in the older
// generation moves to the newer one, and when the newer one is full the
// older one is dropped and the newer one takes its place. A text too large
// for a generation is not kept. It is safe for concurrent use.
type textCache[V any] struct {
	limit int                     // bytes of a generation
	cost  func(V) int             // bytes a value holds
	mu    sync.Mutex              // guards what follows
	new   map[string]textEntry[V] // the newer generation
	old   map[string]textEntry[V] // the older generation
	size  int                     // bytes of new
}

// A textEntry is a value of a textCache with the copy of the text it was
// computed from, which it may refer to: an entry moved to the newer
// generation keeps that copy, rather than holding a second one beside it.
type textEntry[V any] struct {
	text string
	v    V
}

// entryOverhead is what an entry costs beyond its text and value: the
// map's slot and the headers of both.
const entryOverhead = 64

// get returns the value of text, computing it with f when the cache does
// not hold it.
func (c *textCache[V]) get(text string, f func(string) V) V {
	if len(text)+entryOverhead > c.limit {
		return f(text)
	}
	c.mu.Lock()
	e, ok := c.new[text]
	if !ok {
		if e, ok = c.old[text]; ok {
			c.add(e)
		}
	}
	c.mu.Unlock()
	if ok {
		return e.v
	}
	text = strings.Clone(text) // the value may hold parts of it: they must not hold a whole source file
	e = textEntry[V]{text, f(text)}
	c.mu.Lock()
	c.add(e)
	c.mu.Unlock()
	return e.v
}

// add puts e in the newer generation, starting a new one when it is full.
func (c *textCache[V]) add(e textEntry[V]) {
	size := len(e.text) + c.cost(e.v) + entryOverhead
	if size > c.limit {
		return
	}
	if _, ok := c.new[e.text]; ok {
		return
	}
	if c.new == nil || c.size+size > c.limit {
		c.old, c.new, c.size = c.new, map[string]textEntry[V]{}, 0
	}
	c.new[e.text] = e
	c.size += size
}

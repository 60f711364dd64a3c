package store

import (
	"sync"

	"lexdiff/corpus"
)

// A flight runs one load of an act at a time per key: a caller asking for
// a key being loaded waits for that load and shares its result, so that
// requests missing the cache on one act at once read and parse it once.
// The zero value is ready to use.
type flight struct {
	mu    sync.Mutex
	calls map[string]*flightCall
}

type flightCall struct {
	done chan struct{}
	act  *corpus.Act
	err  error
}

// do returns what load returns, calling it unless a load of key is in
// flight, whose act it then returns; when that load failed (its snapshot
// closed, say), do calls load itself.
func (f *flight) do(key string, load func() (*corpus.Act, error)) (*corpus.Act, error) {
	f.mu.Lock()
	if c, ok := f.calls[key]; ok {
		f.mu.Unlock()
		if <-c.done; c.err == nil {
			return c.act, nil
		}
		return load()
	}
	if f.calls == nil {
		f.calls = map[string]*flightCall{}
	}
	c := &flightCall{done: make(chan struct{})}
	f.calls[key] = c
	f.mu.Unlock()
	defer func() {
		f.mu.Lock()
		delete(f.calls, key)
		f.mu.Unlock()
		close(c.done)
	}()
	c.act, c.err = load()
	return c.act, c.err
}

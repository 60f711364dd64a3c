package server

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// answerMemory is how many bytes the answers being built may take at once,
// server-wide, unless Config.AnswerMemory says otherwise: a few large
// answers (a long act's text, a diff over years) each cost several times
// their size while built, rendered and compressed.
const answerMemory = 256 << 20

// budgetWait is how long a request waits for its share of the budget
// before it is answered 503 with Retry-After.
const budgetWait = 5 * time.Second

// errBusy is the kind of error of a request that found the memory for
// answers taken for longer than budgetWait.
var errBusy = errors.New("busy")

// A budget bounds the memory of the answers being built: a request
// reserves what its answer will cost before building it, and releases it
// once the answer is sent. A reservation that cannot be had within
// budgetWait fails, so that memory stays bounded and the client is told
// to come back, rather than the server growing.
type budget struct {
	wait  time.Duration // budgetWait, but in tests
	mu    sync.Mutex
	total int64
	used  int64
	freed chan struct{} // closed, and replaced, when a reservation is released
}

func newBudget(total int64) *budget {
	return &budget{wait: budgetWait, total: total, freed: make(chan struct{})}
}

// reserve takes n bytes of the budget (at most all of it), waiting up to
// b.wait, and returns the function that gives them back. The error
// wraps errBusy, or is ctx's.
func (b *budget) reserve(ctx context.Context, n int64) (release func(), err error) {
	n = min(max(n, 0), b.total)
	var timer *time.Timer // started only when the budget is short: most reservations find room
	defer func() {
		if timer != nil {
			timer.Stop()
		}
	}()
	for {
		b.mu.Lock()
		if b.used+n <= b.total {
			b.used += n
			b.mu.Unlock()
			return sync.OnceFunc(func() { b.release(n) }), nil
		}
		freed := b.freed
		b.mu.Unlock()
		if timer == nil {
			timer = time.NewTimer(b.wait)
		}
		select {
		case <-freed:
		case <-timer.C:
			return nil, &unavailableError{fmt.Errorf("%w: the server is building as many large answers as its memory allows; try again in a moment", errBusy), time.Second}
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

func (b *budget) release(n int64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.used -= n
	close(b.freed)
	b.freed = make(chan struct{})
}

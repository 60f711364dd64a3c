package server

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"

	"lexdiff/index"
)

// An unavailableError is a 503: the server cannot answer now, but will
// soon (the corpus is loading, the index rebuilding, memory for answers is
// taken). It wraps errNotReady and says when to ask again.
type unavailableError struct {
	err   error
	after time.Duration
}

func (e *unavailableError) Error() string { return e.err.Error() }
func (e *unavailableError) Unwrap() error { return e.err }

// unavailable returns the error of a request to ask again after d; the
// message says why it cannot be answered now.
func unavailable(after time.Duration, format string, args ...any) error {
	return &unavailableError{fmt.Errorf("%w: %s", errNotReady, fmt.Sprintf(format, args...)), after}
}

// retryAfter is the Retry-After of a problem for err, in whole seconds: at
// least 1 for a 503, 0 (no header) for anything else.
func retryAfter(err error, status int) int {
	if status != http.StatusServiceUnavailable {
		return 0
	}
	var ue *unavailableError
	switch {
	case errors.As(err, &ue):
		return max(1, int((ue.after+time.Second-1)/time.Second))
	case errors.Is(err, index.ErrRebuilding):
		return int(rebuildRetry / time.Second)
	}
	return 1
}

// rebuildRetry is how soon a client should ask again while the search
// index is rebuilt: a build takes seconds to minutes.
const rebuildRetry = 10 * time.Second

// setRetryAfter sets the Retry-After header to secs, unless it is 0.
func setRetryAfter(h http.Header, secs int) {
	if secs > 0 {
		h.Set("Retry-After", strconv.Itoa(secs))
	}
}

// A Loading handler answers while what it will serve is being loaded:
// every path, /healthz included, gets a 503 problem saying so, with
// Retry-After. Once Ready hands it the real handler, every request goes
// there. lexdiff serve listens at once, with a Loading handler in front,
// and loads the corpus behind it.
type Loading struct {
	next atomic.Pointer[http.Handler]
}

// loadingRetry is how soon a client should ask again while loading.
const loadingRetry = 2 * time.Second

// Ready sends every request from now on to h.
func (l *Loading) Ready(h http.Handler) { l.next.Store(&h) }

func (l *Loading) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if h := l.next.Load(); h != nil {
		(*h).ServeHTTP(w, r)
		return
	}
	p, _ := problemFor(unavailable(loadingRetry, "the corpus is loading; try again in a moment"))
	writeProblem(w, r, p)
}

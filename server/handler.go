package server

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
)

// A handlerFunc answers a request or returns the error that stopped it.
// It writes nothing when it returns an error: the adapter answers then.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// A problemRenderer writes a problem as the response: as
// application/problem+json for the API (writeProblem), as an HTML page for
// the web pages.
type problemRenderer func(w http.ResponseWriter, r *http.Request, p *Problem)

// errorHandler is the one adapter from handlerFuncs to http.Handlers: it
// renders the error h returns as a Problem with render. An error of no
// known kind is logged with its details and answered 500 without them.
func (s *Server) errorHandler(h handlerFunc, render problemRenderer) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		err := h(w, r)
		if err == nil || clientGone(r, err) {
			return
		}
		p, known := problemFor(err)
		if !known {
			s.log.LogAttrs(r.Context(), slog.LevelError, "request failed",
				slog.String("method", r.Method), slog.String("url", r.URL.String()), slog.Any("err", err))
		}
		render(w, r, p)
	})
}

// clientGone reports whether err stopped a request because its client
// went away (it closed the connection, or the server is shutting down): no
// one is left to answer, and nothing went wrong that a log should show.
func clientGone(r *http.Request, err error) bool {
	return r.Context().Err() != nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded))
}

// api adapts an API handler: its errors are answered as problem+json.
func (s *Server) api(h handlerFunc) http.Handler { return s.errorHandler(h, writeProblem) }

// writeProblem writes p as application/problem+json.
func writeProblem(w http.ResponseWriter, _ *http.Request, p *Problem) {
	b, err := json.Marshal(p)
	if err != nil { // a Problem always marshals; keep the status regardless
		b = []byte(`{"title":"Internal server error","status":500}`)
	}
	h := w.Header()
	h.Set("Content-Type", "application/problem+json")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	setRetryAfter(h, p.retryAfter)
	if p.Status == http.StatusMethodNotAllowed {
		h.Set("Allow", "GET, HEAD, OPTIONS")
	}
	w.WriteHeader(p.Status)
	w.Write(append(b, '\n'))
}

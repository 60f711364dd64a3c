package server

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"time"

	"github.com/gorilla/mux"
)

// maxURI is the longest request URI served; longer ones get 414. The
// http.Server's MaxHeaderBytes bounds the rest of the request head.
const maxURI = 4096

// middleware wraps h in what every request passes through, outermost
// first: logging and metrics, gzip, CORS, the URI limit, panic recovery.
func (s *Server) middleware(h http.Handler) http.Handler {
	h = s.recoverPanics(h)
	h = limitURI(h)
	h = cors(h)
	h = gzipResponses(h)
	return s.observe(h)
}

// recoverPanics answers a panicking handler with a 500 problem that says
// nothing of the panic, and logs the panic with its stack.
func (s *Server) recoverPanics(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler { // the handler asks to abort the response: let net/http do it
				panic(v)
			}
			s.log.LogAttrs(r.Context(), slog.LevelError, "panic serving request",
				slog.String("method", r.Method), slog.String("url", r.URL.String()),
				slog.String("panic", fmt.Sprint(v)), slog.String("stack", string(debug.Stack())))
			p, _ := problemFor(fmt.Errorf("panic: %v", v))
			writeProblem(w, r, p)
		}()
		h.ServeHTTP(w, r)
	})
}

// limitURI answers 414 to a request whose URI is longer than maxURI.
func limitURI(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if len(r.RequestURI) > maxURI {
			p, _ := problemFor(fmt.Errorf("%w: the URI has %d bytes; at most %d are accepted", errURITooLong, len(r.RequestURI), maxURI))
			writeProblem(w, r, p)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// cors lets pages from any origin read the answers (the API is public and
// read-only), and answers preflight requests for GET and HEAD.
func cors(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Access-Control-Allow-Origin", "*")
		hd.Set("Access-Control-Expose-Headers", "ETag, Cache-Control, Content-Encoding, Link")
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			hd.Set("Access-Control-Allow-Methods", "GET, HEAD")
			hd.Set("Access-Control-Allow-Headers", "If-None-Match, Accept, Accept-Language")
			hd.Set("Access-Control-Max-Age", "86400")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// requestInfo is what the router tells the outer middleware about a
// request: the template of the route it matched.
type requestInfo struct{ route string }

type infoKey struct{}

// routeLabel records the matched route's template for observe.
func (s *Server) routeLabel(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if info, ok := r.Context().Value(infoKey{}).(*requestInfo); ok {
			if name := mux.CurrentRoute(r).GetName(); name != "" {
				info.route = name // routeName of its template, named so when registered
			}
		}
		h.ServeHTTP(w, r)
	})
}

// observe logs one line per request and counts it in the metrics, by route
// template (or "unmatched"), so the metrics stay few whatever clients ask.
func (s *Server) observe(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		info := &requestInfo{route: "unmatched"}
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(rec, r.WithContext(context.WithValue(r.Context(), infoKey{}, info)))
		elapsed := time.Since(start)
		s.metrics.observe(info.route, r.Method, rec.status, elapsed)
		s.log.LogAttrs(r.Context(), slog.LevelInfo, "request",
			slog.String("method", r.Method), slog.String("url", r.URL.String()),
			slog.String("route", info.route), slog.Int("status", rec.status),
			slog.Int64("bytes", rec.bytes), slog.Duration("duration", elapsed),
			slog.String("remote", r.RemoteAddr), slog.String("agent", r.UserAgent()))
	})
}

// A recorder notes the status and the size of a response.
type recorder struct {
	http.ResponseWriter
	status      int
	bytes       int64
	wroteHeader bool
}

func (rec *recorder) WriteHeader(code int) {
	if !rec.wroteHeader {
		rec.status, rec.wroteHeader = code, true
	}
	rec.ResponseWriter.WriteHeader(code)
}

func (rec *recorder) Write(b []byte) (int, error) {
	rec.wroteHeader = true
	n, err := rec.ResponseWriter.Write(b)
	rec.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection.
func (rec *recorder) Unwrap() http.ResponseWriter { return rec.ResponseWriter }

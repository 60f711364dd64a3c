// Package server serves lexdiff over HTTP: the JSON API under /api/v1 that
// answers every question the CLI answers, with /healthz, /metrics and
// /openapi.json beside it, and the web pages for people (page_*.go,
// templates/, static/): an act on a date with its state and timeline of
// changes (printed in parts when long), a unit's history with its fields
// matrix, the comparison of two dates, search, and error pages that say in
// the reader's language what to do next.
//
// New builds a Server from a Config; Handler returns its http.Handler with
// every route (registered in one place, Server.routes) behind the
// middleware: panic recovery, one log line per request, metrics, limits on
// the URL, CORS for GET from any origin and gzip. NewHTTPServer wraps a
// handler in an http.Server with timeouts and header limits, and Serve runs
// it until its context ends, then shuts it down gracefully.
//
// Handlers are handlerFuncs, func(w, r) error. One adapter, errorHandler,
// turns a returned error into a Problem (RFC 9457) by the table in
// errors.go and hands it to a renderer: writeProblem for the API
// (application/problem+json), an HTML page renderer for the web pages.
// Answers are rendered into a buffer before any header is written, carry a
// strong ETag (a hash of the body) and a Cache-Control fit for the
// question, and answer If-None-Match with 304.
package server

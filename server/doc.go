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
//
// The act page is built from what a corpus state makes once and keeps,
// within bounds, until a swap: per act and language the rows of its
// changes, the marks of its timeline and the summary of each change
// (actPieces, kept with the act's overview); per unit version its HTML
// (unitFragments); and per state of the act, the versions in force, its
// text and table of contents, kept gzipped besides (actText). A request
// renders only what depends on its date, and writes the kept text into
// the page, or its gzipped form into the gzipped page (gzipStream).
package server

package server

import (
	"errors"
	"fmt"
	"net/http"

	"lexdiff/corpus"
	"lexdiff/index"
)

// errBadParam is wrapped by every error about a path or query parameter
// whose value is not accepted.
var errBadParam = errors.New("bad parameter")

// A ParamError is an error about one request parameter: a value that is not
// accepted (wrapping errBadParam), or one that names nothing (wrapping
// corpus.ErrNotFound). Its kind is that of the error it wraps; it adds the
// parameter's name to the problem.
type ParamError struct {
	Param string
	Err   error
}

func (e *ParamError) Error() string { return e.Param + ": " + e.Err.Error() }
func (e *ParamError) Unwrap() error { return e.Err }

// invalid returns the error for a parameter whose value is not accepted;
// the message should say what is accepted.
func invalid(param, format string, args ...any) error {
	return &ParamError{param, fmt.Errorf("%w: %s", errBadParam, fmt.Sprintf(format, args...))}
}

// inParam attributes err to a parameter, unless it is already attributed.
func inParam(param string, err error) error {
	var pe *ParamError
	if err == nil || errors.As(err, &pe) {
		return err
	}
	return &ParamError{param, err}
}

// An errorKind is a kind of error a client can cause and how it is
// answered.
type errorKind struct {
	err    error
	status int
	slug   string // the last part of the problem type URI
	title  string
	// detail, when set, says what the problem's detail says instead of
	// the error (whose cause may name the server's files), given the
	// seconds of its Retry-After.
	detail func(retryAfter int) string
}

// errorKinds maps the kinds of error to HTTP statuses. The first kind err
// matches (errors.Is) wins; an error of no kind is a 500 whose details are
// logged, never shown.
var errorKinds = []errorKind{
	{corpus.ErrWordingUnknown, http.StatusNotFound, "wording-unknown", "Wording not known on that date", nil}, // before ErrNotInForce, which it matches too
	{corpus.ErrNotInForce, http.StatusNotFound, "not-in-force", "Not in force on that date", nil},
	{corpus.ErrNotFound, http.StatusNotFound, "not-found", "Not found", nil},
	{errBadParam, http.StatusBadRequest, "bad-parameter", "Bad parameter", nil},
	{index.ErrBadQuery, http.StatusBadRequest, "bad-query", "Bad search query", nil},
	{corpus.ErrInvalid, http.StatusBadRequest, "invalid", "Invalid input", nil},
	{errMethod, http.StatusMethodNotAllowed, "method-not-allowed", "Method not allowed", nil},
	{errNoRoute, http.StatusNotFound, "no-such-route", "No such route", nil},
	{errURITooLong, http.StatusRequestURITooLong, "uri-too-long", "URI too long", nil},
	{errNotReady, http.StatusServiceUnavailable, "not-ready", "Not ready", nil},
	{index.ErrRebuilding, http.StatusServiceUnavailable, "index-rebuilding", "Search index rebuilding", func(retryAfter int) string {
		return fmt.Sprintf("The search index is being rebuilt; try again in %d s.", retryAfter) // its cause names the server's files: the index logs it
	}},
	{errBusy, http.StatusServiceUnavailable, "busy", "Server busy", nil},
}

// Errors the server itself raises, each with its kind above.
var (
	errMethod     = errors.New("method not allowed")
	errNoRoute    = errors.New("no such route")
	errURITooLong = errors.New("uri too long")
	errNotReady   = errors.New("not ready")
)

// problemTypeBase prefixes the slug of every problem type. The URN is not
// meant to be fetched: /openapi.json lists and explains the types.
const problemTypeBase = "urn:lexdiff:problem:"

// kindOf returns the kind of err; ok is false for an error of no kind.
func kindOf(err error) (k errorKind, ok bool) {
	for _, k := range errorKinds {
		if errors.Is(err, k.err) {
			return k, true
		}
	}
	return errorKind{status: http.StatusInternalServerError, slug: "internal", title: "Internal server error"}, false
}

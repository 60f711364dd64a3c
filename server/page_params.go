package server

import (
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/gorilla/mux"

	"lexdiff/corpus"
)

// replacementChar stands for each byte of a request that is not UTF-8.
const replacementChar = "\uFFFD"

// withValidText returns r with its query values and path variables made
// valid UTF-8, each invalid byte replaced by U+FFFD, so that a page quoting
// them ("„%ff” is not a date") is valid UTF-8 too; r itself when they
// already are.
func withValidText(r *http.Request) *http.Request {
	q, vars := r.URL.Query(), map[string]string{}
	changed := false
	for _, vs := range q {
		for i, v := range vs {
			if !utf8.ValidString(v) {
				vs[i], changed = strings.ToValidUTF8(v, replacementChar), true
			}
		}
	}
	for k, v := range mux.Vars(r) {
		if vars[k] = v; !utf8.ValidString(v) {
			vars[k], changed = strings.ToValidUTF8(v, replacementChar), true
		}
	}
	if !changed {
		return r
	}
	r = r.Clone(r.Context())
	r.URL.RawQuery = q.Encode()
	return mux.SetURLVars(r, vars)
}

// pageDate reads the date query parameter name as the API does, with def
// when it is absent. A value that does not parse is a 400 page offering
// retry, the page's form.
func pageDate(r *http.Request, l lang, name string, def corpus.Date, retry *retryForm) (corpus.Date, error) {
	d, ok, err := dateParam(r, name)
	if err != nil {
		return 0, &pageError{Status: http.StatusBadRequest, Title: l.T("error.badDate"),
			Detail: l.Tf("error.badDate.msg", r.URL.Query().Get(name), name), Hint: l.T("error.badDate.hint"), Retry: retry, cause: err}
	}
	if !ok {
		return def, nil
	}
	return d, nil
}

// pageUnit reads a query parameter that names a unit (unit, at) as the
// API does: a citation or an id; "" when absent. A value that does not
// parse is a 400 page.
func pageUnit(r *http.Request, l lang, name string, retry *retryForm) (string, error) {
	id, err := unitParam(r, name)
	if err != nil {
		return "", &pageError{Status: http.StatusBadRequest, Title: l.T("error.badUnit"),
			Detail: l.Tf("error.badUnit.msg", r.URL.Query().Get(name), name), Hint: l.T("error.badUnit.hint"), Retry: retry, cause: err}
	}
	return id, nil
}

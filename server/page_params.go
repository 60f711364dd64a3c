package server

import (
	"net/http"

	"lexdiff/corpus"
)

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

// pageUnit reads the unit query parameter as the API does: a citation or
// an id; "" when absent. A value that does not parse is a 400 page.
func pageUnit(r *http.Request, l lang, retry *retryForm) (string, error) {
	id, err := unitParam(r, "unit")
	if err != nil {
		return "", &pageError{Status: http.StatusBadRequest, Title: l.T("error.badUnit"),
			Detail: l.Tf("error.badUnit.msg", r.URL.Query().Get("unit")), Hint: l.T("error.badUnit.hint"), Retry: retry, cause: err}
	}
	return id, nil
}

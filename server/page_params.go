package server

import (
	"net/http"

	"lexdiff/corpus"
)

// pageDate reads the date query parameter name as the API does, with def
// when it is absent. A value that does not parse is a 400 page offering
// retry.
func pageDate(r *http.Request, l lang, name string, def corpus.Date, retry string) (corpus.Date, error) {
	d, ok, err := dateParam(r, name)
	if err != nil {
		return 0, badParamPage(l, "error.badDate", "error.badDate.hint", err, retry)
	}
	if !ok {
		return def, nil
	}
	return d, nil
}

// pageUnit reads the unit query parameter as the API does: a citation or
// an id; "" when absent. A value that does not parse is a 400 page.
func pageUnit(r *http.Request, l lang, retry string) (string, error) {
	id, err := unitParam(r, "unit")
	if err != nil {
		return "", badParamPage(l, "error.badUnit", "error.badUnit.hint", err, retry)
	}
	return id, nil
}

// badParamPage is the 400 page for a parameter the API's parsing rejected.
func badParamPage(l lang, title, hint string, err error, retry string) *pageError {
	prob, _ := problemFor(err)
	return &pageError{Status: http.StatusBadRequest, Title: l.T(title), Detail: prob.Param + ": " + prob.Detail,
		Hint: l.T(hint), Choices: []link{{l.T("error.today"), retry}}, cause: err}
}

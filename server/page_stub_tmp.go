package server

import (
	"net/http"

	"lexdiff/corpus"
)

func (p *pages) history(w http.ResponseWriter, r *http.Request) error {
	return &pageError{Status: http.StatusNotImplemented, Title: "todo"}
}
func (p *pages) compare(w http.ResponseWriter, r *http.Request) error {
	return &pageError{Status: http.StatusNotImplemented, Title: "todo"}
}
func (p *pages) searchPage(w http.ResponseWriter, r *http.Request) error {
	return &pageError{Status: http.StatusNotImplemented, Title: "todo"}
}
func compareURL(act string, from, to corpus.Date, unit string) string { return "" }

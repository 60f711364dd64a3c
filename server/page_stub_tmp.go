package server

import "net/http"

func (p *pages) history(w http.ResponseWriter, r *http.Request) error {
	return &pageError{Status: http.StatusNotImplemented, Title: "todo"}
}
func (p *pages) searchPage(w http.ResponseWriter, r *http.Request) error {
	return &pageError{Status: http.StatusNotImplemented, Title: "todo"}
}

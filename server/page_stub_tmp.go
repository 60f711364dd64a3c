package server

import "net/http"

func (p *pages) searchPage(w http.ResponseWriter, r *http.Request) error {
	return &pageError{Status: http.StatusNotImplemented, Title: "todo"}
}

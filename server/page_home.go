package server

import (
	"net/http"
)

// home serves /: the acts and a search box.
func (p *pages) home(w http.ResponseWriter, r *http.Request) error {
	l := langOf(r)
	list, err := p.corpus(r).Summaries()
	if err != nil {
		return err
	}
	return p.render(w, r, http.StatusOK, "home.html", page{L: l, Title: l.T("home.acts"), Data: list})
}

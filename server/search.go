package server

import (
	"errors"
	"fmt"
	"net/http"
	"unicode/utf8"

	"lexdiff/corpus"
	"lexdiff/index"
)

// maxQuery is the longest query served, in characters. The index bounds
// page sizes and depths (index.MaxSize, index.MaxDepth).
const maxQuery = 500

// serveSearch finds provisions by keyword (as lexdiff search -json).
func (s *Server) serveSearch(w http.ResponseWriter, r *http.Request) error {
	req, fixed, err := s.searchRequest(r)
	if err != nil {
		return err
	}
	sr := stateOf(r).searcherOrNil()
	if sr == nil {
		return fmt.Errorf("%w: the search index is still being built; try again in a moment", errNotReady)
	}
	res, err := sr.Search(r.Context(), req)
	if err != nil {
		return inParam(searchParam(req, err), err)
	}
	return s.writeJSON(w, r, res, policyFor(fixed))
}

// searchParam names the parameter at fault in a failed search: act for an
// unknown act, else the query.
func searchParam(req index.Request, err error) string {
	if req.Act != "" && errors.Is(err, corpus.ErrNotFound) {
		return "act"
	}
	return "q"
}

// searchRequest reads and checks the parameters of a search; fixed is
// false when the answer depends on today (no date and not all history).
func (s *Server) searchRequest(r *http.Request) (req index.Request, fixed bool, err error) {
	q := query(r)
	req = index.Request{Query: q.Get("q"), Act: q.Get("act"), Kind: q.Get("kind")}
	switch n := utf8.RuneCountInString(req.Query); {
	case n == 0:
		return req, false, invalid("q", "missing: give the words to find, e.g. q=wniosek kuratora")
	case n > maxQuery:
		return req, false, invalid("q", "the query has %d characters; at most %d are accepted", n, maxQuery)
	}
	if req.Kind != "" {
		if _, ok := corpus.ParseKind(req.Kind); !ok {
			return req, false, invalid("kind", "%q: want one of %s", req.Kind, corpus.KindNames())
		}
	}
	var hasDate bool
	if req.Date, hasDate, err = dateParam(r, "date"); err != nil {
		return req, false, err
	}
	if req.All, err = boolParam(r, "all"); err != nil {
		return req, false, err
	}
	if req.All && hasDate {
		return req, false, invalid("all", "give a date or all=true (every wording that ever applied), not both")
	}
	if req.Year, err = intParam(r, "year", 0, 1, 9999); err != nil {
		return req, false, err
	}
	if req.Size, err = intParam(r, "size", index.DefaultSize, 1, index.MaxSize); err != nil {
		return req, false, err
	}
	if req.Page, err = intParam(r, "page", 1, 1, index.MaxDepth/req.Size); err != nil {
		return req, false, err
	}
	if !hasDate && !req.All {
		req.Date = s.today()
	}
	return req, hasDate || req.All, nil
}

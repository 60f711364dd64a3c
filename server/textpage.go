package server

import (
	"net/http"

	"lexdiff/corpus"
)

// The pages of an act's text and of a comparison: at most limit
// top-level units (default defaultPageUnits) or changes (default
// defaultPageChanges: a change is one unit, not a whole article), and at
// most maxPageLimit, cut short when the page's estimated JSON (of a
// comparison, the texts it compares) would pass maxPageBytes; a page has
// at least one.
const (
	defaultPageUnits   = 100
	defaultPageChanges = 1000
	maxPageLimit       = 1000
	maxPageBytes       = 4 << 20
)

// A textPage is one page of the text of a whole act on a date: the
// top-level units in force from the cursor on. Next is the cursor of the
// next page, "" on the last one.
type textPage struct {
	*corpus.TextAnswer
	Next string `json:"next,omitempty"`
}

// serveActText answers a page of the whole act as in force on d: the
// top-level units from the one the cursor parameter names (default the
// first), as many as the limit parameter and maxPageBytes allow.
func (s *Server) serveActText(w http.ResponseWriter, r *http.Request, a *corpus.Act, d corpus.Date, fixed bool) error {
	limit, err := intParam(r, "limit", defaultPageUnits, 1, maxPageLimit)
	if err != nil {
		return err
	}
	vs := a.InForce(d)
	if len(vs) == 0 {
		_, err := a.TextAt("", d) // the error naming the nearest versions
		return inParam("date", err)
	}
	start := 0
	if cursor := query(r).Get("cursor"); cursor != "" {
		if start = indexOfUnit(vs, cursor); start < 0 {
			return invalid("cursor", "%q begins no page of %s on %s: give the next of the page before, or no cursor for the first page", cursor, a.ID, d)
		}
	}
	end, cost := pageEnd(vs, start, limit)
	release, err := s.reserve(r.Context(), cost)
	if err != nil {
		return err
	}
	defer release()
	page := textPage{TextAnswer: &corpus.TextAnswer{Act: a.ID, Title: a.Title, Date: d, Unknown: a.UnknownOn(d)}}
	for _, v := range vs[start:end] {
		t, err := a.TextAt(v.Unit.ID, d)
		if err != nil {
			return err
		}
		page.Units = append(page.Units, t.Answer)
	}
	if end < len(vs) {
		page.Next = vs[end].Unit.ID
	}
	return s.writeJSON(w, r, page, policyFor(fixed))
}

// indexOfUnit returns the index of the version of the top-level unit id in
// vs, or -1.
func indexOfUnit(vs []*corpus.Version, id string) int {
	for i, v := range vs {
		if v.Unit.ID == id {
			return i
		}
	}
	return -1
}

// pageEnd returns the end of the page of vs that begins at start, and its
// estimated JSON: at most limit versions, fewer when the next would take
// the page past maxPageBytes.
func pageEnd(vs []*corpus.Version, start, limit int) (end int, cost int64) {
	for end = start; end < len(vs) && end-start < limit; end++ {
		c := unitCost(vs[end].Unit)
		if end > start && cost+c > maxPageBytes {
			break
		}
		cost += c
	}
	return end, cost
}

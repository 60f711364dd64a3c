package server

import (
	"bytes"
	"io"
	"net/http"

	"lexdiff/corpus"
	"lexdiff/diff"
)

// comparison reads the act, the span, the unit and the window (the limit
// and cursor parameters) of a comparison and makes its page: as
// diff.Dates gives the changes when withOps is set (lexdiff diff -json
// prints the whole), else as diff.Changes gives them. fixed is false when
// the answer depends on today (no to date). The memory the answer takes is
// reserved until the caller calls release, once the answer is sent.
func (s *Server) comparison(r *http.Request, withOps bool) (rep *diff.Report, fixed bool, release func(), err error) {
	a, err := s.act(r)
	if err != nil {
		return nil, false, nil, err
	}
	from, to, fixed, err := s.span(r)
	if err != nil {
		return nil, false, nil, err
	}
	id, err := unitParam(r, "unit")
	if err != nil {
		return nil, false, nil, err
	}
	limit, err := intParam(r, "limit", defaultPageChanges, 1, maxPageLimit)
	if err != nil {
		return nil, false, nil, err
	}
	l, err := s.listing(r, a, from, to, id, limit)
	switch {
	case isListError(err):
		return nil, false, nil, inParam(faultParam(err, "from"), err) // no such unit, or in force on neither date
	case err != nil:
		return nil, false, nil, err
	}
	cursor := query(r).Get("cursor")
	page, err := l.Cut(diff.Window{Cursor: cursor, Limit: limit, MaxBytes: maxPageBytes})
	if err != nil {
		return nil, false, nil, invalid("cursor", "%q begins no page of this comparison: give the next of the page before, or no cursor for the first page", cursor)
	}
	if release, err = s.reserve(r.Context(), pageCost(page, withOps)); err != nil {
		return nil, false, nil, err
	}
	return page.Make(withOps), fixed, release, nil
}

// pageCost estimates the JSON of a page of changes: each change, and,
// withOps, the texts it compares, which its inline diff quotes.
func pageCost(p diff.Page, withOps bool) int64 {
	n := int64(p.Len()) * changeCost
	if withOps {
		n += 2 * int64(p.TextBytes())
	}
	return n
}

// listedCost estimates the memory of listing a comparison (diff.List) of
// the act, or of the unit id, between two dates: each unit it compares, on
// both sides. Of the whole act, only the top-level versions in force on
// one date alone are compared (a version in force on both is the same on
// both), so only they count.
func listedCost(a *corpus.Act, from, to corpus.Date, id string) int64 {
	if id == "" {
		return oneSidedCost(a.InForce(from), a.InForce(to))
	}
	var n int64
	for _, d := range []corpus.Date{from, to} {
		if _, u, err := a.At(id, d); err == nil {
			n += listingCost(u)
		}
	}
	return n
}

// oneSidedCost is the listingCost of the versions in olds or in news but
// not in both.
func oneSidedCost(olds, news []*corpus.Version) int64 {
	sides := make(map[*corpus.Version]int, len(olds)+len(news)) // how many sides hold a version
	for _, v := range append(olds, news...) {
		sides[v]++
	}
	var n int64
	for v, k := range sides {
		if k == 1 {
			n += listingCost(v.Unit)
		}
	}
	return n
}

// setNextLink points the Link header of a page's answer at the next page
// (RFC 8288), the request with next as its cursor: the one place a page
// in HTML or text says it goes on.
func setNextLink(w http.ResponseWriter, r *http.Request, next string) {
	if next == "" {
		return
	}
	w.Header().Set("Link", "<"+withQuery(r, "cursor", next)+`>; rel="next"`)
}

// policyFor is the cache policy of an answer: dated when fixed, else until
// midnight.
func policyFor(fixed bool) cachePolicy {
	if fixed {
		return dated
	}
	return untilMidnight
}

// diffFormats are the formats of /diff besides json, with the renderer
// lexdiff diff uses and the content type.
var diffFormats = map[string]struct {
	render      func(io.Writer, *diff.Report) error
	contentType string
}{
	"html": {diff.RenderHTML, "text/html; charset=utf-8"},
	"text": {func(w io.Writer, r *diff.Report) error { return diff.RenderText(w, r, false) }, "text/plain; charset=utf-8"},
}

// serveDiff compares the act, or one unit, as in force on two dates: the
// report as JSON, an HTML fragment marked with <del> and <ins>, or text.
func (s *Server) serveDiff(w http.ResponseWriter, r *http.Request) error {
	format := query(r).Get("format")
	f, ok := diffFormats[format]
	if !ok && format != "" && format != "json" {
		return invalid("format", "%q: want json, html or text", format)
	}
	rep, fixed, release, err := s.comparison(r, true)
	if err != nil {
		return err
	}
	defer release()
	setNextLink(w, r, rep.Next)
	if !ok {
		return s.writeJSON(w, r, rep, policyFor(fixed))
	}
	var buf bytes.Buffer
	if err := f.render(&buf, rep); err != nil {
		return err
	}
	s.writeBody(w, r, f.contentType, buf.Bytes(), policyFor(fixed))
	return nil
}

// A changesAnswer is a comparison with the changed units only: what a
// form-builder polls to learn which fields to revise.
type changesAnswer struct {
	Act     string                  `json:"act"`
	From    corpus.Date             `json:"from"`
	To      corpus.Date             `json:"to"`
	Changes []unitChange            `json:"changes"`
	Unknown []corpus.UnknownWording `json:"unknown,omitempty"`
	First   int                     `json:"first,omitempty"`
	Total   int                     `json:"total,omitempty"`
	Next    string                  `json:"next,omitempty"`
}

// A unitChange says what happened to one unit and which act did it,
// without the text. Replaced is set when the unit that had this id before
// was removed and the unit now here moved in (a renumbering).
type unitChange struct {
	Unit        string            `json:"unit"`
	Citation    string            `json:"citation"`
	Kind        diff.Kind         `json:"kind"`
	Status      corpus.Status     `json:"status,omitempty"`
	Class       diff.Class        `json:"class,omitempty"`
	MovedFrom   string            `json:"movedFrom,omitempty"`
	Replaced    bool              `json:"replaced,omitempty"`
	Attribution *diff.Attribution `json:"attribution,omitempty"`
}

func (s *Server) serveChanges(w http.ResponseWriter, r *http.Request) error {
	rep, fixed, release, err := s.comparison(r, false)
	if err != nil {
		return err
	}
	defer release()
	setNextLink(w, r, rep.Next)
	ans := changesAnswer{Act: rep.Act, From: rep.From, To: rep.To, Changes: []unitChange{}, Unknown: rep.Unknown, First: rep.First, Total: rep.Total, Next: rep.Next}
	for _, c := range rep.Changes {
		ans.Changes = append(ans.Changes, unitChange{c.Unit, c.Citation, c.Kind, c.Status, c.Class, c.MovedFrom, c.Replaces != nil, c.Attribution})
	}
	return s.writeJSON(w, r, ans, policyFor(fixed))
}

package server

import (
	"bytes"
	"io"
	"net/http"

	"lexdiff/corpus"
	"lexdiff/diff"
)

// comparison reads the act, the span and the unit of a comparison and
// compares with compare (diff.Dates, or diff.Changes without the inline
// diffs): the report lexdiff diff -json prints. fixed is false when the
// answer depends on today (no to date). The memory the answer takes is
// reserved until the caller calls release, once the answer is sent.
func (s *Server) comparison(r *http.Request, compare func(*corpus.Act, corpus.Date, corpus.Date, string) (*diff.Report, error)) (rep *diff.Report, fixed bool, release func(), err error) {
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
	release, err = s.reserve(r.Context(), diffCost(a, from, to, id))
	if err != nil {
		return nil, false, nil, err
	}
	rep, err = compare(a, from, to, id)
	if err != nil {
		release()
		return nil, false, nil, inParam(faultParam(err, "from"), err) // in force on neither date
	}
	return rep, fixed, release, nil
}

// diffCost estimates a comparison of the act, or of the unit id, between
// two dates: both sides' text, which the report quotes. Of the whole act,
// only the top-level versions in force on one date alone are compared
// (diff.Dates leaves out those in force on both), so only they count.
func diffCost(a *corpus.Act, from, to corpus.Date, id string) int64 {
	if id == "" {
		return oneSidedCost(a.InForce(from), a.InForce(to))
	}
	var n int64
	for _, d := range []corpus.Date{from, to} {
		if _, u, err := a.At(id, d); err == nil {
			n += unitCost(u)
		}
	}
	return n
}

// oneSidedCost estimates the JSON of the versions in olds or in news but
// not in both.
func oneSidedCost(olds, news []*corpus.Version) int64 {
	sides := make(map[*corpus.Version]int, len(olds)+len(news)) // how many sides hold a version
	for _, v := range append(olds, news...) {
		sides[v]++
	}
	var n int64
	for v, k := range sides {
		if k == 1 {
			n += unitCost(v.Unit)
		}
	}
	return n
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
	format := r.URL.Query().Get("format")
	f, ok := diffFormats[format]
	if !ok && format != "" && format != "json" {
		return invalid("format", "%q: want json, html or text", format)
	}
	rep, fixed, release, err := s.comparison(r, diff.Dates)
	if err != nil {
		return err
	}
	defer release()
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
	Act     string       `json:"act"`
	From    corpus.Date  `json:"from"`
	To      corpus.Date  `json:"to"`
	Changes []unitChange `json:"changes"`
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
	rep, fixed, release, err := s.comparison(r, diff.Changes)
	if err != nil {
		return err
	}
	defer release()
	ans := changesAnswer{Act: rep.Act, From: rep.From, To: rep.To, Changes: []unitChange{}}
	for _, c := range rep.Changes {
		ans.Changes = append(ans.Changes, unitChange{c.Unit, c.Citation, c.Kind, c.Status, c.Class, c.MovedFrom, c.Replaces != nil, c.Attribution})
	}
	return s.writeJSON(w, r, ans, policyFor(fixed))
}

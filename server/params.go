package server

import (
	"net/http"
	"net/url"
	"strconv"

	"github.com/gorilla/mux"

	"lexdiff/corpus"
)

// act returns the act the {act} path parameter names: its id or any
// reference it is known by.
func (s *Server) act(r *http.Request) (*corpus.Act, error) {
	a, err := stateOf(r).corpus.Act(mux.Vars(r)["act"])
	return a, inParam("act", err)
}

// query returns the request's query parameters, parsed once for all the
// parameters a question reads (http.Request.ParseForm, which reads no body
// of the GET and HEAD requests the routes take).
func query(r *http.Request) url.Values {
	if r.Form == nil {
		_ = r.ParseForm() // its error is a malformed pair, which wellFormedQuery answered before any handler ran
	}
	return r.Form
}

// unitParam returns the id of the unit named by the query parameter: a
// citation ("§ 3 ust. 1 pkt 8") or an id ("par3.ust1.pkt8"); "" when the
// parameter is absent.
func unitParam(r *http.Request, name string) (string, error) {
	v := query(r).Get(name)
	if v == "" {
		return "", nil
	}
	id, err := corpus.ParseCitation(v)
	if err != nil {
		return "", invalid(name, "%v", err)
	}
	return id, nil
}

// dateParam returns the date in the query parameter; ok is false when the
// parameter is absent.
func dateParam(r *http.Request, name string) (d corpus.Date, ok bool, err error) {
	v := query(r).Get(name)
	if v == "" {
		return 0, false, nil
	}
	d, err = corpus.ParseDate(v)
	if err != nil {
		return 0, false, invalid(name, "%v", err)
	}
	return d, true, nil
}

// span returns the from and to query parameters: from is required, to
// defaults to today (dated is false then: the answer changes at midnight).
func (s *Server) span(r *http.Request) (from, to corpus.Date, dated bool, err error) {
	from, hasFrom, err := dateParam(r, "from")
	if err != nil {
		return 0, 0, false, err
	}
	if !hasFrom {
		return 0, 0, false, invalid("from", "missing: give the earlier date as YYYY-MM-DD")
	}
	to, hasTo, err := dateParam(r, "to")
	if err != nil {
		return 0, 0, false, err
	}
	if !hasTo {
		to = s.today()
	}
	if from > to {
		return 0, 0, false, invalid("from", "%s is after to (%s): from must be on or before to", from, to)
	}
	return from, to, hasTo, nil
}

// intParam returns the integer query parameter, def when it is absent; it
// must lie in [lo, hi].
func intParam(r *http.Request, name string, def, lo, hi int) (int, error) {
	v := query(r).Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, invalid(name, "%q: want a whole number from %d to %d", v, lo, hi)
	}
	return n, nil
}

// boolParam returns the boolean query parameter: absent, "", "0" or
// "false" is false; "1" or "true" is true.
func boolParam(r *http.Request, name string) (bool, error) {
	switch v := query(r).Get(name); v {
	case "", "0", "false":
		return false, nil
	case "1", "true":
		return true, nil
	default:
		return false, invalid(name, "%q: want true or false (or 1 or 0)", v)
	}
}

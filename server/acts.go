package server

import (
	"errors"
	"net/http"

	"lexdiff/corpus"
	"lexdiff/diff"
)

// serveActs lists the acts: id, title, references, first and last version
// dates (as lexdiff acts -json).
func (s *Server) serveActs(w http.ResponseWriter, r *http.Request) error {
	list, err := stateOf(r).corpus.Summaries()
	if err != nil {
		return err
	}
	return s.writeJSON(w, r, append([]corpus.ActSummary{}, list...), dated)
}

// An actAnswer is one act: its metadata, its top-level units, the dates on
// which something changed and the timeline of its versions.
type actAnswer struct {
	corpus.ActSummary
	Units       []unitRef             `json:"units"`
	ChangeDates []corpus.Date         `json:"changeDates"`
	Versions    []corpus.VersionEntry `json:"versions"`
}

// A unitRef names a unit.
type unitRef struct {
	ID       string `json:"id"`
	Citation string `json:"citation"`
}

func (s *Server) serveAct(w http.ResponseWriter, r *http.Request) error {
	a, err := s.act(r)
	if err != nil {
		return err
	}
	release, err := s.reserve(r.Context(), versionCost*int64(len(a.AllVersions())))
	if err != nil {
		return err
	}
	defer release()
	versions, err := a.VersionsOf("")
	if err != nil {
		return err
	}
	ans := actAnswer{ActSummary: a.Summary(), Units: []unitRef{}, ChangeDates: a.ChangeDates(), Versions: versions}
	for _, id := range a.Units() {
		ans.Units = append(ans.Units, unitRef{id, corpus.CitationOf(id)})
	}
	return s.writeJSON(w, r, ans, dated)
}

// serveText answers what the act, or one unit of it, said on a date
// (default today): the object lexdiff at -json prints.
func (s *Server) serveText(w http.ResponseWriter, r *http.Request) error {
	a, err := s.act(r)
	if err != nil {
		return err
	}
	id, err := unitParam(r, "unit")
	if err != nil {
		return err
	}
	d, fixed, err := dateParam(r, "date")
	if err != nil {
		return err
	}
	if !fixed {
		d = s.today()
	}
	if id == "" {
		return s.serveActText(w, r, a, d, fixed)
	}
	_, u, err := a.At(id, d)
	if err != nil {
		return inParam(faultParam(err, "date"), err)
	}
	release, err := s.reserve(r.Context(), unitCost(u))
	if err != nil {
		return err
	}
	defer release()
	ans, err := a.TextAt(id, d)
	if err != nil {
		return inParam(faultParam(err, "date"), err)
	}
	return s.writeJSON(w, r, ans, policyFor(fixed))
}

// faultParam names the parameter at fault when a question about dates
// finds nothing: the date parameter (dateParam) when nothing was in force
// (the problem names the nearest versions), else the unit, which no
// version has.
func faultParam(err error, dateParam string) string {
	if errors.Is(err, corpus.ErrNotInForce) {
		return dateParam
	}
	return "unit"
}

// A versionsAnswer lists the versions of an act or of one unit (as
// lexdiff versions -json).
type versionsAnswer struct {
	Act      string                `json:"act"`
	Unit     string                `json:"unit"`
	Versions []corpus.VersionEntry `json:"versions"`
}

func (s *Server) serveVersions(w http.ResponseWriter, r *http.Request) error {
	a, err := s.act(r)
	if err != nil {
		return err
	}
	id, err := unitParam(r, "unit")
	if err != nil {
		return err
	}
	release, err := s.reserve(r.Context(), versionCost*int64(len(a.AllVersions())))
	if err != nil {
		return err
	}
	defer release()
	list, err := a.VersionsOf(id)
	if err != nil {
		return inParam("unit", err)
	}
	return s.writeJSON(w, r, versionsAnswer{a.ID, id, list}, dated)
}

// serveHistory lists a unit's distinct wordings over time (as lexdiff
// history -json).
func (s *Server) serveHistory(w http.ResponseWriter, r *http.Request) error {
	return s.serveOfUnit(w, r, func(a *corpus.Act, id string) (any, error) { return diff.HistoryOf(a, id) })
}

// serveMatrix answers which units of a unit's list applied in which
// wording (as lexdiff matrix -json).
func (s *Server) serveMatrix(w http.ResponseWriter, r *http.Request) error {
	return s.serveOfUnit(w, r, func(a *corpus.Act, id string) (any, error) { return diff.MatrixOf(a, id) })
}

// serveOfUnit answers with what of builds for the act and the unit, which
// the request must name, over every day: a history or a matrix.
func (s *Server) serveOfUnit(w http.ResponseWriter, r *http.Request, of func(a *corpus.Act, id string) (any, error)) error {
	a, err := s.act(r)
	if err != nil {
		return err
	}
	id, err := requiredUnit(r)
	if err != nil {
		return err
	}
	v, err := of(a, id)
	if err != nil {
		return inParam("unit", err)
	}
	return s.writeJSON(w, r, v, dated)
}

// requiredUnit reads the unit query parameter, which must be there.
func requiredUnit(r *http.Request) (string, error) {
	id, err := unitParam(r, "unit")
	if err == nil && id == "" {
		err = invalid("unit", "missing: give the unit as a citation such as \"§ 3 ust. 1\" or an id such as par3.ust1")
	}
	return id, err
}

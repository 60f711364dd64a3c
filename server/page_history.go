package server

import (
	"net/http"
	"slices"
	"strings"

	"lexdiff/corpus"
	"lexdiff/diff"
)

// A historyView is the history page of a unit: its distinct wordings,
// newest first, and for a unit with a list, the fields matrix.
type historyView struct {
	Act      corpus.ActInfo
	Unit     string
	Citation string
	Entries  []entryView
	Matrix   *matrixView
}

// An entryView is one wording with the days it applied, where it comes
// from, and what changed against the wording before it.
type entryView struct {
	Range        corpus.Range
	Sources      []string
	Status       string
	Text         string
	Class        string
	ClassLabel   string
	First        bool
	Current      bool
	URL          string // the text on the wording's first day
	CompareURL   string // the comparison with the wording before, or ""
	Attributions []string
	Changes      []changeView
}

// history serves /acts/{act}/history?unit=U.
func (p *pages) history(w http.ResponseWriter, r *http.Request) error {
	l := langOf(r)
	a, err := p.findAct(r, l)
	if err != nil {
		return err
	}
	unit, err := pageUnit(r, l, historyRetry(l, r, a.ID))
	if err != nil {
		return err
	}
	if unit == "" {
		return noUnitPage(l, r, a)
	}
	h, err := diff.HistoryOf(a, unit)
	if err != nil {
		return lookupError(l, a, unit, err, historyRetry(l, r, a.ID), func(u string, _ corpus.Date) string { return historyURL(a.ID, u) })
	}
	today := p.today()
	v := historyView{Act: a.ActInfo, Unit: unit, Citation: h.Citation, Matrix: newMatrix(l, a, unit, today)}
	for i, e := range slices.Backward(h.Entries) {
		ev := entryView{Range: e.Range, Sources: e.Sources, Text: e.Text, Class: string(e.Class), First: i == 0,
			Current: e.Range.Contains(today), URL: actURL(a.ID, e.Range.From, unit)}
		if e.Status != "" && e.Status != corpus.InForce {
			ev.Status = l.T("status." + string(e.Status))
		}
		if e.Class != "" {
			ev.ClassLabel = l.T("class." + string(e.Class))
		}
		if i > 0 {
			ev.CompareURL = compareURL(a.ID, e.Range.From.AddDays(-1), e.Range.From, unit)
		}
		for _, at := range e.Attributions {
			ev.Attributions = append(ev.Attributions, attributionText(l, &at))
		}
		for _, c := range e.Changes {
			ev.Changes = append(ev.Changes, newChangeView(l, a.ID, e.Range.From, c))
		}
		v.Entries = append(v.Entries, ev)
	}
	return p.render(w, r, http.StatusOK, "history.html", page{L: l, Title: l.Tf("history.title", h.Citation), Data: v})
}

// noUnitPage answers a history request without a unit: 400, offering the
// history of each top-level unit.
func noUnitPage(l lang, r *http.Request, a *corpus.Act) error {
	pe := &pageError{Status: http.StatusBadRequest, Title: l.T("error.badUnit"), Detail: l.T("error.missingUnit"),
		Hint: l.T("error.badUnit.hint"), Retry: historyRetry(l, r, a.ID)}
	for _, id := range a.Units() {
		pe.Choices = append(pe.Choices, link{corpus.CitationOf(id), historyURL(a.ID, id)})
	}
	return pe
}

// historyURL is the permanent URL of a unit's history.
func historyURL(act, unit string) string {
	return "/acts/" + act + "/history?unit=" + strings.ReplaceAll(unit, " ", "+")
}

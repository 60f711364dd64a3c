package server

import (
	"html/template"
	"net/http"
	"slices"
	"strings"

	"lexdiff/corpus"
	"lexdiff/diff"
)

// A historyView is the history page of a unit: its distinct wordings,
// newest first, each marked up against the one before, and for a unit
// with a list, the fields matrix.
type historyView struct {
	Act      corpus.ActInfo
	Unit     string
	Citation string
	Timeline template.HTML // the unit's own lane: its wordings on the time axis
	Entries  []entryView
	Matrix   *matrixView
}

// An entryView is one wording: the days it applied, where it comes from,
// what kind of change made it and which amendment, and the wording itself
// marked up against the one before.
type entryView struct {
	Range        corpus.Range
	Was          string // the unit it was, under an earlier number; "" when the same
	Sources      []string
	Status       string
	Class        string
	ClassLabel   string
	First        bool // the oldest wording: nothing to compare it with
	Current      bool
	Computed     bool   // computed by lexdiff from an amending act
	Folded       bool   // units it did not change are left out
	URL          string // the text on the wording's first day
	CompareURL   string // the comparison with the wording before, or ""
	Attributions []*attributionView
	Wording      unitView
}

// history serves /acts/{act}/history?unit=U.
func (p *pages) history(w http.ResponseWriter, r *http.Request) error {
	l := langOf(r)
	a, err := p.findAct(r, l)
	if err != nil {
		return err
	}
	retry := historyRetry(l, r, a.ID)
	unit, err := pageUnit(r, l, "unit", retry)
	if err != nil {
		return err
	}
	if unit == "" {
		return noUnitPage(l, r, a)
	}
	h, err := diff.HistoryOf(a, unit)
	if err != nil {
		return lookupError(l, a, unit, err, retry, func(u string, _ corpus.Date) string { return historyURL(a.ID, u) })
	}
	m, err := diff.MatrixOf(a, unit)
	if err != nil {
		return err
	}
	today := p.today()
	v := historyView{Act: a.ActInfo, Unit: unit, Citation: h.Citation, Matrix: newMatrixView(l, a.ID, m, today)}
	t, err := unitTimeline(l, a, unit, h.Entries, today)
	if err != nil {
		return err
	}
	v.Timeline = t.html()
	last := len(h.Entries) - 1
	for i := range slices.Backward(h.Entries) {
		v.Entries = append(v.Entries, newEntryView(l, a, unit, h.Entries, i, i != last && i != 0, today))
	}
	desc := l.Tf("history.description", h.Citation, a.Title)
	return p.render(w, r, http.StatusOK, "history.html", page{L: l, Title: l.Tf("history.title", h.Citation), Description: desc, Data: v,
		Permalink: historyURL(a.ID, unit)})
}

// newEntryView returns the view of the wording entries[i] of the unit, its
// units left out where it did not change them when fold is set.
func newEntryView(l lang, a *corpus.Act, unit string, entries []diff.Entry, i int, fold bool, today corpus.Date) entryView {
	e := entries[i]
	ev := entryView{Range: e.Range, Was: e.Citation, Sources: e.Sources, Class: string(e.Class), First: i == 0, Computed: e.Computed,
		Current: e.Range.Contains(today), URL: actURL(a.ID, e.Range.From, entryUnit(e, unit))}
	if e.Status != "" && e.Status != corpus.InForce {
		ev.Status = l.Of("status."+string(e.Status), entryUnit(e, unit))
	}
	if e.Class != "" {
		ev.ClassLabel = l.T("class." + string(e.Class))
	}
	if i > 0 {
		ev.CompareURL = compareURL(a.ID, e.Range.From.AddDays(-1), e.Range.From, entryUnit(e, unit))
	}
	for _, at := range e.Attributions {
		ev.Attributions = append(ev.Attributions, newAttributionView(l, &at))
	}
	var old *corpus.Unit
	if i > 0 {
		_, old, _ = a.At(entryUnit(entries[i-1], unit), entries[i-1].Range.From)
	}
	if v, u, err := a.At(entryUnit(e, unit), e.Range.From); err == nil {
		ev.Folded = fold && len(e.Changes) > 0
		notes := noteSet{l: l, notes: v.Footnotes, scope: e.Range.From.String()}
		ev.Wording = newRedliner(l, old, e.Changes, ev.Folded, notes).view(u)
	}
	return ev
}

// entryUnit is the id of the unit whose wording e is, in the history of
// unit: unit itself, or the unit it was under an earlier number.
func entryUnit(e diff.Entry, unit string) string {
	if e.Unit != "" {
		return e.Unit
	}
	return unit
}

// unitTimeline draws the wordings of the unit, each a link to the
// comparison that made it (the oldest to its text), the one in force today
// chosen.
func unitTimeline(l lang, a *corpus.Act, unit string, entries []diff.Entry, today corpus.Date) (timelineView, error) {
	texts := consolidatedTexts(a)
	marks := make([]timelineMark, 0, len(entries))
	for i, e := range entries {
		var from changeInfo // where the wording came from: the amending acts, else the texts
		for _, at := range e.Attributions {
			from.add(source{Name: nominative(at.Act), Ref: at.Ref, ELI: at.ELI})
		}
		if len(from.Sources) == 0 {
			for _, s := range e.Sources {
				from.add(sourceOf(s, texts))
			}
		}
		m := timelineMark{Date: e.Range.From, Label: shortSources(from.Sources), First: i == 0, Href: actURL(a.ID, e.Range.From, entryUnit(e, unit))}
		m.Title = l.Tf("history.timeline.wording", l.Range(e.Range), strings.Join(e.Sources, "; "))
		if !m.First {
			m.Href = compareURL(a.ID, e.Range.From.AddDays(-1), e.Range.From, entryUnit(e, unit))
			if e.Class != "" {
				m.Count = l.T("class." + string(e.Class))
			}
		}
		marks = append(marks, m)
	}
	t, chosen := layoutTimeline(len(marks), func(i int) corpus.Date { return marks[i].Date }, today, today)
	t.Marks = make([]template.HTML, len(marks))
	for i, m := range marks {
		m.X, m.Future, m.Chosen = markX(i, len(marks)), m.Date > today, i == chosen
		h, err := markHTML(m)
		if err != nil {
			return timelineView{}, err
		}
		t.Marks[i] = h
	}
	return t, nil
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

package server

import (
	"html/template"
	"net/http"
	"net/url"
	"slices"

	"lexdiff/corpus"
)

// An actView is the act page: the act's text as in force on Date (or the
// part of it in view, for a long act), what state that text is in, the
// act's timeline and its changes.
type actView struct {
	Act      corpus.ActInfo
	Date     corpus.Date
	Today    corpus.Date
	State    stateBanner
	Timeline timelineView
	Change   *changeSummary // the change that made the text of Date, nil before any
	Changes  []changeRow    // every change, newest first: the "Historia zmian"
	Parts    []partLink     // the parts of a long act, nil when it prints whole
	PartPrev *partLink
	PartNext *partLink
	Units    []topView
	TOC      []tocEntry // the units of an act printed whole
}

// A topView is a top-level unit in force on the date: its HTML (the
// "top-unit" template) and its line in the table of contents (the
// "toc-entry" template), and the groupings (Rozdział …) that open before
// it.
type topView struct {
	Groups []string
	HTML   template.HTML
	TOC    template.HTML
}

// A partLink is one part of a long act in the table of contents.
type partLink struct {
	Label   string
	URL     string
	Current bool
	Units   []tocEntry // the current part's units
}

// A tocEntry is a top-level unit in the table of contents (the HTML of
// its line), after the groupings that open before it.
type tocEntry struct {
	Groups []string
	HTML   template.HTML
}

// act serves /acts/{act}?date=D[&at=U]: the text as in force on D
// (default today); for a long act, the part holding unit U (default the
// first part).
func (p *pages) act(w http.ResponseWriter, r *http.Request) error {
	l := langOf(r)
	a, err := p.findAct(r, l)
	if err != nil {
		return err
	}
	today := p.today()
	retry := actRetry(l, r, a.ID)
	d, err := pageDate(r, l, "date", today, retry)
	if err != nil {
		return err
	}
	at, err := unitParam(r, "at")
	if err != nil {
		return &pageError{Status: http.StatusBadRequest, Title: l.T("error.badUnit"),
			Detail: l.Tf("error.badUnit.msg", r.URL.Query().Get("at")), Hint: l.T("error.badUnit.hint"), Retry: retry, cause: err}
	}
	vs := a.InForce(d)
	if len(vs) == 0 {
		_, err := a.TextAt("", d)
		return lookupError(l, a, "", err, retry, func(_ string, d corpus.Date) string { return actURL(a.ID, d, "") })
	}
	o, err := p.overviews.get(p.corpus(r), a)
	if err != nil {
		return err
	}
	v := actView{Act: a.ActInfo, Date: d, Today: today, Timeline: newTimeline(l, a.ID, o, d, today)}
	v.State = newStateBanner(l, a.ID, o, d, today)
	v.Changes = changeRows(a.ID, o, d)
	parts := splitParts(vs, o.size)
	cur := partOf(parts, vs, at)
	release, err := p.reserve(r.Context(), partCost(vs[parts[cur].start:parts[cur].end]))
	if err != nil {
		return err
	}
	defer release()
	v.Units, err = p.topViews(r, l, a.ID, o, vs[parts[cur].start:parts[cur].end], d, today)
	if err != nil {
		return err
	}
	if len(parts) > 1 {
		v.Parts, v.PartPrev, v.PartNext = partLinks(a.ID, d, parts, cur, v.Units)
	} else {
		v.TOC = tocEntries(v.Units)
	}
	link := func(id string) string { return unitLink(a.ID, d, parts, vs, cur, id) }
	v.Change = newChangeSummary(a.ID, o, o.lastChange(d), link)
	permalink := actPermalink(a.ID, d, l)
	if cur > 0 {
		permalink = partURL(a.ID, d, parts[cur].First, l)
	}
	desc := l.Tf("act.description", a.Title, d)
	return p.render(w, r, http.StatusOK, "act.html", page{L: l, Title: a.Title, Description: desc, Data: v, Permalink: permalink})
}

// topViews returns the top-level units of the versions vs, in force on d,
// each with the groupings that change before it.
func (p *pages) topViews(r *http.Request, l lang, act string, o *actOverview, vs []*corpus.Version, d, today corpus.Date) ([]topView, error) {
	out := make([]topView, 0, len(vs))
	var groups []string
	for _, ver := range vs {
		f, err := p.unitFragments(r, l, act, o, ver, today)
		if err != nil {
			return nil, err
		}
		t := topView{HTML: f.section, TOC: f.toc}
		if gs := groupNames(ver.Groups); !slices.Equal(gs, groups) {
			t.Groups, groups = gs, gs
		}
		out = append(out, t)
	}
	return out, nil
}

func groupNames(gs []corpus.Group) []string {
	var out []string
	for _, g := range gs {
		out = append(out, g.String())
	}
	return out
}

// partLinks lists the parts of a long act, the current one with its units.
func partLinks(act string, d corpus.Date, parts []part, cur int, units []topView) (links []partLink, prev, next *partLink) {
	for i, pt := range parts {
		pl := partLink{Label: pt.Label, URL: partURL(act, d, pt.First, polish), Current: i == cur}
		if pl.Current {
			pl.Units = tocEntries(units)
		}
		links = append(links, pl)
	}
	if cur > 0 {
		prev = &links[cur-1]
	}
	if cur+1 < len(links) {
		next = &links[cur+1]
	}
	return links, prev, next
}

// tocEntries are the table of contents of the units printed.
func tocEntries(units []topView) []tocEntry {
	out := make([]tocEntry, 0, len(units))
	for _, t := range units {
		out = append(out, tocEntry{Groups: t.Groups, HTML: t.TOC})
	}
	return out
}

// partURL is the URL of the part of the act that holds the unit at, on d.
func partURL(act string, d corpus.Date, at string, l lang) string {
	q := url.Values{"date": {d.String()}, "at": {at}}
	return permalink("/acts/"+act, q, l)
}

// unitLink is the link to a unit of the act on d from the part cur: its
// anchor on this page, or the part that holds it.
func unitLink(act string, d corpus.Date, parts []part, vs []*corpus.Version, cur int, id string) string {
	if len(parts) == 1 || partOf(parts, vs, id) == cur {
		return "#" + id
	}
	return partURL(act, d, id, polish) + "#" + id
}

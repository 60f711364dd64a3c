package server

import (
	"net/http"
	"slices"

	"lexdiff/corpus"
)

// An actView is the act page: the act's text as in force on Date, its
// table of contents, its timeline and its versions.
type actView struct {
	Act        corpus.ActInfo
	Date       corpus.Date
	Today      corpus.Date
	Prev, Next corpus.Date // the change dates around Date, zero when none
	Units      []topView
	Timeline   timelineView
	Versions   []versionRow
}

// A topView is a top-level unit in force on the date, with the groupings
// (Rozdział …) that open before it and the version it stands in.
type topView struct {
	Groups  []string
	Range   corpus.Range
	Source  string
	Unit    unitView
	Compare string // URL comparing this version with the one before, or ""
}

// A versionRow is one version in the list under the timeline.
type versionRow struct {
	Citation string
	Range    corpus.Range
	Source   string
	URL      string
	Current  bool
}

// act serves /acts/{act}?date=D: the text as in force on D (default today).
func (p *pages) act(w http.ResponseWriter, r *http.Request) error {
	l := langOf(r)
	a, err := p.findAct(r, l)
	if err != nil {
		return err
	}
	today := p.today()
	d, err := pageDate(r, l, "date", today, actRetry(l, r, a.ID))
	if err != nil {
		return err
	}
	if _, err := a.TextAt("", d); err != nil {
		return lookupError(l, a, "", err, actRetry(l, r, a.ID), func(_ string, d corpus.Date) string { return actURL(a.ID, d, "") })
	}
	v := actView{Act: a.ActInfo, Date: d, Today: today, Timeline: newTimeline(a, d, today, l)}
	v.Prev, v.Next = neighbours(a.ChangeDates(), d)
	v.Units = topViews(l, a, d)
	v.Versions = versionRows(a, d)
	return p.render(w, r, http.StatusOK, "act.html", page{L: l, Title: a.Title, Data: v, Permalink: actPermalink(a.ID, d, l)})
}

// topViews returns the top-level units of the text, each with the
// groupings that change before it.
func topViews(l lang, a *corpus.Act, d corpus.Date) []topView {
	var out []topView
	var groups []string
	for _, ver := range a.InForce(d) {
		t := topView{Range: ver.Range, Source: ver.Source, Unit: newUnitView(l, ver.Unit, ver.Unit.ID, ver.Footnotes)}
		gs := groupNames(ver.Groups)
		if !slices.Equal(gs, groups) {
			t.Groups, groups = gs, gs
		}
		if prev := versionBefore(a.Versions(ver.Unit.ID), ver); prev != nil {
			t.Compare = compareURL(a.ID, prev.Range.From, ver.Range.From, ver.Unit.ID)
		}
		out = append(out, t)
	}
	return out
}

func groupNames(gs []corpus.Group) []string {
	var out []string
	for _, g := range gs {
		out = append(out, g.String())
	}
	return out
}

func versionBefore(vs []*corpus.Version, v *corpus.Version) *corpus.Version {
	i := slices.Index(vs, v)
	if i <= 0 {
		return nil
	}
	return vs[i-1]
}

// neighbours returns the change dates just before and just after d.
func neighbours(dates []corpus.Date, d corpus.Date) (prev, next corpus.Date) {
	for _, c := range dates {
		if c < d {
			prev = c
		}
		if c > d && next.IsZero() {
			next = c
		}
	}
	return prev, next
}

func versionRows(a *corpus.Act, d corpus.Date) []versionRow {
	var rows []versionRow
	for _, v := range a.AllVersions() {
		rows = append(rows, versionRow{Citation: v.Unit.Citation(), Range: v.Range, Source: v.Source,
			URL: actURL(a.ID, v.Range.From, v.Unit.ID), Current: v.Range.Contains(d)})
	}
	return rows
}

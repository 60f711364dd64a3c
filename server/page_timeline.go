package server

import (
	"fmt"
	"strconv"
	"strings"

	"lexdiff/corpus"
)

// The act's timeline is one axis of the days it changed, each change a
// column wide enough to read its date, its source and how many units it
// changed. The columns stand at even steps, not by date: changes weeks
// apart would otherwise overlap. Positions are percentages of the
// picture's width, and its text is sized in CSS pixels, so the picture
// fills a desktop page while on a phone it keeps its size and scrolls.
const (
	timelineColumn = 124 // px a column needs
	timelineHeight = 90
)

// A timelineView is the act's timeline with the chosen date on it.
type timelineView struct {
	Width, Height int
	Marks         []timelineMark
	Chosen        corpus.Date
	ChosenX       string // where the chosen date stands on the axis
	ChosenAnchor  string // how its label aligns there: start, middle or end, so that it stays in the picture
	ChosenFrom    string // the period in force on the chosen date, as a span of the axis
	ChosenTo      string
	ChosenShown   bool
}

// A timelineMark is one day the act changed: a link to the comparison of
// that change (for the first version, to the text on its first day).
type timelineMark struct {
	X      string
	Date   corpus.Date
	Label  string // the source, short: "DU/2019/1557", "t.j. DU/2020/2170"
	Count  string // "12 jedn."
	Href   string
	Title  string // the change in words: the tooltip and the link's name
	First  bool   // the oldest version: not a change
	Future bool   // after today: a change still to come
	Chosen bool   // the change in force on the chosen date
}

// newTimeline draws the changes of the act with d chosen.
func newTimeline(l lang, act string, o *actOverview, d, today corpus.Date) timelineView {
	marks := make([]timelineMark, 0, len(o.changes))
	for i, c := range o.changes {
		m := timelineMark{Date: c.Date, Label: shortSources(c.Sources), First: i == 0, Title: changeTitle(l, c, i == 0)}
		if m.First {
			m.Href = actURL(act, c.Date, "")
		} else {
			m.Count = l.Tf("act.timeline.count", len(c.Units))
			m.Href = compareURL(act, c.Date.AddDays(-1), c.Date, "")
		}
		marks = append(marks, m)
	}
	return layoutTimeline(marks, d, today)
}

// layoutTimeline places the marks, oldest first, in even columns, and
// marks the one in force on d and where d stands after it.
func layoutTimeline(marks []timelineMark, d, today corpus.Date) timelineView {
	n := len(marks)
	t := timelineView{Width: max(n, 1) * timelineColumn, Height: timelineHeight, Chosen: d, Marks: marks}
	step := 100 / float64(max(n, 1))
	x := func(i int, frac float64) float64 { return (float64(i) + 0.5 + frac) * step }
	chosen := -1
	for i := range marks {
		marks[i].X, marks[i].Future = percent(x(i, 0)), marks[i].Date > today
		if marks[i].Date <= d {
			chosen = i
		}
	}
	if chosen < 0 {
		return t
	}
	marks[chosen].Chosen = true
	next, end, room := max(d, today).AddDays(365), 100.0, 0.45 // after the last change, a year past the later of d and today
	if chosen+1 < n {
		next, end, room = marks[chosen+1].Date, x(chosen+1, 0), 0.9
	}
	t.ChosenShown = true
	t.ChosenFrom, t.ChosenTo = percent(x(chosen, 0)), percent(end)
	at := x(chosen, room*within(marks[chosen].Date, d, next))
	t.ChosenX, t.ChosenAnchor = percent(at), "middle"
	switch {
	case at > 100-50/float64(n):
		t.ChosenAnchor = "end"
	case at < 50/float64(n):
		t.ChosenAnchor = "start"
	}
	return t
}

// within is where d stands between from and to, from 0 to 1.
func within(from, d, to corpus.Date) float64 {
	if to <= from {
		return 0
	}
	return min(1, float64(d-from)/float64(to-from))
}

func percent(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) + "%" }

// shortSources names the sources of a change as briefly as a column
// allows: the first one's ELI ("t.j." before a consolidated text), and
// how many more there are.
func shortSources(ss []source) string {
	if len(ss) == 0 {
		return ""
	}
	s := ss[0].ELI
	if s == "" {
		s = ss[0].Name
		if len([]rune(s)) > 18 {
			s = string([]rune(s)[:17]) + "…"
		}
	}
	if ss[0].Consolidated {
		s = "t.j. " + s
	}
	if len(ss) > 1 {
		s += fmt.Sprintf(" +%d", len(ss)-1)
	}
	return s
}

// changeTitle says what a change was: its day, its sources and how many
// units it changed. A title is in one language: an English one names the
// sources by their references when they have them, not by their Polish
// titles.
func changeTitle(l lang, c changeInfo, first bool) string {
	var names []string
	for _, s := range c.Sources {
		if l == english && s.Ref != "" {
			names = append(names, s.Ref)
		} else {
			names = append(names, s.String())
		}
	}
	if first {
		return l.Tf("act.timeline.first", c.Date, strings.Join(names, "; "))
	}
	return l.Tf("act.timeline.change", c.Date, strings.Join(names, "; "), len(c.Units))
}

// String names s in full: "ustawa z dnia … (Dz. U. z 2019 r. poz. 1557)".
func (s source) String() string {
	switch {
	case s.Name == "" || s.Name == s.Ref:
		return s.Ref
	case s.Ref == "" || strings.Contains(s.Name, s.Ref):
		return s.Name
	}
	return s.Name + " (" + s.Ref + ")"
}

// Range writes a range in l: "2017-07-24 – 2019-08-31", "od 2020-12-07".
func (l lang) Range(r corpus.Range) string {
	if r.IsOpen() {
		return l.Tf("range.from", r.From)
	}
	return l.Tf("range.fromTo", r.From, r.To)
}

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
	n := len(o.changes)
	t := timelineView{Width: max(n, 1) * timelineColumn, Height: timelineHeight, Chosen: d}
	step := 100 / float64(max(n, 1))
	x := func(i int, frac float64) float64 { return (float64(i) + 0.5 + frac) * step }
	chosen := o.lastChange(d)
	for i, c := range o.changes {
		m := timelineMark{X: percent(x(i, 0)), Date: c.Date, Label: shortSources(c.Sources), First: i == 0,
			Future: c.Date > today, Chosen: chosen != nil && chosen.Date == c.Date}
		m.Title = changeTitle(l, c, m.First)
		if m.First {
			m.Href = actURL(act, c.Date, "")
		} else {
			m.Count = l.Tf("act.timeline.count", len(c.Units))
			m.Href = compareURL(act, c.Date.AddDays(-1), c.Date, "")
		}
		t.Marks = append(t.Marks, m)
		if m.Chosen {
			t.ChosenShown = true
			end := x(i+1, 0)
			if i == n-1 {
				end = 100
			}
			t.ChosenFrom, t.ChosenTo = percent(x(i, 0)), percent(end)
			t.ChosenX = percent(x(i, within(c.Date, d, o, i, today)))
		}
	}
	return t
}

// within is where d stands between change i and the next, from 0 to 1;
// after the last change, the span runs to a year after the later of d and
// today.
func within(from, d corpus.Date, o *actOverview, i int, today corpus.Date) float64 {
	to := max(d, today).AddDays(365)
	if i+1 < len(o.changes) {
		to = o.changes[i+1].Date
	}
	if to <= from {
		return 0
	}
	return min(0.9, float64(d-from)/float64(to-from))
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
// units it changed.
func changeTitle(l lang, c changeInfo, first bool) string {
	var names []string
	for _, s := range c.Sources {
		names = append(names, s.String())
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

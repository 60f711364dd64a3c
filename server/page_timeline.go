package server

import (
	"fmt"
	"html/template"
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
	Marks         []template.HTML // the marks, oldest first ("timeline-mark" each)
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
	X      string // where it stands on the axis (markX)
	Date   corpus.Date
	Label  string // the source, short: "DU/2019/1557", "t.j. DU/2020/2170"
	Count  string // "12 jedn."
	Href   string
	Title  string // the change in words: the tooltip and the link's name
	First  bool   // the oldest version: not a change
	Future bool   // after today: a change still to come
	Chosen bool   // the change in force on the chosen date
}

// newTimeline draws the changes of the act o with d chosen, from the
// marks kept in its pieces: it picks their variants, which html writes
// into the picture as they are.
func newTimeline(o *actOverview, ps *actPieces, d, today corpus.Date) timelineView {
	date := func(i int) corpus.Date { return o.changes[i].Date }
	t, chosen := layoutTimeline(len(o.changes), date, d, today)
	t.Marks = make([]template.HTML, len(ps.marks))
	for i, m := range ps.marks {
		t.Marks[i] = m[markVariant(date(i) > today, i == chosen)]
	}
	return t
}

// html prints the timeline: its axis, the period and the date chosen,
// and its marks. It is written here, not by a template, to spare the
// act page the escapers html/template calls by reflection on each value
// (page_escape.go).
func (t timelineView) html() template.HTML {
	var w strings.Builder
	n := 600 // the axis, the period and the date chosen
	for _, m := range t.Marks {
		n += len(m)
	}
	w.Grow(n)
	w.WriteString("\n<div class=\"timeline-scroll\" data-timeline>\n<svg class=\"timeline\" width=\"" + strconv.Itoa(t.Width) + "\" height=\"" + strconv.Itoa(t.Height) +
		"\" xmlns=\"http://www.w3.org/2000/svg\" aria-labelledby=\"timeline-h\">\n  <line class=\"axis\" x1=\"0\" y1=\"32\" x2=\"100%\" y2=\"32\"></line>")
	if t.ChosenShown {
		w.WriteString("\n  <line class=\"chosen-period\" x1=\"" + escapeHTML(t.ChosenFrom) + "\" y1=\"32\" x2=\"" + escapeHTML(t.ChosenTo) + "\" y2=\"32\"></line>")
	}
	for _, m := range t.Marks {
		w.WriteString(string(m))
	}
	if t.ChosenShown {
		w.WriteString("\n  <g class=\"chosen-date\" aria-hidden=\"true\">\n    <text x=\"" + escapeHTML(t.ChosenX) + "\" y=\"14\" text-anchor=\"" + escapeHTML(t.ChosenAnchor) +
			"\">▼ " + escapeHTML(t.Chosen.String()) + "</text>\n  </g>")
	}
	w.WriteString("\n</svg>\n</div>\n")
	return template.HTML(w.String())
}

// changeMark is the mark of the change c of the act, the first one when
// first, at the column X.
func changeMark(l lang, act string, c changeInfo, first bool, x string) timelineMark {
	m := timelineMark{X: x, Date: c.Date, Label: shortSources(c.Sources), First: first, Title: changeTitle(l, c, first)}
	if m.First {
		m.Href = actURL(act, c.Date, "")
	} else {
		m.Count = l.Tf("act.timeline.count", len(c.Units))
		m.Href = compareURL(act, c.Date.AddDays(-1), c.Date, "")
	}
	return m
}

// markVariant numbers the variants of a mark a date can choose: whether
// it is still to come, and whether it is chosen.
func markVariant(future, chosen bool) int {
	v := 0
	if future {
		v |= 1
	}
	if chosen {
		v |= 2
	}
	return v
}

// markHTML prints a mark (the "timeline-mark" template).
func markHTML(m timelineMark) (template.HTML, error) {
	h, err := renderFragment("timeline-mark", m)
	if err != nil {
		return "", fmt.Errorf("rendering the timeline's mark of %s: %w", m.Date, err)
	}
	return h, nil
}

// layoutTimeline places n marks, oldest first, the i-th on the day
// date(i), in even columns (markX), and returns the timeline with the
// mark in force on d chosen, where d stands after it, and that mark's
// index (-1 when none is in force on d).
func layoutTimeline(n int, date func(i int) corpus.Date, d, today corpus.Date) (timelineView, int) {
	t := timelineView{Width: max(n, 1) * timelineColumn, Height: timelineHeight, Chosen: d}
	chosen := -1
	for i := range n {
		if date(i) <= d {
			chosen = i
		}
	}
	if chosen < 0 {
		return t, chosen
	}
	x := func(i int, frac float64) float64 { return markPos(i, n, frac) }
	next, end, room := max(d, today).AddDays(365), 100.0, 0.45 // after the last change, a year past the later of d and today
	if chosen+1 < n {
		next, end, room = date(chosen+1), x(chosen+1, 0), 0.9
	}
	t.ChosenShown = true
	t.ChosenFrom, t.ChosenTo = percent(x(chosen, 0)), percent(end)
	at := x(chosen, room*within(date(chosen), d, next))
	t.ChosenX, t.ChosenAnchor = percent(at), "middle"
	switch {
	case at > 100-50/float64(n):
		t.ChosenAnchor = "end"
	case at < 50/float64(n):
		t.ChosenAnchor = "start"
	}
	return t, chosen
}

// markX is where the i-th of n marks stands on the axis: in the middle of
// its column.
func markX(i, n int) string { return percent(markPos(i, n, 0)) }

// markPos is the position, in percent of the axis, frac of a column
// after the middle of the i-th of n columns.
func markPos(i, n int, frac float64) float64 {
	return (float64(i) + 0.5 + frac) * 100 / float64(max(n, 1))
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

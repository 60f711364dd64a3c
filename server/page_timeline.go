package server

import "lexdiff/corpus"

// The timeline's drawing area, in SVG user units; the picture scales to
// the page's width.
const (
	timelineWidth  = 960
	timelineLabelW = 90 // lane labels on the left
	timelineLaneH  = 30
	timelineTop    = 10
	timelineAxisH  = 56 // axis, ticks and their labels under the lanes
)

// A timelineView is the picture of an act's versions on a time axis: one
// lane per top-level unit, one mark per version (a link to the text on its
// first day), a tick per change date, and a line on the chosen date.
type timelineView struct {
	Width, Height int
	AxisY         int
	LabelW        int
	Lanes         []laneView
	Ticks         []tickView
	Chosen        tickView
	ChosenShown   bool
}

type laneView struct {
	Label string
	Y     int // top of the lane
	Marks []markView
}

// A markView is one version drawn as a bar from its first to its last day.
type markView struct {
	X, W    int
	From    corpus.Date
	Href    string
	Title   string // the range and source, for the tooltip
	Label   string // the source, when the bar is wide enough for it
	Current bool   // in force on the chosen date
	Open    bool   // still in force: the bar runs to the end of the axis
}

type tickView struct {
	X     int
	Y     int // where the label stands
	Label string
}

// newTimeline draws the versions of a with d chosen, the axis running from
// a little before the first version to a little after the later of today
// and the last change.
func newTimeline(a *corpus.Act, d, today corpus.Date, l lang) timelineView {
	changes := a.ChangeDates()
	t := timelineView{Width: timelineWidth, LabelW: timelineLabelW}
	if len(changes) == 0 {
		return t
	}
	first, last := changes[0], max(changes[len(changes)-1], today, d)
	pad := max(int(last-first)/20, 30)
	ax := axis{from: first.AddDays(-pad), to: last.AddDays(pad), x0: timelineLabelW, x1: timelineWidth - 10}
	for i, id := range a.Units() {
		lane := laneView{Label: corpus.CitationOf(id), Y: timelineTop + i*timelineLaneH}
		for _, v := range a.Versions(id) {
			lane.Marks = append(lane.Marks, newMark(a.ID, v, ax, d, l))
		}
		t.Lanes = append(t.Lanes, lane)
	}
	t.AxisY = timelineTop + len(t.Lanes)*timelineLaneH + 6
	t.Height = t.AxisY + timelineAxisH
	for i, c := range changes {
		tick := tickView{X: ax.x(c), Y: t.AxisY + 18 + 14*(i%2), Label: c.String()}
		if c == d {
			tick.Label = "" // the chosen date's own label says it
		}
		t.Ticks = append(t.Ticks, tick)
	}
	if d >= ax.from && d <= ax.to {
		t.Chosen, t.ChosenShown = tickView{X: ax.x(d), Y: t.AxisY + 50, Label: d.String()}, true
	}
	return t
}

func newMark(act string, v *corpus.Version, ax axis, d corpus.Date, l lang) markView {
	to := v.Range.To
	if v.Range.IsOpen() {
		to = ax.to
	}
	x0, x1 := ax.x(v.Range.From), ax.x(to.AddDays(1))
	m := markView{X: x0, From: v.Range.From, W: max(x1-x0-2, 3), Href: actURL(act, v.Range.From, v.Unit.ID),
		Title: l.Range(v.Range) + " · " + v.Source, Current: v.Range.Contains(d), Open: v.Range.IsOpen()}
	if m.W > 7*len([]rune(v.Source)) {
		m.Label = v.Source
	}
	return m
}

// An axis maps days onto x coordinates between x0 and x1.
type axis struct {
	from, to corpus.Date
	x0, x1   int
}

func (ax axis) x(d corpus.Date) int {
	d = min(max(d, ax.from), ax.to)
	return ax.x0 + int(int64(d-ax.from)*int64(ax.x1-ax.x0)/int64(max(ax.to-ax.from, 1)))
}

// Range writes a range in l: "2017-07-24 – 2019-08-31", "od 2020-12-07".
func (l lang) Range(r corpus.Range) string {
	if r.IsOpen() {
		return l.Tf("range.from", r.From)
	}
	return l.Tf("range.fromTo", r.From, r.To)
}

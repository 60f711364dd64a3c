package server

import (
	"slices"

	"lexdiff/corpus"
)

// The timeline's drawing area, in SVG user units; the picture scales to
// the page's width.
const (
	timelineWidth  = 960
	timelineLabelW = 90 // lane labels on the left
	timelineLaneH  = 30
	timelineTop    = 10
	timelineAxisH  = 56 // axis, ticks and their labels under the lanes
	timelineLanes  = 30 // at most this many lanes; the versions table lists the rest
	timelineCharW  = 7  // the width of a label's letter, about
)

// A timelineView is the picture of an act's versions on a time axis: one
// lane per top-level unit, one mark per version (a link to the text on its
// first day), a tick per change date, and a line on the chosen date.
type timelineView struct {
	Width, Height int
	AxisY         int
	LabelW        int
	Lanes         []laneView
	Omitted       int    // top-level units not drawn
	OmittedNote   string // the line saying so
	OmittedY      int    // where it stands
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
	units := laneUnits(a)
	for i, id := range units {
		lane := laneView{Label: corpus.CitationOf(id), Y: timelineTop + i*timelineLaneH}
		for _, v := range a.Versions(id) {
			lane.Marks = append(lane.Marks, newMark(a.ID, v, ax, d, l))
		}
		t.Lanes = append(t.Lanes, lane)
	}
	t.AxisY = timelineTop + len(t.Lanes)*timelineLaneH + 6
	if t.Omitted = len(a.Units()) - len(units); t.Omitted > 0 {
		t.OmittedNote, t.OmittedY = l.Tf("act.timeline.omitted", t.Omitted), t.AxisY+14
		t.AxisY += timelineLaneH
	}
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

// laneUnits are the top-level units the timeline draws, in the act's
// order: all of them, or when there are too many to read, those that
// changed first, then the others, up to timelineLanes.
func laneUnits(a *corpus.Act) []string {
	units := a.Units()
	if len(units) <= timelineLanes {
		return units
	}
	changed := func(id string) bool { return len(a.Versions(id)) > 1 }
	var picked []string
	for _, wantChanged := range []bool{true, false} {
		for _, id := range units {
			if len(picked) < timelineLanes && changed(id) == wantChanged {
				picked = append(picked, id)
			}
		}
	}
	order := map[string]int{}
	for i, id := range units {
		order[id] = i
	}
	slices.SortFunc(picked, func(x, y string) int { return order[x] - order[y] })
	return picked
}

func newMark(act string, v *corpus.Version, ax axis, d corpus.Date, l lang) markView {
	to := v.Range.To
	if v.Range.IsOpen() {
		to = ax.to
	}
	x0, x1 := ax.x(v.Range.From), ax.x(to.AddDays(1))
	m := markView{X: x0, From: v.Range.From, W: max(x1-x0-2, 3), Href: actURL(act, v.Range.From, v.Unit.ID),
		Title: l.Range(v.Range) + " · " + v.Source, Current: v.Range.Contains(d), Open: v.Range.IsOpen()}
	m.Label = markLabel(v.Source, m.W)
	return m
}

// markLabel is the source as it fits a bar w wide: in full, as its
// publication's ELI ("DU/2019/1557"), or not at all (the bar's tooltip
// still says it).
func markLabel(source string, w int) string {
	fits := func(s string) bool { return w > timelineCharW*len([]rune(s))+12 }
	if fits(source) {
		return source
	}
	if refs := corpus.FindPubRefs(source); len(refs) > 0 && fits(refs[0].ELI()) {
		return refs[0].ELI()
	}
	return ""
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

package server

import (
	"fmt"

	"lexdiff/corpus"
)

// A groupView is the heading of a grouping as the act page prints it
// where the groupings change: its words cut where its footnote markers
// stand, and its footnotes beside it, as a unit's (unitView).
type groupView struct {
	Text      []textPart
	Footnotes []noteView
}

// newGroupViews returns the headings of the groupings ver stands in, from
// the widest, as printed above ver's unit, in the language l. The anchors
// of their notes are named after ver's unit and the grouping's rank
// ("fn-art8-group1-1"): a page prints a heading once, above the one unit
// under it where the groupings change.
func newGroupViews(l lang, ver *corpus.Version) []groupView {
	var out []groupView
	for i, g := range ver.Groups {
		s := noteSet{l: l, notes: ver.GroupFootnotes(g)}
		holder := fmt.Sprintf("%s-group%d", ver.Unit.ID, i+1)
		v := groupView{Text: splitText(g.String(), s.markers(holder, g.Markers, false))}
		markRefs(v.Text, nil)
		for _, f := range s.notes {
			v.Footnotes = append(v.Footnotes, s.view(holder, f))
		}
		out = append(out, v)
	}
	return out
}

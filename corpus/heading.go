package corpus

import "slices"

// A GroupHeading is the heading of a grouping as an answer shows it: its
// words ("Rozdział 2a Wysłuchanie publiczne oraz konsultacje społeczne")
// and the footnotes whose markers stand in it ("Oznaczenie i tytuł
// rozdziału dodane przez …"), which are no footnotes of any unit.
type GroupHeading struct {
	Heading   string     `json:"heading"`
	Footnotes []Footnote `json:"footnotes"`
}

// GroupHeadings returns the headings of the groupings v stands in, from
// the widest, each with its footnotes, or nil when there are none.
func (v *Version) GroupHeadings() []GroupHeading {
	var out []GroupHeading
	for _, g := range v.Groups {
		out = append(out, GroupHeading{Heading: g.String(), Footnotes: v.GroupFootnotes(g)})
	}
	return out
}

// NotedGroupHeadings returns those of v's GroupHeadings in which
// footnotes are marked, from the widest, or nil when there are none.
func (v *Version) NotedGroupHeadings() []GroupHeading {
	var out []GroupHeading
	for _, g := range v.Groups {
		if notes := v.GroupFootnotes(g); len(notes) > 0 {
			out = append(out, GroupHeading{Heading: g.String(), Footnotes: notes})
		}
	}
	return out
}

// GroupFootnotes returns the footnotes of v whose markers stand in the
// heading of g, one of v's groupings, in the order of the markers, each
// once. They are the footnotes of v with no unit (see Footnote) that
// carry a label of g's markers.
func (v *Version) GroupFootnotes(g Group) []Footnote {
	out := []Footnote{}
	for _, m := range g.Markers {
		for _, f := range v.Footnotes {
			if f.Unit == "" && f.Label == m.Label && !slices.Contains(out, f) {
				out = append(out, f)
			}
		}
	}
	return out
}

package server

import (
	"slices"
	"strings"

	"lexdiff/corpus"
)

// partBudget is about how many units (articles, ustępy, punkty… each
// counts one) the act page prints at once. A longer act is printed in
// parts of about this size, cut between chapters where it can be, with
// links to the others: an act of 65,000 units would otherwise make a page
// of over 100 MB. A part of 1,500 units is some 500 kB of HTML.
const partBudget = 1500

// A part is a run of consecutive top-level units printed together.
type part struct {
	start, end int    // indexes into the versions in force
	Label      string // "art. 1–110"
	First      string // the id of its first top-level unit
}

// splitParts cuts the versions in force, in document order, into parts
// of about partBudget units (size(v) is the number in v's tree), each part
// ending where a chapter (or other grouping) ends when that keeps it at
// least half full.
func splitParts(vs []*corpus.Version, size func(*corpus.Version) int) []part {
	var parts []part
	start, weight := 0, 0
	for i, v := range vs {
		w := size(v)
		newGroup := i > 0 && !slices.EqualFunc(v.Groups, vs[i-1].Groups, corpus.Group.Same)
		if i > start && (weight+w > partBudget || newGroup && weight >= partBudget/2) {
			parts = append(parts, newPart(vs, start, i))
			start, weight = i, 0
		}
		weight += w
	}
	if len(vs) > 0 {
		parts = append(parts, newPart(vs, start, len(vs)))
	}
	return parts
}

func newPart(vs []*corpus.Version, start, end int) part {
	first, last := vs[start].Unit, vs[end-1].Unit
	label := first.Citation()
	if end-start > 1 {
		label += "–" + last.Label
	}
	return part{start: start, end: end, Label: label, First: first.ID}
}

// partCost estimates the page of the versions vs, in bytes: about what
// their text costs as JSON (cost(v) is unitCost of v's unit).
func partCost(vs []*corpus.Version, cost func(*corpus.Version) int64) int64 {
	var n int64
	for _, v := range vs {
		n += cost(v)
	}
	return n
}

// countUnits is the number of units in u's tree, u included.
func countUnits(u *corpus.Unit) int {
	n := 0
	u.Walk(func(*corpus.Unit) bool { n++; return true })
	return n
}

// partOf returns the index of the part that holds the unit with the given
// id (any depth), or 0 when none does.
func partOf(parts []part, vs []*corpus.Version, id string) int {
	top, _, _ := strings.Cut(id, ".")
	for i, p := range parts {
		for _, v := range vs[p.start:p.end] {
			if v.Unit.ID == top {
				return i
			}
		}
	}
	return 0
}

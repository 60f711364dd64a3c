package corpus

import (
	"slices"
	"sort"
)

// A consolidated text may print a unit twice: the wording in force, then
// the wording that applies from a later date, which the second's footnote
// gives ("W brzmieniu ustalonym przez …, która wejdzie w życie z dniem 1
// stycznia 2027 r."; the first's often says "W tym brzmieniu obowiązuje do
// wejścia w życie zmiany, o której mowa w odnośniku 6"). splitTwice makes
// of such a part one version per date: the first printings up to the day
// before the earliest date, then the second printings of the units dated
// so far. A second printing no footnote dates after the part's start
// (its date fixed later, "w komunikacie") cannot be placed in time: it is
// reported, with its text, and the first printing stays.

// splitTwice returns the parts that part p gives from day from on, with
// their ranges.
func (blk *block) splitTwice(p *part, from Date, d *diag) ([]*part, []Range) {
	if len(p.twice) == 0 {
		return []*part{p}, []Range{{From: from}}
	}
	dated := map[Date][]*Unit{}
	for _, first := range p.twice {
		second := blk.twice[first]
		when := latestOf(blk.notes.held(second, nil), second.ID)
		if when <= from {
			d.warnf(p.pos, WarnTwiceNoDate, "%s is printed twice, and no footnote dates the second wording after %s: it is kept only here: «%s»",
				first.Citation(), from, second.FullText())
			continue
		}
		dated[when] = append(dated[when], first)
	}
	dates := make([]Date, 0, len(dated))
	for t := range dated {
		dates = append(dates, t)
	}
	sort.Slice(dates, func(i, j int) bool { return dates[i] < dates[j] })
	parts, ranges := []*part{p}, []Range{{From: from}}
	applied := map[*Unit]bool{}
	for _, t := range dates {
		ranges[len(ranges)-1].To = t.AddDays(-1)
		for _, first := range dated[t] {
			applied[first] = true
		}
		next := *p
		next.unit = blk.withSecond(p.unit, applied)
		next.footnotes = blk.notes.held(next.unit, p.groups)
		next.twice = nil
		parts, ranges = append(parts, &next), append(ranges, Range{From: t})
	}
	return parts, ranges
}

// latestOf returns the latest in-force date of the amendment footnotes
// held in the unit with the given id or below it.
func latestOf(fs []Footnote, id string) Date {
	var latest Date
	for _, f := range fs {
		if f.Unit != "" && isPathPrefix(id, f.Unit) && f.Amendment != nil && f.Amendment.InForce > latest {
			latest = f.Amendment.InForce
		}
	}
	return latest
}

// withSecond returns u with the units in use replaced by their second
// printing; the units printed once are shared.
func (blk *block) withSecond(u *Unit, use map[*Unit]bool) *Unit {
	if use[u] {
		return blk.twice[u]
	}
	if !slices.ContainsFunc(u.Children, func(c *Unit) bool { return blk.touches(c, use) }) {
		return u
	}
	c := *u
	c.Children = make([]*Unit, len(u.Children))
	for i, ch := range u.Children {
		c.Children[i] = blk.withSecond(ch, use)
	}
	return &c
}

// touches reports whether u or a unit below it is in use.
func (blk *block) touches(u *Unit, use map[*Unit]bool) bool {
	found := false
	u.Walk(func(v *Unit) bool {
		found = use[v]
		return !found
	})
	return found
}

package corpus

import (
	"regexp"
	"slices"
	"sort"
)

// A consolidated text may print a unit twice: the wording in force, then
// the wording that applies from a later date, which the second's footnote
// gives ("W brzmieniu ustalonym przez …, która wejdzie w życie z dniem 1
// stycznia 2027 r."; the first's often says "W tym brzmieniu obowiązuje do
// wejścia w życie zmiany, o której mowa w odnośniku 6"). It may also print
// once a unit added from a later date ("4.[^2] …", "Dodany przez …; wejdzie
// w życie z dniem 17 czerwca 2027 r."): up to that day the unit above has
// it not. splitTwice makes of such a part one version per date: the first
// printings, without the units added later, up to the day before the
// earliest date, then the second printings and the units added of the
// dates so far. A second printing no footnote dates after the part's start
// (its date fixed later, "w komunikacie") cannot be placed in time: it is
// reported, with its text, and the first printing stays.

// splitTwice returns the parts that part p gives from day from on, with
// their ranges; later are the units of p added after from, by their date.
func (blk *block) splitTwice(p *part, from Date, later map[*Unit]Date, d *diag) ([]*part, []Range) {
	if len(p.twice) == 0 && len(later) == 0 {
		return []*part{p}, []Range{{From: from}}
	}
	dated := map[Date][]*Unit{}
	for _, first := range p.twice {
		second := blk.twice[first]
		when := latestOf(blk.notes.held(second, nil), second.ID)
		if when <= from {
			when = dayAfterLast(blk.notes.held(first, nil), first.ID)
		}
		if when <= from {
			d.warnf(p.pos, WarnTwiceNoDate, "%s is printed twice, and no footnote dates the second wording after %s: it is kept only here: «%s»",
				first.Citation(), from, second.FullText())
			continue
		}
		dated[when] = append(dated[when], first)
	}
	pending := map[*Unit]bool{}
	for u, when := range later {
		if when <= from {
			continue
		}
		dated[when] = append(dated[when], u)
		pending[u] = true
	}
	if len(dated) == 0 {
		return []*part{p}, []Range{{From: from}}
	}
	dates := make([]Date, 0, len(dated))
	for t := range dated {
		dates = append(dates, t)
	}
	sort.Slice(dates, func(i, j int) bool { return dates[i] < dates[j] })
	applied := map[*Unit]bool{}
	version := func() *part {
		next := *p
		next.unit = blk.printing(p.unit, applied, pending)
		next.footnotes = blk.notes.held(next.unit, p.groups)
		next.twice = nil
		return &next
	}
	first := p
	if len(pending) > 0 {
		first = version()
		first.twice = p.twice
	}
	parts, ranges := []*part{first}, []Range{{From: from}}
	for _, t := range dates {
		ranges[len(ranges)-1].To = t.AddDays(-1)
		for _, u := range dated[t] {
			if pending[u] {
				delete(pending, u)
			} else {
				applied[u] = true
			}
		}
		parts, ranges = append(parts, version()), append(ranges, Range{From: t})
	}
	return parts, ranges
}

// laterAdded returns the units below the top of part p that a footnote
// says were added with effect after day from, by that day.
func laterAdded(p *part, from Date) map[*Unit]Date {
	var out map[*Unit]Date
	var walk func(u *Unit)
	walk = func(u *Unit) {
		for _, f := range p.footnotes {
			if f.Unit != u.ID || f.Amendment == nil {
				continue
			}
			if day, added := f.Amendment.AddedOn(); added && day > from {
				if out == nil {
					out = map[*Unit]Date{}
				}
				out[u] = day
				return
			}
		}
		for _, c := range u.Children {
			walk(c)
		}
	}
	for _, c := range p.unit.Children {
		walk(c)
	}
	return out
}

// latestOf returns the latest in-force date of the amendment footnotes
// held in the unit with the given id or below it, but for those of the
// units in skip and below them.
func latestOf(fs []Footnote, id string, skip ...*Unit) Date {
	var latest Date
	for _, f := range fs {
		if f.Unit == "" || !isPathPrefix(id, f.Unit) || f.Amendment == nil || f.Amendment.InForce <= latest {
			continue
		}
		if slices.ContainsFunc(skip, func(u *Unit) bool { return isPathPrefix(u.ID, f.Unit) }) {
			continue
		}
		latest = f.Amendment.InForce
	}
	return latest
}

// undatedAmendment reports whether a note on the unit with the given id,
// or on a unit under it (but those of skip), records an amendment without
// a day lexdiff can read: the unit's wording may be as young as the text
// that prints it, so no older note dates it.
func undatedAmendment(fs []Footnote, id string, skip ...*Unit) bool {
	return slices.ContainsFunc(fs, func(f Footnote) bool {
		return f.Unit != "" && isPathPrefix(id, f.Unit) && f.Amendment != nil && f.Amendment.InForce.IsZero() &&
			!slices.ContainsFunc(skip, func(u *Unit) bool { return isPathPrefix(u.ID, f.Unit) })
	})
}

// reInForceUntil is a note saying until when a wording applies: "W tym
// brzmieniu obowiązuje do dnia 30 czerwca 2026 r.".
var reInForceUntil = regexp.MustCompile(`(?i)obowiązuj(?:e|ą)\s+do\s+dnia\s+(\d{1,2})\s+(\p{L}+)\s+(\d{4})`)

// dayAfterLast returns the day after the last day a note on the unit with
// the given id (or on a unit under it) says its first printing applies, so
// that the second printing starts then; 0 when no note says.
func dayAfterLast(fs []Footnote, id string) Date {
	for _, f := range fs {
		if f.Unit != "" && isPathPrefix(id, f.Unit) {
			if d := polishDate(reInForceUntil, f.Body); d != 0 {
				return d.AddDays(1)
			}
		}
	}
	return 0
}

// printing returns u with the units in use replaced by their second
// printing and those in absent left out; the units untouched are shared.
func (blk *block) printing(u *Unit, use, absent map[*Unit]bool) *Unit {
	if use[u] {
		return blk.twice[u]
	}
	if !slices.ContainsFunc(u.Children, func(c *Unit) bool { return blk.touches(c, use) || blk.touches(c, absent) }) {
		return u
	}
	c := *u
	c.Children = make([]*Unit, 0, len(u.Children))
	for _, ch := range u.Children {
		if !absent[ch] {
			c.Children = append(c.Children, blk.printing(ch, use, absent))
		}
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

package diff

import (
	"fmt"
	"slices"
	"sort"

	"lexdiff/corpus"
)

// A Listing is a comparison whose changes are found, in order, but not
// yet made: it holds the units each change compares. A page of it (Cut,
// then Make) makes only its own changes, so that a long comparison can be
// read page by page without each page costing the whole. It is safe for
// concurrent use.
type Listing struct {
	report        Report // without changes
	old, new      tree
	unknownBefore map[string]bool // see comparer
	listed        []listedUnit
	versions      func(id string) []*corpus.Version // of the act, for attribution
}

// A listedUnit is a change of a Listing: the units it compares (old or
// new is nil when the unit is on one side only).
type listedUnit struct {
	old, new *corpus.Unit
	implied  bool        // new moved only because its parent did
	replaces *listedUnit // the removal its change holds in Replaces
}

// A Window asks for one page of a comparison's changes, in the order of
// Report.Changes: from the change of the unit Cursor on ("" for the first
// page), at most Limit of them, fewer when the texts they compare would
// pass MaxBytes; a page holds at least one change. The Report's Next
// names the unit whose change begins the next page.
type Window struct {
	Cursor   string
	Limit    int
	MaxBytes int
}

// ErrCursor is wrapped by the error of a window whose cursor is the unit
// of none of the comparison's changes. It is bad input: errors.Is(ErrCursor,
// corpus.ErrInvalid) holds.
var ErrCursor error = invalidInput("the cursor begins no page of the comparison")

// List finds the changes Dates would give, without making them. Its
// errors are those of Dates.
func List(a *corpus.Act, from, to corpus.Date, unitID string) (*Listing, error) {
	r, cmp, err := newReport(a, from, to, unitID, false)
	if err != nil {
		return nil, err
	}
	cmp.listOnly = true
	compared := cmp.compared()
	l := &Listing{report: *r, old: cmp.old, new: cmp.new, unknownBefore: cmp.unknownBefore, listed: make([]listedUnit, len(compared)), versions: a.Versions}
	for i, e := range compared {
		l.listed[i] = e.listedUnit
	}
	return l, nil
}

// Len is how many changes the comparison has.
func (l *Listing) Len() int { return len(l.listed) }

// Size estimates the memory l holds besides the act.
func (l *Listing) Size() int {
	return 512 + 48*len(l.listed) + 64*len(l.old.notes) + 64*len(l.new.notes)
}

// A Page is one window of a Listing, cut but not yet made.
type Page struct {
	l          *Listing
	start, end int
}

// Cut cuts the page w asks for. The error wraps ErrCursor when w.Cursor
// begins no page.
func (l *Listing) Cut(w Window) (Page, error) {
	start := 0
	if w.Cursor != "" {
		if start = l.place(w.Cursor); start < 0 {
			r := &l.report
			return Page{}, fmt.Errorf("%w: no change of %s from %s to %s is of the unit %q", ErrCursor, r.subject(), r.From, r.To, w.Cursor)
		}
	}
	return l.cutAt(start, w), nil
}

// Parts cuts the whole comparison into the pages w allows (its Cursor
// aside), from the first change on: a division that does not depend on
// where a reader starts. There is at least one part.
func (l *Listing) Parts(w Window) []Page {
	parts := []Page{l.cutAt(0, w)}
	for last := parts[0]; last.end < len(l.listed); parts = append(parts, last) {
		last = l.cutAt(last.end, w)
	}
	return parts
}

// PartOf returns the index in parts (of Parts) of the part that holds the
// change of the unit id, or -1 when no change is of it.
func PartOf(parts []Page, id string) int {
	i := parts[0].l.place(id)
	if i < 0 {
		return -1
	}
	return sort.Search(len(parts), func(k int) bool { return parts[k].end > i })
}

// place is the place of the change of the unit id, from 0, or -1.
func (l *Listing) place(id string) int {
	return slices.IndexFunc(l.listed, func(e listedUnit) bool { return e.unit() == id })
}

// cutAt cuts the page w allows from the change at start on.
func (l *Listing) cutAt(start int, w Window) Page {
	end, size := start, 0
	for end < len(l.listed) && end-start < max(w.Limit, 1) {
		n := l.listed[end].textBytes()
		if end > start && size+n > w.MaxBytes {
			break
		}
		size += n
		end++
	}
	return Page{l, start, end}
}

// Len is how many changes p holds.
func (p Page) Len() int { return p.end - p.start }

// FirstUnit is the unit of p's first change, "" when p holds none.
func (p Page) FirstUnit() string {
	if p.Len() == 0 {
		return ""
	}
	return p.l.listed[p.start].unit()
}

// TextBytes is the size of the texts p's changes compare.
func (p Page) TextBytes() int {
	n := 0
	for _, e := range p.l.listed[p.start:p.end] {
		n += e.textBytes()
	}
	return n
}

// Make makes p's changes: as Dates gives them when withOps is set, else
// as Changes gives them.
func (p Page) Make(withOps bool) *Report {
	l, r := p.l, p.l.report
	cmp := &comparer{old: l.old, new: l.new, noOps: !withOps, unknownBefore: l.unknownBefore,
		attr: &attributor{versions: l.versions, after: r.From, until: r.To, notes: &noteCache{}}}
	r.Changes = make([]Change, 0, p.Len())
	if p.Len() < len(l.listed) {
		r.First, r.Total = p.start+1, len(l.listed)
	}
	for _, e := range l.listed[p.start:p.end] {
		r.Changes = append(r.Changes, cmp.make(e))
	}
	if p.end < len(l.listed) {
		r.Next = l.listed[p.end].unit()
	}
	return &r
}

// make makes e's change.
func (c *comparer) make(e listedUnit) Change {
	ch := c.change(e.old, e.new, e.implied)
	if e.replaces != nil {
		removal := c.make(*e.replaces)
		ch.Replaces = &removal
	}
	return ch
}

// unit is the id of e's change: its unit's on the newer side, or on the
// older one when it was removed.
func (e listedUnit) unit() string {
	if e.new != nil {
		return e.new.ID
	}
	return e.old.ID
}

// textBytes is the size of the texts e compares.
func (e listedUnit) textBytes() int {
	n := 0
	for _, u := range []*corpus.Unit{e.old, e.new} {
		if u != nil {
			n += len(u.Text) + len(u.Closing) + len(u.Heading)
		}
	}
	if strikesUnder(e.old, e.new) {
		n += len(goneText(e.old, e.new)) // the units under, struck with it
	}
	if e.replaces != nil {
		n += e.replaces.textBytes()
	}
	return n
}

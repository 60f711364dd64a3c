package server

import (
	"fmt"
	"html/template"
	"strings"
	"sync"

	"lexdiff/corpus"
)

// actPieces are the parts of the act page that depend on the act and the
// language but not on the date: its header, its "Historia zmian" (the
// table around the rows, and the rows), the marks of its timeline, and
// the summary of each change for the act printed whole (its units linked
// on the page). Each comes in every variant a date can choose: the row
// of the change shown is marked current; a mark is chosen, and still to
// come after today.
// They are rendered once per act, language and corpus state and kept
// with the act's overview, so that a page only picks its variants.
type actPieces struct {
	head        template.HTML      // the page's header: the act's reference and title ("act-head")
	changesHead template.HTML      // the "Historia zmian" ("changes") up to its rows
	changesTail template.HTML      // and after them
	rows        [][2]template.HTML // by change, oldest first; [1] marked current
	marks       [][4]template.HTML // by change, oldest first; by markVariant
	// summaries are the "chosen-change" of each change, oldest first,
	// its units linked as anchors of a page that prints the whole act.
	summaries []template.HTML
}

// langPieces are the pieces of an act in one language, built once.
type langPieces struct {
	once sync.Once
	ps   *actPieces
	err  error
}

// pieces returns the pieces of the act page of o, the overview of the act
// a, in l, building them once.
func (o *actOverview) pieces(l lang, a corpus.ActInfo) (*actPieces, error) {
	o.mu.Lock()
	lp := o.byLang[l]
	if lp == nil {
		lp = &langPieces{}
		o.byLang[l] = lp
	}
	o.mu.Unlock()
	lp.once.Do(func() { lp.ps, lp.err = newActPieces(l, a, o) })
	return lp.ps, lp.err
}

func newActPieces(l lang, a corpus.ActInfo, o *actOverview) (*actPieces, error) {
	act := a.ID
	n := len(o.changes)
	ps := &actPieces{rows: make([][2]template.HTML, n), marks: make([][4]template.HTML, n), summaries: make([]template.HTML, n)}
	var err error
	if ps.head, err = renderFragment("act-head", a); err != nil {
		return nil, fmt.Errorf("rendering the header of %s: %w", act, err)
	}
	// The table is the same on every date but for the row it marks: it
	// is rendered with a mark for its rows, and kept in the halves
	// before and after it, which a page writes around the rows it picks.
	changes, err := renderFragment("changes", struct {
		L     lang
		Count int
		Rows  template.HTML
	}{l, n, changeRowsMark})
	if err != nil {
		return nil, fmt.Errorf("rendering the changes of %s: %w", act, err)
	}
	head, tail, ok := strings.Cut(string(changes), string(changeRowsMark))
	if !ok {
		return nil, fmt.Errorf("rendering the changes of %s: the template does not print their rows", act)
	}
	ps.changesHead, ps.changesTail = template.HTML(head), template.HTML(tail)
	anchor := func(id string) string { return "#" + id }
	for i, c := range o.changes {
		if ps.summaries[i], err = changeSummaryHTML(l, newChangeSummary(act, o, i, anchor)); err != nil {
			return nil, err
		}
		row := newChangeRow(act, o, i)
		for v, chosen := range []bool{false, true} {
			row.Chosen = chosen
			h, err := renderFragment("change-row", struct {
				L   lang
				Row changeRow
			}{l, row})
			if err != nil {
				return nil, fmt.Errorf("rendering the change of %s of %s: %w", c.Date, act, err)
			}
			ps.rows[i][v] = h
		}
		m := changeMark(l, act, c, i == 0, markX(i, n))
		for _, future := range []bool{false, true} {
			for _, chosen := range []bool{false, true} {
				m.Future, m.Chosen = future, chosen
				h, err := markHTML(m)
				if err != nil {
					return nil, err
				}
				ps.marks[i][markVariant(future, chosen)] = h
			}
		}
	}
	return ps, nil
}

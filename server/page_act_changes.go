package server

import (
	"fmt"
	"html/template"
	"strings"

	"lexdiff/corpus"
)

// A changeSummary is the change that made the text of the chosen date: its
// day, its sources, and the units it touched, each linked to its place in
// the text.
type changeSummary struct {
	Date    corpus.Date
	First   bool // the oldest version: the text as the corpus first holds it
	Sources []sourceView
	Units   []link
	More    int    // units left out of Units
	Compare string // the comparison of the change
}

// maxSummaryUnits is how many units the change summary names; the
// comparison lists them all.
const maxSummaryUnits = 40

// A sourceView is a source as the page links it: its name, and its
// official text by its ELI.
type sourceView struct {
	Name         string
	ELI          string
	URL          string // the ELI's address, or ""
	Consolidated bool
}

// newChangeSummary sums up the i-th change of the act o, linking units
// with unitLink.
func newChangeSummary(act string, o *actOverview, i int, unitLink func(id string) string) *changeSummary {
	c := &o.changes[i]
	s := &changeSummary{Date: c.Date, Sources: sourceViews(c.Sources), Compare: compareURL(act, c.Date.AddDays(-1), c.Date, ""), First: i == 0}
	for i, id := range c.Units {
		if i == maxSummaryUnits {
			s.More = len(c.Units) - i
			break
		}
		s.Units = append(s.Units, link{corpus.CitationOf(id), unitLink(id)})
	}
	return s
}

// changeSummaryHTML prints the summary of a change (the "chosen-change"
// template).
func changeSummaryHTML(l lang, s *changeSummary) (template.HTML, error) {
	h, err := renderFragment("chosen-change", struct {
		L      lang
		Change *changeSummary
	}{l, s})
	if err != nil {
		return "", fmt.Errorf("rendering the change of %s: %w", s.Date, err)
	}
	return h, nil
}

func sourceViews(ss []source) []sourceView {
	out := make([]sourceView, 0, len(ss))
	for _, s := range ss {
		out = append(out, sourceView{Name: s.String(), ELI: s.ELI, URL: eliURL(s.ELI), Consolidated: s.Consolidated})
	}
	return out
}

// eliURL is the address of the act with the given ELI ("DU/2019/1557") in
// the official register, or "" for none.
func eliURL(eli string) string {
	if eli == "" {
		return ""
	}
	return "https://eli.gov.pl/eli/" + eli + "/ogl"
}

// A changeRow is one line of the act's "Historia zmian": a day the act
// changed, where the change came from, and how many units it changed.
type changeRow struct {
	Date    corpus.Date
	Sources []sourceView
	Units   int
	First   bool
	Chosen  bool   // the change that made the text shown
	Compare string // "" for the oldest version
	Text    string // the act's text on that day
}

// newChangeRow is the row of the i-th change of the act o, oldest first.
func newChangeRow(act string, o *actOverview, i int) changeRow {
	c := o.changes[i]
	r := changeRow{Date: c.Date, Sources: sourceViews(c.Sources), Units: len(c.Units), First: i == 0, Text: actURL(act, c.Date, "")}
	if i > 0 {
		r.Compare = compareURL(act, c.Date.AddDays(-1), c.Date, "")
	}
	return r
}

// changeRowsMark stands for the rows of the "Historia zmian" when the
// table around them is rendered, once per act and language (actPieces).
const changeRowsMark template.HTML = "<!--change-rows-->"

// changesHTML prints the act's "Historia zmian" (the "changes" template):
// the changes of the act o, newest first, the one in force on d marked,
// from the table's halves and the rows kept in its pieces.
func changesHTML(o *actOverview, ps *actPieces, d corpus.Date) template.HTML {
	chosen := o.changeIndex(d)
	var b strings.Builder
	n := len(ps.changesHead) + len(ps.changesTail)
	for _, row := range ps.rows {
		n += len(row[1])
	}
	b.Grow(n)
	b.WriteString(string(ps.changesHead))
	for i := len(ps.rows) - 1; i >= 0; i-- {
		row := ps.rows[i][0]
		if i == chosen {
			row = ps.rows[i][1]
		}
		b.WriteString(string(row))
	}
	b.WriteString(string(ps.changesTail))
	return template.HTML(b.String())
}

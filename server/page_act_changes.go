package server

import (
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

// newChangeSummary sums up the change c of the act o, linking units with
// unitLink; nil when c is.
func newChangeSummary(act string, o *actOverview, c *changeInfo, unitLink func(id string) string) *changeSummary {
	if c == nil {
		return nil
	}
	s := &changeSummary{Date: c.Date, Sources: sourceViews(c.Sources), Compare: compareURL(act, c.Date.AddDays(-1), c.Date, "")}
	s.First = c.Date == o.changes[0].Date
	for i, id := range c.Units {
		if i == maxSummaryUnits {
			s.More = len(c.Units) - i
			break
		}
		s.Units = append(s.Units, link{corpus.CitationOf(id), unitLink(id)})
	}
	return s
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

// changeRows lists the act's changes, newest first.
func changeRows(act string, o *actOverview, d corpus.Date) []changeRow {
	chosen := o.lastChange(d)
	rows := make([]changeRow, 0, len(o.changes))
	for i := len(o.changes) - 1; i >= 0; i-- {
		c := o.changes[i]
		r := changeRow{Date: c.Date, Sources: sourceViews(c.Sources), Units: len(c.Units), First: i == 0,
			Chosen: chosen != nil && chosen.Date == c.Date, Text: actURL(act, c.Date, "")}
		if i > 0 {
			r.Compare = compareURL(act, c.Date.AddDays(-1), c.Date, "")
		}
		rows = append(rows, r)
	}
	return rows
}

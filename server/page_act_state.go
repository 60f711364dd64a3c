package server

import (
	"html/template"
	"strings"

	"lexdiff/corpus"
)

// A stateBanner says, as eCFR and LEX do at the top of a text, which state
// of the act the page shows: the text in force today, a historical one or
// a wording still to come; how long it applies; what changes come after
// it; and how far the corpus reaches, so that nobody takes an old corpus
// for today's law.
type stateBanner struct {
	Kind       string // "current", "historical" or "future"
	Label      string
	Period     corpus.Range  // the days the text shown applies
	CurrentURL string        // today's text, when this is not it
	Newest     corpus.Date   // the last day a version of the act starts
	Later      []laterChange // the changes after the date, nearest first
	LaterMore  int           // those left out of Later
	// Unknown top-level units have no wording known on the date: the
	// corpus holds them only from UnknownUntil on.
	Unknown      int
	UnknownUntil corpus.Date
}

// A laterChange is a change after the date shown, with its comparison.
type laterChange struct {
	Date    corpus.Date
	Units   int
	URL     string
	Pending bool // after today: not yet in force
}

// maxLater is how many later changes the banner names.
const maxLater = 3

func newStateBanner(l lang, act string, o *actOverview, d, today corpus.Date) stateBanner {
	b := stateBanner{Newest: o.newest()}
	shown, current := o.lastChange(d), o.lastChange(today)
	switch {
	case shown == current || d == today:
		b.Kind = "current"
	case d < today:
		b.Kind = "historical"
	default:
		b.Kind = "future"
	}
	if b.Kind != "current" {
		b.CurrentURL = actURL(act, today, "")
	}
	b.Label = l.T("act.state." + b.Kind)
	b.Unknown, b.UnknownUntil = o.unknownOn(d)
	if shown != nil {
		b.Period.From = shown.Date
	}
	for _, c := range o.changes {
		if c.Date <= d {
			continue
		}
		if b.Period.To.IsZero() {
			b.Period.To = c.Date.AddDays(-1)
		}
		if len(b.Later) == maxLater {
			b.LaterMore++
			continue
		}
		b.Later = append(b.Later, laterChange{Date: c.Date, Units: len(c.Units), URL: compareURL(act, c.Date.AddDays(-1), c.Date, ""),
			Pending: c.Date > today})
	}
	return b
}

// html prints the banner in l, with the page's permalink when it has one.
// It is written here, not by a template: of the act page's template
// actions, the banner's were the most, each an escaper called by
// reflection (page_escape.go).
func (b stateBanner) html(l lang, permalink string) template.HTML {
	var w strings.Builder
	w.WriteString("\n<section class=\"state state-" + escapeHTML(b.Kind) + "\" aria-labelledby=\"state-h\">\n  <p><strong id=\"state-h\">" + escapeHTML(b.Label) + "</strong>")
	if !b.Period.From.IsZero() {
		w.WriteString(" · " + escapeHTML(l.T("act.state.applies."+b.Kind)) + " ")
		w.WriteString(string(dateRangeHTML(b.Period)))
	}
	if b.CurrentURL != "" {
		w.WriteString(" · <a href=\"" + escapeHref(b.CurrentURL) + "\">" + escapeHTML(l.T("act.state.toCurrent")) + "</a>")
	}
	w.WriteString("</p>")
	if len(b.Later) > 0 {
		w.WriteString("\n  <p class=\"later\">" + escapeHTML(l.T("act.state.later")))
		for i, c := range b.Later {
			if i > 0 {
				w.WriteString(",")
			}
			w.WriteString(" <a href=\"" + escapeHref(c.URL) + "\" title=\"" + escapeHTML(l.Tf("act.units", c.Units)) + "\"><time>" + escapeHTML(c.Date.String()) + "</time></a>")
			if c.Pending {
				w.WriteString(" (" + escapeHTML(l.T("act.state.pending")) + ")")
			}
		}
		if b.LaterMore != 0 {
			w.WriteString(" " + escapeHTML(l.Tf("act.state.more", b.LaterMore)))
		}
		w.WriteString("</p>")
	}
	if b.Unknown != 0 {
		w.WriteString("\n  <p class=\"unknown\">" + escapeHTML(l.Tf("act.state.unknown", b.Unknown)) + " <time>" + escapeHTML(b.UnknownUntil.String()) + "</time>.</p>")
	}
	w.WriteString("\n  <p class=\"meta\">" + escapeHTML(l.T("act.state.newest")) + " <time>" + escapeHTML(b.Newest.String()) + "</time>")
	if permalink != "" {
		w.WriteString(" · <a href=\"" + escapeHref(permalink) + "\" rel=\"bookmark\" data-permalink>" + escapeHTML(l.T("permalink")) + "</a>")
	}
	w.WriteString("</p>\n</section>\n")
	return template.HTML(w.String())
}

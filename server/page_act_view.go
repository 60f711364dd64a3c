package server

import (
	"bytes"
	"html/template"
)

// An actView is the act page: the act's text as in force on a date (or the
// part of it in view, for a long act), what state that text is in, the
// act's timeline and its changes.
type actView struct {
	Head     template.HTML // the page's header ("act-head")
	State    template.HTML // the stateBanner
	DateForm template.HTML // the form that picks the date (dateForm)
	Timeline template.HTML // the timelineView
	InForce  template.HTML // the line heading the text (inforceLine)
	Change   template.HTML // the change that made the text of the date ("chosen-change"), "" before any
	Changes  template.HTML // every change, newest first: the "Historia zmian" (changesHTML)
	Parts    []partLink    // the parts of a long act, nil when it prints whole
	PartPrev *partLink
	PartNext *partLink
}

// A partLink is one part of a long act in the table of contents.
type partLink struct {
	Label   string
	URL     string
	Current bool
}

// write writes the act page's content in l into the page, what the layout
// puts in its main element: its pieces in their places, and tocMark and
// textMark where the table of contents and the text go (actText). It is
// written here, not by a template: every piece is made already, and
// html/template would find each by reflection and pass it through its
// escapers (page_escape.go), which cost the act page more than all the
// rest of its layout.
func (v actView) write(w *bytes.Buffer, l lang) {
	// The pieces are written one by one: joined with +, they would be
	// copied into a string of their own first.
	w.WriteString(string(v.Head))
	w.WriteString("\n\n")
	w.WriteString(string(v.State))
	w.WriteString("\n\n")
	w.WriteString(string(v.DateForm))
	w.WriteString("\n\n<section class=\"timeline-figure\" aria-labelledby=\"timeline-h\">\n" +
		"  <h2 id=\"timeline-h\" class=\"visually-hidden\">" + escapeHTML(l.T("act.timeline")) + "</h2>\n  ")
	w.WriteString(string(v.Timeline))
	w.WriteString(string(v.Change))
	w.WriteString(string(v.Changes))
	w.WriteString("\n</section>\n\n<div class=\"act-layout\">\n  <nav class=\"toc\" aria-labelledby=\"toc-h\">\n" +
		"    <details class=\"toc-fold\" data-open-wide>\n" +
		"    <summary><h2 id=\"toc-h\">" + escapeHTML(l.T("act.toc")) + "</h2>")
	for _, p := range v.Parts {
		if p.Current {
			w.WriteString(" · " + escapeHTML(legalSpaces(p.Label)))
		}
	}
	w.WriteString("</summary>")
	if v.Parts != nil {
		w.WriteString("\n    <ol class=\"parts\">")
		for _, p := range v.Parts {
			w.WriteString("\n      <li>")
			if p.Current {
				w.WriteString("<strong aria-current=\"page\">" + escapeHTML(legalSpaces(p.Label)) + "</strong>" + string(tocMark))
			} else {
				w.WriteString("<a href=\"" + escapeHref(p.URL) + "\">" + escapeHTML(legalSpaces(p.Label)) + "</a>")
			}
			w.WriteString("</li>")
		}
		w.WriteString("\n    </ol>")
	} else {
		w.WriteString(string(tocMark))
	}
	w.WriteString("\n    </details>\n  </nav>\n  <article class=\"act-text\" lang=\"pl\" aria-labelledby=\"inforce-h\"")
	if v.Parts != nil {
		w.WriteString(" data-act-parts")
	}
	w.WriteString(">\n    ")
	w.WriteString(string(v.InForce))
	w.WriteString(string(textMark))
	if v.PartPrev != nil || v.PartNext != nil {
		w.WriteString("\n    <nav class=\"part-nav\" lang=\"" + escapeHTML(string(l)) + "\" aria-label=\"" + escapeHTML(l.T("act.parts")) + "\">")
		if p := v.PartPrev; p != nil {
			w.WriteString("<a href=\"" + escapeHref(p.URL) + "\" rel=\"prev\">← " + escapeHTML(legalSpaces(p.Label)) + "</a>")
		}
		if p := v.PartNext; p != nil {
			w.WriteString("<a href=\"" + escapeHref(p.URL) + "\" rel=\"next\">" + escapeHTML(legalSpaces(p.Label)) + " →</a>")
		}
		w.WriteString("\n    </nav>")
	}
	w.WriteString("\n  </article>\n</div>\n")
}

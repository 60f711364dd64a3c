package server

import (
	"html/template"

	"lexdiff/corpus"
)

// inforceLine prints the line that heads the act's text: the day it is in
// force on and, for a long act, the part in view (among parts) and a link
// to the next one. It is written here, not by a template, to spare the
// page the escapers html/template calls by reflection on each value
// (page_escape.go).
func inforceLine(l lang, d corpus.Date, parts []partLink, next *partLink) template.HTML {
	s := `<p class="inforce wide-only" id="inforce-h" lang="` + escapeHTML(string(l)) + `">` + escapeHTML(l.Tf("act.inforceOn", d))
	if len(parts) > 0 {
		s += " · " + escapeHTML(l.T("act.part")) + " "
		for _, p := range parts {
			if p.Current {
				s += escapeHTML(legalSpaces(p.Label))
			}
		}
	}
	if next != nil {
		s += ` · <a href="` + escapeHref(next.URL) + `">` + escapeHTML(legalSpaces(next.Label)) + " →</a>"
	}
	return template.HTML(s + "</p>")
}

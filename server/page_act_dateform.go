package server

import (
	"html/template"

	"lexdiff/corpus"
)

// dateForm prints the act page's form that picks the date of the text,
// d filled in, and its link to the text of today. It is written here, not
// by a template, to spare the page the escapers html/template calls by
// reflection on each value (page_escape.go); a date's digits and hyphens
// need no escaping in a URL's query.
func dateForm(l lang, act string, d, today corpus.Date) template.HTML {
	return template.HTML("<form class=\"date-form\" method=\"get\" action=\"" + escapeHref("/acts/"+act) + "\">\n" +
		"  <label for=\"date\" class=\"wide-only\">" + escapeHTML(l.T("act.date")) + "</label>\n" +
		"  <input type=\"date\" id=\"date\" name=\"date\" value=\"" + escapeHTML(d.String()) + "\" required>\n" +
		"  <button type=\"submit\">" + escapeHTML(l.T("act.show")) + "</button>\n" +
		"  <a href=\"" + escapeHref("/acts/"+act+"?date="+today.String()) + "\">" + escapeHTML(l.T("act.today")) + "</a>\n" +
		"</form>")
}

package server

import "net/http"

// A retryForm is the form an error page offers to ask again: the form of
// the page that failed, filled with what was asked, so that a reader can
// correct a date or a unit without retyping the rest.
type retryForm struct {
	Label  string // the form's accessible name
	Action string
	Fields []formField
	Submit string
	Start  *link // the page without the values asked, when it shows something
}

// A formField is one input of a retryForm: Type is that of an HTML input
// ("date", "text", "search" or "hidden").
type formField struct {
	Name, Label, Type, Value string
}

// ID is the input's element id, unique on the error page.
func (f formField) ID() string { return "retry-" + f.Name }

// retryWith is the form posting to action with the fields, each holding the
// request's value of its parameter. A date field whose value is not a
// date becomes a text field, so that the reader sees what was typed.
func retryWith(l lang, r *http.Request, action string, fields ...formField) *retryForm {
	q := r.URL.Query()
	for i, f := range fields {
		if v := q.Get(f.Name); v != "" {
			fields[i].Value = v
		}
		if f.Type == "date" && fields[i].Value != "" {
			if _, ok, err := dateParam(r, f.Name); ok && err == nil {
				continue
			}
			fields[i].Type = "text"
		}
	}
	return &retryForm{Label: l.T("error.retry"), Action: action, Fields: fields, Submit: l.T("error.retry.submit")}
}

// actRetry is the act page's date form.
func actRetry(l lang, r *http.Request, act string) *retryForm {
	f := retryWith(l, r, "/acts/"+act, formField{Name: "date", Label: l.T("act.date"), Type: "date"})
	f.Start = &link{l.T("error.today"), f.Action}
	return f
}

// historyRetry is the history page's unit form.
func historyRetry(l lang, r *http.Request, act string) *retryForm {
	f := retryWith(l, r, "/acts/"+act+"/history", formField{Name: "unit", Label: l.T("history.unit"), Type: "text"})
	f.Start = &link{l.T("error.today"), "/acts/" + act}
	return f
}

// compareRetry is the compare page's form of dates and unit.
func compareRetry(l lang, r *http.Request, act string) *retryForm {
	f := retryWith(l, r, "/acts/"+act+"/compare",
		formField{Name: "from", Label: l.T("compare.from"), Type: "date"},
		formField{Name: "to", Label: l.T("compare.to"), Type: "date"},
		formField{Name: "unit", Label: l.T("compare.unit"), Type: "text"})
	f.Start = &link{l.T("error.latestChange"), f.Action}
	return f
}

// searchRetry is a search for q.
func searchRetry(l lang, q string) *retryForm {
	return &retryForm{Label: l.T("error.retry"), Action: "/search", Submit: l.T("search.submit"),
		Fields: []formField{{Name: "q", Label: l.T("search.label"), Type: "search", Value: q}}}
}

// searchPageRetry is the search page's form with its filters.
func searchPageRetry(l lang, r *http.Request) *retryForm {
	f := retryWith(l, r, "/search",
		formField{Name: "q", Label: l.T("search.label"), Type: "search"},
		formField{Name: "date", Label: l.T("search.date"), Type: "date"})
	f.Submit = l.T("search.submit")
	for _, name := range []string{"all", "act", "kind"} {
		if v := r.URL.Query().Get(name); v != "" {
			f.Fields = append(f.Fields, formField{Name: name, Type: "hidden", Value: v})
		}
	}
	return f
}

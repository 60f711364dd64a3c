package server

import (
	"net/url"
	"strconv"

	"lexdiff/corpus"
)

// A page opened without a date shows today's law, which changes; its
// permanent link names the same view with every date written out, so that
// pasted into a memo it shows the same thing next year. The page links it
// visibly and as its canonical URL. The language goes along when it is not
// the default, so the reader of the memo sees the words its writer saw.

// permalink is the URL of path with the query q, in l.
func permalink(path string, q url.Values, l lang) string {
	if l != polish {
		q.Set("lang", string(l))
	}
	return (&url.URL{Path: path, RawQuery: q.Encode()}).String()
}

// actPermalink is the permanent URL of the act's text on d.
func actPermalink(act string, d corpus.Date, l lang) string {
	return permalink("/acts/"+act, url.Values{"date": {d.String()}}, l)
}

// comparePermalink is the permanent URL of the comparison v, in its view.
func comparePermalink(v *compareView, l lang) string {
	q := url.Values{"from": {v.From.String()}, "to": {v.To.String()}}
	setIf(q, "unit", v.Unit, v.Unit != "")
	setIf(q, "view", "side", v.Side)
	setIf(q, "hide", "minor", v.HideMinor)
	setIf(q, "at", v.At, v.At != "")
	return permalink("/acts/"+v.Act.ID+"/compare", q, l)
}

// searchPermalink is the permanent URL of the search v: the date searched,
// or all history, with its filters and page.
func searchPermalink(v *searchView, l lang) string {
	q := url.Values{"q": {v.Query}}
	setIf(q, "all", "1", v.All)
	q.Set("date", v.Date.String()) // with all history, the date the form offers
	setIf(q, "act", v.Act, v.Act != "")
	setIf(q, "kind", v.Kind, v.Kind != "")
	setIf(q, "year", strconv.Itoa(v.Year), v.Year != 0)
	setIf(q, "page", strconv.Itoa(v.Page), v.Page > 1)
	return permalink("/search", q, l)
}

func setIf(q url.Values, key, value string, ok bool) {
	if ok {
		q.Set(key, value)
	}
}

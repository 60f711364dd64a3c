package server

import (
	"errors"
	"html"
	"net/http"
	"strconv"
	"strings"

	"lexdiff/corpus"
	"lexdiff/index"
)

// A searchView is the search page: the query, its filters, one page of
// hits and the facets.
type searchView struct {
	Query      string
	Date       corpus.Date
	All        bool
	Act, Kind  string
	Year       int // 0: any
	Total      uint64
	Page       int
	Pages      int
	Hits       []hitView
	Facets     []facetView
	Prev, Next string // URLs of the neighbouring pages, or ""
	Searched   bool
}

// A hitView is one matching wording, linked to the unit on a day it read so.
type hitView struct {
	Citation  string
	Act       string
	ActTitle  string // the act's title, or its id
	ActRef    string // the act's publication reference, or ""
	URL       string
	Range     string // the days of the wording, or the days the corpus knows it
	Fragments [][]fragmentPart
}

// A fragmentPart is a stretch of a highlighted fragment: matched or not.
type fragmentPart struct {
	Text    string
	Matched bool
}

type facetView struct {
	Title  string
	Lang   string // the language of the values' names when not the page's: "pl" for the acts' titles
	Values []facetValue
}

type facetValue struct {
	Label  string // the value in words
	Title  string // the value as the index has it, when Label is not it
	Count  int
	URL    string // the search narrowed to this value, or "" when it cannot be
	Chosen bool
}

// searchPage serves /search?q=Q[&date=D|&all=1][&act=A][&kind=K][&page=N].
func (p *pages) searchPage(w http.ResponseWriter, r *http.Request) error {
	l := langOf(r)
	q := r.URL.Query()
	all, _ := boolParam(r, "all") // as the API reads it; a page takes anything else as the switch off
	v := searchView{Query: strings.TrimSpace(q.Get("q")), All: all, Act: q.Get("act"), Kind: q.Get("kind"), Year: yearNumber(q.Get("year"))}
	date, err := pageDate(r, l, "date", p.today(), searchPageRetry(l, r))
	if err != nil {
		return err
	}
	v.Date = date
	pg := page{L: l, Title: l.T("nav.search"), Query: v.Query, Data: &v}
	if v.Query == "" {
		return p.render(w, r, http.StatusOK, "search.html", pg)
	}
	s := p.search(r)
	if s == nil {
		return &pageError{Status: http.StatusServiceUnavailable, Title: l.T("nav.search"), Detail: l.T("search.unavailable"),
			Retry: searchPageRetry(l, r)}
	}
	req := index.Request{Query: v.Query, Act: v.Act, Kind: v.Kind, Year: v.Year, Page: pageNumber(q.Get("page"))}
	if v.All {
		req.All = true
	} else {
		req.Date = v.Date
	}
	res, err := s.Search(r.Context(), req)
	if err != nil {
		return searchError(l, r, err)
	}
	v.fill(l, res, actNames(p.corpus(r)))
	pg.Title = v.Query + " · " + l.T("nav.search")
	pg.Description = l.Tf("search.description", v.Query, v.Total)
	pg.Permalink = searchPermalink(&v, l)
	return p.render(w, r, http.StatusOK, "search.html", pg)
}

// yearNumber reads the year parameter; anything but a year is any year.
func yearNumber(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 9999 {
		return 0
	}
	return n
}

// pageNumber reads the page parameter; anything but a positive number is
// the first page.
func pageNumber(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return 1
	}
	return n
}

func searchError(l lang, r *http.Request, err error) error {
	retry := searchPageRetry(l, r)
	q := r.URL.Query()
	switch {
	case errors.Is(err, index.ErrBadQuery):
		return &pageError{Status: http.StatusBadRequest, Title: l.T("error.badQuery"), Detail: badQueryDetail(l, r, err),
			Hint: l.T("error.badQuery.hint"), Retry: retry, cause: err}
	case errors.Is(err, corpus.ErrNotFound):
		return &pageError{Status: http.StatusNotFound, Title: l.T("error.notFound"), Detail: l.Tf("error.noAct", q.Get("act")),
			Hint: l.T("error.noAct.hint"), Retry: retry, Choices: []link{{l.T("error.actList"), "/"}}, cause: err}
	}
	return err
}

// badQueryDetail says in l what is wrong with a search the index refused:
// the filter at fault, else the query. The index words its errors in
// English, which an English page shows as they are.
func badQueryDetail(l lang, r *http.Request, err error) string {
	q := r.URL.Query()
	if k := q.Get("kind"); k != "" {
		if _, ok := corpus.ParseKind(k); !ok {
			return l.Tf("error.badKind.msg", k, corpus.KindNames())
		}
	}
	if n := pageNumber(q.Get("page")); n > index.MaxDepth/index.DefaultSize {
		return l.Tf("error.pageTooDeep.msg", n, index.MaxDepth/index.DefaultSize)
	}
	if l == english {
		return sentence(err)
	}
	return l.Tf("error.badQuery.msg", q.Get("q"))
}

// fill sets the hits, facets and pages of v from res, acts named by
// actNames. Its links name the date searched, as its permanent link does.
func (v *searchView) fill(l lang, res *index.Result, actNames func(id string) (title, ref string)) {
	v.Searched, v.Total, v.Page = true, res.Total, res.Page
	v.Pages = int((res.Total + uint64(res.Size) - 1) / uint64(max(res.Size, 1)))
	for _, h := range res.Hits {
		hv := newHitView(l, h, v.All, res.Date)
		hv.ActTitle, hv.ActRef = actNames(h.Act)
		v.Hits = append(v.Hits, hv)
	}
	actName := func(id string) string {
		title, ref := actNames(id)
		if ref == "" {
			return title
		}
		return title + " (" + ref + ")"
	}
	if v.Page > 1 {
		v.Prev = v.with(l, func(w *searchView) { w.Page-- })
	}
	if v.Page < v.Pages {
		v.Next = v.with(l, func(w *searchView) { w.Page++ })
	}
	acts := facet(l.T("search.facet.act"), res.Facets.Act, v.Act, actName, func(val string) string {
		return v.with(l, func(w *searchView) { w.Act, w.Page = val, 1 })
	})
	acts.Lang = string(polish)
	v.Facets = []facetView{
		acts,
		facet(l.T("search.facet.kind"), res.Facets.Kind, v.Kind, l.KindName, func(val string) string {
			return v.with(l, func(w *searchView) { w.Kind, w.Page = val, 1 })
		}),
		facet(l.T("search.facet.year"), res.Facets.Year, yearString(v.Year), nil, func(val string) string {
			return v.with(l, func(w *searchView) { w.Year, w.Page = yearNumber(val), 1 })
		}),
	}
}

// newHitView links the hit to its unit on the day searched, or with all
// history, on the first day of the wording that matched. Its days are
// those the corpus knows the wording on when it does not know since when
// it applied (index.Hit.FromFirstKnown).
func newHitView(l lang, h index.Hit, all bool, searched corpus.Date) hitView {
	rng := corpus.Range{From: h.From}
	if h.To != nil {
		rng.To = *h.To
	}
	day := searched
	if all || day.IsZero() {
		day = h.From
	}
	hv := hitView{Citation: h.Citation, Act: h.Act, URL: actURL(h.Act, day, h.Unit), Range: l.Range(rng)}
	if h.FromFirstKnown {
		hv.Range = l.Tf("search.knownFrom", hv.Range)
	}
	for _, f := range h.Fragments {
		hv.Fragments = append(hv.Fragments, fragmentParts(f))
	}
	return hv
}

// fragmentParts splits a fragment the index highlighted as HTML (escaped
// text, matches in <mark>) into plain text parts, so that the template
// escapes all of it and only the marks become markup.
func fragmentParts(f string) []fragmentPart {
	var parts []fragmentPart
	for f != "" {
		start := strings.Index(f, "<mark>")
		if start < 0 {
			parts = append(parts, fragmentPart{Text: html.UnescapeString(f)})
			break
		}
		end := strings.Index(f[start:], "</mark>")
		if end < 0 {
			parts = append(parts, fragmentPart{Text: html.UnescapeString(f)})
			break
		}
		end += start
		if start > 0 {
			parts = append(parts, fragmentPart{Text: html.UnescapeString(f[:start])})
		}
		parts = append(parts, fragmentPart{Text: html.UnescapeString(f[start+len("<mark>") : end]), Matched: true})
		f = f[end+len("</mark>"):]
	}
	return parts
}

// actNames names the acts of c by title and publication reference ("Dz.
// U. z 2017 r. poz. 1399"); an act unknown to c by its id.
func actNames(c *corpus.Corpus) func(id string) (title, ref string) {
	return func(id string) (title, ref string) {
		a, err := c.Summary(id)
		if err != nil {
			return id, ""
		}
		return a.Title, a.Ref
	}
}

func yearString(y int) string {
	if y == 0 {
		return ""
	}
	return strconv.Itoa(y)
}

// with is the permanent URL of the search v changed by change.
func (v *searchView) with(l lang, change func(*searchView)) string {
	w := *v
	change(&w)
	return searchPermalink(&w, l)
}

// facet lists the counts of one facet, each value named in words by name
// when it is set; with narrow set, each value links to the search narrowed
// to it (and the chosen value back to all), on its first page.
func facet(title string, counts []index.Count, chosen string, name, narrow func(value string) string) facetView {
	fv := facetView{Title: title}
	for _, c := range counts {
		val := facetValue{Label: c.Value, Count: c.Count, Chosen: narrow != nil && c.Value == chosen}
		if name != nil {
			if val.Label = name(c.Value); val.Label != c.Value {
				val.Title = c.Value
			}
		}
		if narrow != nil {
			target := c.Value
			if val.Chosen {
				target = ""
			}
			val.URL = narrow(target)
		}
		fv.Values = append(fv.Values, val)
	}
	return fv
}

package server

import (
	"errors"
	"net/http"
	"net/url"
	"strings"

	"github.com/gorilla/mux"

	"lexdiff/corpus"
)

// A pageError is an error page: its HTTP status, a title and a message for
// people (in the page's language), the page's form to ask again and links
// to the nearest valid choices. The cause, when set, is logged and never
// shown.
type pageError struct {
	Status  int
	Title   string
	Detail  string
	Hint    string
	Retry   *retryForm
	Choices []link
	cause   error
}

func (e *pageError) Error() string {
	if e.cause != nil {
		return e.cause.Error()
	}
	return e.Title + ": " + e.Detail
}

// A link is a labelled URL.
type link struct {
	Label string
	URL   string
}

// handle adapts a page handler: an error becomes an error page with its
// status; an error that is not a *pageError is logged and shown as a 500
// without its details.
func (p *pages) handle(fn func(http.ResponseWriter, *http.Request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r = withValidText(r)
		err := fn(w, r)
		if err == nil || clientGone(r, err) {
			return
		}
		p.renderError(w, r, err)
	})
}

// renderError answers with the error page for err.
func (p *pages) renderError(w http.ResponseWriter, r *http.Request, err error) {
	l := langOf(r)
	var pe *pageError
	if !errors.As(err, &pe) {
		pe = p.otherError(l, r, err)
	}
	setRetryAfter(w.Header(), retryAfter(err, pe.Status))
	if pe.Retry == nil {
		pe.Retry = searchRetry(l, "")
	}
	pg := page{L: l, Title: pe.Title, Description: pe.Detail, NoIndex: true, Data: pe}
	if err := p.render(w, r, pe.Status, "error.html", pg); err != nil {
		p.log.Error("error page failed", "path", r.URL.Path, "err", err)
		http.Error(w, pe.Title, pe.Status)
	}
}

// otherError is the page for an error that is not a page's own: 503
// when the server cannot answer now (busy building other large answers,
// loading), else a 500 whose details are logged and never shown.
func (p *pages) otherError(l lang, r *http.Request, err error) *pageError {
	if prob, known := problemFor(err); known && prob.Status == http.StatusServiceUnavailable {
		return &pageError{Status: prob.Status, Title: l.T("error.busy"), Detail: l.T("error.busy.msg"), cause: err}
	}
	p.log.Error("page failed", "path", r.URL.Path, "err", err)
	return &pageError{Status: http.StatusInternalServerError, Title: l.T("error.internal"), Detail: l.T("error.internal.msg"),
		Choices: []link{{l.T("error.actList"), "/"}}}
}

// lookupError turns an error of corpus.Act.At or TextAt into an error page:
// 404 for an unknown unit (offering its nearest existing parent) and for a
// unit not in force on the date (offering the nearest versions' days).
// pageURL builds the URL of the same page for another date or unit; retry
// is the page's form.
func lookupError(l lang, a *corpus.Act, unit string, err error, retry *retryForm, pageURL func(unit string, d corpus.Date) string) error {
	var nf *corpus.NotInForceError
	switch {
	case errors.As(err, &nf):
		pe := &pageError{Status: http.StatusNotFound, Title: l.T("error.notInForce"), Detail: l.Tf("error.notInForce.msg", nf.Date),
			Hint: l.Tf("error.notInForce.hint", a.Span().From), Retry: retry, cause: err}
		if nf.Unknown {
			pe.Title, pe.Detail = l.T("error.unknown"), l.Tf("error.unknown.msg", nf.Date)
			pe.Hint = l.Tf("error.unknown.hint", nf.KnownFrom)
			if nf.Unit == "" {
				pe.Hint = l.Tf("error.unknownAct.hint", nf.KnownFrom)
			}
		}
		if nf.Unit != "" {
			pe.Detail = corpus.CitationOf(nf.Unit) + ": " + pe.Detail
		}
		if nf.Before != nil {
			pe.Choices = append(pe.Choices, link{l.Tf("error.nearestBefore", nf.Before.Range.To), pageURL(unit, nf.Before.Range.To)})
		}
		if nf.After != nil {
			pe.Choices = append(pe.Choices, link{l.Tf("error.nearestAfter", nf.After.Range.From), pageURL(unit, nf.After.Range.From)})
		}
		if nf.Was != "" {
			pe.Choices = append(pe.Choices, link{l.Tf("error.was", corpus.CitationOf(nf.Was), nf.Date), pageURL(nf.Was, nf.Date)})
		}
		return pe
	case errors.Is(err, corpus.ErrNotFound):
		pe := &pageError{Status: http.StatusNotFound, Title: l.T("error.notFound"), Detail: corpus.CitationOf(unit) + ": " + l.T("error.noUnit"),
			Hint: l.T("error.badUnit.hint"), Retry: retry, cause: err}
		if parent := nearestParent(a, unit); parent != "" {
			pe.Choices = append(pe.Choices, link{l.Tf("error.parent", corpus.CitationOf(parent)), pageURL(parent, 0)})
		}
		pe.Choices = append(pe.Choices, link{l.T("error.act"), actURL(a.ID, 0, "")})
		return pe
	}
	return err
}

// nearestParent returns the closest ancestor of the unit id that some
// version of the act holds, or "".
func nearestParent(a *corpus.Act, id string) string {
	for {
		i := strings.LastIndexByte(id, '.')
		if i < 0 {
			return ""
		}
		id = id[:i]
		if _, err := a.VersionsOf(id); err == nil {
			return id
		}
	}
}

// actURL is the permanent URL of the act's text on d (zero: today), at
// the unit's anchor when unit is set.
func actURL(act string, d corpus.Date, unit string) string {
	u := url.URL{Path: "/acts/" + act}
	if !d.IsZero() {
		u.RawQuery = url.Values{"date": {d.String()}}.Encode()
	}
	u.Fragment = unit
	return u.String()
}

// findAct returns the act named by the {act} path variable, or a 404 page
// offering a search for it and the list of acts.
func (p *pages) findAct(r *http.Request, l lang) (*corpus.Act, error) {
	key := mux.Vars(r)["act"]
	a, err := p.corpus(r).Act(key)
	if errors.Is(err, corpus.ErrNotFound) {
		return nil, &pageError{Status: http.StatusNotFound, Title: l.T("error.notFound"), Detail: l.Tf("error.noAct", key),
			Hint: l.T("error.noAct.hint"), Retry: searchRetry(l, key), Choices: []link{{l.T("error.actList"), "/"}}, cause: err}
	}
	return a, err // a failure to read the act is a 500
}

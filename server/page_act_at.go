package server

import (
	"errors"
	"net/http"

	"lexdiff/corpus"
)

// atError is the 400 page for an act page on d whose at names a unit the
// act does not have in force on d, nil when at is empty or in force: the
// page would print the text without that unit, as if the reader had not
// asked for it. When the unit is in force on other days, the page says so
// and links the nearest of them and the unit's history; it always links
// the act's text on d without at.
func atError(l lang, r *http.Request, a *corpus.Act, at string, d corpus.Date, retry *retryForm) error {
	if at == "" {
		return nil
	}
	_, _, err := a.At(at, d)
	if err == nil {
		return nil
	}
	cited := corpus.CitationOf(at)
	pe := &pageError{Status: http.StatusBadRequest, Title: l.T("error.badAt"), Retry: retry, cause: err}
	var nf *corpus.NotInForceError
	switch {
	case errors.As(err, &nf):
		pe.Detail = l.Tf("error.badAt.notInForce", cited, d)
		if nf.Unknown {
			pe.Detail = l.Tf("error.badAt.unknown", cited, d, nf.KnownFrom)
		}
		unitOn := func(d corpus.Date) string { return partURL(a.ID, d, at, l) + "#" + at }
		if nf.Before != nil {
			pe.Choices = append(pe.Choices, link{l.Tf("error.nearestBefore", nf.Before.Range.To), unitOn(nf.Before.Range.To)})
		}
		if nf.After != nil {
			pe.Choices = append(pe.Choices, link{l.Tf("error.nearestAfter", nf.After.Range.From), unitOn(nf.After.Range.From)})
		}
		if nf.Was != "" {
			pe.Choices = append(pe.Choices, link{l.Tf("error.was", corpus.CitationOf(nf.Was), d), partURL(a.ID, d, nf.Was, l) + "#" + nf.Was})
		}
		pe.Choices = append(pe.Choices, link{l.Tf("error.unitHistory", cited), historyURL(a.ID, at)})
	case errors.Is(err, corpus.ErrNotFound):
		pe.Detail, pe.Hint = cited+": "+l.T("error.noUnit"), l.T("error.badUnit.hint")
	default:
		return err
	}
	pe.Choices = append(pe.Choices, link{l.Tf("error.badAt.text", d), withQuery(r, "at", "")})
	return pe
}

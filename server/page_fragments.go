package server

import (
	"fmt"
	"html/template"
	"net/http"
	"strings"

	"lexdiff/corpus"
)

// fragmentCacheBytes bounds the HTML of top-level units that the act
// pages keep, per corpus state.
const fragmentCacheBytes = 32 << 20

// A fragmentKey names the HTML of one version of a top-level unit as the
// act page prints it. Within a corpus state an act's version of a unit is
// named by the day it starts; what the page says of it depends besides on
// the language, and on whether its next wording is still to come.
type fragmentKey struct {
	act, unit string
	from      corpus.Date
	lang      lang
	pending   bool
}

// A fragmentCache keeps the HTML of the unit versions printed last. Each
// state has its own (a swap starts afresh), so a fragment never outlives
// the corpus it was rendered from.
type fragmentCache = sizedLRU[fragmentKey, template.HTML]

func newFragmentCache() *fragmentCache {
	return newSizedLRU[fragmentKey](fragmentCacheBytes, func(h template.HTML) int { return len(h) + 64 })
}

// A unitSection is what the act page prints of a version of a top-level unit:
// its text, since when its wording applies and what change gave it, and
// the next wording when one is known.
type unitSection struct {
	Unit        unitView
	WordingFrom corpus.Date
	Compare     string // the comparison of the change that gave the wording, "" for the oldest
	NextFrom    corpus.Date
	NextCompare string
	NextFuture  bool // the next wording comes after today: it is pending
	History     string
}

// topUnitHTML returns the HTML of ver, a version of a top-level unit of
// the act, as the act page prints it (the "top-unit" template). It is the
// same on every day the version applies, but for whether its next wording
// is pending on today, so it is rendered once per state and kept.
func (p *pages) topUnitHTML(r *http.Request, l lang, act string, o *actOverview, ver *corpus.Version, today corpus.Date) (template.HTML, error) {
	id := ver.Unit.ID
	cur, next := o.wordingAt(id, ver.Range.From)
	key := fragmentKey{act, id, ver.Range.From, l, next != nil && next.Range.From > today}
	cache := p.fragments(r)
	if h, ok := cache.get(key); ok {
		return h, nil
	}
	t := unitSection{Unit: newUnitView(l, ver.Unit, id, ver.Footnotes), History: historyURL(act, id)}
	if cur != nil {
		t.WordingFrom = cur.Range.From
		if !cur.First {
			t.Compare = compareURL(act, cur.Range.From.AddDays(-1), cur.Range.From, id)
		}
	}
	if next != nil {
		t.NextFrom, t.NextFuture = next.Range.From, key.pending
		t.NextCompare = compareURL(act, next.Range.From.AddDays(-1), next.Range.From, id)
	}
	var b strings.Builder
	data := struct {
		L   lang
		Top unitSection
	}{l, t}
	if err := pageTemplates["act.html"].ExecuteTemplate(&b, "top-unit", data); err != nil {
		return "", fmt.Errorf("rendering %s of %s: %w", id, act, err)
	}
	h := template.HTML(b.String()) // the output of html/template, escaped for where the act page prints it
	cache.put(key, h)
	return h, nil
}

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

// fragmentKeyOf names the HTML of ver, a version of a top-level unit of
// the act o, in l on today.
func fragmentKeyOf(l lang, act string, o *actOverview, ver *corpus.Version, today corpus.Date) fragmentKey {
	_, next := o.wordingAt(ver.Unit.ID, ver.Range.From)
	return fragmentKey{act, ver.Unit.ID, ver.Range.From, l, next != nil && next.Range.From > today}
}

// A fragmentCache keeps the HTML of the unit versions printed last. Each
// state has its own (a swap starts afresh), so a fragment never outlives
// the corpus it was rendered from.
type fragmentCache = sizedLRU[fragmentKey, unitFragment]

func newFragmentCache() *fragmentCache {
	return newSizedLRU[fragmentKey](fragmentCacheBytes, func(f unitFragment) int {
		return len(f.section) + len(f.toc) + len(f.groupHeads) + len(f.tocGroups) + 64
	})
}

// A unitFragment is what the act page prints of a version of a top-level
// unit: its section in the text, and its line in the table of contents;
// and the groupings (Rozdział …) the version stands in, with their
// headings in the text (and the footnotes marked in them) and their lines
// in the table of contents, which the page prints where the groupings
// change.
type unitFragment struct {
	section, toc          template.HTML
	groups                []string
	groupHeads, tocGroups template.HTML
}

// A unitSection is what the act page prints of a version of a top-level unit:
// its text, since when its wording applies and what change gave it, and
// the next wording when one is known.
type unitSection struct {
	Unit        unitView
	WordingFrom corpus.Date
	FirstKnown  bool   // WordingFrom is only the first day the corpus knows the unit from
	Compare     string // the comparison of the change that gave the wording, "" for the oldest
	NextFrom    corpus.Date
	NextCompare string
	NextFuture  bool // the next wording comes after today: it is pending
	History     string
}

// unitFragments returns the HTML of ver, a version of a top-level unit of
// the act o, as the act page prints it (key is its fragmentKeyOf): the
// "top-unit" and "toc-entry" templates, and its groupings' ("group-heads"
// and "toc-groups"). It is the same on every day the version applies, but
// for whether its next wording is pending on today, so it is rendered once
// per state and kept.
func (p *pages) unitFragments(r *http.Request, key fragmentKey, o *actOverview, ver *corpus.Version) (unitFragment, error) {
	l, act := key.lang, key.act
	cache := p.fragments(r)
	if f, ok := cache.get(key); ok {
		return f, nil
	}
	u := ver.Unit
	cur, next := o.wordingAt(u.ID, ver.Range.From)
	t := unitSection{Unit: newUnitView(l, u, ver.Footnotes), History: historyURL(act, u.ID)}
	if cur != nil {
		t.WordingFrom = cur.Range.From
		t.FirstKnown = cur.FirstKnown
		if !cur.First {
			t.Compare = compareURL(act, cur.Range.From.AddDays(-1), cur.Range.From, u.ID)
		}
	}
	if next != nil {
		t.NextFrom, t.NextFuture = next.Range.From, key.pending
		t.NextCompare = compareURL(act, next.Range.From.AddDays(-1), next.Range.From, u.ID)
	}
	section, err := renderFragment("top-unit", struct {
		L   lang
		Top unitSection
	}{l, t})
	if err != nil {
		return unitFragment{}, fmt.Errorf("rendering %s of %s: %w", u.ID, act, err)
	}
	toc, err := renderFragment("toc-entry", t.Unit)
	if err != nil {
		return unitFragment{}, fmt.Errorf("rendering %s of %s: %w", u.ID, act, err)
	}
	f := unitFragment{section: section, toc: toc, groups: ver.GroupNames()}
	if f.groups != nil {
		if f.groupHeads, err = renderFragment("group-heads", newGroupViews(l, ver)); err == nil {
			f.tocGroups, err = renderFragment("toc-groups", f.groups)
		}
		if err != nil {
			return unitFragment{}, fmt.Errorf("rendering the groupings of %s of %s: %w", u.ID, act, err)
		}
	}
	cache.put(key, f)
	return f, nil
}

// renderFragment executes the named template of the act page (the
// partials among them, which every page shares). Its output is
// html/template's, escaped for where the page prints it.
func renderFragment(name string, data any) (template.HTML, error) {
	var b strings.Builder
	if err := pageTemplates["act.html"].ExecuteTemplate(&b, name, data); err != nil {
		return "", err
	}
	return template.HTML(b.String()), nil
}

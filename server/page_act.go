package server

import (
	"bytes"
	"net/http"
	"net/url"

	"lexdiff/corpus"
)

// act serves /acts/{act}?date=D[&at=U]: the text as in force on D
// (default today, or the act's first day when it enters into force
// later); for a long act, the part holding unit U (default the first
// part). A unit U not in force on D is a 400 page (atError).
func (p *pages) act(w http.ResponseWriter, r *http.Request) error {
	l := langOf(r)
	a, err := p.findAct(r, l)
	if err != nil {
		return err
	}
	today := p.today()
	retry := actRetry(l, r, a.ID)
	d, err := pageDate(r, l, "date", today, retry)
	if err != nil {
		return err
	}
	at, err := pageUnit(r, l, "at", retry)
	if err != nil {
		return err
	}
	vs := a.InForce(d)
	if len(vs) == 0 && !r.URL.Query().Has("date") {
		if first := a.Span().From; d < first {
			d, vs = first, a.InForce(first) // an act that enters into force later: its first text
		}
	}
	if len(vs) == 0 {
		_, err := a.TextAt("", d)
		return lookupError(l, a, "", err, retry, func(_ string, d corpus.Date) string { return actURL(a.ID, d, "") })
	}
	if err := atError(l, r, a, at, d, retry); err != nil {
		return err
	}
	o, err := p.overviews.get(p.corpus(r), a)
	if err != nil {
		return err
	}
	ps, err := o.pieces(l, a.ActInfo)
	if err != nil {
		return err
	}
	v := actView{Head: ps.head, Timeline: newTimeline(o, ps, d, today).html()}
	v.Changes = changesHTML(o, ps, d)
	parts := splitParts(vs, o.size)
	cur := partOf(parts, vs, at)
	release, err := p.reserve(r.Context(), partCost(vs[parts[cur].start:parts[cur].end], o.cost))
	if err != nil {
		return err
	}
	defer release()
	text, err := p.actText(r, l, a.ID, o, vs[parts[cur].start:parts[cur].end], today)
	if err != nil {
		return err
	}
	if len(parts) > 1 {
		v.Parts, v.PartPrev, v.PartNext = partLinks(a.ID, d, parts, cur)
	}
	if c := o.changeIndex(d); c >= 0 && len(parts) == 1 {
		v.Change = ps.summaries[c]
	} else if c >= 0 {
		link := func(id string) string { return unitLink(a.ID, d, parts, vs, cur, id) }
		if v.Change, err = changeSummaryHTML(l, newChangeSummary(a.ID, o, c, link)); err != nil {
			return err
		}
	}
	v.InForce = inforceLine(l, d, v.Parts, v.PartNext)
	permalink := actPermalink(a.ID, d, l)
	if cur > 0 {
		permalink = partURL(a.ID, d, parts[cur].First, l)
	}
	v.DateForm = dateForm(l, a.ID, d, today)
	v.State = newStateBanner(l, a.ID, o, d, today).html(l, permalink)
	desc := l.Tf("act.description", a.Title, d)
	return p.render(w, r, http.StatusOK, "act.html", page{L: l, Title: a.Title, Description: desc, Data: pageContent(func(b *bytes.Buffer) { v.write(b, l) }), Permalink: permalink}, text.toc, text.text)
}

// partLinks lists the parts of a long act.
func partLinks(act string, d corpus.Date, parts []part, cur int) (links []partLink, prev, next *partLink) {
	for i, pt := range parts {
		links = append(links, partLink{Label: pt.Label, URL: partURL(act, d, pt.First, polish), Current: i == cur})
	}
	if cur > 0 {
		prev = &links[cur-1]
	}
	if cur+1 < len(links) {
		next = &links[cur+1]
	}
	return links, prev, next
}

// partURL is the URL of the part of the act that holds the unit at, on d.
func partURL(act string, d corpus.Date, at string, l lang) string {
	q := url.Values{"date": {d.String()}, "at": {at}}
	return permalink("/acts/"+act, q, l)
}

// unitLink is the link to a unit of the act on d from the part cur: its
// anchor on this page, or the part that holds it.
func unitLink(act string, d corpus.Date, parts []part, vs []*corpus.Version, cur int, id string) string {
	if len(parts) == 1 || partOf(parts, vs, id) == cur {
		return "#" + id
	}
	return partURL(act, d, id, polish) + "#" + id
}

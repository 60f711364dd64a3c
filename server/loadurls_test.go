package server

import (
	"fmt"
	"math/rand/v2"
	"net/url"

	"lexdiff/corpus"
)

// loadRoutes are the routes of the load mix.
var loadRoutes = []string{"text", "diff", "search", "page"}

// loadQueries are what people search for: inflected words, phrases,
// prefixes, exclusions.
var loadQueries = []string{
	"kuratora", "wniosek", "wniosku dyrektora", "decyzji", "decyzję wojewody", "organ prowadzący", `"organu prowadzącego"`,
	"starosty", "przepis*", "przepisy", "ochrony danych", "danych osobowych", "opinii", "opinię", "termin", "terminie 30 dni",
	"minister zdrowia", "ministra -finansów", "rada gminy", "uchwały rady", "zaświadczenie", "świadectwo", "egzamin*",
	"okręgowa komisja", "szkoły", "szkoła publiczna", "jednostki samorządu", "samorząd*", "sprawozdanie", "kary pieniężnej",
}

// loadURLs generates the questions of a realistic load: what a unit said
// on a day, what changed between two days (in a unit or in the act), a
// search as in force on a day or over all history, and an act's page on
// a day, over every act, unit and day of a corpus, so that hardly any two
// are alike. Every question has an answer (200).
type loadURLs struct {
	rng  *rand.Rand
	acts []*corpus.Act
}

func newLoadURLs(c *corpus.Corpus, seed uint64) (*loadURLs, error) {
	g := &loadURLs{rng: rand.New(rand.NewPCG(seed, 1))}
	err := c.Each(func(a *corpus.Act) error {
		g.acts = append(g.acts, a)
		return nil
	})
	return g, err
}

// next returns a question on route: "text", "diff", "search" or "page".
func (g *loadURLs) next(route string) string {
	a := g.acts[g.rng.IntN(len(g.acts))]
	act := url.PathEscape(a.ID)
	switch route {
	case "text":
		v, u := g.unitVersion(a)
		return fmt.Sprintf("/api/v1/acts/%s/text?date=%s&unit=%s", act, g.dayIn(v.Range), u.ID)
	case "diff":
		vs, i, u := g.unitVersions(a)
		to := g.dayIn(vs[i].Range)
		from := g.day(a.Span().From, to)
		if i > 0 && g.rng.IntN(2) == 0 { // across a change of the unit's wording
			from = g.dayIn(vs[i-1].Range)
		}
		target := fmt.Sprintf("/api/v1/acts/%s/diff?from=%s&to=%s", act, from, to)
		if g.rng.IntN(4) > 0 { // most ask about a unit
			target += "&unit=" + u.ID
		}
		return target
	case "search":
		q := url.QueryEscape(loadQueries[g.rng.IntN(len(loadQueries))])
		if g.rng.IntN(3) == 0 {
			return "/api/v1/search?all=1&q=" + q
		}
		return fmt.Sprintf("/api/v1/search?date=%s&q=%s", g.day(corpus.MakeDate(2005, 1, 1), corpus.MakeDate(2024, 12, 31)), q)
	case "page":
		v, _ := g.unitVersion(a)
		return fmt.Sprintf("/acts/%s?date=%s", act, g.dayIn(v.Range))
	}
	panic("no route " + route)
}

// unitVersion picks a version of a top-level unit of a, and a unit in it.
func (g *loadURLs) unitVersion(a *corpus.Act) (*corpus.Version, *corpus.Unit) {
	vs, i, u := g.unitVersions(a)
	return vs[i], u
}

// unitVersions picks a top-level unit of a, returning its versions, the
// index of one of them, and a unit in that one.
func (g *loadURLs) unitVersions(a *corpus.Act) ([]*corpus.Version, int, *corpus.Unit) {
	tops := a.Units()
	vs := a.Versions(tops[g.rng.IntN(len(tops))])
	i := g.rng.IntN(len(vs))
	var units []*corpus.Unit
	vs[i].Unit.Walk(func(u *corpus.Unit) bool { units = append(units, u); return true })
	return vs, i, units[g.rng.IntN(len(units))]
}

// dayIn picks a day of r (of its first ten years, when it is open).
func (g *loadURLs) dayIn(r corpus.Range) corpus.Date {
	to := r.To
	if r.IsOpen() {
		to = r.From.AddDays(3650)
	}
	return g.day(r.From, to)
}

// day picks a day from from to to.
func (g *loadURLs) day(from, to corpus.Date) corpus.Date {
	n := int(to-from) + 1
	if n <= 1 {
		return from
	}
	return from.AddDays(g.rng.IntN(n))
}

// distinct reports how many of targets differ, and the days they name.
func distinct(targets []string) (urls, days int) {
	seenURL, seenDay := map[string]bool{}, map[string]bool{}
	for _, t := range targets {
		seenURL[t] = true
		u, _ := url.Parse(t)
		for _, k := range []string{"date", "from", "to"} {
			if d := u.Query().Get(k); d != "" {
				seenDay[d] = true
			}
		}
	}
	return len(seenURL), len(seenDay)
}

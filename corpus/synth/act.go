package synth

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"lexdiff/corpus"
)

// Acts generates the acts cfg describes, each with cfg.Units top-level
// units of cfg.Versions versions each. The same cfg always gives the same
// acts (for a given Go release). Versions share their unchanged subtrees:
// treat the units as read-only, as package corpus does. The error reports
// a field of cfg out of range.
func Acts(cfg Config) ([]*corpus.Act, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	refs := refPool{}
	acts := make([]*corpus.Act, 0, cfg.Acts)
	for i := range cfg.Acts {
		a, err := newActGen(cfg, i, refs).act()
		if err != nil {
			return nil, fmt.Errorf("synth: act %d: %w", i, err)
		}
		acts = append(acts, a)
	}
	return acts, nil
}

// Corpus generates the acts of cfg, as Acts does, and returns them as a
// corpus.
func Corpus(cfg Config) (*corpus.Corpus, error) {
	acts, err := Acts(cfg)
	if err != nil {
		return nil, err
	}
	return corpus.New(acts...)
}

// refPool hands out Dz. U. positions not yet used by another act.
type refPool map[[2]int]bool

func (p refPool) take(r *rand.Rand, year int) int {
	for {
		pos := 50 + r.IntN(2400)
		if !p[[2]int{year, pos}] {
			p[[2]int{year, pos}] = true
			return pos
		}
	}
}

// An amending act gives units their new wording on dates[j].
type amendingAct struct {
	title    string // in the genitive, as a note cites it: "ustawy z dnia … o zmianie ustawy o …"
	year     int
	position int
	inForce  corpus.Date
	points   int // points of its article 1 (§ 1) used so far
}

// actGen generates one act.
type actGen struct {
	*words
	cfg      Config
	info     corpus.ActInfo
	subject  string        // "o …" or "w sprawie …"
	issuer   string        // a regulation's issuer, in the genitive
	dates    []corpus.Date // dates[0]: the act comes into force; then the amendments
	amending []*amendingAct
	tj       map[int]string // source of the consolidated text announced for dates[j]
}

func newActGen(cfg Config, i int, refs refPool) *actGen {
	r := rand.New(rand.NewPCG(uint64(cfg.Seed), uint64(i)))
	g := &actGen{words: &words{r: r, kind: cfg.kindOf(i), units: cfg.Units}, cfg: cfg, tj: map[int]string{}}
	start := cfg.Start
	if i > 0 {
		start = start.AddDays(r.IntN(3 * 365))
	}
	g.timeline(start, 2*(cfg.Versions-1))
	g.identify(start.AddDays(-14-r.IntN(60)), refs)
	for j := 1; j < len(g.dates); j++ {
		g.amending = append(g.amending, g.amendingAct(g.dates[j], refs))
	}
	return g
}

// timeline sets the act's start and n amendment dates after it, a month
// to a year apart, often on the first of a month.
func (g *actGen) timeline(start corpus.Date, n int) {
	g.dates = []corpus.Date{start}
	for range n {
		d := g.dates[len(g.dates)-1].AddDays(30 + g.r.IntN(300))
		if g.chance(0.5) {
			t := d.Time()
			d = corpus.MakeDate(t.Year(), t.Month()+1, 1)
		}
		g.dates = append(g.dates, d)
	}
}

// identify sets the act's id, title and references; published is the day
// it was signed.
func (g *actGen) identify(published corpus.Date, refs refPool) {
	year := published.Year()
	pos := refs.take(g.r, year)
	g.info = corpus.ActInfo{ID: fmt.Sprintf("du-%d-%d", year, pos), Type: string(g.kind), Ref: longRef(year, pos)}
	if g.kind == Regulation {
		g.issuer, g.subject = pick(g.r, regulationIssuers), pick(g.r, regulationSubjects)
		g.info.Title = "Rozporządzenie " + g.issuer + " z dnia " + dateWords(published) + " " + g.subject
	} else {
		g.subject = pick(g.r, statuteSubjects)
		g.info.Title = "Ustawa z dnia " + dateWords(published) + " " + g.subject
	}
	if g.chance(0.5) {
		y := year + 2 + g.r.IntN(8)
		g.info.Aliases = []string{longRef(y, refs.take(g.r, y))}
	}
}

func (g *actGen) amendingAct(inForce corpus.Date, refs refPool) *amendingAct {
	signed := inForce.AddDays(-14 - g.r.IntN(90))
	a := &amendingAct{year: signed.Year(), inForce: inForce}
	a.position = refs.take(g.r, a.year)
	if g.kind == Regulation {
		a.title = "rozporządzenia " + g.issuer + " z dnia " + dateWords(signed) + " zmieniającego rozporządzenie " + g.subject
	} else {
		a.title = "ustawy z dnia " + dateWords(signed) + " o zmianie ustawy " + g.subject + pick(g.r, []string{"", " oraz niektórych innych ustaw"})
	}
	return a
}

func longRef(year, pos int) string {
	return corpus.PubRef{Journal: "DU", Items: []corpus.PubItem{{Year: year, Position: pos}}}.String()
}

func shortRef(year, pos int) string { return fmt.Sprintf("Dz.U.%d.%d", year, pos) }

// act generates every version of every top-level unit.
func (g *actGen) act() (*corpus.Act, error) {
	k := corpus.Article
	if g.kind == Regulation {
		k = corpus.Paragraph
	}
	labels := g.labels(k, g.cfg.Units)
	chapters := g.chapters(len(labels))
	var all []*corpus.Version
	for i, l := range labels {
		inserted := l[len(l)-1] >= 'a' // "5a"
		vs := g.unitVersions(k, l, inserted)
		if chapters != nil {
			for _, v := range vs {
				v.Groups = []corpus.Group{chapters[i/g.cfg.UnitsPerChapter]}
			}
		}
		all = append(all, vs...)
	}
	return corpus.NewAct(g.info, all)
}

// chapters returns the chapters of an act of n top-level units, or nil
// when the act has none.
func (g *actGen) chapters(n int) []corpus.Group {
	per := g.cfg.UnitsPerChapter
	if per == 0 {
		return nil
	}
	count := (n + per - 1) / per
	out := make([]corpus.Group, count)
	for i := range out {
		title := pick(g.r, chapterTitles)
		switch {
		case i == 0:
			title = "Przepisy ogólne"
		case i == count-1:
			title = "Przepisy przejściowe i końcowe"
		}
		out[i] = corpus.Group{Kind: "Rozdział", Label: fmt.Sprint(i + 1), Title: title}
	}
	return out
}

// unitVersions generates the versions of one top-level unit. An inserted
// unit ("Art. 5a") first comes into force with a later amendment.
func (g *actGen) unitVersions(k corpus.Kind, label string, inserted bool) []*corpus.Version {
	starts := g.starts(inserted)
	vs := make([]*corpus.Version, len(starts))
	for v, j := range starts {
		g.year = g.dates[j].Year()
		var root *corpus.Unit
		var changes []change
		switch {
		case v == 0:
			root = g.topUnit(k, label)
			if j > 0 {
				changes = []change{addedNote(root)}
			}
		case v == len(starts)-1 && g.chance(0.03):
			root = repealed(vs[v-1].Unit)
			changes = []change{{id: root.ID, note: corpus.Removed, offset: len(root.Text)}}
		default:
			root, changes = g.amend(withoutMarkers(vs[v-1].Unit))
		}
		vs[v] = g.version(root, changes, j)
	}
	g.setRanges(vs, starts)
	return vs
}

// addedNote returns the change that puts the note "Dodany przez …" on a new
// top-level unit: its marker stands in the first text of the unit.
func addedNote(root *corpus.Unit) change {
	c := change{id: root.ID, note: corpus.Added}
	root.Walk(func(u *corpus.Unit) bool {
		if u.Text == "" {
			return true
		}
		c.id, c.offset = u.ID, markerOffset(u.Text)
		return false
	})
	return c
}

// markerOffset is where a marker goes at the end of text: before its final
// punctuation, if any.
func markerOffset(text string) int {
	if n := len(text); n > 0 && (text[n-1] == '.' || text[n-1] == ';' || text[n-1] == ',' || text[n-1] == ':') {
		return n - 1
	}
	return len(text)
}

// starts returns the indexes into g.dates on which the unit's versions
// start: cfg.Versions of them, in order.
func (g *actGen) starts(inserted bool) []int {
	m, last := g.cfg.Versions, len(g.dates)-1
	first := 0
	if inserted && m > 1 {
		first = 1 + g.r.IntN(last-m+1)
	}
	pool := g.r.Perm(last - first)[:m-1]
	out := []int{first}
	for _, p := range pool {
		out = append(out, first+1+p)
	}
	slices.Sort(out)
	return out
}

// setRanges sets consecutive ranges on vs, the last one open, with now and
// then a gap after a version.
func (g *actGen) setRanges(vs []*corpus.Version, starts []int) {
	for v := range vs {
		vs[v].Range.From = g.dates[starts[v]]
		if v == len(vs)-1 {
			continue
		}
		next := g.dates[starts[v+1]]
		vs[v].Range.To = next.AddDays(-1)
		if span := int(next - vs[v].Range.From); g.chance(g.cfg.Gaps) && span > 1 {
			vs[v].Range.To = next.AddDays(-1 - (1 + g.r.IntN(min(90, span-1))))
		}
	}
}

// version wraps root, started on dates[j], with its source and the
// footnotes its changes earn.
func (g *actGen) version(root *corpus.Unit, changes []change, j int) *corpus.Version {
	root, notes := g.annotate(root, changes, j)
	return &corpus.Version{Unit: root, Source: g.source(changes, j), Footnotes: notes}
}

// source names where a version comes from: the act itself, the amending
// act, or — when the version only updates references — a consolidated text.
func (g *actGen) source(changes []change, j int) string {
	if j == 0 {
		return shortRef(refYearPos(g.info.Ref))
	}
	if slices.ContainsFunc(changes, func(c change) bool { return c.note != "" }) {
		return shortRef(g.amending[j-1].year, g.amending[j-1].position)
	}
	if g.tj[j] == "" {
		y := g.dates[j].Year()
		g.tj[j] = shortRef(y, 50+g.r.IntN(2400)) + " tekst jednolity"
	}
	return g.tj[j]
}

func refYearPos(ref string) (int, int) {
	r, _ := corpus.ParsePubRef(ref)
	return r.Items[0].Year, r.Items[0].Position
}

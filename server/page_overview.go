package server

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"

	"lexdiff/corpus"
)

// An actOverview is what the act page says of the act as a whole, whatever
// the date: the days on which it changed, what each change did and where
// it came from, and the wordings of each top-level unit. It is built once
// per act and corpus state (see overviewCache).
type actOverview struct {
	changes []changeInfo // the first day a version starts, then each day a wording changed, oldest first
	// lastStart is the last day a version of the act starts, a change or not.
	lastStart corpus.Date
	wordings  map[string][]wording // by top-level unit id, oldest first
	// known are the days from which the corpus knows each top-level unit
	// it knows only from its first version on (corpus.Act.KnownFrom):
	// before that day its wording is unknown, not absent.
	known []corpus.Date
	// sizes are the units in the tree of each version and the memory its
	// page costs (see size and cost), by the version: the act's versions
	// are the same values for as long as the act is (corpus.Act.Versions,
	// corpus.Act.InForce), and a pointer hashes faster than a unit's id.
	sizes map[*corpus.Version]versionSize
	// byLang are the pieces of the page, once built, by language.
	mu     sync.Mutex
	byLang map[lang]*langPieces
}

// A changeInfo is one day on which the act changed: the top-level units
// given a new wording that day (added and repealed ones included) or
// gone from it, and where the change came from.
type changeInfo struct {
	Date    corpus.Date
	Units   []string // in document order
	Sources []source // the amending acts, else the texts the new versions come from
}

// A source is where a change came from: an amending act, or a published
// (often consolidated) text.
type source struct {
	Name         string // as written: the amending act's title, or the version's source
	Ref          string // its publication reference, "Dz. U. z 2019 r. poz. 1557", or ""
	ELI          string // "DU/2019/1557", or ""
	Consolidated bool   // a consolidated text (tekst jednolity)
}

// A wording is one wording of a top-level unit and the days it applied:
// consecutive versions with the same text make one.
type wording struct {
	Range      corpus.Range
	First      bool // the oldest wording the corpus holds: nothing changed to make it
	FirstKnown bool // First, and Range.From only the first day the corpus knows the unit from
}

// newOverview builds the overview of a.
func newOverview(a *corpus.Act) (*actOverview, error) {
	o := &actOverview{wordings: map[string][]wording{}, sizes: map[*corpus.Version]versionSize{}, byLang: map[lang]*langPieces{}}
	byDate := map[corpus.Date]*changeInfo{}
	for _, d := range a.ChangeDates() {
		o.changes = append(o.changes, changeInfo{Date: d})
		o.lastStart = d
	}
	for i := range o.changes {
		byDate[o.changes[i].Date] = &o.changes[i]
	}
	for _, id := range a.Units() {
		ranges, err := wordingsOf(a, id)
		if err != nil {
			return nil, err
		}
		if from, ok := a.KnownFrom(id); ok {
			o.known = append(o.known, from)
		}
		vs := a.Versions(id)
		for _, v := range vs {
			o.sizes[v] = versionSize{countUnits(v.Unit), unitCost(v.Unit)}
		}
		for i, r := range ranges {
			o.wordings[id] = append(o.wordings[id], wording{Range: r, First: i == 0, FirstKnown: i == 0 && a.SinceFirstKnown(id, r.From)})
			c := byDate[r.From]
			if i > 0 || vs[0].Computed || vs[0].AmendedOn() { // the first wording came by an amendment
				c.Units = append(c.Units, id)
				c.addSources(vs)
			}
		}
		// A unit whose last wording ends the day before other versions
		// start went out of the act then: that day changed it.
		if last := ranges[len(ranges)-1]; !last.IsOpen() {
			if c := byDate[last.To.AddDays(1)]; c != nil {
				c.Units = append(c.Units, id)
			}
		}
	}
	for i := range o.changes {
		if len(o.changes[i].Sources) == 0 {
			o.changes[i].addVersionSources(a)
		}
	}
	o.dropUnchanged()
	return o, nil
}

// dropUnchanged leaves out the days after the first on which versions
// start but no wording changed: a consolidated text restating the act, or
// new footnotes. They are not changes of the law, and a timeline, table
// or "previous change" that named them would lead to comparisons showing
// nothing.
func (o *actOverview) dropUnchanged() {
	if len(o.changes) == 0 {
		return
	}
	kept := o.changes[:1]
	for _, c := range o.changes[1:] {
		if len(c.Units) > 0 {
			kept = append(kept, c)
		}
	}
	o.changes = kept
}

// unknownOn returns how many top-level units the corpus knows only from a
// day after d, and the first such day.
func (o *actOverview) unknownOn(d corpus.Date) (n int, from corpus.Date) {
	for _, k := range o.known {
		if k > d {
			n++
			if from.IsZero() || k < from {
				from = k
			}
		}
	}
	return n, from
}

// wordingsOf returns the days each wording of the top-level unit id
// applied, oldest first: its "brzmienie od" are their first days.
func wordingsOf(a *corpus.Act, id string) ([]corpus.Range, error) {
	ws, err := a.Wordings(id)
	if err != nil {
		return nil, err
	}
	ranges := make([]corpus.Range, len(ws))
	for i, w := range ws {
		ranges[i] = w.Range
	}
	return ranges, nil
}

// addSources notes where the new wording of a unit, whose versions are
// vs, came from: the amending acts that lexdiff applied to compute the
// version starting on the change's day, or that the version's amendment
// footnotes say came into force that day.
func (c *changeInfo) addSources(vs []*corpus.Version) {
	for _, v := range vs {
		if v.Range.From != c.Date {
			continue
		}
		for _, ap := range v.Applied {
			c.add(source{Name: nominative(ap.Title), Ref: ap.Ref, ELI: ap.ELI})
		}
		for _, f := range v.Footnotes {
			if am := f.Amendment; am != nil && am.InForce == c.Date {
				s := source{Name: nominative(am.Act)}
				if am.Ref != nil {
					s.Ref, s.ELI = am.Ref.String(), am.Ref.ELI()
				}
				c.add(s)
			}
		}
	}
}

// addVersionSources names, for a change no amendment is known for, the
// texts its new versions come from.
func (c *changeInfo) addVersionSources(a *corpus.Act) {
	texts := consolidatedTexts(a)
	for _, v := range a.AllVersions() {
		if v.Range.From == c.Date && v.Source != "" {
			c.add(sourceOf(v.Source, texts))
		}
	}
}

// sourceOf reads a version's source: "Dz.U.2020.2170 tekst jednolity". A
// source that says it is a consolidated text, or that is one of the act's
// other references (texts, the ELIs of consolidated texts of the act), is
// one.
func sourceOf(s string, texts map[string]bool) source {
	src := source{Name: s, Consolidated: reConsolidated.MatchString(s)}
	if refs := corpus.FindPubRefs(s); len(refs) > 0 {
		src.Ref, src.ELI = refs[0].String(), refs[0].ELI()
		src.Consolidated = src.Consolidated || refs[0].Consolidated || texts[src.ELI]
	}
	return src
}

// consolidatedTexts are the ELIs of the act's references other than its
// own publication: its consolidated texts.
func consolidatedTexts(a *corpus.Act) map[string]bool {
	own := ""
	if refs := corpus.FindPubRefs(a.Ref); len(refs) > 0 {
		own = refs[0].ELI()
	}
	texts := map[string]bool{}
	for _, alias := range a.Aliases {
		for _, r := range corpus.FindPubRefs(alias) {
			if r.ELI() != own {
				texts[r.ELI()] = true
			}
		}
	}
	return texts
}

// nominative names an act as a list of acts does, "Ustawa z dnia …", when
// a footnote cites it in the genitive, "ustawy z dnia …".
func nominative(name string) string {
	first, rest, _ := strings.Cut(name, " ")
	n, ok := nominatives[strings.ToLower(first)]
	if !ok {
		return name
	}
	// The participle right after its date agrees with it ("… z dnia 13
	// stycznia 2026 r. zmieniającego rozporządzenie …"): it follows into
	// the nominative too. One further on may agree with another word.
	if date, after, ok := strings.Cut(rest, " r. "); ok && n.participle[0] != "" {
		word, tail, _ := strings.Cut(after, " ")
		if stem, ok := strings.CutSuffix(word, n.participle[0]); ok && stem != "" {
			rest = date + " r. " + stem + n.participle[1] + " " + tail
		}
	}
	return n.name + " " + strings.TrimSpace(rest)
}

// A nominativeForm is the nominative of a kind of act and the ending of a
// participle that agrees with its genitive, then with it ("ącego", "ące").
type nominativeForm struct {
	name       string
	participle [2]string
}

var (
	neuter      = [2]string{"ącego", "ące"}
	feminine    = [2]string{"ącej", "ąca"}
	masculine   = [2]string{"ącego", "ący"}
	nominatives = map[string]nominativeForm{
		"ustawy": {"Ustawa", feminine}, "ustawa": {"Ustawa", [2]string{}},
		"rozporządzenia": {"Rozporządzenie", neuter}, "rozporządzenie": {"Rozporządzenie", [2]string{}},
		"obwieszczenia": {"Obwieszczenie", neuter}, "uchwały": {"Uchwała", feminine},
		"zarządzenia": {"Zarządzenie", neuter}, "dekretu": {"Dekret", masculine},
		"komunikatu": {"Komunikat", masculine}, "wyroku": {"Wyrok", masculine}, "postanowienia": {"Postanowienie", neuter},
	}
)

var reConsolidated = regexp.MustCompile(`(?i)tekst\s+jednolity|\bt\.\s?j\.|obwieszczeni`)

// add adds s unless a source of the same act is there.
func (c *changeInfo) add(s source) {
	if s.Name == "" && s.Ref == "" {
		return
	}
	if slices.ContainsFunc(c.Sources, func(t source) bool { return s.key() == t.key() }) {
		return
	}
	c.Sources = append(c.Sources, s)
}

func (s source) key() string {
	if s.ELI != "" {
		return s.ELI
	}
	return s.Name
}

// change returns the change on day d, or nil when d is not a change day.
func (o *actOverview) change(d corpus.Date) *changeInfo {
	i := sort.Search(len(o.changes), func(i int) bool { return o.changes[i].Date >= d })
	if i < len(o.changes) && o.changes[i].Date == d {
		return &o.changes[i]
	}
	return nil
}

// lastChange returns the last change on or before d, or nil.
func (o *actOverview) lastChange(d corpus.Date) *changeInfo {
	i := o.changeIndex(d)
	if i < 0 {
		return nil
	}
	return &o.changes[i]
}

// changeIndex returns the index of the last change on or before d, or -1.
func (o *actOverview) changeIndex(d corpus.Date) int {
	return sort.Search(len(o.changes), func(i int) bool { return o.changes[i].Date > d }) - 1
}

// wordingAt returns the wording of the top-level unit id in force on d,
// and the one after it (nil when none).
func (o *actOverview) wordingAt(id string, d corpus.Date) (cur, next *wording) {
	ws := o.wordings[id]
	for i := range ws {
		if ws[i].Range.Contains(d) {
			cur = &ws[i]
			if i+1 < len(ws) {
				next = &ws[i+1]
			}
			return cur, next
		}
	}
	return nil, nil
}

// A versionSize is how large a version of a top-level unit is: the units
// in its tree (its top-level unit included), and the memory its page
// costs (unitCost).
type versionSize struct {
	units int
	cost  int64
}

// sizeOf is the size of v, a version of a top-level unit of the act, as
// kept, or counted when it is not.
func (o *actOverview) sizeOf(v *corpus.Version) versionSize {
	if s, ok := o.sizes[v]; ok {
		return s
	}
	return versionSize{countUnits(v.Unit), unitCost(v.Unit)}
}

// size is the number of units in the tree of v, its top-level unit
// included.
func (o *actOverview) size(v *corpus.Version) int { return o.sizeOf(v).units }

// cost is unitCost of the unit of v.
func (o *actOverview) cost(v *corpus.Version) int64 { return o.sizeOf(v).cost }

// newest is the last day a version of the act starts: the corpus holds
// nothing newer.
func (o *actOverview) newest() corpus.Date { return o.lastStart }

// changeDates are the days on which a wording changed: the first day a
// version starts, too, when an amendment made those versions.
func (o *actOverview) changeDates() []corpus.Date {
	var ds []corpus.Date
	for _, c := range o.changes {
		if len(c.Units) > 0 {
			ds = append(ds, c.Date)
		}
	}
	return ds
}

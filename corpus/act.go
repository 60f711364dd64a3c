package corpus

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// ActInfo is what identifies an act: its id in lexdiff ("du-2017-1399"),
// its title, its type (ustawa, rozporządzenie…), its date (the "z dnia"
// of its title, when known), its publication reference ("Dz. U. 2017 poz.
// 1399") and the other references it is known by, such as its consolidated
// texts ("Dz.U. 2020 poz. 2170", "DU/2020/2170").
//
// Consolidated is the reference of the newest consolidated text (tekst
// jednolity) among the act's sources, "" when it has none: the reference
// the act is cited by ("t.j. Dz. U. z 2025 r. poz. 299"), and the only one
// lexdiff has of an act known from consolidated texts alone, which do not
// name the act's first publication. NewAct sets it from the sources.
type ActInfo struct {
	ID           string   `json:"id"`
	Title        string   `json:"title"`
	Type         string   `json:"type"`
	Date         Date     `json:"date,omitzero"`
	Ref          string   `json:"ref,omitempty"`
	Consolidated string   `json:"consolidated,omitempty"`
	Aliases      []string `json:"aliases,omitempty"`
}

// References is how the act is cited: its publication reference, then
// the consolidated text it is cited by, joined by " · " ("Dz. U. z 2017 r.
// poz. 1399 · t.j. Dz. U. z 2020 r. poz. 2170"); either alone, or "" when
// it has neither.
func (a ActInfo) References() string {
	var refs []string
	if a.Ref != "" {
		refs = append(refs, a.Ref)
	}
	if a.Consolidated != "" {
		refs = append(refs, "t.j. "+a.Consolidated)
	}
	return strings.Join(refs, " · ")
}

// A Version is the wording of one top-level unit (Art. / §, the preamble or
// an annex) over a range of days, from one source (e.g. "Dz. U. z 2025 r.
// poz. 453", the reference of a consolidated text; the act's Sources say
// more about it). Warnings are the faults of the source found in this
// unit's text.
//
// Footnotes are those whose markers stand in the unit or in its groups'
// headings (one entry per unit holding a marker: a footnote attached to
// several units is listed for each), and, with an empty Unit and no
// marker, those that the others refer to ("ustawy, o której mowa w
// odnośniku 2").
//
// A version read from a published text has Computed unset. A version that
// lexdiff computed itself, by applying an amending act to the version in
// force the day before, has Computed set, its source is the amending act's
// reference, and Applied lists each change made, with the amending
// provision that made it.
type Version struct {
	Unit      *Unit              `json:"unit"`
	Range     Range              `json:"range"`
	Source    string             `json:"source,omitempty"`
	Groups    []Group            `json:"groups,omitempty"`
	Footnotes []Footnote         `json:"footnotes,omitempty"`
	Warnings  []Warning          `json:"warnings,omitempty"`
	Computed  bool               `json:"computed,omitempty"`
	Applied   []AppliedAmendment `json:"applied,omitempty"`
}

// A Group is a grouping above the top-level units (księga, część, tytuł,
// dział, rozdział, oddział): structure, not text of a unit. Markers are footnote
// markers in its heading, with offsets into String().
type Group struct {
	Kind    string   `json:"kind"`  // "Rozdział", "Dział", …
	Label   string   `json:"label"` // "4", "IIa"
	Title   string   `json:"title,omitempty"`
	Markers []Marker `json:"markers,omitempty"`
}

// Rank orders groupings from the widest: Księga 0, Część 1, Tytuł 2,
// Dział 3, Rozdział 4, Oddział 5.
func (g Group) Rank() int { return groupRank[g.Kind] }

// String formats g as its heading: "Rozdział 4 Przepisy końcowe".
func (g Group) String() string {
	return strings.TrimSpace(g.Kind + " " + g.Label + " " + g.Title)
}

// GroupNames returns the headings of the groupings v stands in, from the
// widest ("Dział II", "Rozdział 4 Przepisy końcowe"), or nil when none.
func (v *Version) GroupNames() []string { return Headings(v.Groups) }

// Headings returns the headings of groupings, from the widest, or nil when
// there are none.
func Headings(gs []Group) []string {
	var out []string
	for _, g := range gs {
		out = append(out, g.String())
	}
	return out
}

// Same reports whether g and h are the same heading, footnote markers aside.
func (g Group) Same(h Group) bool {
	return g.Kind == h.Kind && g.Label == h.Label && g.Title == h.Title
}

// An Act is an act with every known version of its top-level units, and
// the sources they were read from. An Act is immutable; Merge returns a
// new one.
type Act struct {
	ActInfo
	units         []string                 // top-level unit ids, in document order
	versions      map[string][]*Version    // by top-level unit id, sorted by Range.From
	sources       []Source                 // sorted by date
	onlyKnownFrom map[string]Date          // see onlyKnownFrom
	renumberings  []AppliedAmendment       // see Renumberings
	wordings      map[string]*wordingTable // by top-level unit id; see wordingsOf
}

// NewAct returns an act with the given versions and sources. It fails
// when two versions of one unit overlap, or a range ends before it starts.
func NewAct(info ActInfo, versions []*Version, sources ...Source) (*Act, error) {
	a := &Act{ActInfo: info, versions: map[string][]*Version{}, sources: sortedSources(sources)}
	a.Consolidated = newestConsolidated(a.sources)
	for _, v := range versions {
		if err := checkRange(v.Range); err != nil {
			return nil, fmt.Errorf("%s: %w", v.Unit.Citation(), err)
		}
		a.renumberings = append(a.renumberings, v.Renumberings()...)
		id := v.Unit.ID
		if _, ok := a.versions[id]; !ok {
			a.units = append(a.units, id)
		}
		a.versions[id] = append(a.versions[id], v)
	}
	for _, id := range a.units {
		vs := a.versions[id]
		sort.SliceStable(vs, func(i, j int) bool { return vs[i].Range.From < vs[j].Range.From })
		for i := 1; i < len(vs); i++ {
			if vs[i-1].Range.Overlaps(vs[i].Range) {
				return nil, fmt.Errorf("%s: versions %s and %s overlap", CitationOf(id), vs[i-1].Range, vs[i].Range)
			}
		}
	}
	if !slices.IsSortedFunc(a.units, compareIDs) { // acts rebuilt from an act's versions come in order: a pass, not a sort
		slices.SortStableFunc(a.units, compareIDs)
	}
	a.onlyKnownFrom = onlyKnownFrom(a.versions, a.sources)
	a.wordings = newWordingTables(a.units)
	return a, nil
}

func checkRange(r Range) error {
	if r.From.IsZero() {
		return fmt.Errorf("version has no start date")
	}
	if !r.IsOpen() && r.To < r.From {
		return fmt.Errorf("version ends (%s) before it starts (%s)", r.To, r.From)
	}
	return nil
}

// Units returns the ids of the act's top-level units in document order.
func (a *Act) Units() []string { return slices.Clone(a.units) }

// Versions returns the versions of one top-level unit, oldest first. The
// slice is shared: do not modify it.
func (a *Act) Versions(topID string) []*Version { return a.versions[topID] }

// AllVersions returns every version of the act, unit by unit in document
// order, oldest first within a unit.
func (a *Act) AllVersions() []*Version {
	var all []*Version
	for _, id := range a.units {
		all = append(all, a.versions[id]...)
	}
	return all
}

// InForce returns the act as in force on d: for each top-level unit, its
// version covering d, in document order. Units with no version on d are
// left out.
func (a *Act) InForce(d Date) []*Version {
	var out []*Version
	for _, id := range a.units {
		if v := versionAt(a.versions[id], d); v != nil {
			out = append(out, v)
		}
	}
	return out
}

// versionAt returns the version in vs (sorted, not overlapping) covering d.
func versionAt(vs []*Version, d Date) *Version {
	i := sort.Search(len(vs), func(i int) bool { return vs[i].Range.From > d })
	if i == 0 || !vs[i-1].Range.Contains(d) {
		return nil
	}
	return vs[i-1]
}

// At returns the version in force on d of the unit with the given id (any
// depth), and the unit inside it. The error wraps ErrNotFound when no
// version of the act has that unit, or is a *NotInForceError when none
// covers d.
func (a *Act) At(id string, d Date) (*Version, *Unit, error) {
	top, _, _ := strings.Cut(id, ".")
	vs := a.versions[top]
	if v := versionAt(vs, d); v != nil {
		if u := v.Unit.Find(id); u != nil {
			return v, u, nil
		}
	}
	var holding []*Version
	for _, v := range vs {
		if v.Unit.Find(id) != nil {
			holding = append(holding, v)
		}
	}
	if len(holding) == 0 {
		return nil, nil, fmt.Errorf("%s has no unit %s: %w", a.ID, CitationOf(id), ErrNotFound)
	}
	e := &NotInForceError{Act: a.ID, Unit: id, Date: d}
	for _, v := range holding {
		if v.Range.From > d {
			e.After = v
			break
		}
		e.Before = v
	}
	a.markUnknown(e)
	a.markRenumbered(e)
	return nil, nil, e
}

// ChangeDates returns every date on which some version of the act starts,
// oldest first, without repeats.
func (a *Act) ChangeDates() []Date {
	var ds []Date
	for _, v := range a.AllVersions() {
		ds = append(ds, v.Range.From)
	}
	slices.Sort(ds)
	return slices.Compact(ds)
}

// Span returns the first day of the act's oldest version and the last day
// of its newest (zero when some version is still open).
func (a *Act) Span() Range {
	var r Range
	for i, v := range a.AllVersions() {
		if i == 0 || v.Range.From < r.From {
			r.From = v.Range.From
		}
		if i == 0 || (!r.IsOpen() && (v.Range.IsOpen() || v.Range.To > r.To)) {
			r.To = v.Range.To
		}
	}
	return r
}

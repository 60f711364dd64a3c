package corpus

import (
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// A consolidated text gives each top-level unit as it reads on the text's
// date, and dates it from the latest amendment a footnote inside it names
// (Document.dates): "1)[^2] …" with "[^2]: W brzmieniu ustalonym przez
// art. 12 ustawy …, która weszła w życie z dniem 27 maja 2025 r." makes
// art. 3 of a text of 2026 apply from 2025-05-27. Only pkt 1 is known to
// read so from that day. The rest of the article is as the text gives it
// on its own date, which may differ from what it said before for reasons
// no amendment gives: a reference the consolidator brought up to date, or
// a slip of the publication.
//
// Where an older snapshot, or a version computed from an amending act,
// gives the unit up to the day before, splitBackdated splits such a
// version: from each day a footnote names, the older wording applies with
// the units that footnotes date by then taken from the newer text; from
// the newer text's date, its wording applies as a whole. What the newer
// text changed besides is then a change of its date, with no amendment
// behind it, not one the footnote's amendment made. When it changed no words besides (its footnotes aside),
// it applies from the last of those days.
//
// The versions made so name the newer text as their source: importing it
// again makes them anew from the older text as it is then. Importing a
// corrected older text alone leaves them as the older text was (they do
// not say what they were made of); import the newer text after it.

// splitBackdated returns the versions of one unit, vs, in order and not
// overlapping (as closeOpen returns them), with every version of a
// consolidated text that footnotes of its parts date before the text split
// as above, when the version before it, from an older snapshot, ends on
// the day before it starts (or on the day before its first part's day,
// split so by an earlier merge). A version it cannot split (a footnote on
// the unit itself, which then changed as a whole; a unit dated whose
// parent the older wording lacks) is kept whole.
func (m *merger) splitBackdated(vs []*Version) []*Version {
	out := make([]*Version, 0, len(vs))
	for _, v := range vs {
		if len(out) > 0 {
			if split := m.backdatedSplit(out[len(out)-1], v); split != nil {
				out = append(out[:len(out)-1], split...)
				continue
			}
		}
		out = append(out, v)
	}
	return out
}

// backdatedSplit returns prev, the version before v, and v split as
// splitBackdated says, or nil when v is not to be split.
func (m *merger) backdatedSplit(prev, v *Version) []*Version {
	src, ok := m.snapshot[m.key(v.Source)]
	if !ok || !reconstructed(src, v) || (!v.Range.IsOpen() && v.Range.To < src.Date) {
		return nil
	}
	since, ok := m.olderSince(prev)
	if !ok || m.key(prev.Source) == m.key(v.Source) || since >= v.Range.From {
		return nil
	}
	byDay := datedUnits(v, since)
	days := slices.Sorted(maps.Keys(byDay))
	// prev ends on the day before v, or, split so by an earlier merge, on
	// the day before the first day a footnote of v names.
	if len(days) == 0 || days[0] <= prev.Range.From ||
		prev.Range.To < days[0].AddDays(-1) || prev.Range.To >= v.Range.From {
		return nil
	}
	head := *prev
	head.Range.To = days[0].AddDays(-1)
	out := []*Version{&head}
	var ids []string
	for k, d := range days {
		ids = append(ids, byDay[d]...)
		to := src.Date.AddDays(-1)
		if k+1 < len(days) {
			to = days[k+1].AddDays(-1)
		}
		mixed, ok := mix(prev, v, ids, Range{From: d, To: to})
		if !ok {
			return nil
		}
		out = append(out, mixed)
	}
	tail := *v
	tail.Range.From = src.Date
	if last := out[len(out)-1]; sameWording(last.Unit, v.Unit) {
		tail.Range.From = last.Range.From // the newer text changed no words besides
		out = out[:len(out)-1]
	}
	return append(out, &tail)
}

// olderSince returns the day from which prev, the version before a
// consolidated text's, gives the unit's wording as the law had it: the
// date of the older snapshot it comes from, or, for a version computed
// from an amending act, its first day. ok is false for any other version.
// A computed version is as good a wording to mix into as a snapshot's:
// without it, a text imported after the amending act its footnotes name
// took the computed version's place from the footnote's day, where one
// import of both kept it up to the text's own date (DU-2026-950 after
// DU-2026-631).
func (m *merger) olderSince(prev *Version) (Date, bool) {
	if prev.Computed {
		return prev.Range.From, true
	}
	older, ok := m.snapshot[m.key(prev.Source)]
	return older.Date, ok
}

// mixed reports whether v, a version of src among the versions vs of its
// unit, is dated before src and ends before src's date, where a version of
// the same text, or one computed from an amending act, goes on: one a
// newer published text cut short does not.
func mixed(src Source, v *Version, vs []*Version) bool {
	if !reconstructed(src, v) || v.Range.IsOpen() || v.Range.To >= src.Date {
		return false
	}
	return slices.ContainsFunc(vs, func(next *Version) bool {
		return next.Range.From == v.Range.To.AddDays(1) && (next.Source == v.Source || next.Computed)
	})
}

// reconstructed reports whether v, a version of src, is dated before src.
func reconstructed(src Source, v *Version) bool {
	return src.Kind == Consolidated && v.Range.From < src.Date
}

// settle returns the versions of one unit in order, not overlapping, with
// the consolidated texts' versions dated back split (splitBackdated). A
// version computed from an amending act takes the place of a consolidated
// text's version dated back to its day by footnotes of the unit's parts
// (Act.Yield), up to the text's own date: the amending act says all it
// changed that day, the text only what the footnotes date (a full stop
// the act turned into a semicolon to add a point after it has no
// footnote), and the footnotes of the parts it did not change stay as
// they were until the text. A consolidated text that gives the unit's
// whole wording from that day keeps its place. amend.Apply does the same when the
// consolidated text is there first, so the order of imports does not
// matter. (Which version a text gives is a mix is told against the
// wording before it: a computed version merged before the wording it was
// computed from, which no import does, is dropped as the text keeps its
// place.)
func (m *merger) settle(vs []*Version) ([]*Version, error) {
	var held []*Version
	dated := map[Date]bool{} // the days consolidated texts' versions are dated back to
	for _, v := range vs {
		if src, ok := m.snapshot[m.key(v.Source)]; ok && reconstructed(src, v) {
			dated[v.Range.From] = true
		}
	}
	rest := make([]*Version, 0, len(vs))
	for _, v := range vs {
		if v.Computed && dated[v.Range.From] {
			held = append(held, v)
		} else {
			rest = append(rest, v)
		}
	}
	closed, err := closeOpen(rest)
	if err != nil {
		return nil, err
	}
	out := m.splitBackdated(closed)
	for _, c := range held {
		out = m.giveWay(out, c)
	}
	return out, nil
}

// giveWay returns vs, the settled versions of one unit, with c, a version
// computed from an amending act, in the days a published version starting
// on c's day yields to it (yield), and that version after them when it
// lasts longer.
func (m *merger) giveWay(vs []*Version, c *Version) []*Version {
	for i, v := range vs {
		src, ok := m.snapshot[m.key(v.Source)]
		if !ok || v.Range.From != c.Range.From {
			continue
		}
		r, rest, ok := yield(src, v, vs)
		if !ok {
			continue
		}
		in := *c
		in.Range = r
		if rest == nil {
			vs[i] = &in
			return vs
		}
		return slices.Concat(vs[:i], []*Version{&in, rest}, vs[i+1:])
	}
	return vs
}

// Yield says how v, a published version, gives way to a version computed
// from an amending act for v's first day: the computed version holds all
// the act changed that day and keeps the rest of the unit, footnotes
// included, as it was; a consolidated text dated back by footnotes of the
// unit's parts attests only those parts before its own date (see
// partsDated). ok is false when v gives its unit's whole wording from its
// first day: then v keeps its place. Otherwise the computed version takes
// the days r, and rest, when v lasts longer, is v from the text's date on.
func (a *Act) Yield(v *Version) (r Range, rest *Version, ok bool) {
	src, found := a.Source(v.Source)
	if !found {
		return Range{}, nil, false
	}
	return yield(src, v, a.Versions(v.Unit.ID))
}

// yield is Act.Yield for v, a version of src among the versions vs of its
// unit.
func yield(src Source, v *Version, vs []*Version) (r Range, rest *Version, ok bool) {
	if !reconstructed(src, v) || !mixed(src, v, vs) && !partsDated(v) {
		return Range{}, nil, false
	}
	r = v.Range
	if v.Range.IsOpen() || v.Range.To >= src.Date {
		r.To = src.Date.AddDays(-1)
		tail := *v
		tail.Range.From = src.Date
		rest = &tail
	}
	return r, rest, true
}

// partsDated reports whether the amendment footnotes that date v from its
// first day all stand on units below its top: then the text gives those
// units from that day, and the rest of the unit as it read on the text's
// own date. A splitBackdated could not split, or one it did not need to
// (the text changed no words besides), is such a version.
func partsDated(v *Version) bool {
	parts := false
	for _, f := range v.Footnotes {
		if f.Amendment == nil || f.Amendment.InForce != v.Range.From || f.Unit == "" {
			continue
		}
		if f.Unit == v.Unit.ID {
			return false
		}
		parts = true
	}
	return parts
}

// sameWording reports whether two units have the same wording, footnotes
// and editorial headings aside (see fingerprint).
func sameWording(a, b *Unit) bool {
	fps := map[*Unit]uint64{}
	return fingerprint(a, fps) == fingerprint(b, fps)
}

// datedUnits returns, by day, the units below the top of v that an
// amendment footnote of v says took their wording on that day, after
// since; none when a footnote dates the top unit itself.
func datedUnits(v *Version, since Date) map[Date][]string {
	out := map[Date][]string{}
	for _, f := range v.Footnotes {
		a := f.Amendment
		if a == nil || f.Unit == "" || a.InForce <= since || a.InForce > v.Range.From {
			continue
		}
		if f.Unit == v.Unit.ID {
			return nil
		}
		if !slices.Contains(out[a.InForce], f.Unit) {
			out[a.InForce] = append(out[a.InForce], f.Unit)
		}
	}
	return out
}

// mix returns the version of range r made of prev with the units ids (and
// those below them) as v has them, with their footnotes; ok is false when
// withUnitsOf cannot put them in. Footnotes of the two texts with the same
// label are told apart (relabel).
func mix(prev, v *Version, ids []string, r Range) (*Version, bool) {
	unit, ok := withUnitsOf(prev.Unit, v.Unit, ids)
	if !ok {
		return nil, false
	}
	taken := func(unit string) bool {
		return slices.ContainsFunc(ids, func(id string) bool { return isPathPrefix(id, unit) })
	}
	var notes []sidedFootnote
	for _, f := range prev.Footnotes {
		if f.Unit == "" || !taken(f.Unit) {
			notes = append(notes, sidedFootnote{f, false})
		}
	}
	var newer []Footnote
	byLabel := map[string]Footnote{}
	for _, f := range v.Footnotes {
		if f.Unit != "" && taken(f.Unit) {
			newer = append(newer, f)
		}
		if _, ok := byLabel[f.Label]; !ok {
			byLabel[f.Label] = f
		}
	}
	// With the newer text's footnotes that those refer to, on whatever
	// unit, and those that these refer to in turn.
	for _, f := range withReferred(newer, byLabel) {
		notes = append(notes, sidedFootnote{f, true})
	}
	mixed := &Version{Range: r, Source: v.Source}
	mixed.Unit, mixed.Groups, mixed.Footnotes = relabel(unit, prev.Groups, taken, notes)
	// Read back as the store and the text layout read it: the footnotes in
	// the order the parser lists them, their amendments resolved anew.
	canon, err := ParseVersion(v.Source, FormatVersion(mixed))
	if err != nil {
		return nil, false
	}
	return canon, true
}

// A sidedFootnote is a footnote of a mixed version, and whether it comes
// from the newer text.
type sidedFootnote struct {
	Footnote
	newer bool
}

// relabel gives the footnotes of a mixed version labels that name one
// footnote each: the newer text's keep theirs, as do the older text's
// whose labels the newer's do not take; the others are numbered on from
// the highest label of either, in the order their markers stand (in the
// groupings' headings, then in u). It returns copies of u and of groups
// with their markers relabelled, and the footnotes, their references to
// others ("o którym mowa w odnośniku 1") following. A marker of a unit
// that newer accepts refers to a footnote of the newer text, any other to
// one of the older.
func relabel(u *Unit, groups []Group, newer func(id string) bool, notes []sidedFootnote) (*Unit, []Group, []Footnote) {
	type key struct {
		newer bool
		label string
	}
	taken, next := map[string]bool{}, 1
	for _, n := range notes {
		if n.newer {
			taken[n.Label] = true
		}
		next = max(next, atoi(n.Label)+1)
	}
	labels := map[key]string{}
	label := func(k key) string {
		if k.newer || !taken[k.label] {
			return k.label
		}
		if l, ok := labels[k]; ok {
			return l
		}
		l := strconv.Itoa(next)
		next++
		labels[k] = l
		return l
	}
	relabelled := func(ms []Marker, newer bool) []Marker {
		ms = slices.Clone(ms)
		for i := range ms {
			ms[i].Label = label(key{newer, ms[i].Label})
		}
		return ms
	}
	groups = slices.Clone(groups)
	for i := range groups {
		groups[i].Markers = relabelled(groups[i].Markers, false)
	}
	var walk func(u *Unit) *Unit
	walk = func(u *Unit) *Unit {
		c := *u
		c.Markers = relabelled(u.Markers, newer(u.ID))
		c.Children = make([]*Unit, len(u.Children))
		for i, ch := range u.Children {
			c.Children[i] = walk(ch)
		}
		return &c
	}
	u = walk(u)
	out := make([]Footnote, len(notes))
	for i, n := range notes {
		f := n.Footnote
		f.Label = label(key{n.newer, n.Label})
		f.Body = replaceSubmatch(reReferred, f.Body, func(ref string) string { return label(key{n.newer, ref}) })
		out[i] = f // its Amendment, with what it refers to, is read anew from the body (mix)
	}
	return u, groups, out
}

// replaceSubmatch returns s with the first group of each match of re
// replaced by what with makes of it.
func replaceSubmatch(re *regexp.Regexp, s string, with func(string) string) string {
	var b strings.Builder
	last := 0
	for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
		b.WriteString(s[last:m[2]])
		b.WriteString(with(s[m[2]:m[3]]))
		last = m[3]
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// withUnitsOf returns old with each unit of ids in place as newer has it:
// in place of the unit of that id, or, when old lacks it, after the units
// that stand before it in newer. The units on the way are copied; old is
// not changed (mix copies the rest). ok is false when newer lacks one of
// ids, or old lacks the parent of one.
func withUnitsOf(old, newer *Unit, ids []string) (u *Unit, ok bool) {
	u = old
	for _, id := range ids {
		src := newer.Find(id)
		parent := newer.Find(ParentID(id))
		if src == nil || parent == nil {
			return nil, false
		}
		if u, ok = withChild(u, ParentID(id), src, parent); !ok {
			return nil, false
		}
	}
	return u, true
}

// withChild returns root with child put among the children of the unit
// parentID (see withUnitsOf), as they stand in newParent.
func withChild(root *Unit, parentID string, child, newParent *Unit) (*Unit, bool) {
	if !isPathPrefix(root.ID, parentID) {
		return nil, false
	}
	c := *root
	c.Children = slices.Clone(root.Children)
	if root.ID != parentID {
		for i, ch := range c.Children {
			if isPathPrefix(ch.ID, parentID) {
				sub, ok := withChild(ch, parentID, child, newParent)
				if ok {
					c.Children[i] = sub
				}
				return &c, ok
			}
		}
		return nil, false
	}
	if i := slices.IndexFunc(c.Children, func(ch *Unit) bool { return ch.ID == child.ID }); i >= 0 {
		c.Children[i] = child
		return &c, true
	}
	before := map[string]bool{} // the ids that stand before child in newParent
	for _, ch := range newParent.Children {
		if ch.ID == child.ID {
			break
		}
		before[ch.ID] = true
	}
	at := 0
	for i, ch := range c.Children {
		if before[ch.ID] {
			at = i + 1
		}
	}
	c.Children = slices.Insert(c.Children, at, child)
	return &c, true
}

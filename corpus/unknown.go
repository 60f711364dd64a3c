package corpus

import "strings"

// A consolidated text (tekst jednolity) gives each unit as it read when
// the text was announced: the versions read from it start on its date,
// or on the day an amendment footnote says the unit's wording came into
// force. Before the first of them, the corpus does not know what the unit
// said, unless a footnote says an amendment added the unit (or gave it its
// number) that day: it may well have been in force, in an older wording.
// A unit, at any depth, that a footnote says an amendment added on some
// day did not exist before that day, whatever the corpus knows of the
// units around it. The act as published, a portal's history of a unit and a version
// computed from an amending act do show since when a unit has been in
// force.

// An UnknownWording names a top-level unit whose wording on a date the
// corpus does not know, and the first day from which it does.
type UnknownWording struct {
	Unit      string `json:"unit"`
	Citation  string `json:"citation"`
	KnownFrom Date   `json:"knownFrom"`
}

// WordingUnknown reports whether the corpus does not know what the unit
// id said on d, as opposed to knowing it was not in force: d comes before
// the first version of its top-level unit, which is only the oldest
// wording the corpus holds (KnownFrom), and no footnote says the unit was
// added after d (addedAfter).
func (a *Act) WordingUnknown(id string, d Date) bool {
	from, ok := a.KnownFrom(topOf(id))
	return ok && d < from && !a.addedAfter(id, d)
}

// addedAfter reports whether the first version of id's top-level unit
// that holds id says that id, or a unit above it, was added after d
// (Version.AddedOn): on d the unit did not exist, whatever the corpus
// knows of the wording around it.
func (a *Act) addedAfter(id string, d Date) bool {
	for _, v := range a.versions[topOf(id)] {
		if v.Unit.Find(id) != nil {
			day, ok := v.AddedOn(id)
			return ok && d < day
		}
	}
	return false
}

// AddedOn returns the day from which the footnotes of v say the unit id
// has existed: the latest day on which a note on id, or on a unit above
// it, says an amendment added that unit ("Dodany przez …, który wszedł w
// życie z dniem …", "Dodana", "Dodane"). ok is false when no note says so.
func (v *Version) AddedOn(id string) (day Date, ok bool) {
	for _, f := range v.Footnotes {
		if f.Amendment == nil || f.Unit == "" || !isPathPrefix(f.Unit, id) {
			continue
		}
		if u := v.Unit.Find(f.Unit); u == nil || !u.NoteOnWhole(f.Label) {
			continue
		}
		if d, added := f.Amendment.AddedOn(); added && !d.IsZero() && d > day {
			day, ok = d, true
		}
	}
	return day, ok
}

// UnknownOn lists the top-level units whose wording on d the corpus does
// not know (WordingUnknown), in document order.
func (a *Act) UnknownOn(d Date) []UnknownWording {
	if len(a.onlyKnownFrom) == 0 { // an act read as published, or unit by unit: every text page asks
		return nil
	}
	var out []UnknownWording
	for _, id := range a.units {
		if from, ok := a.KnownFrom(id); ok && d < from {
			out = append(out, UnknownWording{Unit: id, Citation: CitationOf(id), KnownFrom: from})
		}
	}
	return out
}

// SinceFirstKnown reports whether since, the day from which the unit id
// has had a wording (Wording.Since), is only the first day the corpus
// knows the unit from (KnownFrom), which no amendment footnote dates: the
// wording may be older.
func (a *Act) SinceFirstKnown(id string, since Date) bool {
	top := topOf(id)
	from, ok := a.KnownFrom(top)
	return ok && since == from && !a.versions[top][0].amendedOnAt(id)
}

// KnownFrom returns the first day of the top-level unit id's first
// version, and whether the corpus knows the unit only from that day: the
// version is only the oldest wording the corpus holds (see onlyKnownFrom).
func (a *Act) KnownFrom(id string) (Date, bool) {
	from, ok := a.onlyKnownFrom[id]
	return from, ok
}

// onlyKnownFrom maps each top-level unit of vs (by unit id, sorted by
// date) that the corpus knows only from its first version on to that
// version's first day: the version was read from a consolidated text of
// sources, and no amendment footnote says the unit was added or
// renumbered that day.
func onlyKnownFrom(vs map[string][]*Version, sources []Source) map[string]Date {
	consolidated := map[string]bool{} // by the reference a version names
	for _, s := range sources {
		consolidated[s.Ref] = s.Kind == Consolidated
	}
	out := map[string]Date{}
	for id, vs := range vs {
		first := vs[0]
		if first.Computed || first.labelledOn() {
			continue
		}
		c, ok := consolidated[first.Source]
		if !ok { // named otherwise than its source's Ref
			s, _ := sourceNamed(sources, first.Source)
			c = s.Kind == Consolidated
			consolidated[first.Source] = c
		}
		if c {
			out[id] = first.Range.From
		}
	}
	return out
}

// AmendedOn reports whether an amendment footnote of v says that its
// wording, or that of a unit in it, came into force on v's first day.
func (v *Version) AmendedOn() bool {
	for _, f := range v.Footnotes {
		if f.Amendment != nil && f.Amendment.InForce == v.Range.From {
			return true
		}
	}
	return false
}

// amendedOnAt reports whether an amendment footnote of v on the unit id,
// on a unit above it or on one below it says that its wording came into
// force on v's first day: a note on a sibling, or on the act's title,
// dates nothing of id.
func (v *Version) amendedOnAt(id string) bool {
	for _, f := range v.Footnotes {
		if f.Amendment != nil && f.Amendment.InForce == v.Range.From && f.Unit != "" && (isPathPrefix(f.Unit, id) || isPathPrefix(id, f.Unit)) {
			return true
		}
	}
	return false
}

// labelledOn reports whether an amendment footnote of v says that v's
// unit was added, or given its number, on v's first day: under its id, it
// begins then (a renumbered unit's earlier wordings stand under its old
// id). The note of a row of an annex (an annex has no units below it) is
// not the annex's: only one on its caption line is.
func (v *Version) labelledOn() bool {
	for _, f := range v.Footnotes {
		a := f.Amendment
		if f.Unit != v.Unit.ID || a == nil || !v.Unit.NoteOnWhole(f.Label) {
			continue
		}
		if day, added := a.AddedOn(); added && day == v.Range.From || a.Renumbers() && a.InForce == v.Range.From {
			return true
		}
	}
	return false
}

// markUnknown sets e.Unknown, and e.KnownFrom, when the corpus does not
// know the wording e says was not in force: no version came before
// e.Date, the unit is known only from a later day on, and no footnote
// says it was added after e.Date (WordingUnknown); for the whole
// act (no e.Unit), some unit is, and KnownFrom is the earliest such day.
func (a *Act) markUnknown(e *NotInForceError) {
	if e.Before != nil || e.After == nil {
		return
	}
	if e.Unit == "" {
		for _, u := range a.UnknownOn(e.Date) {
			if !e.Unknown || u.KnownFrom < e.KnownFrom {
				e.Unknown, e.KnownFrom = true, u.KnownFrom
			}
		}
		return
	}
	if from, ok := a.KnownFrom(topOf(e.Unit)); ok && a.WordingUnknown(e.Unit, e.Date) {
		e.Unknown, e.KnownFrom = true, from
	}
}

// NoteOnWhole reports whether the note label on u speaks of u as a whole:
// any note does, but an annex's (which has no units below it) only on its
// caption line ("Załącznik nr 1 do rozporządzenia …[^8]"); one on a row of
// its table or a line of its text speaks of that row ("Dodana przez …").
func (u *Unit) NoteOnWhole(label string) bool {
	if u.Kind != Annex {
		return true
	}
	caption := strings.IndexByte(u.Text, '\n')
	for _, m := range u.Markers {
		if m.Label == label && !m.InClosing && (caption < 0 || m.Offset <= caption) {
			return true
		}
	}
	return false
}

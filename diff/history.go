package diff

import (
	"slices"

	"lexdiff/corpus"
)

// A History is a unit's wordings over time, oldest first.
type History struct {
	Act      string  `json:"act"`
	Unit     string  `json:"unit"`
	Citation string  `json:"citation"`
	Entries  []Entry `json:"entries"`
}

// An Entry is one wording of a unit and the days it applied. Consecutive
// versions with the same wording (footnotes aside) make one entry; a gap
// between versions starts a new one. Class, Changes and Attributions
// compare the entry with the one before it: Changes lists the units below
// that are not unchanged, Attributions the distinct amendments behind them.
// Computed is set when every version of the entry was computed by lexdiff
// from an amending act, so that no published text states the wording.
// Footnotes are those of the entry's first version attached at or below
// the unit, as its text answer on that day gives them.
// FromFirstKnown is set when the entry's first day is only the first day
// the corpus knows the unit from (corpus.Act.SinceFirstKnown): the wording
// may be older.
//
// Unit and Citation are set on the wordings the unit had under another
// number, before an amendment gave it its own (see HistoryOf): they name
// the unit it was then.
type Entry struct {
	Unit           string            `json:"unit,omitempty"`
	Citation       string            `json:"citation,omitempty"`
	Range          corpus.Range      `json:"range"`
	Sources        []string          `json:"sources,omitempty"`
	Status         corpus.Status     `json:"status"`
	Text           string            `json:"text"`
	Footnotes      []corpus.Footnote `json:"footnotes"`
	Class          Class             `json:"class,omitempty"`
	Changes        []Change          `json:"changes"`
	Attributions   []Attribution     `json:"attributions,omitempty"`
	Computed       bool              `json:"computed,omitempty"`
	FromFirstKnown bool              `json:"fromFirstKnown,omitempty"`
}

// HistoryOf returns the wordings of the unit with the given id in act a
// (see corpus.Act.Wordings). When a footnote says an amendment gave the
// unit its number on its first day, the wordings of the unit it was
// numbered from come first (corpus.Act.NumberedFrom), under that unit's id, so that
// the history goes back past a renumbering, as a comparison across it
// does. The error wraps corpus.ErrNotFound when no version has the unit.
func HistoryOf(a *corpus.Act, id string) (*History, error) {
	entries, err := historyOf(a, id, &noteCache{}, maxRenumberings)
	if err != nil {
		return nil, err
	}
	return &History{Act: a.ID, Unit: id, Citation: corpus.CitationOf(id), Entries: entries}, nil
}

// maxRenumberings bounds how many renumberings a history follows back.
const maxRenumberings = 8

// historyOf returns the entries of the history of the unit id, following
// up to depth renumberings back.
func historyOf(a *corpus.Act, id string, notes *noteCache, depth int) ([]Entry, error) {
	ws, err := a.Wordings(id)
	if err != nil {
		return nil, err
	}
	entries := []Entry{}
	var prev *corpus.Version // the version of the wording before
	prevID := id
	if first := ws[0].Versions[0]; depth > 0 && numberedOn(first, notes.of(first)[id], id) {
		if wv, wu, ok := a.NumberedFrom(id, first.Range.From.AddDays(-1), first.Range.From); ok {
			earlier, err := historyOf(a, wu.ID, notes, depth-1)
			if err != nil {
				return nil, err
			}
			for _, e := range earlier {
				if e.Range.From >= first.Range.From {
					break // the old number, given to another unit later
				}
				if e.Unit == "" {
					e.Unit, e.Citation = wu.ID, wu.Citation()
				}
				entries = append(entries, e)
			}
			prev, prevID = wv, wu.ID
		}
	}
	for _, w := range ws {
		first := w.Versions[0]
		var old *corpus.Unit
		if prev != nil {
			old = prev.Unit.Find(prevID)
		}
		e := newEntry(prev, old, first, first.Unit.Find(id), w.Unit.FullText(), notes)
		e.Range, e.Sources, e.Footnotes = w.Range, w.Sources(), first.FootnotesOf(id)
		e.Computed = !slices.ContainsFunc(w.Versions, func(v *corpus.Version) bool { return !v.Computed }) // a published text of the same wording states it
		e.FromFirstKnown = a.SinceFirstKnown(id, w.Range.From)
		entries = append(entries, e)
		prev, prevID = w.Versions[len(w.Versions)-1], id
	}
	return entries, nil
}

// newEntry starts an entry with unit u of version v, compared with old,
// the unit as in prev, the version before (both nil for the first); its
// caller gives it the days, sources and whether it is computed, of every
// version of the same wording.
func newEntry(prev *corpus.Version, old *corpus.Unit, v *corpus.Version, u *corpus.Unit, text string, notes *noteCache) Entry {
	e := Entry{Status: u.Status, Text: text, Changes: []Change{}}
	if prev == nil {
		return e
	}
	cmp := &comparer{
		old:  tree{old, notes.of(prev), topsOf(prev)},
		new:  tree{u, notes.of(v), topsOf(v)},
		attr: &attributor{versions: func(string) []*corpus.Version { return []*corpus.Version{v} }, renumberings: v.Renumberings(), after: prev.Range.From, notes: notes},
	}
	e.Changes = cmp.compare()
	e.Class = summaryClass(e.Changes)
	e.Attributions = attributions(e.Changes)
	return e
}

// summaryClass is the most significant class among changes; a unit added,
// removed, repealed, lapsed, restored or moved, or one that replaces a
// removed unit, is a change of wording.
func summaryClass(changes []Change) Class {
	var c Class
	for _, ch := range changes {
		k := ch.Class
		switch ch.Kind {
		case Annotated, Unchanged:
			continue
		case Added, Removed, Repealed, Lapsed, Restored, Moved:
			k = Wording
		}
		if ch.Replaces != nil {
			k = Wording
		}
		if k.rank() > c.rank() {
			c = k
		}
	}
	return c
}

// attributions returns the distinct attributions of changes, in order.
func attributions(changes []Change) []Attribution {
	var out []Attribution
	for _, ch := range changes {
		if a := ch.Attribution; a != nil && !slices.ContainsFunc(out, func(b Attribution) bool { return sameAmendment(*a, b) }) {
			out = append(out, *a)
		}
	}
	return out
}

func sameAmendment(a, b Attribution) bool {
	return a.Provision == b.Provision && a.Act == b.Act && a.ELI == b.ELI && a.InForce == b.InForce
}

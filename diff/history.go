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
type Entry struct {
	Range        corpus.Range  `json:"range"`
	Sources      []string      `json:"sources,omitempty"`
	Status       corpus.Status `json:"status"`
	Text         string        `json:"text"`
	Class        Class         `json:"class,omitempty"`
	Changes      []Change      `json:"changes"`
	Attributions []Attribution `json:"attributions,omitempty"`
	Computed     bool          `json:"computed,omitempty"`
}

// HistoryOf returns the wordings of the unit with the given id in act a
// (see corpus.Act.Wordings). The error wraps corpus.ErrNotFound when no
// version has the unit.
func HistoryOf(a *corpus.Act, id string) (*History, error) {
	ws, err := a.Wordings(id)
	if err != nil {
		return nil, err
	}
	h := &History{Act: a.ID, Unit: id, Citation: corpus.CitationOf(id), Entries: []Entry{}}
	notes := &noteCache{}
	var prev *corpus.Version
	for _, w := range ws {
		first := w.Versions[0]
		e := newEntry(prev, first, first.Unit.Find(id), w.Unit.FullText(), notes)
		e.Range, e.Sources = w.Range, w.Sources()
		h.Entries = append(h.Entries, e)
		prev = w.Versions[len(w.Versions)-1]
	}
	return h, nil
}

// newEntry starts an entry with unit u of version v, compared with the
// same unit in prev, the version before (nil for the first).
func newEntry(prev, v *corpus.Version, u *corpus.Unit, text string, notes *noteCache) Entry {
	e := Entry{Range: v.Range, Status: u.Status, Text: text, Changes: []Change{}, Computed: v.Computed}
	if v.Source != "" {
		e.Sources = []string{v.Source}
	}
	if prev == nil {
		return e
	}
	cmp := &comparer{
		old:  tree{prev.Unit.Find(u.ID), notes.of(prev)},
		new:  tree{u, notes.of(v)},
		attr: &attributor{versions: func(string) []*corpus.Version { return []*corpus.Version{v} }, after: prev.Range.From, notes: notes},
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

package diff

import (
	"strings"
	"unicode"

	"lexdiff/corpus"
)

// A FootnoteChangeKind says what happened to a footnote of a unit.
type FootnoteChangeKind string

// The kinds of footnote change. A footnote renumbered ([2] became [1]) with
// the same body at the same place is not a change.
const (
	FootnoteAdded   FootnoteChangeKind = "added"
	FootnoteRemoved FootnoteChangeKind = "removed"
	FootnoteMoved   FootnoteChangeKind = "moved"   // same body, marker elsewhere in the text
	FootnoteChanged FootnoteChangeKind = "changed" // same label, another body
)

// A FootnoteChange is a change of one footnote of a unit. Label and Body
// are those of the newer side, or of the older one when it was removed.
// Amendment tells an amendment note from an editorial one.
type FootnoteChange struct {
	Change    FootnoteChangeKind `json:"change"`
	Label     string             `json:"label"`
	OldLabel  string             `json:"oldLabel,omitempty"`
	Body      string             `json:"body"`
	OldBody   string             `json:"oldBody,omitempty"`
	Amendment bool               `json:"amendment"`
}

// A note is a footnote of a unit, with its marker's byte offset in the
// unit's OwnText (-1 when the unit has no marker for it).
type note struct {
	corpus.Footnote
	offset int
}

// A noteCache holds the footnotes of versions by unit id, found once per
// version.
type noteCache map[*corpus.Version]map[string][]note

func (c noteCache) of(v *corpus.Version) map[string][]note {
	if v == nil {
		return nil
	}
	notes, ok := c[v]
	if !ok {
		notes = notesOf(v)
		c[v] = notes
	}
	return notes
}

// notesOf returns the footnotes of v by the id of the unit that holds them.
// A footnote without a unit id belongs to the unit whose marker it matches.
func notesOf(v *corpus.Version) map[string][]note {
	if len(v.Footnotes) == 0 {
		return nil
	}
	notes := make(map[string][]note, len(v.Footnotes))
	var markers map[string]*corpus.Unit // by label, for footnotes without a unit
	for _, f := range v.Footnotes {
		var u *corpus.Unit
		if f.Unit != "" {
			u = v.Unit.Find(f.Unit)
		} else {
			if markers == nil {
				markers = markersOf(v.Unit)
			}
			u = markers[f.Label]
		}
		if u != nil {
			notes[u.ID] = append(notes[u.ID], note{f, markerOffset(u, f.Label)})
		}
	}
	return notes
}

// markersOf returns the units at or below root by the labels of their
// footnote markers.
func markersOf(root *corpus.Unit) map[string]*corpus.Unit {
	markers := map[string]*corpus.Unit{}
	root.Walk(func(u *corpus.Unit) bool {
		for _, m := range u.Markers {
			markers[m.Label] = u
		}
		return true
	})
	return markers
}

// markerOffset returns the offset in OwnText(u) of the marker with the
// given label, or -1.
func markerOffset(u *corpus.Unit, label string) int {
	for _, m := range u.Markers {
		if m.Label != label {
			continue
		}
		if m.InClosing {
			return len(u.Text) + 1 + m.Offset
		}
		return m.Offset
	}
	return -1
}

// footnoteChanges compares the footnotes of a unit on two sides; ops is the
// inline diff of its own text, used to tell a moved marker from one that
// only followed its words.
func footnoteChanges(old, new []note, ops []Op) []FootnoteChange {
	changes := []FootnoteChange{}
	oldLeft, newLeft := matchNotes(old, new, sameBody, func(o, n note) {
		if o.offset >= 0 && n.offset >= 0 {
			if lo, hi := mapOffset(ops, o.offset); n.offset < lo || n.offset > hi {
				changes = append(changes, footnoteChange(FootnoteMoved, &o, &n))
			}
		}
	})
	oldLeft, newLeft = matchNotes(oldLeft, newLeft, sameLabel, func(o, n note) {
		changes = append(changes, footnoteChange(FootnoteChanged, &o, &n))
	})
	for _, o := range oldLeft {
		changes = append(changes, footnoteChange(FootnoteRemoved, &o, nil))
	}
	for _, n := range newLeft {
		changes = append(changes, footnoteChange(FootnoteAdded, nil, &n))
	}
	return changes
}

// sameBody reports whether two notes say the same words, whatever the
// whitespace between them (see sameFields).
func sameBody(a, b note) bool { return sameFields(a.Body, b.Body) }

// sameFields reports whether a and b hold the same words (strings.Fields),
// without building them: a comparison matches every note of a unit.
func sameFields(a, b string) bool {
	if a == b {
		return true
	}
	for {
		a, b = strings.TrimLeftFunc(a, unicode.IsSpace), strings.TrimLeftFunc(b, unicode.IsSpace)
		if a == "" || b == "" {
			return a == b
		}
		i, j := fieldEnd(a), fieldEnd(b)
		if a[:i] != b[:j] {
			return false
		}
		a, b = a[i:], b[j:]
	}
}

// fieldEnd returns the length of the word s starts with.
func fieldEnd(s string) int {
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return i
	}
	return len(s)
}

func sameLabel(a, b note) bool { return a.Label == b.Label }

// matchNotes pairs each old note with the first unpaired new note that eq
// accepts, calls fn for each pair, and returns the notes left unpaired.
func matchNotes(old, new []note, eq func(a, b note) bool, fn func(o, n note)) (oldLeft, newLeft []note) {
	used := make([]bool, len(new))
	for _, o := range old {
		paired := false
		for i, n := range new {
			if !used[i] && eq(o, n) {
				used[i], paired = true, true
				fn(o, n)
				break
			}
		}
		if !paired {
			oldLeft = append(oldLeft, o)
		}
	}
	for i, n := range new {
		if !used[i] {
			newLeft = append(newLeft, n)
		}
	}
	return oldLeft, newLeft
}

func footnoteChange(k FootnoteChangeKind, o, n *note) FootnoteChange {
	c := FootnoteChange{Change: k}
	switch {
	case n == nil:
		c.Label, c.Body, c.Amendment = o.Label, o.Body, o.IsAmendment()
	default:
		c.Label, c.Body, c.Amendment = n.Label, n.Body, n.IsAmendment()
		if o != nil && o.Label != n.Label {
			c.OldLabel = o.Label
		}
		if k == FootnoteChanged {
			c.OldBody = o.Body
		}
	}
	return c
}

// mapOffset returns where a byte offset of the old text may stand in the
// new text: one place inside kept text, or the span of the new text that
// replaced it at an edit.
func mapOffset(ops []Op, off int) (lo, hi int) {
	oldPos, newPos := 0, 0
	for i := 0; i < len(ops); {
		if ops[i].Op == Equal {
			n := len(ops[i].Text)
			if off >= oldPos && off < oldPos+n {
				return newPos + off - oldPos, newPos + off - oldPos
			}
			oldPos, newPos, i = oldPos+n, newPos+n, i+1
			continue
		}
		oldEnd, start := oldPos, newPos
		for ; i < len(ops) && ops[i].Op != Equal; i++ {
			if ops[i].Op == Delete {
				oldEnd += len(ops[i].Text)
			} else {
				newPos += len(ops[i].Text)
			}
		}
		if off >= oldPos && off <= oldEnd {
			return start, newPos
		}
		oldPos = oldEnd
	}
	return newPos, newPos
}

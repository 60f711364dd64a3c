package diff

import (
	"strings"

	"lexdiff/corpus"
)

// A Kind says what happened to a unit between two sides of a comparison.
type Kind string

// The kinds of change of a unit.
const (
	Unchanged Kind = "unchanged"
	// Modified: the unit's own words changed (see Class). A parent whose
	// children changed is not modified.
	Modified Kind = "modified"
	Added    Kind = "added"
	Removed  Kind = "removed"
	// Repealed: the unit was repealed and kept only a body such as
	// "(uchylony)" (status corpus.Repealed).
	Repealed Kind = "repealed"
	// Lapsed: the unit lost force without being repealed; Change.Status
	// says how: omitted from a consolidated text ("(pominięty)"), lost
	// force ("(utracił moc)") or expired ("(wygasł)").
	Lapsed Kind = "lapsed"
	// Restored: a unit repealed or lapsed is in force again.
	Restored Kind = "restored"
	// Moved: the unit's text reappears under another label (renumbering);
	// Change.MovedFrom names the old one.
	Moved Kind = "moved"
	// Annotated: the wording is identical, but footnotes or the editorial
	// heading changed.
	Annotated Kind = "annotated"
)

// Kinds lists every kind of change, for those that name or label them.
var Kinds = []Kind{Unchanged, Modified, Added, Removed, Repealed, Lapsed, Restored, Moved, Annotated}

// A Change is what happened to one unit. Unit is its id on the newer side
// (on the older one when it was removed). Ops is the inline diff of the
// unit's own text (see OwnText): applying it to the older text gives the
// newer one. Class is set for modified and moved units whose text changed.
// Status is the unit's status on the newer side when it is not in force
// there: it tells a repealed unit from one omitted, lost force or expired.
//
// A unit id occurs once among the changes of a comparison. When a unit
// takes the id of an old unit that has no counterpart on the newer side (a
// renumbering after a deletion: pkt 1 removed, pkt 2 became pkt 1), the
// change of the unit that took the id holds the old unit's removal in
// Replaces rather than beside it.
type Change struct {
	Unit              string           `json:"unit"`
	Citation          string           `json:"citation"`
	Kind              Kind             `json:"kind"`
	Status            corpus.Status    `json:"status,omitempty"`
	Class             Class            `json:"class,omitempty"`
	MovedFrom         string           `json:"movedFrom,omitempty"`
	MovedFromCitation string           `json:"movedFromCitation,omitempty"`
	Ops               []Op             `json:"ops"`
	Heading           *HeadingChange   `json:"heading,omitempty"`
	Groups            *GroupsChange    `json:"groups,omitempty"`
	Footnotes         []FootnoteChange `json:"footnotes"`
	Attribution       *Attribution     `json:"attribution,omitempty"`
	Replaces          *Change          `json:"replaces,omitempty"`
}

// statusNotes say in words how a unit not in force lost its force.
var statusNotes = map[corpus.Status]string{
	corpus.Repealed:  "repealed",
	corpus.Omitted:   "omitted from the consolidated text",
	corpus.LostForce: "lost force",
	corpus.Expired:   "expired",
}

// statusNote says how a unit not in force on the newer side lost its force,
// unless its kind already says so (repealed); else "".
func statusNote(c Change) string {
	if c.Status == "" || c.Kind == Repealed {
		return ""
	}
	if s, ok := statusNotes[c.Status]; ok {
		return s
	}
	return string(c.Status)
}

// A HeadingChange is a change of a unit's editorial heading, which is not
// legal text.
type HeadingChange struct {
	Old string `json:"old"`
	New string `json:"new"`
}

// A GroupsChange is a change of the headings of the groupings a top-level
// unit stands in ("Rozdział 4 Przepisy karne"), from the widest: a
// grouping's new title, or the unit moved to another grouping.
type GroupsChange struct {
	Old []string `json:"old"`
	New []string `json:"new"`
}

// joinHeadings writes the headings above a unit on one line, as the text
// and HTML renderings of a change print them.
func joinHeadings(headings []string) string { return strings.Join(headings, " / ") }

// OwnText returns the unit's own words, the text an inline diff compares:
// its Text, and when it has a closing part after its list, a line break
// and the Closing. Footnote markers and the heading are not part of it.
func OwnText(u *corpus.Unit) string {
	if u == nil {
		return ""
	}
	if u.Closing == "" {
		return u.Text
	}
	return u.Text + "\n" + u.Closing
}

func sameText(a, b *corpus.Unit) bool { return a.Text == b.Text && a.Closing == b.Closing }

func inForce(u *corpus.Unit) bool { return u.Status == "" || u.Status == corpus.InForce }

// kindOf returns the kind of change from o to n (either may be nil), given
// whether they differ in footnotes or heading. A unit that moved along with
// its parent (implied) is not itself reported as moved.
func kindOf(o, n *corpus.Unit, implied, annotated bool) Kind {
	switch {
	case o == nil:
		return Added
	case n == nil:
		return Removed
	case inForce(o) && !inForce(n) && n.Status == corpus.Repealed:
		return Repealed
	case inForce(o) && !inForce(n):
		return Lapsed
	case !inForce(o) && inForce(n):
		return Restored
	case o.ID != n.ID && !implied:
		return Moved
	case !sameText(o, n):
		return Modified
	case annotated:
		return Annotated
	}
	return Unchanged
}

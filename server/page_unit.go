package server

import (
	"strings"

	"lexdiff/corpus"
)

// A unitView is a unit as the act page prints it: anchored by its id,
// its text split around footnote markers, its footnotes beside it.
type unitView struct {
	ID        string
	Anchor    string // the element's id, where the page links the unit; "" on a page printing it more than once
	Citation  string
	Kind      corpus.Kind
	Marker    string
	Heading   string
	Text      []textPart
	Closing   []textPart
	Status    string // the status when it is not in force ("uchylony"), or ""
	Footnotes []noteView
	Children  []unitView
	// On a history page: the redline of the unit's own words against the
	// wording before (instead of Text and Closing), the kind of its change,
	// or, for a run of unchanged units left out, the line naming them.
	Ops        []redOp
	ClosingOps []redOp
	Change     string
	Folded     string
}

// A textPart is a stretch of legal text, followed by a footnote marker
// when its noteRef has a Note.
type textPart struct {
	Text string
	noteRef
}

// A noteRef is the footnote marker that follows a stretch of text, when
// Note is set. The note links back to the first of its markers in the
// unit, which alone carries the id (Ref); a note is printed once per unit
// however many markers stand in it.
type noteRef struct {
	Note   string
	NoteID string
	Ref    bool
}

func (n *noteRef) ref() *noteRef { return n }

// A noteView is a footnote beside the unit it is attached to.
type noteView struct {
	Label     string
	ID        string
	Body      string
	Amendment bool
	Refers    *noteRefers // the act of the footnote the body names it by, or nil
}

// A noteRefers names the act of the footnote a note names its act by:
// "odnośnik 1" in the page's language (Lang), then the act's name.
type noteRefers struct {
	Label, Lang, Act string
}

// newUnitView returns u as printed, with the footnotes of its version
// attached where their markers stand.
func newUnitView(l lang, u *corpus.Unit, notes []corpus.Footnote) unitView {
	return noteSet{l: l, notes: notes}.unitView(u)
}

// unitView returns u as the act page prints it, with the notes of s.
func (s noteSet) unitView(u *corpus.Unit) unitView {
	v := unitView{ID: u.ID, Anchor: u.ID, Citation: u.Citation(), Kind: u.Kind, Marker: u.Marker(), Heading: u.Heading, Status: statusLabel(s.l, u)}
	v.Text, v.Closing, v.Footnotes = s.split(u)
	for _, c := range u.Children {
		v.Children = append(v.Children, s.unitView(c))
	}
	return v
}

// A noteSet is the footnotes of a version, as printed beside its units in
// the language l. Scope qualifies their anchors on a page printing several
// versions of a unit, whose labels repeat (each wording has its [1]): ""
// on the act page, the wording's first day on the history page.
type noteSet struct {
	l     lang
	notes []corpus.Footnote
	scope string
}

// split returns u's text and closing part cut where its footnote markers
// stand, and the notes printed beside it.
func (s noteSet) split(u *corpus.Unit) (text, closing []textPart, notes []noteView) {
	text, closing = s.splitAtMarkers(u, false), s.splitAtMarkers(u, true)
	markRefs(text, closing)
	return text, closing, s.of(u)
}

// of returns the notes printed beside u.
func (s noteSet) of(u *corpus.Unit) []noteView {
	var notes []noteView
	for _, f := range s.notes {
		if f.Unit == u.ID {
			notes = append(notes, s.view(u.ID, f))
		}
	}
	return notes
}

// view returns f as printed beside what holds its marker, the unit or the
// heading that the page's anchors name holder (see id).
func (s noteSet) view(holder string, f corpus.Footnote) noteView {
	return noteView{Label: f.Label, ID: s.id(holder, f.Label), Body: f.Body, Amendment: f.IsAmendment(), Refers: s.refers(f)}
}

// refers names the act a note names by another footnote ("ustawy, o
// której mowa w odnośniku 1"): that footnote may stand beside another
// unit, or belong to the text of another day than the units shown.
func (s noteSet) refers(f corpus.Footnote) *noteRefers {
	a := f.Amendment
	if a == nil || a.Refers == "" || a.Act == "" && a.Ref == nil {
		return nil
	}
	name := nominative(a.Act)
	if a.Ref != nil {
		name = strings.TrimSpace(name + " (" + a.Ref.String() + ")")
	}
	return &noteRefers{Label: s.l.Tf("note.refers", a.Refers), Lang: string(s.l), Act: name}
}

// id is the anchor of a footnote as printed beside the unit with the
// given id. Labels restart in each version of a top-level unit, and one
// note may be attached to several units of it (all the units one act
// changed), each printing it: the unit's id tells them apart.
func (s noteSet) id(unitID, label string) string {
	if s.scope != "" {
		return "fn-" + s.scope + "-" + unitID + "-" + label
	}
	return "fn-" + unitID + "-" + label
}

// markRefs sets Ref on the first marker of each note in a unit's text and
// closing part.
func markRefs[T any, P interface {
	*T
	ref() *noteRef
}](text, closing []T) {
	seen := map[string]bool{}
	for _, parts := range [][]T{text, closing} {
		for i := range parts {
			if n := P(&parts[i]).ref(); n.Note != "" && !seen[n.Note] {
				seen[n.Note], n.Ref = true, true
			}
		}
	}
}

// statusLabel is u's status when it is not in force ("uchylony"), or "".
func statusLabel(l lang, u *corpus.Unit) string {
	if u.Status == "" || u.Status == corpus.InForce {
		return ""
	}
	return l.Of("status."+string(u.Status), u.ID)
}

// markers returns the footnote markers of holder (see view) that stand in
// its text or its closing part, each with its note's anchor.
func (s noteSet) markers(holder string, ms []corpus.Marker, inClosing bool) []marker {
	var out []marker
	for _, m := range ms {
		if m.InClosing == inClosing {
			out = append(out, marker{m.Offset, noteRef{Note: m.Label, NoteID: s.id(holder, m.Label)}})
		}
	}
	return out
}

// A marker is a footnote marker and the byte offset where it stands.
type marker struct {
	offset int
	noteRef
}

// splitAtMarkers cuts u's text or closing part where its footnote markers
// stand.
func (s noteSet) splitAtMarkers(u *corpus.Unit, inClosing bool) []textPart {
	text := u.Text
	if inClosing {
		text = u.Closing
	}
	return splitText(text, s.markers(u.ID, u.Markers, inClosing))
}

// splitText cuts text where the markers ms stand, in the order of their
// offsets; nil when it holds neither words nor markers.
func splitText(text string, ms []marker) []textPart {
	var parts []textPart
	last := 0
	for _, m := range ms {
		if m.offset < last || m.offset > len(text) {
			continue
		}
		parts = append(parts, textPart{text[last:m.offset], m.noteRef})
		last = m.offset
	}
	if rest := text[last:]; rest != "" || len(parts) == 0 {
		parts = append(parts, textPart{Text: rest})
	}
	if len(parts) == 1 && strings.TrimSpace(parts[0].Text) == "" && parts[0].Note == "" {
		return nil
	}
	return parts
}

package server

import (
	"strings"

	"lexdiff/corpus"
	"lexdiff/diff"
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
	Ops        []diff.Op
	ClosingOps []diff.Op
	Change     string
	Folded     string
}

// A textPart is a stretch of legal text, followed by a footnote marker
// when Note is set. The note links back to the first of its markers in
// the unit, which alone carries the id (Ref); a note is printed once per
// unit however many markers stand in it.
type textPart struct {
	Text   string
	Note   string
	NoteID string
	Ref    bool
}

// A noteView is a footnote beside the unit it is attached to.
type noteView struct {
	Label     string
	ID        string
	Body      string
	Amendment bool
}

// newUnitView returns u as printed, with the footnotes of its version
// attached where their markers stand.
func newUnitView(l lang, u *corpus.Unit, notes []corpus.Footnote) unitView {
	v := unitView{ID: u.ID, Anchor: u.ID, Citation: u.Citation(), Kind: u.Kind, Marker: u.Marker(), Heading: u.Heading}
	v.Text = splitAtMarkers(u.Text, u.Markers, false, u.ID)
	v.Closing = splitAtMarkers(u.Closing, u.Markers, true, u.ID)
	markRefs(v.Text, v.Closing)
	v.Status = statusLabel(l, u)
	for _, f := range notes {
		if f.Unit == u.ID {
			v.Footnotes = append(v.Footnotes, noteView{Label: f.Label, ID: noteID(u.ID, f.Label), Body: f.Body, Amendment: f.IsAmendment()})
		}
	}
	for _, c := range u.Children {
		v.Children = append(v.Children, newUnitView(l, c, notes))
	}
	return v
}

// markRefs sets Ref on the first marker of each note in a unit's text and
// closing part.
func markRefs(text, closing []textPart) {
	seen := map[string]bool{}
	for _, parts := range [][]textPart{text, closing} {
		for i := range parts {
			if p := &parts[i]; p.Note != "" && !seen[p.Note] {
				seen[p.Note], p.Ref = true, true
			}
		}
	}
}

// statusLabel is u's status when it is not in force ("uchylony"), or "".
func statusLabel(l lang, u *corpus.Unit) string {
	if u.Status == "" || u.Status == corpus.InForce {
		return ""
	}
	return l.T("status." + string(u.Status))
}

// noteID is the anchor of a footnote as printed beside the unit with the
// given id. Labels restart in each version of a top-level unit, and one
// note may be attached to several units of it (all the units one act
// changed), each printing it: the unit's id tells them apart.
func noteID(unitID, label string) string { return "fn-" + unitID + "-" + label }

// splitAtMarkers cuts text, of the unit with the given id, where its
// footnote markers stood.
func splitAtMarkers(text string, markers []corpus.Marker, inClosing bool, unitID string) []textPart {
	var parts []textPart
	last := 0
	for _, m := range markers {
		if m.InClosing != inClosing || m.Offset < last || m.Offset > len(text) {
			continue
		}
		parts = append(parts, textPart{Text: text[last:m.Offset], Note: m.Label, NoteID: noteID(unitID, m.Label)})
		last = m.Offset
	}
	if rest := text[last:]; rest != "" || len(parts) == 0 {
		parts = append(parts, textPart{Text: rest})
	}
	if len(parts) == 1 && strings.TrimSpace(parts[0].Text) == "" && parts[0].Note == "" {
		return nil
	}
	return parts
}

package synth

import (
	"fmt"
	"strconv"
	"strings"

	"lexdiff/corpus"
)

// editorialNote marks a change that earns an editorial footnote rather than
// an amendment note; it is not an amendment kind of package corpus.
const editorialNote corpus.AmendmentKind = "editorial"

// annotate puts the footnote markers of a version's changes into root,
// numbered in document order, and returns the new root and the footnotes.
// Now and then it adds an editorial note to a unit no change touched.
func (g *actGen) annotate(root *corpus.Unit, changes []change, j int) (*corpus.Unit, []corpus.Footnote) {
	byID := map[string]change{}
	for _, c := range changes {
		if c.note != "" {
			byID[c.id] = c
		}
	}
	if g.chance(0.05) {
		if c, ok := g.editorial(root, changes); ok {
			byID[c.id] = c
		}
	}
	var marked []*corpus.Unit
	root.Walk(func(u *corpus.Unit) bool {
		if _, ok := byID[u.ID]; ok {
			marked = append(marked, u)
		}
		return true
	})
	var notes []corpus.Footnote
	for i, u := range marked {
		label, c := strconv.Itoa(i+1), byID[u.ID]
		root = edit(root, u.ID, func(x *corpus.Unit) { x.Markers = []corpus.Marker{{Label: label, Offset: c.offset}} })
		body, am := g.noteBody(u, c, j)
		notes = append(notes, corpus.Footnote{Label: label, Unit: u.ID, Body: body, Amendment: am})
	}
	return root, notes
}

// editorial returns a change that puts an editorial note at the end of a
// provision that no change touched.
func (g *actGen) editorial(root *corpus.Unit, changes []change) (change, bool) {
	cands := units(root, func(u *corpus.Unit) bool {
		return u.Status == corpus.InForce && len(u.Children) == 0 && u.Text != "" && untouched(u.ID, changes)
	})
	if len(cands) == 0 {
		return change{}, false
	}
	u := pick(g.r, cands)
	return change{id: u.ID, note: editorialNote, offset: markerOffset(u.Text)}, true
}

// noteBody writes the body of the footnote for change c to unit u in a
// version started on dates[j], and the amendment it records (nil for an
// editorial note).
func (g *actGen) noteBody(u *corpus.Unit, c change, j int) (string, *corpus.Amendment) {
	if c.note == editorialNote {
		return g.editorialBody(), nil
	}
	a := g.amending[j-1]
	a.points++
	prov := fmt.Sprintf("art. 1 pkt %d", a.points)
	if g.kind == Regulation {
		prov = fmt.Sprintf("§ 1 pkt %d", a.points)
	}
	lead := "W brzmieniu ustalonym przez"
	switch c.note {
	case corpus.Added:
		lead = agree(u.Kind, "Dodany", "Dodana", "Dodane") + " przez"
	case corpus.Removed:
		lead = agree(u.Kind, "Uchylony", "Uchylona", "Uchylone") + " przez"
	}
	scope := ""
	if g.chance(0.3) {
		scope = u.Citation()
		lead = scope + " " + strings.ToLower(lead[:1]) + lead[1:]
	}
	body := fmt.Sprintf("%s %s %s (Dz. U. poz. %d). Zmiana weszła w życie %s", lead, prov, a.title, a.position, dateWords(a.inForce))
	refs := corpus.FindPubRefs(body)
	ref := refs[len(refs)-1].WithYear(a.year)
	return body, &corpus.Amendment{Kind: c.note, Scope: scope, Provision: prov, Act: a.title, Ref: &ref, InForce: a.inForce}
}

func (g *actGen) editorialBody() string {
	if g.chance(0.3) {
		return "Tak w oryginale."
	}
	return fmt.Sprintf("Obecnie ministra właściwego do spraw %s na podstawie art. 5 pkt %d ustawy z dnia 4 września 1997 r. o działach administracji rządowej (%s).",
		pick(g.r, ministerDomains), 1+g.r.IntN(30), g.ref())
}

package server

import (
	"math"
	"strings"

	"lexdiff/corpus"
	"lexdiff/diff"
)

// A wording of a unit on its history page is printed as the act page
// prints the unit (labels, hanging indents, lists), marked up against the
// wording before it: each changed unit's words with <del> and <ins>, an
// added unit inserted whole, a removed one struck where it stood. A folded
// wording leaves out the runs of units it did not change, naming them
// ("pkt 1–7: bez zmian"), so that an older wording is not repeated in full.

// A redliner builds the marked-up view of one wording.
type redliner struct {
	l       lang
	changes map[string]diff.Change // against the wording before, by unit id
	old     *corpus.Unit           // the unit in the wording before, nil for the first
	fold    bool                   // leave out what did not change
	notes   noteSet                // the footnotes of the wording, printed beside its units
}

// newRedliner returns the redliner of a wording whose changes against the
// wording before, where the unit read old, are changes, and whose
// footnotes are notes.
func newRedliner(l lang, old *corpus.Unit, changes []diff.Change, fold bool, notes noteSet) *redliner {
	r := &redliner{l: l, old: old, fold: fold, notes: notes, changes: map[string]diff.Change{}}
	for _, c := range changes {
		r.changes[c.Unit] = c
	}
	return r
}

// view returns u as printed, marked up.
func (r *redliner) view(u *corpus.Unit) unitView {
	v := unitView{ID: u.ID, Citation: u.Citation(), Kind: u.Kind, Marker: u.Marker(), Heading: u.Heading, Status: statusLabel(r.l, u)}
	if c, ok := r.changes[u.ID]; ok && len(c.Ops) > 0 {
		text, closing := splitClosing(c.Ops)
		v.Ops, v.ClosingOps = r.notes.redline(u, text, false), r.notes.redline(u, closing, true)
		markRefs(v.Ops, v.ClosingOps)
		v.Footnotes = r.notes.of(u)
		v.Change = string(c.Kind)
	} else {
		v.Text, v.Closing, v.Footnotes = r.notes.split(u)
	}
	var run []*corpus.Unit // unchanged children not yet printed
	flush := func() {
		if len(run) > 0 {
			v.Children = append(v.Children, r.folded(run))
			run = nil
		}
	}
	for _, c := range u.Children {
		removed := r.removedBefore(u, c.ID)
		if r.fold && !r.touched(c) && len(removed) == 0 {
			run = append(run, c)
			continue
		}
		flush()
		v.Children = append(v.Children, removed...)
		v.Children = append(v.Children, r.view(c))
	}
	flush()
	v.Children = append(v.Children, r.removedBefore(u, "")...)
	return v
}

// splitClosing cuts the redline of a unit's own words (diff.OwnText: its
// text, a line break and its closing part) before the closing part, which
// stands after the unit's list.
func splitClosing(ops []diff.Op) (text, closing []diff.Op) {
	for i, op := range ops {
		j := strings.IndexByte(op.Text, '\n')
		if j < 0 {
			continue
		}
		text = append(append(text, ops[:i]...), diff.Op{Op: op.Op, Text: op.Text[:j]})
		closing = append([]diff.Op{{Op: op.Op, Text: op.Text[j+1:]}}, ops[i+1:]...)
		return text, closing
	}
	return ops, nil
}

// redline returns the redline of ops, a change of u's text or closing
// part, with u's footnote markers where they stand in its new words. A
// marker where words were struck stands before them, after the words it
// follows; one past the new words stands at their end.
func (s noteSet) redline(u *corpus.Unit, ops []diff.Op, inClosing bool) []redOp {
	ms := s.markers(u.ID, u.Markers, inClosing)
	var split []diff.Op // ops cut at the markers, each marker an empty op
	var refs []noteRef  // the marker, if any, of each of split
	add := func(op diff.Op, n noteRef) { split, refs = append(split, op), append(refs, n) }
	at := 0 // the offset in the new words
	markTo := func(offset int) {
		for ; len(ms) > 0 && ms[0].offset <= offset; ms = ms[1:] {
			add(diff.Op{Op: diff.Equal}, ms[0].noteRef)
		}
	}
	for _, op := range ops {
		markTo(at)
		if op.Op == diff.Delete {
			add(op, noteRef{})
			continue
		}
		for len(ms) > 0 && ms[0].offset < at+len(op.Text) {
			cut := ms[0].offset - at
			add(diff.Op{Op: op.Op, Text: op.Text[:cut]}, noteRef{})
			op.Text, at = op.Text[cut:], at+cut
			markTo(at)
		}
		add(op, noteRef{})
		at += len(op.Text)
	}
	// Markers past the new words (of a unit repealed, whose "(uchylony)"
	// is no word of the comparison) stand at their end.
	markTo(math.MaxInt)
	red := redline(split)
	for i := range red {
		red[i].noteRef = refs[i]
	}
	return red
}

// folded is the line standing for a run of unchanged units.
func (r *redliner) folded(run []*corpus.Unit) unitView {
	first, last := run[0], run[len(run)-1]
	label := first.Citation()
	if parent := parentCitation(first.ID); parent != "" {
		label = strings.TrimPrefix(label, parent+" ")
	}
	if len(run) > 1 {
		label += "–" + last.Label
	}
	return unitView{Kind: first.Kind, Folded: r.l.Tf("history.unchanged", label)}
}

func parentCitation(id string) string {
	i := strings.LastIndexByte(id, '.')
	if i < 0 {
		return ""
	}
	return corpus.CitationOf(id[:i])
}

// touched reports whether the wording changed u or anything in it.
func (r *redliner) touched(u *corpus.Unit) bool {
	found := false
	u.Walk(func(s *corpus.Unit) bool {
		if _, ok := r.changes[s.ID]; ok {
			found = true
		}
		return !found
	})
	return found || r.hasRemoved(u.ID)
}

// hasRemoved reports whether a unit under the one with the given id was
// removed.
func (r *redliner) hasRemoved(id string) bool {
	for uid, c := range r.changes {
		if c.Kind == diff.Removed && strings.HasPrefix(uid, id+".") {
			return true
		}
	}
	return false
}

// removedBefore returns the children of parent that the wording removed
// and that stood right before its child before (last, when before is ""),
// struck whole: "pkt 2" removed stands before "pkt 3", after a "pkt 1a"
// inserted.
func (r *redliner) removedBefore(parent *corpus.Unit, before string) []unitView {
	if r.old == nil {
		return nil
	}
	oldParent := r.old.Find(parent.ID)
	if oldParent == nil {
		return nil
	}
	var run, out []unitView // removed units since the last one kept
	for _, c := range oldParent.Children {
		if ch, ok := r.changes[c.ID]; ok && ch.Kind == diff.Removed {
			run = append(run, r.struck(c))
			continue
		}
		if c.ID == before {
			out = run
		}
		run = nil
	}
	if before == "" {
		return run
	}
	return out
}

// struck is a removed unit, with everything in it, struck out.
func (r *redliner) struck(u *corpus.Unit) unitView {
	v := unitView{ID: u.ID, Citation: u.Citation(), Kind: u.Kind, Marker: u.Marker(), Change: string(diff.Removed),
		Ops: redline([]diff.Op{{Op: diff.Delete, Text: diff.OwnText(u)}})}
	for _, c := range u.Children {
		v.Children = append(v.Children, r.struck(c))
	}
	return v
}

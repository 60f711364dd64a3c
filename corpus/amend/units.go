package amend

import (
	"fmt"
	"slices"
	"strings"

	"lexdiff/corpus"
)

// newUnits parses the quoted wording of units standing in parent and
// checks that it holds exactly the units the instruction names; it
// returns those of want, the units the operation acts on.
func newUnits(op *Operation, parent string, want []string) ([]*corpus.Unit, [][]corpus.Group, error) {
	all := want
	if op.quoted != nil {
		labels, _ := rangeLabels(*op.quoted)
		all = make([]string, len(labels))
		for i, l := range labels {
			all[i] = unitID(parent, op.quoted.kind, l)
		}
	}
	units, groups, err := quotedUnits(op, parent, all)
	if err != nil || op.quoted == nil {
		return units, groups, err
	}
	var us []*corpus.Unit
	var gs [][]corpus.Group
	for i, u := range units {
		if !slices.Contains(want, u.ID) {
			continue
		}
		us = append(us, u)
		if i < len(groups) { // none for units below the top level
			gs = append(gs, groups[i])
		}
	}
	return us, gs, nil
}

// quotedUnits parses the quoted wording of units standing in parent and
// checks that it holds exactly the units want names.
func quotedUnits(op *Operation, parent string, want []string) ([]*corpus.Unit, [][]corpus.Group, error) {
	units, groups, err := corpus.ParseFragment(op.Wording.pos, op.Wording.text, parent)
	if err != nil {
		return nil, nil, fmt.Errorf("the quoted wording does not parse: %w", err)
	}
	var got []string
	for i, u := range units {
		if i < len(want) && (u.Kind == corpus.Tiret || u.Kind == corpus.DoubleTiret) && len(units) == len(want) {
			// A tiret has no label of its own: its place does, which the
			// instruction names ("tiret drugie otrzymuje brzmienie: „– …”").
			u.Label = want[i][strings.LastIndex(want[i], "tir")+3:]
			reID(u, parent)
		}
		got = append(got, u.ID)
		u.Walk(func(x *corpus.Unit) bool { x.Markers = nil; return true }) // the amending act's own footnotes
	}
	if !slices.Equal(got, want) {
		return nil, nil, fmt.Errorf("the quoted wording holds %s, the instruction names %s", citations(got), citations(want))
	}
	return units, groups, nil
}

// rangeLabels lists every label a step names, and whether it can: a
// range of plain numbers or single letters (expandLabels), or of one
// number's letters ("ust. 1a–1c"); not a range such as "art. 3–3c" or
// "pkt 21a–23", whose units between are not known.
func rangeLabels(s seg) ([]string, bool) {
	if !s.upTo {
		return s.labels, true
	}
	a, b := s.labels[0], s.labels[1]
	if isDigits(a) && isDigits(b) || len(a) == 1 && len(b) == 1 && isLetter(a[0]) && isLetter(b[0]) {
		out := expandLabels(s)
		return out, len(out) > 1 || a == b
	}
	if n := len(a) - 1; n > 0 && len(b) == len(a) && a[:n] == b[:n] && isDigits(a[:n]) && isLetter(a[n]) && isLetter(b[n]) && a[n] < b[n] {
		var out []string
		for c := a[n]; c <= b[n]; c++ {
			out = append(out, a[:n]+string(c))
		}
		return out, true
	}
	return nil, false
}

func isDigits(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' }

// addedRange returns the ids of the units a range of units added names,
// when rangeLabels cannot list them ("art. 3–3c"), as its quoted wording
// holds them: from the first end to the last, of the range's kind, in
// order.
func addedRange(op *Operation, parent string, s seg) ([]string, error) {
	units, _, err := corpus.ParseFragment(op.Wording.pos, op.Wording.text, parent)
	if err != nil {
		return nil, fmt.Errorf("the quoted wording does not parse: %w", err)
	}
	var ids []string
	ordered := true
	for i, u := range units {
		ids = append(ids, u.ID)
		ordered = ordered && u.Kind == s.kind && (i == 0 || corpus.CompareLabels(units[i-1].Label, u.Label) < 0)
	}
	first, last := unitID(parent, s.kind, s.labels[0]), unitID(parent, s.kind, s.labels[1])
	if !ordered || len(ids) < 2 || ids[0] != first || ids[len(ids)-1] != last {
		return nil, fmt.Errorf("the quoted wording holds %s, the instruction names %s–%s", citations(ids), corpus.CitationOf(first), s.labels[1])
	}
	return ids, nil
}

func citations(ids []string) string {
	if len(ids) == 0 {
		return "no unit"
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = corpus.CitationOf(id)
	}
	return strings.Join(out, ", ")
}

// setUnits gives units their new wording, with everything below them.
func (st *state) setUnits(op *Operation) error {
	ids, err := st.targets(op.Path)
	if err != nil {
		return err
	}
	parent := corpus.ParentID(ids[0])
	units, groups, err := newUnits(op, parent, ids)
	if err != nil {
		return err
	}
	for i, u := range units {
		if parent == "" {
			w, err := st.get(u.ID)
			if err != nil {
				return err
			}
			w.unit = u
			if len(groups[i]) > 0 {
				w.groups = groups[i]
			}
			st.record(w, op, u.ID, corpus.WordingSet)
			continue
		}
		old, w, err := st.unit(u.ID)
		if err != nil {
			return err
		}
		p := w.unit.Find(parent)
		p.Children[indexOf(p, old)] = u
		st.record(w, op, u.ID, corpus.WordingSet)
	}
	return nil
}

// addUnits adds new units after the anchor, before it, or after the last
// unit of their kind.
func (st *state) addUnits(op *Operation) error {
	parent, err := parentOf(op.Path)
	if err != nil {
		return err
	}
	last := op.Path[len(op.Path)-1]
	var want []string
	labels, listed := rangeLabels(last)
	if !listed {
		if want, err = addedRange(op, parent, last); err != nil {
			return err
		}
	}
	for _, l := range labels {
		want = append(want, unitID(parent, last.kind, l))
	}
	units, groups, err := newUnits(op, parent, want)
	if err != nil {
		return err
	}
	if parent == "" {
		return st.addTops(op, units, groups)
	}
	p, w, err := st.unit(parent)
	if err != nil {
		return err
	}
	at, err := insertionPoint(p, op, units[0])
	if err != nil {
		return err
	}
	for _, u := range units {
		if p.Find(u.ID) != nil {
			return fmt.Errorf("%s already has %s", corpus.CitationOf(parent), corpus.CitationOf(u.ID))
		}
	}
	p.Children = slices.Insert(p.Children, at, units...)
	if err := checkOrder(p); err != nil {
		return err
	}
	for _, u := range units {
		st.record(w, op, u.ID, corpus.Added)
	}
	return nil
}

// insertionPoint returns the index in p's children where units added by
// op go: after (before) the anchor, or after the last unit of the first
// one's kind.
func insertionPoint(p *corpus.Unit, op *Operation, first *corpus.Unit) (int, error) {
	if op.Anchor != nil {
		if len(op.Anchor.labels) != 1 {
			return 0, fmt.Errorf("%s names several units where one is wanted", op.Anchor)
		}
		id := unitID(p.ID, op.Anchor.kind, op.Anchor.labels[0])
		for i, c := range p.Children {
			if c.ID == id {
				if op.Before {
					return i, nil
				}
				return i + 1, nil
			}
		}
		return 0, fmt.Errorf("%s has no %s", corpus.CitationOf(p.ID), corpus.CitationOf(id))
	}
	for i := len(p.Children) - 1; i >= 0; i-- {
		c := p.Children[i]
		if c.Kind == first.Kind && (c.Kind == corpus.Tiret || c.Kind == corpus.DoubleTiret || corpus.CompareLabels(c.Label, first.Label) < 0) {
			return i + 1, nil
		}
	}
	for i, c := range p.Children {
		if c.Kind == first.Kind {
			return i, nil // before all of its kind: "dodaje się ust. 3" after ust. 3 was renumbered 4
		}
	}
	return len(p.Children), nil
}

// checkOrder reports units of one kind standing out of the order of
// their labels, as an addition in the wrong place would leave them.
func checkOrder(p *corpus.Unit) error {
	last := map[corpus.Kind]*corpus.Unit{}
	for _, c := range p.Children {
		if prev := last[c.Kind]; prev != nil && c.Kind != corpus.Tiret && c.Kind != corpus.DoubleTiret && corpus.CompareLabels(prev.Label, c.Label) >= 0 {
			return fmt.Errorf("%s would stand after %s in %s", corpus.CitationOf(c.ID), corpus.CitationOf(prev.ID), corpus.CitationOf(p.ID))
		}
		last[c.Kind] = c
	}
	return nil
}

// addTops adds new top-level units. They stand in the groupings their
// wording gives, or else in those of the unit after which they are added
// (or of the unit before them).
func (st *state) addTops(op *Operation, units []*corpus.Unit, groups [][]corpus.Group) error {
	for i, u := range units {
		if st.exists(u.ID) {
			return fmt.Errorf("%s already has %s", st.act.ID, corpus.CitationOf(u.ID))
		}
		w := &working{unit: u, groups: groups[i]}
		if len(w.groups) == 0 {
			w.groups = st.groupsBefore(u.ID, op.Anchor)
		}
		st.put(u.ID, w)
		st.record(w, op, u.ID, corpus.Added)
	}
	return nil
}

// groupsBefore returns the groupings of the anchor, or of the top-level
// unit that stands before id.
func (st *state) groupsBefore(id string, anchor *seg) []corpus.Group {
	prev := ""
	if anchor != nil && len(anchor.labels) == 1 {
		prev = unitID("", anchor.kind, anchor.labels[0])
	} else {
		for _, u := range st.act.Units() {
			if strings.HasPrefix(u, id[:3]) && corpus.CompareLabels(u[3:], id[3:]) < 0 {
				prev = u
			}
		}
	}
	if w, ok := st.tops[prev]; ok {
		return w.groups
	}
	if v := st.baseVersion(prev); v != nil {
		return v.Groups
	}
	return nil
}

// repeal repeals units: each keeps its number, and its body becomes
// "(uchylony)" with the punctuation its text ended with.
func (st *state) repeal(op *Operation) error {
	return st.eachTarget(op.Path, func(u *corpus.Unit, w *working) error {
		repealUnit(u)
		st.record(w, op, u.ID, corpus.Removed)
		return nil
	})
}

// repealUnit leaves of u its body "(uchylony)", in the gender of its name,
// ended as its text was ("(uchylony);"); an article's, a paragraph's, an
// ustęp's or an annex's is not ended, as consolidated texts print them
// ("Art. 3. (uchylony)", "2. (uchylony)").
func repealUnit(u *corpus.Unit) {
	end, closing := lastOwnText(u)
	body := repealedBody(u.Kind)
	switch u.Kind {
	case corpus.Annex:
		body = "(uchylony)"
	case corpus.Article, corpus.Paragraph, corpus.Section:
	default:
		body += finalPunct(*textOf(end, closing))
	}
	u.Text, u.Closing, u.Children, u.Markers, u.Heading, u.Status = body, "", nil, nil, "", corpus.Repealed
}

// renumber gives a unit a new label ("… oznacza się jako …"), or makes a
// unit's text its first ustęp ("dotychczasową treść oznacza się jako ust.
// 1").
func (st *state) renumber(op *Operation) error {
	ids, err := st.targets(op.Path)
	if err != nil {
		return err
	}
	if len(ids) != 1 {
		return fmt.Errorf("renumbering names one unit, not %d", len(ids))
	}
	u, w, err := st.unit(ids[0])
	if err != nil {
		return err
	}
	if op.Part.kind == kindContent {
		return st.wrapContent(op, u, w)
	}
	if op.NewLabel.kind != op.Path[len(op.Path)-1].kind {
		return fmt.Errorf("%s cannot be renumbered as %s", corpus.CitationOf(u.ID), op.NewLabel)
	}
	parent := corpus.ParentID(u.ID)
	newID := unitID(parent, u.Kind, op.NewLabel.labels[0])
	if parent == "" {
		if st.exists(newID) {
			return fmt.Errorf("%s already has %s", st.act.ID, corpus.CitationOf(newID))
		}
		moved := &working{unit: u, groups: w.groups, applied: w.applied}
		u.Label = op.NewLabel.labels[0]
		reID(u, "")
		w.ended, w.applied = true, nil
		st.put(newID, moved)
		st.record(moved, op, newID, corpus.Renumbered)
		return nil
	}
	if w.unit.Find(newID) != nil {
		return fmt.Errorf("%s already has %s", corpus.CitationOf(parent), corpus.CitationOf(newID))
	}
	u.Label = op.NewLabel.labels[0]
	reID(u, parent)
	st.record(w, op, newID, corpus.Renumbered)
	return nil
}

// wrapContent makes u's text (with its list) its first ustęp, or the
// unit the instruction names.
func (st *state) wrapContent(op *Operation, u *corpus.Unit, w *working) error {
	if len(op.NewLabel.labels) != 1 || op.NewLabel.kind == kindContent || !op.NewLabel.isUnit() {
		return fmt.Errorf("the text can become one unit, not %s", op.NewLabel)
	}
	if u.Text == "" {
		return fmt.Errorf("%s has no text of its own to renumber", corpus.CitationOf(u.ID))
	}
	inner := &corpus.Unit{Kind: op.NewLabel.kind, Label: op.NewLabel.labels[0], Text: u.Text, Closing: u.Closing,
		Markers: u.Markers, Children: u.Children, Status: u.Status}
	reID(inner, u.ID)
	u.Text, u.Closing, u.Markers, u.Children, u.Status = "", "", nil, []*corpus.Unit{inner}, corpus.InForce
	st.record(w, op, inner.ID, corpus.Renumbered)
	return nil
}

package corpus

// ParseFragment parses the wording of units as an amending act quotes it,
// "3a. Kwoty …" and "3b. Do …" for two new ustępy, by the parser of every
// other legal text. parent is the id of the unit the new units stand in
// ("par2"), or "" for top-level units ("§ 2a. …", with any groupings
// before them, which the second result gives for each unit). at is the
// position of the text's first character in its file, for errors; lines
// after the first are taken to start at column 1 of the lines that follow.
//
// The units get their ids under parent and their status from their body.
// Footnote markers "[N]" are taken out of the text and kept as Markers.
// The error is an ErrorList: a unit that cannot stand in parent (a § in a
// point), text outside any unit, numbering that goes backwards.
func ParseFragment(at Pos, text, parent string) ([]*Unit, [][]Group, error) {
	var d diag
	lines := splitLines(at.File, []byte(text), &d.errs)
	for i := range lines {
		if lines[i].pos.Line == 1 {
			lines[i].pos.Col += max(at.Col-1, 0)
		}
		lines[i].pos.Line += max(at.Line-1, 0)
	}
	tb := newTreeBuilder(&d, diskMode)
	tb.unglue = true // the wording quoted in an amending act, copied from its PDF
	holder, err := tb.openAncestors(parent)
	if err != nil {
		d.errorf(at, "%v", err)
		return nil, nil, d.errs.Err()
	}
	for _, l := range lines {
		tb.add(withoutMarkers(l, bracketMarkers, &d))
	}
	if holder == nil {
		var units []*Unit
		var groups [][]Group
		for _, pu := range tb.finish() {
			units, groups = append(units, pu.unit), append(groups, tb.groupsOf(pu))
		}
		return units, groups, d.errs.Err()
	}
	for _, u := range holder.Children {
		tb.setStatus(u, at)
	}
	if len(holder.Children) == 0 && len(d.errs) == 0 {
		d.errorf(at, "no unit found: want the new wording of units of %s, each starting with its marker", holder.Citation())
	}
	return holder.Children, nil, d.errs.Err()
}

// openAncestors opens a frame for the unit with the given id and for each
// unit above it, so that the lines that follow stand inside it, and returns
// the innermost (nil for id ""). The frames stay open: they are the floor.
func (b *treeBuilder) openAncestors(id string) (*Unit, error) {
	if id == "" {
		return nil, nil
	}
	segs, err := splitID(id)
	if err != nil {
		return nil, err
	}
	var u *Unit
	parentID := ""
	inArticle := segs[0].kind == Article
	for _, s := range segs {
		u = &Unit{Kind: s.kind, Label: s.label, ID: childID(parentID, s.kind, s.label), Status: InForce}
		parentID = u.ID
		b.stack = append(b.stack, frame{u, depthOf(s.kind, inArticle && len(b.stack) > 0)})
	}
	b.floor = len(b.stack)
	return u, nil
}

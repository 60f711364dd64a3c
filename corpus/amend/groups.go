package amend

import (
	"fmt"
	"slices"
	"strings"

	"lexdiff/corpus"
)

// Groupings (dział, rozdział, oddział) are no units: each top-level unit's
// version lists the groupings it stands in. An instruction on a grouping
// changes the versions of the units in it.

// inGroups reports whether groups hold every grouping of path.
func inGroups(groups []corpus.Group, path []seg) bool {
	for _, s := range path {
		if s.kind != kindGroup {
			continue
		}
		if !slices.ContainsFunc(groups, s.names) {
			return false
		}
	}
	return true
}

// names reports whether the grouping step s names g: its kind, and its
// label as a text prints it ("II", "drugi") or in another case and gender
// ("drugim", "drugiej").
func (s seg) names(g corpus.Group) bool {
	return g.Kind == s.group && sameGroupLabel(g.Label, s.labels[0])
}

// sameGroupLabel reports whether a grouping's label, as a text prints it
// ("II", "drugi"), is the one an instruction names ("II", "drugim"): a
// number in words in any case and gender.
func sameGroupLabel(label, named string) bool {
	if label == named {
		return true
	}
	for _, stem := range ordinalStems {
		if strings.HasPrefix(named, stem) {
			return strings.HasPrefix(strings.ToLower(label), stem)
		}
	}
	return false
}

// unitsIn returns the ids of the top-level units in force the day before
// that stand in the groupings of path, in document order.
func (st *state) unitsIn(path []seg) []string {
	var out []string
	for _, id := range st.act.Units() {
		if w, ok := st.tops[id]; ok {
			if !w.ended && inGroups(w.groups, path) {
				out = append(out, id)
			}
			continue
		}
		if v := st.baseVersion(id); v != nil && inGroups(v.Groups, path) {
			out = append(out, id)
		}
	}
	return out
}

// groupTitle gives a grouping a new title in the versions of its units.
func (st *state) groupTitle(op *Operation) error {
	return st.eachInGrouping(op, titled(flatText(op.Wording)), func(w *working) {
		st.record(w, op, w.unit.ID, corpus.Changed)
	})
}

// repealGroup repeals a grouping ("uchyla się rozdział 3"): every
// top-level unit in it, whose title becomes "(uchylony)".
func (st *state) repealGroup(op *Operation) error {
	return st.eachInGrouping(op, titled("(uchylony)"), func(w *working) {
		repealUnit(w.unit)
		st.record(w, op, w.unit.ID, corpus.Removed)
	})
}

// titled is a retitle of eachInGrouping that gives the title t.
func titled(t string) func(string) (string, error) {
	return func(string) (string, error) { return t, nil }
}

// eachInGrouping calls change with the working copy of each top-level unit
// in the grouping op's path ends in, and gives the grouping in their
// versions the title retitle makes of the one its first unit holds
// (before anything is changed, when retitle fails).
func (st *state) eachInGrouping(op *Operation, retitle func(old string) (string, error), change func(*working)) error {
	ids := st.unitsIn(op.Path)
	if len(ids) == 0 {
		return fmt.Errorf("%s has no %s in force on %s", st.act.ID, pathString(op.Path), st.day.AddDays(-1))
	}
	last := op.Path[len(op.Path)-1]
	var title string
	for n, id := range ids {
		w, err := st.get(id)
		if err != nil {
			return err
		}
		if n == 0 { // unitsIn found the grouping among its groups
			if title, err = retitle(w.groups[slices.IndexFunc(w.groups, last.names)].Title); err != nil {
				return err
			}
		}
		change(w)
		w.groups = slices.Clone(w.groups)
		for i, g := range w.groups {
			if last.names(g) {
				w.groups[i].Title = title
			}
		}
	}
	return nil
}

// addGroup adds a grouping with its units ("po rozdziale 1 dodaje się
// rozdział 1a w brzmieniu: „Rozdział 1a … Art. 524a. …”"): the units
// stand in the groupings their wording opens, inside those that hold the
// anchor (or the path's).
func (st *state) addGroup(op *Operation) error {
	last := op.Path[len(op.Path)-1]
	units, groups, err := corpus.ParseFragment(op.Wording.pos, op.Wording.text, "")
	if err != nil {
		return fmt.Errorf("the quoted wording does not parse: %w", err)
	}
	if len(units) == 0 || !slices.ContainsFunc(groups[0], last.names) {
		return fmt.Errorf("the quoted wording does not open %s", pathString(op.Path[len(op.Path)-1:]))
	}
	outer := st.outerGroups(op, last)
	for i, u := range units {
		if st.exists(u.ID) {
			return fmt.Errorf("%s already has %s", st.act.ID, corpus.CitationOf(u.ID))
		}
		u.Walk(func(x *corpus.Unit) bool { x.Markers = nil; return true })
		gs := slices.Clone(outer)
		for _, g := range groups[i] {
			g.Markers = nil
			gs = append(gs, g)
		}
		w := &working{unit: u, groups: gs}
		st.put(u.ID, w)
		st.record(w, op, u.ID, corpus.Added)
	}
	return nil
}

// outerGroups returns the groupings wider than the one added that hold
// the anchor grouping's units, or the path's.
func (st *state) outerGroups(op *Operation, added seg) []corpus.Group {
	where := op.Path[:len(op.Path)-1]
	if op.Anchor != nil && op.Anchor.kind == kindGroup {
		where = append(slices.Clone(where), *op.Anchor)
	}
	ids := st.unitsIn(where)
	if len(ids) == 0 {
		return nil
	}
	w, err := st.get(ids[len(ids)-1])
	if err != nil {
		return nil
	}
	var out []corpus.Group
	for _, g := range w.groups {
		if g.Rank() < groupRank(added) {
			out = append(out, g)
		}
	}
	return out
}

func pathString(path []seg) string { return (&Operation{Path: path}).Where() }

package diff

import (
	"strings"

	"lexdiff/corpus"
)

// A tree is one side of a comparison: a unit tree (nil when nothing is in
// force; a root with an empty id stands for a whole act and is not itself
// compared) and the footnotes of its units by unit id.
type tree struct {
	root  *corpus.Unit
	notes map[string][]note
}

// flatten returns the units of t in document order and the parent of each
// (nil for the top ones).
func (t tree) flatten() ([]*corpus.Unit, map[*corpus.Unit]*corpus.Unit) {
	var units []*corpus.Unit
	parent := map[*corpus.Unit]*corpus.Unit{}
	if t.root == nil {
		return nil, parent
	}
	var walk func(u, p *corpus.Unit)
	walk = func(u, p *corpus.Unit) {
		if u.ID != "" {
			units = append(units, u)
			parent[u] = p
		} else {
			u = nil // children of a virtual root are top-level
		}
		for _, c := range children(u, t.root) {
			walk(c, u)
		}
	}
	walk(t.root, nil)
	return units, parent
}

// children returns u's children, or the root's when u is nil.
func children(u, root *corpus.Unit) []*corpus.Unit {
	if u == nil {
		return root.Children
	}
	return u.Children
}

// A matching pairs each unit of the newer tree with its counterpart in the
// older one: the unit its text moved from, else the unit at the same place
// under a moved parent, else the unit with the same id.
type matching struct {
	counterpart map[*corpus.Unit]*corpus.Unit // new -> old
	implied     map[*corpus.Unit]bool         // new units that moved with their parent
	taken       map[*corpus.Unit]bool         // old units paired
}

func match(olds, news []*corpus.Unit, newParent map[*corpus.Unit]*corpus.Unit) matching {
	m := matching{make(map[*corpus.Unit]*corpus.Unit, len(news)), map[*corpus.Unit]bool{}, make(map[*corpus.Unit]bool, len(olds))}
	oldByID := byID(olds)
	moves := findMoves(olds, news, oldByID, byID(news))
	sources := map[*corpus.Unit]bool{}
	reserved := map[*corpus.Unit]bool{} // the subtrees that moved away
	for _, o := range moves {
		sources[o] = true
		o.Walk(func(u *corpus.Unit) bool { reserved[u] = true; return true })
	}
	for _, n := range news {
		o := moves[n]
		if p := newParent[n]; p != nil && m.movedAway(p) {
			like := childLike(m.counterpart[p], n)
			switch {
			case o != nil:
				m.implied[n] = o == like
			case like != nil && !m.taken[like] && !sources[like]:
				o, m.implied[n] = like, true
			}
		}
		if o == nil {
			if byid := oldByID[n.ID]; byid != nil && !reserved[byid] && !m.taken[byid] {
				o = byid
			}
		}
		if o != nil {
			m.counterpart[n], m.taken[o] = o, true
		}
	}
	return m
}

// movedAway reports whether the new unit n stands where its counterpart
// did not: a moved unit, or one below it.
func (m matching) movedAway(n *corpus.Unit) bool {
	o := m.counterpart[n]
	return o != nil && o.ID != n.ID
}

// childLike returns the child of o with n's kind and label, or nil.
func childLike(o, n *corpus.Unit) *corpus.Unit {
	for _, c := range o.Children {
		if c.Kind == n.Kind && c.Label == n.Label {
			return c
		}
	}
	return nil
}

func byID(units []*corpus.Unit) map[string]*corpus.Unit {
	m := make(map[string]*corpus.Unit, len(units))
	for _, u := range units {
		m[u.ID] = u
	}
	return m
}

// textKey identifies a unit's words for finding moves: a list item that
// moves often changes the punctuation that ends it, so that is left out.
type textKey struct {
	kind          corpus.Kind
	text, closing string
}

func keyOf(u *corpus.Unit) textKey {
	text := strings.TrimSpace(u.Text)
	if isListItem(u.Kind) {
		text = strings.TrimRight(text, ";,.")
	}
	return textKey{u.Kind, text, u.Closing}
}

// findMoves returns, for each new unit whose text reappears from another
// label, the old unit it came from. Only units whose text is not what the
// same id holds on the other side take part, and only texts that occur
// once on each side, so that two identical tirets are never taken for a
// move. Units without words or with only "(uchylony)" never move.
func findMoves(olds, news []*corpus.Unit, oldByID, newByID map[string]*corpus.Unit) map[*corpus.Unit]*corpus.Unit {
	oldCand := candidates(olds, newByID)
	if len(oldCand) == 0 {
		return nil
	}
	pairs := map[textKey]*corpus.Unit{} // old candidates whose text a new one took under another id
	newCand := candidates(news, oldByID)
	for k, n := range newCand {
		if o, ok := oldCand[k]; ok && o.ID != n.ID {
			pairs[k] = o
		}
	}
	if len(pairs) == 0 {
		return nil
	}
	oldCount, newCount := countKeys(olds, pairs), countKeys(news, pairs)
	moves := map[*corpus.Unit]*corpus.Unit{}
	for k, o := range pairs {
		if oldCount[k] == 1 && newCount[k] == 1 {
			moves[newCand[k]] = o
		}
	}
	return moves
}

// candidates returns the units that may have moved, by text: those whose id
// the other side lacks or holds with other words.
func candidates(units []*corpus.Unit, other map[string]*corpus.Unit) map[textKey]*corpus.Unit {
	c := map[textKey]*corpus.Unit{}
	for _, u := range units {
		if o := other[u.ID]; o != nil && sameText(o, u) {
			continue
		}
		if _, repealed := corpus.StatusOfBody(u.Text); u.Text+u.Closing == "" || repealed {
			continue
		}
		c[keyOf(u)] = u
	}
	return c
}

// countKeys counts how often each key of interest occurs among units.
func countKeys(units []*corpus.Unit, of map[textKey]*corpus.Unit) map[textKey]int {
	n := map[textKey]int{}
	for _, u := range units {
		if k := keyOf(u); of[k] != nil {
			n[k]++
		}
	}
	return n
}

package diff

import (
	"strings"

	"lexdiff/corpus"
)

// A tree is one side of a comparison: a unit tree (nil when nothing is in
// force; a root with an empty id stands for a whole act and is not itself
// compared), the footnotes of its units by unit id, and the version of
// each top-level unit, by id, which tells the groupings it stands in and
// the footnotes of their headings.
type tree struct {
	root  *corpus.Unit
	notes map[string][]note
	tops  map[string]*corpus.Version
}

// topsOf maps the top-level unit of v to v; nil when v is.
func topsOf(v *corpus.Version) map[string]*corpus.Version {
	if v == nil {
		return nil
	}
	return map[string]*corpus.Version{v.Unit.ID: v}
}

// A flat tree lists the units of a tree in document order (parents before
// children), with the index of each unit's parent (-1 for the top ones) and
// the index just past its subtree.
type flat struct {
	units  []*corpus.Unit
	parent []int
	end    []int
}

// flatten returns the units of t in document order.
func (t tree) flatten() flat {
	var f flat
	if t.root == nil {
		return f
	}
	var walk func(u *corpus.Unit, p int)
	walk = func(u *corpus.Unit, p int) {
		i := p
		if u.ID != "" {
			i = len(f.units)
			f.units = append(f.units, u)
			f.parent = append(f.parent, p)
			f.end = append(f.end, 0)
		} // else the children of a virtual root are top-level
		for _, c := range u.Children {
			walk(c, i)
		}
		if u.ID != "" {
			f.end[i] = len(f.units)
		}
	}
	walk(t.root, -1)
	return f
}

// A matching pairs each unit of the newer tree with its counterpart in the
// older one: the unit its text moved from, else the unit at the same place
// under a moved parent, else the unit with the same id. Units are indexes
// into the flat trees; -1 is none.
type matching struct {
	counterpart []int  // new -> old
	implied     []bool // new units that moved with their parent
	taken       []bool // old units paired
}

// renumbered holds the ids of new units that a footnote says an amendment
// numbered so within the comparison (see renumberedIn): such a unit is
// paired with the old unit its number replaced even when its words
// changed too.
func match(olds, news flat, renumbered map[string]bool) matching {
	m := matching{filled(len(news.units), -1), make([]bool, len(news.units)), make([]bool, len(olds.units))}
	oldByID, newByID := byID(olds.units), byID(news.units)
	moves := findMoves(olds.units, news.units, oldByID, newByID)
	moves = addRenumbered(moves, olds, news, oldByID, newByID, renumbered)
	sources := make([]bool, len(olds.units))
	reserved := make([]bool, len(olds.units)) // the subtrees that moved away
	for _, o := range moves {
		sources[o] = true
		for i := o; i < olds.end[o]; i++ {
			reserved[i] = true
		}
	}
	for n, u := range news.units {
		o, moved := moves[n]
		if !moved {
			o = -1
		}
		if p := news.parent[n]; p >= 0 && m.movedAway(olds, news, p) {
			like := olds.childLike(m.counterpart[p], u)
			switch {
			case o >= 0:
				m.implied[n] = o == like
			case like >= 0 && !m.taken[like] && !sources[like]:
				o, m.implied[n] = like, true
			}
		}
		if o < 0 {
			if byid, ok := oldByID[u.ID]; ok && !reserved[byid] && !m.taken[byid] {
				o = byid
			}
		}
		if o >= 0 {
			m.counterpart[n], m.taken[o] = o, true
		}
	}
	return m
}

func filled(n, v int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = v
	}
	return s
}

// movedAway reports whether the new unit n stands where its counterpart
// did not: a moved unit, or one below it.
func (m matching) movedAway(olds, news flat, n int) bool {
	o := m.counterpart[n]
	return o >= 0 && olds.units[o].ID != news.units[n].ID
}

// childLike returns the child of the unit o with u's kind and label, or -1.
func (f flat) childLike(o int, u *corpus.Unit) int {
	for c := o + 1; c < f.end[o]; c = f.end[c] {
		if f.units[c].Kind == u.Kind && f.units[c].Label == u.Label {
			return c
		}
	}
	return -1
}

// byID returns the index of each unit by its id.
func byID(units []*corpus.Unit) map[string]int {
	m := make(map[string]int, len(units))
	for i, u := range units {
		m[u.ID] = i
	}
	return m
}

// addRenumbered adds to moves the new units of renumbered that no move by
// text found, each paired with the one old unit it can have been: of its
// kind, under the same parent, whose id the new side lacks and that no
// other unit moved from. Where there is not exactly one, it adds none.
func addRenumbered(moves map[int]int, olds, news flat, oldByID, newByID map[string]int, renumbered map[string]bool) map[int]int {
	if len(renumbered) == 0 {
		return moves
	}
	sources := map[int]bool{}
	for _, o := range moves {
		sources[o] = true
	}
	for n, u := range news.units {
		if _, moved := moves[n]; moved || !renumbered[u.ID] {
			continue
		}
		if _, kept := oldByID[u.ID]; kept {
			continue
		}
		from := -1
		for o, w := range olds.units {
			if _, kept := newByID[w.ID]; kept || sources[o] || w.Kind != u.Kind || olds.parentID(o) != news.parentID(n) {
				continue
			}
			if from >= 0 {
				from = -1
				break
			}
			from = o
		}
		if from >= 0 {
			if moves == nil {
				moves = map[int]int{}
			}
			moves[n], sources[from] = from, true
		}
	}
	return moves
}

// parentID is the id of the parent of unit i, "" for a top-level unit.
func (f flat) parentID(i int) string {
	if p := f.parent[i]; p >= 0 {
		return f.units[p].ID
	}
	return ""
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
func findMoves(olds, news []*corpus.Unit, oldByID, newByID map[string]int) map[int]int {
	oldCand := candidates(olds, news, newByID)
	if len(oldCand) == 0 {
		return nil
	}
	pairs := map[textKey]int{} // old candidates whose text a new one took under another id
	newCand := candidates(news, olds, oldByID)
	for k, n := range newCand {
		if o, ok := oldCand[k]; ok && olds[o].ID != news[n].ID {
			pairs[k] = o
		}
	}
	if len(pairs) == 0 {
		return nil
	}
	oldCount, newCount := countKeys(olds, pairs), countKeys(news, pairs)
	moves := map[int]int{}
	for k, o := range pairs {
		if oldCount[k] == 1 && newCount[k] == 1 {
			moves[newCand[k]] = o
		}
	}
	return moves
}

// candidates returns the units that may have moved, by text: those whose id
// the other side lacks or holds with other words, but not repealed: a
// unit whose number stays "(uchylony)" was repealed, not moved (the same
// words under a new number are then a unit added).
func candidates(units, others []*corpus.Unit, other map[string]int) map[textKey]int {
	c := map[textKey]int{}
	for i, u := range units {
		if o, ok := other[u.ID]; ok && (sameText(others[o], u) || isRepealed(others[o])) {
			continue
		}
		if u.Text == "" && u.Closing == "" || isRepealed(u) {
			continue
		}
		c[keyOf(u)] = i
	}
	return c
}

// isRepealed reports whether u's body says it no longer applies:
// "(uchylony)", "(pominięty)", "(utracił moc)".
func isRepealed(u *corpus.Unit) bool {
	_, repealed := corpus.StatusOfBody(u.Text)
	return repealed
}

// countKeys counts how often each key of interest occurs among units.
func countKeys(units []*corpus.Unit, of map[textKey]int) map[textKey]int {
	kinds := map[corpus.Kind]bool{} // spares keyOf the units of other kinds
	for k := range of {
		kinds[k.kind] = true
	}
	n := map[textKey]int{}
	for _, u := range units {
		if !kinds[u.Kind] {
			continue
		}
		k := keyOf(u)
		if _, ok := of[k]; ok {
			n[k]++
		}
	}
	return n
}

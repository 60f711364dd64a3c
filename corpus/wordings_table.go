package corpus

import "sync"

// A wordingTable holds the wordings of the units under one top-level unit
// of an act, by unit id, oldest first, computed on first use: an act never
// changes, and every question about what a unit said on a day, its
// versions or its history asks for them, which cost a walk and a hash of
// every version of the top-level unit.
type wordingTable struct {
	once sync.Once
	byID map[string][]Wording
}

// newWordingTables makes an empty table for each top-level unit of ids.
func newWordingTables(ids []string) map[string]*wordingTable {
	tables := make(map[string]*wordingTable, len(ids))
	for _, id := range ids {
		tables[id] = &wordingTable{}
	}
	return tables
}

// wordingsOf returns the wordings of the unit id, oldest first, shared:
// callers must not change them. A unit the act does not have has none.
func (a *Act) wordingsOf(id string) []Wording {
	top := topOf(id)
	if a.wordings == nil { // an act not made by NewAct
		return wordingsByID(a.versions[top])[id]
	}
	t := a.wordings[top] // the map is made whole by NewAct, and only read
	if t == nil {
		return nil
	}
	t.once.Do(func() { t.byID = wordingsByID(a.versions[top]) })
	return t.byID[id]
}

// wordingsByID collects the wordings of the units in versions (those of one
// top-level unit) by unit id; EachWording ends a unit's wordings in order,
// so each list is oldest first.
func wordingsByID(versions []*Version) map[string][]Wording {
	byID := map[string][]Wording{}
	EachWording(versions, func(w Wording) error {
		byID[w.Unit.ID] = append(byID[w.Unit.ID], w)
		return nil
	})
	return byID
}

package corpus

import (
	"slices"
	"sync"
)

// wordingTables keeps an act's wordings (EachWording) once they are
// computed, one table per top-level unit: an act never changes, and every
// question about what a unit said on a day, its versions or its history
// asks for them, which cost a walk and a hash of every version of the
// top-level unit.
type wordingTables struct {
	mu    sync.Mutex
	byTop map[string]*wordingTable
}

// A wordingTable holds the wordings of the units under one top-level unit,
// by unit id, oldest first, computed on first use.
type wordingTable struct {
	once sync.Once
	byID map[string][]Wording
}

// wordingsOf returns the wordings of the unit id, oldest first, shared:
// callers must not change them.
func (a *Act) wordingsOf(id string) []Wording {
	top := topOf(id)
	if a.wordings == nil { // an act not made by NewAct
		return wordingsByID(a.versions[top])[id]
	}
	a.wordings.mu.Lock()
	t := a.wordings.byTop[top]
	if t == nil {
		t = &wordingTable{}
		a.wordings.byTop[top] = t
	}
	a.wordings.mu.Unlock()
	t.once.Do(func() { t.byID = wordingsByID(a.versions[top]) })
	return t.byID[id]
}

// wordingsByID collects the wordings of the units in versions (those of one
// top-level unit) by unit id, each list oldest first.
func wordingsByID(versions []*Version) map[string][]Wording {
	byID := map[string][]Wording{}
	EachWording(versions, func(w Wording) error {
		byID[w.Unit.ID] = append(byID[w.Unit.ID], w)
		return nil
	})
	for _, ws := range byID {
		slices.SortFunc(ws, func(x, y Wording) int { return int(x.Range.From - y.Range.From) })
	}
	return byID
}

package corpus

import (
	"errors"
	"slices"
	"sort"
)

// With returns a corpus that holds the given acts in place of c's acts of
// the same ids, and c's other acts: what c would be once the acts are
// stored, for a change that builds on another not yet stored. c itself is
// not changed.
func (c *Corpus) With(acts ...*Act) *Corpus {
	o := &overlay{base: c.cat, acts: map[string]*Act{}, keys: map[string]string{}}
	for _, a := range acts {
		o.acts[a.ID] = a
		for _, k := range a.Keys() {
			o.keys[k] = a.ID
		}
	}
	return Open(o)
}

// An overlay is a Catalog of acts in memory before those of another.
type overlay struct {
	base Catalog
	acts map[string]*Act   // by id
	keys map[string]string // lookup key → id, of acts
}

func (o *overlay) Summaries() ([]ActSummary, error) {
	list, err := o.base.Summaries()
	if err != nil {
		return nil, err
	}
	out := slices.DeleteFunc(slices.Clone(list), func(s ActSummary) bool { return o.acts[s.ID] != nil })
	for _, a := range o.acts {
		out = append(out, a.Summary())
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

func (o *overlay) Find(key string) (ActSummary, error) {
	if id, ok := o.keys[key]; ok {
		return o.acts[id].Summary(), nil
	}
	s, err := o.base.Find(key)
	if err == nil && o.acts[s.ID] != nil {
		return o.acts[s.ID].Summary(), nil // an old key of an act replaced
	}
	if errors.Is(err, ErrNotFound) {
		return ActSummary{}, ErrNotFound
	}
	return s, err
}

func (o *overlay) Load(id string) (*Act, error) {
	if a, ok := o.acts[id]; ok {
		return a, nil
	}
	return o.base.Load(id)
}

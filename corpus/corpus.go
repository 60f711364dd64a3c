package corpus

import (
	"fmt"
	"sort"
	"strings"
)

// A Corpus is a set of acts, found by id or by any publication reference
// they are known by. It is immutable and safe for concurrent use.
type Corpus struct {
	acts  []*Act
	byKey map[string]*Act
}

// New returns a corpus of the given acts. It fails when two acts share an
// id or a reference.
func New(acts ...*Act) (*Corpus, error) {
	c := &Corpus{byKey: map[string]*Act{}}
	for _, a := range acts {
		for _, k := range actKeys(a) {
			if other, ok := c.byKey[k]; ok && other != a {
				return nil, fmt.Errorf("%w: acts %s and %s are both known as %q", ErrInvalid, other.ID, a.ID, k)
			}
			c.byKey[k] = a
		}
		c.acts = append(c.acts, a)
	}
	sort.Slice(c.acts, func(i, j int) bool { return c.acts[i].ID < c.acts[j].ID })
	return c, nil
}

// Acts returns the acts, sorted by id.
func (c *Corpus) Acts() []*Act { return c.acts }

// Act returns the act with the given id, or known by the given reference in
// any of the forms FindPubRefs recognises ("Dz.U. 2017 poz. 1399",
// "DU/2017/1399"). The error wraps ErrNotFound.
func (c *Corpus) Act(key string) (*Act, error) {
	if a, ok := c.byKey[lookupKey(key)]; ok {
		return a, nil
	}
	return nil, fmt.Errorf("no act %q (give an act id such as %q, or a reference such as \"Dz. U. 2017 poz. 1399\"): %w",
		key, c.exampleID(), ErrNotFound)
}

func (c *Corpus) exampleID() string {
	if len(c.acts) == 0 {
		return "du-2017-1399"
	}
	return c.acts[0].ID
}

// actKeys are the keys an act is found by: its id and the ELI of each of
// its references.
func actKeys(a *Act) []string {
	keys := []string{lookupKey(a.ID)}
	for _, r := range append([]string{a.Ref}, a.Aliases...) {
		if r != "" {
			keys = append(keys, lookupKey(r))
		}
	}
	return keys
}

// lookupKey normalises an act id or reference: a reference becomes its ELI.
func lookupKey(s string) string {
	if r, err := ParsePubRef(s); err == nil {
		return r.ELI()
	}
	return strings.ToLower(strings.TrimSpace(s))
}

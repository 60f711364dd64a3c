package corpus

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// A Corpus is a set of acts, found by id or by any publication reference
// they are known by. It is immutable and safe for concurrent use.
//
// A corpus keeps the summary of every act (ActSummary: its metadata and
// the span of its versions) and reads the acts themselves through a
// Loader when asked for one: listing acts costs no more than their
// metadata, and a question about one act reads only that act. New makes a
// corpus of acts already in memory; Loaded one backed by a store.
type Corpus struct {
	list  []ActSummary      // sorted by id
	byKey map[string]string // lookup key → act id
	load  Loader
}

// A Loader reads the act with the given id, one of those the corpus lists.
// It must be safe for concurrent use. Its errors come back from
// Corpus.Act: a failure to read the act is not an ErrNotFound.
type Loader func(id string) (*Act, error)

// New returns a corpus of the given acts, held in memory. It fails when
// two acts share an id or a reference.
func New(acts ...*Act) (*Corpus, error) {
	byID := make(map[string]*Act, len(acts))
	list := make([]ActSummary, 0, len(acts))
	for _, a := range acts {
		if _, ok := byID[a.ID]; ok {
			return nil, fmt.Errorf("%w: two acts have the id %s", ErrInvalid, a.ID)
		}
		byID[a.ID] = a
		list = append(list, a.Summary())
	}
	return Loaded(list, func(id string) (*Act, error) { return byID[id], nil })
}

// Loaded returns a corpus of the acts that list summarises, each read by
// load when it is asked for. It fails when two acts share an id or a
// reference.
func Loaded(list []ActSummary, load Loader) (*Corpus, error) {
	c := &Corpus{list: append([]ActSummary(nil), list...), byKey: map[string]string{}, load: load}
	sort.Slice(c.list, func(i, j int) bool { return c.list[i].ID < c.list[j].ID })
	for i, s := range c.list {
		if i > 0 && c.list[i-1].ID == s.ID {
			return nil, fmt.Errorf("%w: two acts have the id %s", ErrInvalid, s.ID)
		}
		for _, k := range actKeys(s.ActInfo) {
			if other, ok := c.byKey[k]; ok && other != s.ID {
				return nil, fmt.Errorf("%w: acts %s and %s are both known as %q", ErrInvalid, other, s.ID, k)
			}
			c.byKey[k] = s.ID
		}
	}
	return c, nil
}

// Summaries returns the summary of every act, sorted by id, without
// reading the acts. The slice is shared: do not modify it.
func (c *Corpus) Summaries() []ActSummary { return c.list }

// Len returns the number of acts.
func (c *Corpus) Len() int { return len(c.list) }

// Summary returns the summary of the act known by key (see Act) without
// reading the act. The error wraps ErrNotFound.
func (c *Corpus) Summary(key string) (ActSummary, error) {
	id, ok := c.byKey[lookupKey(key)]
	if !ok {
		return ActSummary{}, c.notFound(key)
	}
	i := sort.Search(len(c.list), func(i int) bool { return c.list[i].ID >= id })
	return c.list[i], nil
}

// Act returns the act with the given id, or known by the given reference in
// any of the forms FindPubRefs recognises ("Dz.U. 2017 poz. 1399",
// "DU/2017/1399"). The error wraps ErrNotFound when the corpus has no such
// act; any other error is a failure to read it.
func (c *Corpus) Act(key string) (*Act, error) {
	id, ok := c.byKey[lookupKey(key)]
	if !ok {
		return nil, c.notFound(key)
	}
	a, err := c.load(id)
	if err != nil {
		return nil, fmt.Errorf("reading act %s: %w", id, err)
	}
	if a == nil {
		return nil, fmt.Errorf("reading act %s: the store no longer holds it", id)
	}
	return a, nil
}

// Each calls fn with every act, in the order of their ids, reading one act
// at a time. It stops at the first error, of reading or of fn, and
// returns it.
func (c *Corpus) Each(fn func(*Act) error) error {
	for _, s := range c.list {
		a, err := c.Act(s.ID)
		if err != nil {
			return err
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	return nil
}

func (c *Corpus) notFound(key string) error {
	return fmt.Errorf("no act %q (give an act id such as %q, or a reference such as \"Dz. U. 2017 poz. 1399\"): %w",
		key, c.exampleID(), ErrNotFound)
}

func (c *Corpus) exampleID() string {
	if len(c.list) == 0 {
		return "du-2017-1399"
	}
	return c.list[0].ID
}

// actKeys are the keys an act is found by: its id and the ELI of each of
// its references.
func actKeys(a ActInfo) []string {
	keys := []string{lookupKey(a.ID)}
	for _, r := range append([]string{a.Ref}, a.Aliases...) {
		if r != "" {
			keys = append(keys, lookupKey(r))
		}
	}
	return keys
}

// lookupKey normalises an act id or reference, whatever its case: a
// reference becomes its ELI ("dz.u. 2017 poz. 1399" and "du/2017/1399"
// both give "DU/2017/1399").
func lookupKey(s string) string {
	s = strings.TrimSpace(s)
	if r, err := ParsePubRef(refCase(s)); err == nil {
		return r.ELI()
	}
	return strings.ToLower(s)
}

// refCase writes a reference typed in any case the way ParsePubRef reads
// it: lower case, but for the journal ("Dz. U.", "M.P.", "DU/", "MP/") and
// "Nr".
func refCase(s string) string {
	s = strings.ToLower(s)
	if m := journalAnyCase.FindStringSubmatchIndex(s); m != nil {
		j := []byte(s[:m[1]])
		j[0] -= 'a' - 'A'    // d, m
		j[m[2]] -= 'a' - 'A' // u, p
		s = string(j) + s[m[1]:]
	}
	return issueNr.ReplaceAllString(s, "Nr")
}

var (
	journalAnyCase = regexp.MustCompile(`^(?:dz\.\s?|m\.\s?|d|m)([up])[./]`)
	issueNr        = regexp.MustCompile(`\bnr\b`)
)

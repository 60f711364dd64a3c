package corpus

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// A Corpus is a set of acts, found by id or by any publication reference
// they are known by. It is immutable and safe for concurrent use.
//
// A corpus reads what it is asked for from a Catalog: the summaries of the
// acts (ActSummary: metadata and the span of the versions) and each act
// when it is asked for, so that listing acts costs no more than their
// metadata and a question about one act reads only that act. New makes a
// corpus of acts held in memory, Loaded one whose summaries are in memory
// and whose acts are read on demand, Open one over any Catalog (a store
// that looks acts up by key).
type Corpus struct {
	cat Catalog
}

// A Catalog is what a Corpus reads. It must be safe for concurrent use.
// Errors other than ErrNotFound are failures to read.
type Catalog interface {
	// Summaries returns the summary of every act, sorted by id.
	Summaries() ([]ActSummary, error)
	// Find returns the summary of the act known by key, a lookup key as
	// LookupKey returns it (ActInfo.Keys lists an act's). The error wraps
	// ErrNotFound when no act is.
	Find(key string) (ActSummary, error)
	// Load reads the act with the given id, one of those Summaries lists.
	Load(id string) (*Act, error)
}

// Open returns the corpus that cat holds.
func Open(cat Catalog) *Corpus { return &Corpus{cat} }

// A Loader reads the act with the given id (see Loaded). It must be safe
// for concurrent use.
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
	m := &memCatalog{list: append([]ActSummary(nil), list...), byKey: map[string]int{}, load: load}
	sort.Slice(m.list, func(i, j int) bool { return m.list[i].ID < m.list[j].ID })
	for i, s := range m.list {
		if i > 0 && m.list[i-1].ID == s.ID {
			return nil, fmt.Errorf("%w: two acts have the id %s", ErrInvalid, s.ID)
		}
		for _, k := range s.Keys() {
			if other, ok := m.byKey[k]; ok && other != i {
				return nil, fmt.Errorf("%w: acts %s and %s are both known as %q", ErrInvalid, m.list[other].ID, s.ID, k)
			}
			m.byKey[k] = i
		}
	}
	return Open(m), nil
}

// A memCatalog holds the summaries in memory and reads acts with a Loader.
type memCatalog struct {
	list  []ActSummary   // sorted by id
	byKey map[string]int // lookup key → index in list
	load  Loader
}

func (m *memCatalog) Summaries() ([]ActSummary, error) { return m.list, nil }

func (m *memCatalog) Find(key string) (ActSummary, error) {
	i, ok := m.byKey[key]
	if !ok {
		return ActSummary{}, ErrNotFound
	}
	return m.list[i], nil
}

func (m *memCatalog) Load(id string) (*Act, error) { return m.load(id) }

// Summaries returns the summary of every act, sorted by id, without
// reading the acts. The slice may be shared: do not modify it.
func (c *Corpus) Summaries() ([]ActSummary, error) { return c.cat.Summaries() }

// Summary returns the summary of the act known by key (see Act) without
// reading the act. The error wraps ErrNotFound when there is none.
func (c *Corpus) Summary(key string) (ActSummary, error) {
	s, err := c.cat.Find(LookupKey(key))
	if errors.Is(err, ErrNotFound) {
		return ActSummary{}, fmt.Errorf("no act %q (give an act id such as \"du-2017-1399\", or a reference such as \"Dz. U. 2017 poz. 1399\"): %w",
			key, ErrNotFound)
	}
	return s, err
}

// Act returns the act with the given id, or known by the given reference in
// any of the forms FindPubRefs recognises ("Dz.U. 2017 poz. 1399",
// "DU/2017/1399"). The error wraps ErrNotFound when the corpus has no such
// act; any other error is a failure to read it.
func (c *Corpus) Act(key string) (*Act, error) {
	s, err := c.Summary(key)
	if err != nil {
		return nil, err
	}
	a, err := c.cat.Load(s.ID)
	if err != nil {
		return nil, fmt.Errorf("reading act %s: %w", s.ID, err)
	}
	if a == nil {
		return nil, fmt.Errorf("reading act %s: the store no longer holds it", s.ID)
	}
	return a, nil
}

// Each calls fn with every act, in the order of their ids, reading one act
// at a time. It stops at the first error, of reading or of fn, and
// returns it.
func (c *Corpus) Each(fn func(*Act) error) error {
	list, err := c.Summaries()
	if err != nil {
		return err
	}
	for _, s := range list {
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

// Keys returns the lookup keys the act is found by (see LookupKey): its
// id and the ELI of each of its references.
func (a ActInfo) Keys() []string {
	keys := []string{LookupKey(a.ID)}
	for _, r := range append([]string{a.Ref}, a.Aliases...) {
		if r != "" {
			keys = append(keys, LookupKey(r))
		}
	}
	return keys
}

// LookupKey normalises an act id or reference, whatever its case, into
// the key a Catalog finds it by: a reference becomes its ELI ("dz.u. 2017
// poz. 1399" and "du/2017/1399" both give "DU/2017/1399"), an id its lower
// case.
func LookupKey(s string) string {
	s = strings.TrimSpace(s)
	if !strings.ContainsAny(s, "./") { // every reference has one ("DU/…", "Dz. U. …"): an id, as the API and the pages name acts
		return strings.ToLower(s)
	}
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

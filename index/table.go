package index

import (
	"context"
	"fmt"
	"math"
	"strconv"

	"github.com/blevesearch/bleve/v2"
	index "github.com/blevesearch/bleve_index_api"

	"lexdiff/corpus"
)

// A table holds, by internal document number, what filters and facets need
// of every wording: its act, unit kind and range. Reading these from the
// index for each hit (doc values) cost more than half of a search at a
// million wordings; here a hit costs a few array reads. The table is read
// once from the terms of the act, kind, unit, from and to fields, which is valid
// because a built index never changes: a read-only index and an in-memory
// one that is no longer written to keep their document numbers.
type table struct {
	acts  []string // act ids, indexed by docs' act
	kinds []string // unit kinds, indexed by docs' kind
	docs  []docRow // by document number
	// years names every year from firstYear to the last year of a doc's
	// from, indexed by docs' year less firstYear, so that the year facet
	// is counted in a slice, as the others are, not in a map.
	years     []string
	firstYear uint16
}

// A docRow is one wording in the table. Its act and kind index the table's
// lists, unit the terms of the unit field; year is the year of from; place
// is its place in the order that breaks ties of score (see table.order).
type docRow struct {
	from, to  corpus.Date
	act, unit uint32
	place     uint32
	year      uint16
	kind      uint8
}

// openReader opens a reader of b's current snapshot; the caller closes it.
func openReader(b bleve.Index) (index.IndexReader, error) {
	adv, err := b.Advanced()
	if err != nil {
		return nil, err
	}
	return adv.Reader()
}

// newTable reads the table of the index b.
func newTable(b bleve.Index) (*table, error) {
	r, err := openReader(b)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	count, err := r.DocCount()
	if err != nil {
		return nil, err
	}
	t := &table{docs: make([]docRow, 0, count)}
	var units []string
	fill := []struct {
		field string
		set   func(row *docRow, term string, i int) error
		list  *[]string
	}{
		{fieldAct, func(row *docRow, _ string, i int) error { row.act = uint32(i); return nil }, &t.acts},
		{fieldKind, func(row *docRow, _ string, i int) error { row.kind = uint8(i); return nil }, &t.kinds},
		{fieldUnit, func(row *docRow, _ string, i int) error { row.unit = uint32(i); return nil }, &units},
		{fieldFrom, func(row *docRow, term string, _ int) error {
			d, err := corpus.ParseDate(term)
			row.from, row.year = d, uint16(d.Year())
			return err
		}, nil},
		{fieldTo, func(row *docRow, term string, _ int) error {
			d, err := corpus.ParseDate(term)
			row.to = d
			return err
		}, nil},
	}
	for _, f := range fill {
		terms, err := t.readField(r, f.field, f.set)
		if err != nil {
			return nil, fmt.Errorf("reading the %s of the indexed wordings: %w", f.field, err)
		}
		if f.list != nil {
			*f.list = terms
		}
	}
	t.order(units)
	t.nameYears()
	return t, nil
}

// nameYears fills t.years and t.firstYear from the years of the docs.
func (t *table) nameYears() {
	first, last := uint16(math.MaxUint16), uint16(0)
	for i := range t.docs {
		if row := &t.docs[i]; !row.from.IsZero() { // a number no doc holds has no row of its own
			first, last = min(first, row.year), max(last, row.year)
		}
	}
	if first > last {
		return // no docs
	}
	t.firstYear = first
	for y := int(first); y <= int(last); y++ {
		t.years = append(t.years, strconv.Itoa(y))
	}
}

// readField calls set for every document of every term of field, with the
// term's index in field's dictionary, and returns the terms.
func (t *table) readField(r index.IndexReader, field string, set func(*docRow, string, int) error) ([]string, error) {
	terms, err := fieldTerms(r, field, nil)
	if err != nil {
		return nil, err
	}
	for i, term := range terms {
		if err := t.readTerm(r, field, term, i, set); err != nil {
			return nil, err
		}
	}
	return terms, nil
}

func (t *table) readTerm(r index.IndexReader, field, term string, i int, set func(*docRow, string, int) error) error {
	tfr, err := r.TermFieldReader(context.Background(), []byte(term), field, false, false, false)
	if err != nil {
		return err
	}
	defer tfr.Close()
	var tfd index.TermFieldDoc
	for {
		d, err := tfr.Next(tfd.Reset())
		if err != nil || d == nil {
			return err
		}
		if len(d.ID) != 8 {
			return fmt.Errorf("document %x: not a scorch document number", d.ID)
		}
		if err := set(t.row(d.ID.Value()), term, i); err != nil {
			return err
		}
	}
}

// row returns the row of document number n, growing the table as needed.
func (t *table) row(n uint64) *docRow {
	for uint64(len(t.docs)) <= n {
		t.docs = append(t.docs, docRow{})
	}
	return &t.docs[n]
}

package index

import (
	"fmt"
	"slices"

	"github.com/blevesearch/bleve/v2/index/scorch"
	index "github.com/blevesearch/bleve_index_api"
)

// fieldTerms returns the terms of field in the index r reads that begin
// with prefix (every term for an empty prefix), sorted, each once.
//
// Of a scorch index, it reads the segments' dictionaries one after another
// on the calling goroutine. Bleve's own FieldDict and FieldDictPrefix read
// each segment on a goroutine of its own, where a panic or a memory fault
// on a damaged segment cannot be caught and ends the process; here
// catchFaults, around the search or the opening, turns it into an error
// that heals the index. Another reader (a test's wrapper) is read through
// its FieldDictPrefix.
func fieldTerms(r index.IndexReader, field string, prefix []byte) ([]string, error) {
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return dictTerms(r, field, prefix)
	}
	end := prefixEnd(prefix)
	var terms []string
	for _, s := range snap.Segments() {
		d, err := s.Segment().Dictionary(field)
		if err != nil {
			return nil, fmt.Errorf("reading the terms of %s: %w", field, err)
		}
		it := d.AutomatonIterator(nil, prefix, end)
		e, err := it.Next()
		for ; err == nil && e != nil; e, err = it.Next() {
			terms = append(terms, e.Term)
		}
		if err != nil {
			return nil, fmt.Errorf("reading the terms of %s: %w", field, err)
		}
	}
	slices.Sort(terms) // each segment's are sorted; a term in several segments comes once
	return slices.Compact(terms), nil
}

// dictTerms returns the terms of field in r that begin with prefix, as
// r's FieldDictPrefix reads them.
func dictTerms(r index.IndexReader, field string, prefix []byte) ([]string, error) {
	d, err := r.FieldDictPrefix(field, prefix)
	if err != nil {
		return nil, fmt.Errorf("reading the terms of %s: %w", field, err)
	}
	defer d.Close()
	var terms []string
	e, err := d.Next()
	for ; err == nil && e != nil; e, err = d.Next() {
		terms = append(terms, e.Term)
	}
	if err != nil {
		return nil, fmt.Errorf("reading the terms of %s: %w", field, err)
	}
	return terms, nil
}

// prefixEnd is the first key after every key that begins with prefix, nil
// when there is none (an empty prefix, or one of 0xff bytes alone).
func prefixEnd(prefix []byte) []byte {
	end := slices.Clone(prefix)
	for i := len(end) - 1; i >= 0; i-- {
		if end[i]++; end[i] != 0 {
			return end[:i+1]
		}
	}
	return nil
}

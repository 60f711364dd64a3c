package index

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/index/scorch"
	bindex "github.com/blevesearch/bleve_index_api"
)

// visitStored calls visit with the name and value of each stored field of
// the document of the given id and internal number in r, a scorch
// snapshot; value is valid during the call alone.
//
// The document is read by its number: looking it up by its id, as the
// reader's Document does, costs a search of the id field and builds a
// Bleve document of every field. Scorch numbers the documents of a
// snapshot segment after segment, each starting where the ones before it
// end (its offset, the sum of their document counts, deleted ones
// included); the stored id is checked against id, so that a change of
// that numbering shows as an error, never as the fields of another
// document.
func visitStored(r bindex.IndexReader, id string, num bindex.IndexInternalID, visit func(field string, value []byte)) error {
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return fmt.Errorf("reading document %s: the index reader is a %T, not a scorch snapshot", id, r)
	}
	n := num.Value()
	var offset uint64
	for _, s := range snap.Segments() {
		count := s.Segment().Count()
		if n >= offset+count {
			offset += count
			continue
		}
		found := false
		err := s.VisitDocument(n-offset, func(field string, _ byte, value []byte, _ []uint64) bool {
			if field == "_id" {
				found = string(value) == id
				return found
			}
			visit(field, value)
			return true
		})
		switch {
		case err != nil:
			return fmt.Errorf("reading document %s: %w", id, err)
		case !found:
			return fmt.Errorf("reading document %s: document number %d holds another document", id, n)
		}
		return nil
	}
	return fmt.Errorf("reading document %s: no document number %d in the index", id, n)
}

package index

import (
	"cmp"
	"slices"

	"lexdiff/corpus"
)

// order numbers the wordings of the table by act, unit in document order
// (corpus.CompareIDs; units are the terms of the unit field) and first
// day, into each row's place: an order of the wordings themselves, unlike
// that of the index's document numbers, which follows the order of
// indexing and of segment merges. Hits of equal score are ranked in that
// order (see tally.handler), so that a page of them is the same from one
// search to the next and from one build of the index to the next, and
// pages never share or skip a hit.
func (t *table) order(units []string) {
	unitRank := make([]uint32, len(units)) // by term, its place in document order
	for place, term := range slices.SortedFunc(slices.Values(indices(len(units))), func(i, j uint32) int {
		return cmp.Or(corpus.CompareIDs(units[i], units[j]), cmp.Compare(i, j))
	}) {
		unitRank[term] = uint32(place)
	}
	nums := indices(len(t.docs))
	slices.SortFunc(nums, func(i, j uint32) int {
		a, b := &t.docs[i], &t.docs[j]
		return cmp.Or(cmp.Compare(a.act, b.act), cmp.Compare(unitRank[a.unit], unitRank[b.unit]), cmp.Compare(a.from, b.from))
	})
	for place, n := range nums {
		t.docs[n].place = uint32(place)
	}
}

// indices returns 0, 1, … n-1.
func indices(n int) []uint32 {
	is := make([]uint32, n)
	for i := range is {
		is[i] = uint32(i)
	}
	return is
}

package index

import (
	"cmp"
	"slices"
)

// order numbers the wordings of the table by act, unit and first day (as
// their terms sort), into each row's place: an order of the wordings
// themselves, unlike that of the index's document numbers, which follows
// the order of indexing and of segment merges. Hits of equal score are
// ranked in that order (see tally.handler), so that a page of them is the
// same from one search to the next and from one build of the index to the
// next, and pages never share or skip a hit.
func (t *table) order() {
	nums := make([]uint32, len(t.docs))
	for i := range nums {
		nums[i] = uint32(i)
	}
	slices.SortFunc(nums, func(i, j uint32) int {
		a, b := &t.docs[i], &t.docs[j]
		return cmp.Or(cmp.Compare(a.act, b.act), cmp.Compare(a.unit, b.unit), cmp.Compare(a.from, b.from))
	})
	for place, n := range nums {
		t.docs[n].place = uint32(place)
	}
}

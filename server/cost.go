package server

import (
	"context"

	"lexdiff/corpus"
)

// Answers are estimated before they are built, in bytes of JSON, so that
// the budget can be reserved and pages cut to size.
const (
	// unitOverhead is the JSON of a unit besides its words: keys, id,
	// citation, status, version, footnotes.
	unitOverhead = 300
	// memoryPerByte is the memory a byte of answer costs while it is
	// built: the answer's values, the JSON, its gzipped copy, garbage.
	memoryPerByte = 4
	// versionCost is the JSON of one entry in a list of versions.
	versionCost = 250
	// changeCost is one change of a comparison without its words: the
	// JSON of its keys, kind, class and attribution, and the memory each
	// unit compared takes while a comparison is listed (diff.List).
	changeCost = 250
)

// unitCost estimates the JSON of the answer for u (corpus.UnitText): each
// unit holds its own words, and in its full text those of every unit
// below it, so a word counts once for each level above it, and twice for
// its own (text and ownText).
func unitCost(u *corpus.Unit) int64 { return subtreeCost(u, 2) }

func subtreeCost(u *corpus.Unit, copies int64) int64 {
	n := unitOverhead + copies*int64(len(u.Text)+len(u.Closing)+len(u.Heading))
	for _, c := range u.Children {
		n += subtreeCost(c, copies+1)
	}
	return n
}

// listingCost estimates a change without its words (changeCost) for u and
// every unit below it.
func listingCost(u *corpus.Unit) int64 {
	n := int64(changeCost)
	for _, c := range u.Children {
		n += listingCost(c)
	}
	return n
}

// reserve takes from the server's budget the memory an answer of the
// estimated JSON size costs while built; release gives it back.
func (s *Server) reserve(ctx context.Context, estimate int64) (release func(), err error) {
	return s.budget.reserve(ctx, estimate*memoryPerByte)
}

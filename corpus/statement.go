package corpus

import (
	"slices"
	"strings"
)

// provisionRanks are the kinds of documents of the Dziennik Ustaw (the
// "rank" of their front matter) that always hold provisions to version:
// acts, in articles or paragraphs. A document of any other rank may state
// facts in running text, with no article or paragraph: a government
// statement that a treaty is in force and who its parties are, a treaty
// itself (given as an image of the PDF), a notice, a judgment's sentence.
var provisionRanks = []string{"ustawa", "rozporządzenie", "kodeks", "konstytucja", "dekret"}

// isStatement reports whether a document of the given rank may be a
// statement in no units: a rank, and not one of provisionRanks.
func isStatement(rank string) bool {
	rank = strings.ToLower(strings.TrimSpace(rank))
	return rank != "" && !slices.Contains(provisionRanks, rank)
}

package corpus

import (
	"slices"
	"strings"
)

// statementRanks are the kinds of documents of the Dziennik Ustaw (the
// "rank" of their front matter) that may state facts in running text,
// with no articles or paragraphs: a government statement that a treaty is
// in force and who its parties are, a notice, a judgment's sentence. Such
// a document holds no provision to version.
var statementRanks = []string{
	"oświadczenie rządowe", "oświadczenie", "komunikat", "informacja",
	"obwieszczenie", "sprostowanie", "wyrok", "postanowienie", "orzeczenie",
}

// isStatement reports whether a document of the given rank may be a
// statement in no units.
func isStatement(rank string) bool {
	return slices.Contains(statementRanks, strings.ToLower(strings.TrimSpace(rank)))
}

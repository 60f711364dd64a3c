// Package index finds the units of a corpus by their words, in Polish, in
// the law as in force on a date or in all its history. It is the only
// package of lexdiff that uses Bleve.
//
// Each document is one wording of one unit: the unit's own text and its
// closing part, over the days it read so, merged across consecutive
// versions. Text is analysed word by word into the word itself and its
// lemmas from the sjp.pl dictionary (or its stem, for a word the dictionary
// does not know), all folded to lower case without diacritics, so that
// "wnioskiem", "wniosku" and "wnioski" find "Wniosek" and "dostepowych"
// finds "dostępowych"; highlights cover the word as written.
//
// Open keeps an index on disk beside the corpus and rebuilds it when the
// corpus changes; NewMem indexes a corpus in memory. Search takes plain
// words (all must match), "phrases", -excluded words and prefix* words;
// a malformed query is an error wrapping ErrBadQuery.
//
// An index on disk heals: a segment that fails its checksum, or a panic of
// Bleve's while opening or searching, marks the index damaged, and it is
// rebuilt (Healing rebuilds it in the background; it rebuilds besides,
// at most once an hour, when a search fails inside Bleve on segments that
// pass their checksums). A panic is caught only on the goroutine that
// calls into Bleve, so lexdiff calls none of Bleve's methods that work on
// goroutines of their own: it reads term dictionaries, which Bleve's
// FieldDict would read per segment on such goroutines, one segment after
// another itself (fieldTerms).
package index

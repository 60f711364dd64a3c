// Package lemma maps Polish word forms to their lemmas ("wnioskiem" →
// "wniosek") with a table built from the sjp.pl Hunspell dictionary and
// embedded in the binary, so that search needs no dictionary installed.
// Keys and lemmas are folded (lower case, no diacritics; see Fold). The
// table is regenerated with go generate; see NOTICE for its licence.
package lemma

package amend

import (
	"slices"
	"strings"

	"lexdiff/corpus"
)

// A Mismatch is a unit whose wording computed from an amending act differs
// from the wording a published text gives for the same day: Computed or
// Published is "" when that side has no such unit. Source names the
// published text.
type Mismatch struct {
	Unit      string      `json:"unit"`
	Citation  string      `json:"citation"`
	Computed  string      `json:"computed"`
	Published string      `json:"published"`
	From      corpus.Date `json:"from"`
	Source    string      `json:"source"`
}

// Compare compares the computed unit tree with the published one, unit by
// unit, on their own text (footnote markers aside, spaces and the PDF's
// split hyphens "- -" made even), and returns a Mismatch for each unit
// whose text differs or that only one side holds. pub is the published
// version, for its date and source.
func Compare(computed, published *corpus.Unit, pub *corpus.Version) []Mismatch {
	a, b := ownTexts(computed), ownTexts(published)
	var out []Mismatch
	add := func(id string) {
		if !sameText(computed.Find(id), a[id], b[id]) {
			out = append(out, Mismatch{Unit: id, Citation: corpus.CitationOf(id), Computed: a[id], Published: b[id], From: pub.Range.From, Source: pub.Source})
		}
	}
	computed.Walk(func(u *corpus.Unit) bool { add(u.ID); return true })
	published.Walk(func(u *corpus.Unit) bool {
		if _, ok := a[u.ID]; !ok {
			add(u.ID)
		}
		return true
	})
	return out
}

// ownTexts maps each unit of a tree to its own text and closing part.
func ownTexts(top *corpus.Unit) map[string]string {
	out := map[string]string{}
	top.Walk(func(u *corpus.Unit) bool {
		out[u.ID] = strings.TrimSpace(u.Text + "\n" + u.Closing)
		return true
	})
	return out
}

// sameText reports whether two texts of unit u say the same. An annex is
// compared by its words in any order, its caption aside: a table
// flattened by the PDF conversion lands its cells in an order of the
// layout's, and a hyphenated word may be split around a cell ("Łodzi- 500
// zł -Widzewa").
func sameText(u *corpus.Unit, a, b string) bool {
	if u != nil && u.Kind == corpus.Annex {
		return slices.Equal(wordBag(annexBody(a)), wordBag(annexBody(b)))
	}
	return Comparable(a) == Comparable(b)
}

// wordBag returns the words of s, sorted; a hyphenated word counts as its
// parts.
func wordBag(s string) []string {
	out := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\n' || r == '-' })
	slices.Sort(out)
	return out
}

// annexBody returns an annex's text without its caption.
func annexBody(s string) string {
	if first, rest, ok := strings.Cut(s, "\n"); ok && isCaption(first) {
		return rest
	}
	return s
}

// Comparable makes a text comparable across conversions of the PDF: one
// space between words, hyphens split by a line break joined.
func Comparable(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return reSplitHyphen.ReplaceAllString(s, "-")
}

// CheckPublished compares what a published text states with what lexdiff
// computed: for each version merged adds to stored that is read from a
// published text, the stored computed version in force on the day it
// starts, unit by unit (see Compare). It returns a Mismatch for each unit
// where the two differ, so that an error in an amending act's reading, or
// in the published text, comes to light.
func CheckPublished(stored, merged *corpus.Act) []Mismatch {
	var out []Mismatch
	for _, id := range merged.Units() {
		for _, v := range merged.Versions(id) {
			if v.Computed || slices.Contains(stored.Versions(id), v) {
				continue
			}
			for _, w := range stored.Versions(id) {
				if w.Computed && w.Range.Contains(v.Range.From) {
					out = append(out, Compare(w.Unit, v.Unit, v)...)
				}
			}
		}
	}
	return out
}

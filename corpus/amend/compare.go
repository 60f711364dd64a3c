package amend

import (
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
		if Comparable(a[id]) != Comparable(b[id]) {
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

// Comparable makes a text comparable across conversions of the PDF: one
// space between words, hyphens split by a line break joined.
func Comparable(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return reSplitHyphen.ReplaceAllString(s, "-")
}

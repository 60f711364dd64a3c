package diff

import (
	"regexp"
	"strings"

	"lexdiff/corpus"
)

// A Class says what kind of change a modified unit underwent.
type Class string

// The classes of change, from the least to the most significant.
const (
	// Formatting: only whitespace, dash or quote style, or the punctuation
	// that ends a list item (";" and "," as a list grows).
	Formatting Class = "formatting"
	// Reference: only publication references changed (year, position,
	// "t.j.", "z późn. zm."), as when a consolidated text catches up with
	// republished acts.
	Reference Class = "reference"
	// Wording: anything else.
	Wording Class = "wording"
)

// rank orders classes by significance; the empty class ranks lowest.
func (c Class) rank() int {
	switch c {
	case Formatting:
		return 1
	case Reference:
		return 2
	case Wording:
		return 3
	}
	return 0
}

// classify returns the class of the change from old to new, two units
// whose own text differs.
func classify(old, new *corpus.Unit) Class {
	k := new.Kind
	if formattingKey(k, old) == formattingKey(k, new) {
		return Formatting
	}
	if referenceKey(k, old) == referenceKey(k, new) {
		return Reference
	}
	return Wording
}

// formattingKey is the unit's own text with formatting normalised.
func formattingKey(k corpus.Kind, u *corpus.Unit) string {
	return normalize(u.Text, isListItem(k)) + "\n" + normalize(u.Closing, false)
}

// referenceKey is the unit's own text without publication references,
// formatting normalised.
func referenceKey(k corpus.Kind, u *corpus.Unit) string {
	return normalize(withoutRefs(u.Text), isListItem(k)) + "\n" + normalize(withoutRefs(u.Closing), false)
}

func isListItem(k corpus.Kind) bool {
	return k == corpus.Point || k == corpus.Letter || k == corpus.Tiret || k == corpus.DoubleTiret
}

var (
	dashes      = strings.NewReplacer("‐", "-", "‑", "-", "‒", "-", "–", "-", "—", "-", "―", "-", "−", "-")
	quotes      = strings.NewReplacer("„", `"`, "”", `"`, "“", `"`, "«", `"`, "»", `"`, "‟", `"`, "‘", "'", "’", "'", "‚", "'")
	reSpace     = regexp.MustCompile(`\s+`)
	reSpaceIn   = regexp.MustCompile(` ([,.;:)])|([(]) `)
	reItemEnd   = regexp.MustCompile(`[;,.]$`)
	reEmptyPars = regexp.MustCompile(`\(\s*\)`)
	reTJBefore  = regexp.MustCompile(`t\.\s?j\.\s*$`)
)

// normalize folds the formatting a change of wording does not touch:
// whitespace, dash and quote style, and for a list item its final
// punctuation.
func normalize(s string, listItem bool) string {
	s = quotes.Replace(dashes.Replace(s))
	s = strings.TrimSpace(reSpace.ReplaceAllString(s, " "))
	s = reSpaceIn.ReplaceAllString(s, "$1$2")
	if listItem {
		s = reItemEnd.ReplaceAllString(s, "")
	}
	return s
}

// withoutRefs removes every publication reference from s, with a "t.j."
// written before it and the parentheses that held only it.
func withoutRefs(s string) string {
	refs := corpus.FindPubRefs(s)
	if len(refs) == 0 {
		return s
	}
	var b strings.Builder
	pos := 0
	for _, r := range refs {
		before := s[pos:r.Start]
		if loc := reTJBefore.FindStringIndex(before); loc != nil {
			before = before[:loc[0]]
		}
		b.WriteString(before)
		pos = r.End
	}
	b.WriteString(s[pos:])
	return reEmptyPars.ReplaceAllString(b.String(), "")
}

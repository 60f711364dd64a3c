package diff

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"lexdiff/corpus"
)

// A Class says what kind of change a modified unit underwent.
type Class string

// The classes of change, from the least to the most significant.
const (
	// Formatting: only whitespace (a space between words too, which a PDF
	// copy drops or adds: "nie więcej" / "niewięcej"), a word split at the
	// end of a PDF line ("operacyjno- -rozpoznawczych"), dash or quote
	// style, or the punctuation that ends a list item (";" and "," as a
	// list grows).
	Formatting Class = "formatting"
	// Reference: only publication references changed (year, position,
	// "t.j.", "z późn. zm."), as when a consolidated text catches up with
	// republished acts. Both sides cite the same number of publications
	// in the same journals: a citation added or dropped is wording.
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

// ClassOfTexts returns the class of the change from old to new, the own
// words (closing part included) of a unit of kind k, as a comparison
// classes a modified unit: what a published text and a computed wording
// that differ differ in.
func ClassOfTexts(k corpus.Kind, old, new string) Class {
	return classify(&corpus.Unit{Kind: k, Text: old}, &corpus.Unit{Kind: k, Text: new})
}

// classify returns the class of the change from old to new, two units
// whose own text differs.
func classify(old, new *corpus.Unit) Class {
	k := new.Kind
	if sameFormatted(k, own{old.Text, old.Closing}, own{new.Text, new.Closing}) {
		return Formatting
	}
	newRefs := refsOf(new)
	if len(newRefs.text)+len(newRefs.closing) == 0 {
		return Wording // no reference to have changed
	}
	oldRefs := refsOf(old)
	if !citeAlike(oldRefs, newRefs) {
		return Wording
	}
	if sameFormatted(k, withoutRefs(old, oldRefs), withoutRefs(new, newRefs)) {
		return Reference
	}
	return Wording
}

// own is a unit's own text: its Text and its Closing.
type own struct{ text, closing string }

// sameFormatted reports whether a and b, the own texts of a unit of kind k,
// are the same once formatting is normalised. normalize leaves letters and
// digits alone, so texts whose letters and digits differ are not
// normalised at all.
func sameFormatted(k corpus.Kind, a, b own) bool {
	if !sameAlnum(a.text, b.text) || !sameAlnum(a.closing, b.closing) {
		return false
	}
	fa, fb := formatted(k, a), formatted(k, b)
	return fa == fb || squeezed(fa) == squeezed(fb)
}

// squeezed is a normalised text without the spaces a PDF adds or loses
// between words ("nie więcej" and "niewięcej"), a word the PDF split at the
// end of a line ("operacyjno- -rozpoznawczych") joined again. A space
// between two digits stays unless it separates thousands ("20 000"): "2
// 10,5" and "21 0,5" are other numbers, not other formatting.
func squeezed(s string) string {
	s = strings.ReplaceAll(s, "- -", "-")
	var b strings.Builder
	for i, r := range s {
		if r != ' ' || i == 0 || !isDigit(s[i-1]) || i+1 >= len(s) || !isDigit(s[i+1]) || thousands(s[i+1:]) {
			if r != ' ' {
				b.WriteRune(r)
			}
			continue
		}
		b.WriteByte(' ')
	}
	return b.String()
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// thousands reports whether s opens with a group of exactly three digits.
func thousands(s string) bool {
	return len(s) >= 3 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && (len(s) == 3 || !isDigit(s[3]))
}

// formatted is the own text of a unit of kind k with formatting normalised.
func formatted(k corpus.Kind, t own) string {
	return normalize(t.text, isListItem(k)) + "\n" + normalize(t.closing, false)
}

// sameAlnum reports whether a and b hold the same letters and digits in the
// same order. Only what lies between the runes they share at the start and
// at the end is read: those hold the same letters and digits on both sides.
func sameAlnum(a, b string) bool {
	a, b = trimCommon(a, b)
	i, j := 0, 0
	for {
		ra, na := nextAlnum(a, i)
		rb, nb := nextAlnum(b, j)
		if ra != rb {
			return false
		}
		if ra < 0 {
			return true
		}
		i, j = na, nb
	}
}

// trimCommon returns a and b without the bytes they share at the start and
// at the end, each cut where a rune starts, so that both texts read as the
// runes of the part they share and those of the rest.
func trimCommon(a, b string) (string, string) {
	n := min(len(a), len(b))
	start := 0
	for start < n && a[start] == b[start] {
		start++
	}
	for start > 0 && (start < len(a) && !utf8.RuneStart(a[start]) || start < len(b) && !utf8.RuneStart(b[start])) {
		start--
	}
	end := 0 // bytes shared at the end
	for end < n-start && a[len(a)-1-end] == b[len(b)-1-end] {
		end++
	}
	for end > 0 && !utf8.RuneStart(a[len(a)-end]) {
		end--
	}
	return a[start : len(a)-end], b[start : len(b)-end]
}

// nextAlnum returns the first letter or digit of s at or after i and the
// offset after it, or -1 at the end of s.
func nextAlnum(s string, i int) (rune, int) {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if isWordRune(r) {
			return r, i
		}
	}
	return -1, i
}

// ownRefs are the publication references of a unit's own text: of its
// Text and of its Closing.
type ownRefs struct{ text, closing []corpus.PubRef }

// refsOf finds the references of u's own text, once for all that classify
// asks of them.
func refsOf(u *corpus.Unit) ownRefs { return ownRefs{findRefs(u.Text), findRefs(u.Closing)} }

// citeAlike reports whether the references of two units' own texts are as
// many in each part and in the same journals, so that a reference change
// may be all that differs: a reference added or removed is a change of
// wording.
func citeAlike(old, new ownRefs) bool {
	return sameJournals(old.text, new.text) && sameJournals(old.closing, new.closing)
}

func sameJournals(a, b []corpus.PubRef) bool {
	return slices.EqualFunc(a, b, func(x, y corpus.PubRef) bool { return x.Journal == y.Journal })
}

func isListItem(k corpus.Kind) bool {
	return k == corpus.Point || k == corpus.Letter || k == corpus.Tiret || k == corpus.DoubleTiret
}

var (
	reEmptyPars = regexp.MustCompile(`\(\s*\)`)
	reTJBefore  = regexp.MustCompile(`t\.\s?j\.\s*$`)
)

// normalize folds the formatting a change of wording does not touch:
// whitespace (runs become one space, none before ",.;:)" or after "("),
// dash and quote style, and for a list item its final punctuation.
func normalize(s string, listItem bool) string {
	var b strings.Builder
	b.Grow(len(s))
	space, last := false, rune(0)
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		r = foldRune(r)
		if space && last != '(' && !strings.ContainsRune(",.;:)", r) {
			b.WriteByte(' ')
		}
		space, last = false, r
		b.WriteRune(r)
	}
	out := b.String()
	if listItem && out != "" && strings.ContainsRune(";,.", rune(out[len(out)-1])) {
		out = out[:len(out)-1]
	}
	return out
}

// foldRune maps every dash to "-" and every quote to \" or '.
func foldRune(r rune) rune {
	switch r {
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return '-'
	case '„', '”', '“', '«', '»', '‟':
		return '"'
	case '‘', '’', '‚':
		return '\''
	}
	return r
}

// withoutRefs returns u's own text without its publication references,
// refs.
func withoutRefs(u *corpus.Unit, refs ownRefs) own {
	return own{removeRefs(u.Text, refs.text), removeRefs(u.Closing, refs.closing)}
}

// removeRefs removes from s its publication references, refs, each with a
// "t.j." written before it and the parentheses that held only it.
func removeRefs(s string, refs []corpus.PubRef) string {
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

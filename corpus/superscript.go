package corpus

import (
	"regexp"
	"strings"
)

// Older codes number inserted articles with a superscript: "Art. 4¹"
// stands after art. 4. A label keeps the superscript as printed ("4¹"); an
// id writes it after "_" ("art4_1"), which URLs and citations can carry.

// supDigits are the superscript digits, in order.
var supDigits = []string{"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"}

// supLetters are the superscript small letters, in order; "q" has none
// (Unicode lacks it), and no label uses it.
var supLetters = []string{"ᵃ", "ᵇ", "ᶜ", "ᵈ", "ᵉ", "ᶠ", "ᵍ", "ʰ", "ⁱ", "ʲ", "ᵏ", "ˡ", "ᵐ", "ⁿ", "ᵒ", "ᵖ", "", "ʳ", "ˢ", "ᵗ", "ᵘ", "ᵛ", "ʷ", "ˣ", "ʸ", "ᶻ"}

// toSuperscript writes the ASCII digits and small letters of s as
// superscripts ("2a" gives "²ᵃ").
func toSuperscript(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteString(supDigits[r-'0'])
		case r >= 'a' && r <= 'z':
			b.WriteString(supLetters[r-'a'])
		}
	}
	return b.String()
}

// supDigit returns the value of r if it is a superscript digit, or -1.
func supDigit(r rune) int {
	for i, d := range supDigits {
		if string(r) == d {
			return i
		}
	}
	return -1
}

// supASCII returns the ASCII digit or letter a superscript stands for, or 0.
func supASCII(r rune) byte {
	if d := supDigit(r); d >= 0 {
		return byte('0' + d)
	}
	for i, l := range supLetters {
		if l != "" && string(r) == l {
			return byte('a' + i)
		}
	}
	return 0
}

// isSuperscript reports whether r is a superscript digit or letter.
func isSuperscript(r rune) bool { return supASCII(r) != 0 }

// labelID returns the form of a label in an id: "4¹" gives "4_1", "99²ᵃ"
// gives "99_2a".
func labelID(label string) string {
	i := strings.IndexFunc(label, func(r rune) bool { return supDigit(r) >= 0 })
	if i < 0 {
		return label
	}
	var b strings.Builder
	b.WriteString(label[:i] + "_")
	for _, r := range label[i:] {
		if c := supASCII(r); c != 0 {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// labelOfID returns the label an id's segment holds ("4_1" gives "4¹");
// "4^1", as a citation may be typed, gives it too.
func labelOfID(s string) string {
	i := strings.IndexAny(s, "_^")
	if i < 0 {
		return s
	}
	return s[:i] + toSuperscript(s[i+1:])
}

var (
	// reSupLabel is a unit's label whose superscript the PDF conversion
	// made a footnote marker or a bracketed number: "Art. 4[^1] . § 1. …",
	// "Art. 24 [1] . 1. …", "1 [1] . Dla gruntu …" (ust. 1¹).
	reSupLabel = regexp.MustCompile(`^((?:Art\.\s*|§\s*)?\d+[a-z]*)\s?\[\^?(\d{1,2})\]\s?([.)])`)
	// reSupLetterLabel is an article's or paragraph's label whose
	// superscript has a letter, which the conversion wrote after a space:
	// "Art. 99 2a . § 1. …" (art. 99²ᵃ).
	reSupLetterLabel = regexp.MustCompile(`^((?:Art\.\s*|§\s*)\d+[a-z]*) (\d{1,2}[a-pr-z]{1,2}) (\.)`)
	// reSupNumber is a superscript in the text, which the conversion wrote
	// as a bracketed number: "art. 298 [1] ustawy" (its footnote markers
	// it writes "[^1]").
	// A space between it and punctuation goes with it, as with a marker:
	// "art. 24 [1] , oraz" is "art. 24¹, oraz".
	reSupNumber = regexp.MustCompile(` ?\[(\d{1,3})\]( [.,;:)])?`)
	// reSupLeading are superscripts the conversion moved to the start of a
	// line, before its unit's label: "[1] [2] [4] 2) umów, o których mowa w
	// art. 101 § 1, art. 101 § 1, …".
	reSupLeading = regexp.MustCompile(`^(?:\[\d{1,2}\]\s+)+`)
)

// mdSuperscripts puts back the superscripts of a markdown line that the
// conversion wrote as markers or bracketed numbers: of a unit's label at
// its start, and in its text (so that a "[1]" of the text is never read as
// a footnote marker later). It returns as well those moved to the start of
// the line, whose place is lost.
func mdSuperscripts(s string) (string, string) {
	displaced := ""
	if s != "" && s[0] == '[' {
		if m := reSupLeading.FindString(s[:min(len(s), headLen)]); m != "" {
			if c := classify(s[len(m):]); c.kind == unitLine {
				displaced, s = strings.TrimSpace(m), s[len(m):]
			}
		}
	}
	if strings.IndexByte(s, '[') < 0 && !strings.HasPrefix(s, "Art") && !strings.HasPrefix(s, "§") {
		return s, displaced
	}
	head := s[:min(len(s), headLen)]
	if m := reSupLabel.FindStringSubmatchIndex(head); m != nil {
		s = s[m[2]:m[3]] + toSuperscript(s[m[4]:m[5]]) + s[m[6]:m[7]] + s[m[1]:]
	} else if m := reSupLetterLabel.FindStringSubmatchIndex(head); m != nil {
		s = s[m[2]:m[3]] + toSuperscript(s[m[4]:m[5]]) + s[m[6]:m[7]] + s[m[1]:]
	}
	if hasBracketNumber(s) {
		s = reSupNumber.ReplaceAllStringFunc(s, func(m string) string {
			sm := reSupNumber.FindStringSubmatch(m)
			return toSuperscript(sm[1]) + strings.TrimSpace(sm[2])
		})
	}
	return s, displaced
}

// hasBracketNumber reports whether s holds "[" and a digit, which
// reSupNumber needs (a marker "[^1]" is not one).
func hasBracketNumber(s string) bool {
	for i := strings.IndexByte(s, '['); i >= 0 && i+1 < len(s); {
		if isDigit(s[i+1]) {
			return true
		}
		j := strings.IndexByte(s[i+1:], '[')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

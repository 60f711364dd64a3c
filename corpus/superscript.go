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

// toSuperscript writes the ASCII digits of s as superscripts.
func toSuperscript(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteString(supDigits[r-'0'])
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

// labelID returns the form of a label in an id: "4¹" gives "4_1".
func labelID(label string) string {
	i := strings.IndexFunc(label, func(r rune) bool { return supDigit(r) >= 0 })
	if i < 0 {
		return label
	}
	var b strings.Builder
	b.WriteString(label[:i] + "_")
	for _, r := range label[i:] {
		if d := supDigit(r); d >= 0 {
			b.WriteByte(byte('0' + d))
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
	// reSupNumber is a superscript in the text, which the conversion wrote
	// as a bracketed number: "art. 298 [1] ustawy" (its footnote markers
	// it writes "[^1]").
	reSupNumber = regexp.MustCompile(` ?\[(\d{1,3})\]`)
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
	if m := reSupLeading.FindString(s); m != "" {
		if c := classify(s[len(m):]); c.kind == unitLine {
			displaced, s = strings.TrimSpace(m), s[len(m):]
		}
	}
	if m := reSupLabel.FindStringSubmatchIndex(s); m != nil {
		s = s[m[2]:m[3]] + toSuperscript(s[m[4]:m[5]]) + s[m[6]:m[7]] + s[m[1]:]
	}
	if strings.IndexByte(s, '[') >= 0 {
		s = reSupNumber.ReplaceAllStringFunc(s, func(m string) string {
			return toSuperscript(reSupNumber.FindStringSubmatch(m)[1])
		})
	}
	return s, displaced
}

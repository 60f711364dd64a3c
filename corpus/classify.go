package corpus

import (
	"regexp"
	"strings"
)

// A lineKind says what a line of legal text opens.
type lineKind int

const (
	textLine          lineKind = iota // continuation of the current unit
	unitLine                          // opens a unit (Art., §, ust., pkt, lit., tiret)
	groupLine                         // opens a grouping: Rozdział 2, Dział IIa
	footnoteBodyLine                  // "[1] W brzmieniu ustalonym …"
	unknownMarkerLine                 // looks like a marker, but none lexdiff knows
	annexLine                         // opens an annex: "Załącznik nr 1 …"
	preambleLine                      // opens a preamble: "Wstęp", "Preambuła"
)

// A classified line: what it opens, and where its own text starts.
type classified struct {
	kind    lineKind
	unit    Kind   // for unitLine
	label   string // unit label, group label, or footnote label
	labelTo string // last label of a collapsed range "Art. 19–29."
	word    string // for groupLine: "Rozdział"
	rest    int    // byte offset of the text after the marker
}

// A lineHint is what the markup of a source says a line is, beside what
// its words say: a markdown heading "##### Art. 5." opens an article even
// inside a quotation, "## Załącznik nr 1" opens an annex.
type lineHint int

const (
	hintNone  lineHint = iota
	hintUnit           // a heading of a unit: "##### Art. 5."
	hintAnnex          // a heading of an annex: "## Załącznik nr 1"
	hintNote           // a note of the converter: "> [Na stronie 6 PDF jest obraz …]"
)

var (
	reArticle   = regexp.MustCompile(`^Art\.\s*(\d+[a-z]*` + supLabelDigits + `)(?:\s*[–-]\s*(\d+[a-z]*` + supLabelDigits + `))?\.(?:\s+|$)`)
	reParagraph = regexp.MustCompile(`^§\s*(\d+[a-z]*` + supLabelDigits + `)(?:\s*[–-]\s*(\d+[a-z]*` + supLabelDigits + `))?\.(?:\s+|$)`)
	reSection   = regexp.MustCompile(`^(\d+[a-z]*` + supLabelDigits + `)\.(?:\s+|$)`)
	rePoint     = regexp.MustCompile(`^(\d+[a-z]*` + supLabelDigits + `)\)(?:\s+|$)`)
	reLetter    = regexp.MustCompile(`^([a-z]{1,3})\)(?:\s+|$)`)
	reDouble    = regexp.MustCompile(`^[–-]\s*[–-](?:\s+|$)`)
	reTiretLine = regexp.MustCompile(`^[–-](?:\s+|$)`)
	reGroup     = regexp.MustCompile(`^(?i:(księga|tytuł|dział|rozdział|oddział))\s+(\d+[a-z]*|[IVXLCDM]+[a-z]*)\.?(?:\s+|$)`)
	reFootBody  = regexp.MustCompile(`^\[(\d+)\](?:\s+|$)`)
	reUnknown   = regexp.MustCompile(`^(?:\d+(?:\.\d+)+\.?|[A-Z]{1,3}\)|[IVX]+\.|\*+\)|[•·▪●◦])(?:\s|$)`)
	reAnnex     = regexp.MustCompile(`^(?i:załączniki?)(?:\s+(?i:nr)\s+(\d+[a-zA-Z]{0,3})\.?)?(?:\s+|$)`)
	rePreamble  = regexp.MustCompile(`^(?i:wstęp|preambuła)(?:\s+|$)`)
)

// supLabelDigits are the superscript a label may end with: digits ("4¹"),
// then perhaps small letters ("99²ᵃ").
const supLabelDigits = `(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+[ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ]*)?`

// classify says what the line s opens. The first byte picks the one or two
// patterns that can match, so that most lines (continuations) cost no
// regular expression at all.
func classify(s string) classified {
	if s == "" {
		return classified{kind: textLine}
	}
	switch c := s[0]; {
	case c == '[':
		if m := reFootBody.FindStringSubmatch(s); m != nil {
			return classified{kind: footnoteBodyLine, label: m[1], rest: len(m[0])}
		}
	case c >= '0' && c <= '9':
		if k, m := matchUnit(s, reSection, Section, rePoint, Point); m != nil {
			return unitMatch(k, m)
		}
	case c == 'A':
		if m := reArticle.FindStringSubmatch(s); m != nil {
			return unitMatch(Article, m)
		}
	case strings.HasPrefix(s, "§"):
		if m := reParagraph.FindStringSubmatch(s); m != nil {
			return unitMatch(Paragraph, m)
		}
	case c >= 'a' && c <= 'z':
		if m := reLetter.FindStringSubmatch(s); m != nil {
			return unitMatch(Letter, m)
		}
	case c == '-' || strings.HasPrefix(s, "–"):
		if k, m := matchUnit(s, reDouble, DoubleTiret, reTiretLine, Tiret); m != nil {
			return unitMatch(k, m)
		}
	}
	if c := s[0]; c == 'Z' || c == 'W' || c == 'P' || c == 'z' || c == 'w' || c == 'p' {
		if m := reAnnex.FindStringSubmatch(s); m != nil {
			return classified{kind: annexLine, label: strings.ToLower(m[1]), rest: len(m[0])}
		}
		if m := rePreamble.FindString(s); m != "" {
			return classified{kind: preambleLine, rest: len(m)}
		}
	}
	if strings.ContainsRune("KkTtDdRrOo", rune(s[0])) {
		if m := reGroup.FindStringSubmatch(s); m != nil {
			return classified{kind: groupLine, word: groupWord(m[1]), label: m[2], rest: len(m[0])}
		}
	}
	if reUnknown.MatchString(s) {
		return classified{kind: unknownMarkerLine}
	}
	return classified{kind: textLine}
}

// matchUnit tries two patterns in order and returns the kind of the first
// that matches, with its submatches.
func matchUnit(s string, re1 *regexp.Regexp, k1 Kind, re2 *regexp.Regexp, k2 Kind) (Kind, []string) {
	if m := re1.FindStringSubmatch(s); m != nil {
		return k1, m
	}
	return k2, re2.FindStringSubmatch(s)
}

// unitMatch is the classified line for a unit pattern's submatches: the
// marker, the label, and for a collapsed range the last label.
func unitMatch(k Kind, m []string) classified {
	c := classified{kind: unitLine, unit: k, rest: len(m[0])}
	if len(m) > 1 {
		c.label = m[1]
	}
	if len(m) > 2 {
		c.labelTo = m[2]
	}
	return c
}

// groupWord capitalises a grouping word as the law prints it: "Rozdział".
func groupWord(w string) string {
	w = strings.ToLower(w)
	r := []rune(w)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

// groupRank orders groupings from the widest: a new Rozdział closes the
// previous Rozdział and any Oddział, but not the Dział it stands in.
var groupRank = map[string]int{"Księga": 0, "Tytuł": 1, "Dział": 2, "Rozdział": 3, "Oddział": 4}

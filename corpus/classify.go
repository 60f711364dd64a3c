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

var (
	reArticle   = regexp.MustCompile(`^Art\.\s*(\d+[a-z]*)(?:\s*[–-]\s*(\d+[a-z]*))?\.(?:\s+|$)`)
	reParagraph = regexp.MustCompile(`^§\s*(\d+[a-z]*)(?:\s*[–-]\s*(\d+[a-z]*))?\.(?:\s+|$)`)
	reSection   = regexp.MustCompile(`^(\d+[a-z]*)\.(?:\s+|$)`)
	rePoint     = regexp.MustCompile(`^(\d+[a-z]*)\)(?:\s+|$)`)
	reLetter    = regexp.MustCompile(`^([a-z]{1,3})\)(?:\s+|$)`)
	reDouble    = regexp.MustCompile(`^[–-]\s*[–-](?:\s+|$)`)
	reTiretLine = regexp.MustCompile(`^[–-](?:\s+|$)`)
	reGroup     = regexp.MustCompile(`^(?i:(księga|tytuł|dział|rozdział|oddział))\s+(\d+[a-z]*|[IVXLCDM]+[a-z]*)\.?(?:\s+|$)`)
	reFootBody  = regexp.MustCompile(`^\[(\d+)\](?:\s+|$)`)
	reUnknown   = regexp.MustCompile(`^(?:\d+(?:\.\d+)+\.?|[A-Z]{1,3}\)|[IVX]+\.|\*+\)|[•·▪●◦])(?:\s|$)`)
)

// unitPatterns are tried in order; the first match wins.
var unitPatterns = []struct {
	re   *regexp.Regexp
	kind Kind
}{
	{reArticle, Article}, {reParagraph, Paragraph}, {reSection, Section},
	{rePoint, Point}, {reLetter, Letter}, {reDouble, DoubleTiret}, {reTiretLine, Tiret},
}

// classify says what the line s opens.
func classify(s string) classified {
	if m := reFootBody.FindStringSubmatch(s); m != nil {
		return classified{kind: footnoteBodyLine, label: m[1], rest: len(m[0])}
	}
	if m := reGroup.FindStringSubmatch(s); m != nil {
		return classified{kind: groupLine, word: groupWord(m[1]), label: m[2], rest: len(m[0])}
	}
	for _, p := range unitPatterns {
		m := p.re.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		c := classified{kind: unitLine, unit: p.kind, rest: len(m[0])}
		if len(m) > 1 {
			c.label = m[1]
		}
		if len(m) > 2 {
			c.labelTo = m[2]
		}
		return c
	}
	if reUnknown.MatchString(s) {
		return classified{kind: unknownMarkerLine}
	}
	return classified{kind: textLine}
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

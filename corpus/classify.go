package corpus

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
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
	pair    bool   // the range names its two labels only: "Art. 21 i 22."
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
	reArticle   = regexp.MustCompile(`^Art\.\s*(\d+[a-z]*` + supLabelDigits + `)(?:(?:\s*[–‒—-]|\s+(i)\s)\s*(?:Art\.\s*)?(\d+[a-z]*` + supLabelDigits + `))?\.(?:\s+|$)`)
	reParagraph = regexp.MustCompile(`^§\s*(\d+[a-z]*` + supLabelDigits + `)(?:(?:\s*[–‒—-]|\s+(i)\s)\s*(?:§\s*)?(\d+[a-z]*` + supLabelDigits + `))?\.(?:\s+|$)`)
	reSection   = regexp.MustCompile(`^(\d+[a-z]*` + supLabelDigits + `)\.(?:\s+|$)`)
	rePoint     = regexp.MustCompile(`^(\d+[a-z]*` + supLabelDigits + `)\)(?:\s+|$)`)
	reLetter    = regexp.MustCompile(`^([a-z]{1,3})\)(?:\s+|$)`)
	reDouble    = regexp.MustCompile(`^[–-]\s*[–-](?:\s+|$)`)
	reTiretLine = regexp.MustCompile(`^[–-](?:\s+|$)`)
	reGroup     = regexp.MustCompile(`^(K(?i:sięga)|C(?i:zęść)|T(?i:ytuł)|D(?i:ział)|R(?i:ozdział)|O(?i:ddział))\s+(\d+[a-z]*` + supLabelDigits + `|[IVXLCDM]+(?:[a-z]*|[A-Z])|` + groupWords + `)\.?(?:\s+|$)`)
	reFootBody  = regexp.MustCompile(`^\[(\d+(?:_\d+)*)\](?:\s+|$)`)
	reUnknown   = regexp.MustCompile(`^(?:\d+(?:\.\d+)+\.?|[A-Z]{1,3}\)|[IVX]+\.|\*+\)|[•·▪●◦])(?:\s|$)`)
	reAnnex     = regexp.MustCompile(`^(?i:załączniki?)(?:\s+(?i:nr)\s+(\d+[a-zA-Z]{0,3})\.?)?(?:\s+|$)`)
	reGroupWord = regexp.MustCompile(`^` + groupWords + `$`)
	rePreamble  = regexp.MustCompile(`^(?i:wstęp|preambuła)(?:\s+|$)`)
)

// OrdinalStems are the stems of the ordinal numbers, "pierwszy" to
// "dwudziesty" in order, in any case and gender: the words that number a
// code's groupings ("DZIAŁ DRUGI", "w dziale drugim"), and tirets and
// sentences in instructions ("tiret pierwsze", "zdanie drugie").
var OrdinalStems = []string{"pierwsz", "drug", "trzec", "czwart", "piąt", "szóst", "siódm", "ósm", "dziewiąt", "dziesiąt",
	"jedenast", "dwunast", "trzynast", "czternast", "piętnast", "szesnast", "siedemnast", "osiemnast", "dziewiętnast", "dwudziest"}

// groupWords are the words that number a code's groupings instead of a
// numeral ("KSIĘGA PIERWSZA", "Dział drugi"), or name them ("CZĘŚĆ
// OGÓLNA", "TYTUŁ WSTĘPNY"), in the nominative: "drugi" and "trzeci"
// have endings of their own.
var groupWords = `(?i:(?:` + strings.Join(slices.Concat(OrdinalStems[:1], OrdinalStems[3:], []string{"wstępn", "ogóln", "szczególn", "wojskow", "końcow"}), "|") +
	`)[ay]|drug[ai]|trzecia?)`

// SupLabel is the superscript a label may end with, as a regular
// expression: digits ("4¹"), then perhaps small letters ("99²ᵃ").
const SupLabel = `[⁰¹²³⁴⁵⁶⁷⁸⁹]+[ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ]*`

// supLabelDigits is SupLabel or nothing.
const supLabelDigits = `(?:` + SupLabel + `)?`

// classify says what the line s opens. The first byte picks the one or two
// patterns that can match, so that most lines (continuations) cost no
// regular expression at all.
func classify(s string) classified {
	if s == "" {
		return classified{kind: textLine}
	}
	switch c := s[0]; {
	case c == '[':
		if m := headMatch(reFootBody, s); m != nil {
			return classified{kind: footnoteBodyLine, label: m[1], rest: len(m[0])}
		}
	case c >= '0' && c <= '9':
		m := numberedMatch(s, 0, false)
		if m == nil {
			m = itemRangeMatch(s)
		}
		if m == nil {
			m = closedRangeMatch(s)
		}
		if m != nil {
			if marker := strings.TrimRight(m[0], " \t"); marker[len(marker)-1] == '.' {
				return unitMatch(Section, m)
			}
			return unitMatch(Point, m)
		}
	case c == 'A':
		if strings.HasPrefix(s, "Art.") {
			if m := rangedMatch(s, len("Art.")); m != nil {
				return unitMatch(Article, m)
			}
		}
	case strings.HasPrefix(s, "§"):
		if m := rangedMatch(s, len("§")); m != nil {
			return unitMatch(Paragraph, m)
		}
	case c >= 'a' && c <= 'z':
		if m := closedRangeMatch(s); m != nil {
			return unitMatch(Letter, m)
		}
		if m := headMatch(reLetter, s); m != nil {
			return unitMatch(Letter, m)
		}
	case c == '-' || strings.HasPrefix(s, "–"):
		if k, m := matchUnit(s, reDouble, DoubleTiret, reTiretLine, Tiret); m != nil {
			return unitMatch(k, m)
		}
	}
	if c := s[0]; c == 'Z' || c == 'W' || c == 'P' || c == 'z' || c == 'w' || c == 'p' {
		if m := headMatch(reAnnex, s); m != nil {
			return classified{kind: annexLine, label: strings.ToLower(m[1]), rest: len(m[0])}
		}
		if m := headMatch(rePreamble, s); m != nil {
			return classified{kind: preambleLine, rest: len(m[0])}
		}
	}
	// A heading starts with a capital ("Rozdział 2", "DZIAŁ III"); "dział
	// III rozdział 2 ustawy …" is a line of a provision a PDF copy wrapped.
	if strings.ContainsRune("KCTDRO", rune(s[0])) {
		if m := headMatch(reGroup, s); m != nil {
			return classified{kind: groupLine, word: groupWord(m[1]), label: groupLabel(m[2]), rest: len(m[0])}
		}
	}
	if headMatch(reUnknown, s) != nil {
		return classified{kind: unknownMarkerLine}
	}
	return classified{kind: textLine}
}

// numberedMatch matches at the start of s what reSection and rePoint (at
// 0), reItems of the tests (at 0, with ranged set), or reArticle and reParagraph
// (after their word, with ranged set) match, by hand: it runs on nearly
// every line. It returns the submatches as FindStringSubmatch would, or
// nil.
func numberedMatch(s string, at int, ranged bool) []string {
	i := at
	if ranged {
		i = skipSpace(s, i)
	}
	end := scanLabel(s, i)
	if end == i {
		return nil
	}
	m := []string{"", s[i:end]}
	if ranged {
		m = append(m, "", "")
		if j, pair := rangeSep(s, skipSpace(s, end)); j > 0 {
			j = skipSpace(s, j)
			if w := s[:at]; strings.HasPrefix(s[j:], w) { // "Art. 21–Art. 23."
				j = skipSpace(s, j+len(w))
			}
			if to := scanLabel(s, j); to > j {
				m[3], end = s[j:to], to
				if pair {
					m[2] = "i"
				}
			}
		}
	}
	if end >= len(s) || s[end] != '.' && (at > 0 || s[end] != ')') {
		return nil
	}
	end++
	if end < len(s) && !isSpaceByte(s[end]) {
		return nil
	}
	m[0] = s[:skipSpace(s, end)]
	return m
}

// rangeDashes are the dashes a collapsed range is written with: the en
// dash of the journal, and the hyphen, figure dash and em dash of
// conversions.
var rangeDashes = []string{"–", "-", "‒", "—"}

// rangeSep returns where the second label of a collapsed range may start,
// after the dash or the "i" of a pair ("Art. 21 i 22."), at byte j of s;
// 0 when none stands there.
func rangeSep(s string, j int) (int, bool) {
	for _, d := range rangeDashes {
		if strings.HasPrefix(s[j:], d) {
			return j + len(d), false
		}
	}
	if strings.HasPrefix(s[j:], "i ") && j > 0 && isSpaceByte(s[j-1]) {
		return j + 1, true
	}
	return 0, false
}

// itemRangeMatch matches a collapsed range of ustępy or punkty at the
// start of s, "4–5. (uchylone)", "16–18) (uchylone)", as numberedMatch
// does, or returns nil. Only a body such as "(uchylone)" makes the line
// one: "2–3. stosuje się …" is a line of text that a PDF copy wrapped.
func itemRangeMatch(s string) []string {
	m := numberedMatch(s, 0, true)
	if m == nil || m[3] == "" {
		return nil
	}
	if !statusFollows(s, m) {
		return nil
	}
	return m
}

// reClosedRange is a collapsed range of punkty or litery with the mark
// after each end, as the journal prints it ("4)–6) (uchylone)", "b)–d)
// (uchylone)"), or of litery with the mark after the last only ("b–d)").
var reClosedRange = regexp.MustCompile(`^(?:(\d+[a-z]*)\)|([a-z])\)?)\s*[–‒—-]\s*(\d+[a-z]*|[a-z])\)(?:\s+|$)`)

// dashAfterLabel reports whether a dash follows the label that starts s
// and its ")", as in every closed range ("4)–6)", "b) – d)", "b–d)").
func dashAfterLabel(s string) bool {
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] >= 'a' && s[i] <= 'z') {
		i++
	}
	if i < len(s) && s[i] == ')' {
		i++
	}
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	rest := s[i:]
	return strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "‒") || strings.HasPrefix(rest, "—")
}

// closedRangeMatch matches such a range at the start of s, as
// numberedMatch does, when a body such as "(uchylone)" follows; else nil.
func closedRangeMatch(s string) []string {
	if !dashAfterLabel(s) {
		return nil // most lines, "a) …" among them: no regular expression
	}
	m := headMatch(reClosedRange, s)
	if m == nil {
		return nil
	}
	if !statusFollows(s, m) {
		return nil
	}
	from := m[1] + m[2]
	if (m[1] == "") != (m[3][0] >= 'a') { // both ends numbers, or both letters
		return nil
	}
	return []string{m[0], from, "", m[3]}
}

// statusFollows reports whether what follows the match m at the start of
// s is a body such as "(uchylone)".
func statusFollows(s string, m []string) bool {
	_, ok := StatusOfBody(strings.TrimSpace(s[len(m[0]):]))
	return ok
}

// reRangeWithoutDot is a collapsed range written without the dot after
// its last label, before its body in parentheses: "Art. 21–23 (pominięte)".
var reRangeWithoutDot = regexp.MustCompile(`^(?:Art\.|§)\s*(\d+[a-z]*` + supLabelDigits + `)()\s*[–‒—-]\s*(?:Art\.\s*|§\s*)?(\d+[a-z]*` + supLabelDigits + `)\s+\(`)

// rangedMatch matches an article's or a paragraph's label at the start of
// s, or a collapsed range of them, whose word ends at byte at. A range
// without its dot, or of a pair ("Art. 21 i 22."), needs a body such as
// "(pominięte)": "§ 2 i 3. stosuje się …" and "§ 2–4 (w brzmieniu
// dotychczasowym) …" are lines of text that a PDF copy wrapped.
func rangedMatch(s string, at int) []string {
	m := numberedMatch(s, at, true)
	if m == nil && strings.Contains(s, " (") {
		return rangeWithoutDot(s)
	}
	if m != nil && m[2] != "" {
		if !statusFollows(s, m) {
			return nil
		}
	}
	return m
}

// rangeWithoutDot returns the submatches numberedMatch would for s, a
// collapsed range written without its dot, or nil. Only a body such as
// "(pominięte)" makes the line one: "§ 2–4 (w brzmieniu dotychczasowym)
// …" is a line of text that a PDF copy wrapped.
func rangeWithoutDot(s string) []string {
	m := headMatch(reRangeWithoutDot, s)
	if m == nil {
		return nil
	}
	m[0] = m[0][:len(m[0])-1] // the body starts at its parenthesis
	if !statusFollows(s, m) {
		return nil
	}
	return m
}

// scanLabel returns where the label that starts at byte i of s ends: digits,
// small letters, then perhaps superscript digits and letters ("4¹", "99²ᵃ").
func scanLabel(s string, i int) int {
	start := i
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i == start {
		return start
	}
	for i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
		i++
	}
	// Superscript digits, then superscript letters.
	for phase := 0; i < len(s) && s[i] >= 0x80; {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case supDigit(r) >= 0 && phase <= 1:
			phase = 1
		case phase >= 1 && supDigit(r) < 0 && isSuperscript(r):
			phase = 2
		default:
			return i
		}
		i += n
	}
	return i
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

func skipSpace(s string, i int) int {
	for i < len(s) && isSpaceByte(s[i]) {
		i++
	}
	return i
}

// matchUnit tries two patterns in order and returns the kind of the first
// that matches, with its submatches.
func matchUnit(s string, re1 *regexp.Regexp, k1 Kind, re2 *regexp.Regexp, k2 Kind) (Kind, []string) {
	if m := headMatch(re1, s); m != nil {
		return k1, m
	}
	return k2, headMatch(re2, s)
}

// headLen is how much of a line headMatch shows a pattern first.
const headLen = 96

// headMatch returns the submatches of re, a pattern anchored at the start
// of a line that matches a short marker there, in s. It shows re the
// line's head only, and the whole line when the match runs to the end of
// the head: the regexp package's backtracker costs as much as the line is
// long, and this runs on every line.
func headMatch(re *regexp.Regexp, s string) []string {
	if len(s) <= headLen {
		return re.FindStringSubmatch(s)
	}
	m := re.FindStringSubmatch(s[:headLen])
	if m != nil && len(m[0]) == headLen {
		m = re.FindStringSubmatch(s)
	}
	return m
}

// unitMatch is the classified line for a unit pattern's submatches: the
// marker, the label, and for a collapsed range the last label.
func unitMatch(k Kind, m []string) classified {
	c := classified{kind: unitLine, unit: k, rest: len(m[0])}
	if len(m) > 1 {
		c.label = m[1]
	}
	if len(m) > 3 {
		c.pair, c.labelTo = m[2] != "", m[3]
	}
	return c
}

// groupWord capitalises a grouping word as the law prints it: "Rozdział".
func groupWord(w string) string {
	w = strings.ToLower(w)
	r := []rune(w)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

// isGroupHeading reports whether s, a line of a source that c says opens
// a grouping, is its heading. One numbered by a word ("Część pierwsza")
// has its title on the same line only when set in capitals ("DZIAŁ DRUGI
// PRZEPISY KARNE"): "Część pierwsza wynagrodzenia …" starts a sentence.
func isGroupHeading(s string, c classified) bool {
	return c.rest == len(s) || !reGroupWord.MatchString(c.label) || s[:c.rest] == strings.ToUpper(s[:c.rest])
}

// groupLabel is the label of a grouping as a citation writes it: a
// heading in capitals prints an inserted "Dział Ia" as "DZIAŁ IA", whose
// letter (one no Roman numeral has) is lowered, and "KSIĘGA PIERWSZA",
// which a citation calls "księga pierwsza".
func groupLabel(l string) string {
	if reGroupWord.MatchString(l) {
		return strings.ToLower(l) // "PIERWSZA": "pierwsza"
	}
	if n := len(l); n > 1 && l[n-1] >= 'A' && l[n-1] <= 'Z' && !strings.ContainsRune("IVXLCDM", rune(l[n-1])) {
		return l[:n-1] + strings.ToLower(l[n-1:])
	}
	return l
}

// groupRank orders groupings from the widest: a new Rozdział closes the
// previous Rozdział and any Oddział, but not the Dział it stands in. A
// Część stands in a Księga, as "KSIĘGA PIERWSZA CZĘŚĆ OGÓLNA" of the
// Kodeks cywilny (the Kodeks karny has no Księga above it; the Kodeks
// postępowania cywilnego, whose Część holds Księgi, is read flatter than
// it is).
var groupRank = map[string]int{"Księga": 0, "Część": 1, "Tytuł": 2, "Dział": 3, "Rozdział": 4, "Oddział": 5}

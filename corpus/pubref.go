package corpus

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// A PubRef is a reference to a publication in an official journal: Dziennik
// Ustaw (journal "DU") or Monitor Polski ("MP"), as in
// "Dz. U. z 2019 r. poz. 1942 oraz z 2020 r. poz. 695", "Dz.U.2020.2170",
// "Dz. U. t.j. z 2016 r. poz. 1927 z późn. zm." or the ELI "DU/2019/2215".
type PubRef struct {
	Journal         string    `json:"journal"`
	Items           []PubItem `json:"items"`
	Consolidated    bool      `json:"consolidated,omitempty"`    // "t.j.": a consolidated text
	LaterAmendments bool      `json:"laterAmendments,omitempty"` // "z późn. zm."
	// Start and End are the byte offsets of the reference in the text it
	// was found in.
	Start int `json:"-"`
	End   int `json:"-"`
}

// A PubItem is one position of a journal: its year (0 when the text leaves
// it to the act's own date, as in "Dz. U. poz. 1557"), and for old volumes
// the issue number ("Nr 12").
type PubItem struct {
	Year     int `json:"year,omitempty"`
	Issue    int `json:"issue,omitempty"`
	Position int `json:"position"`
}

// ELI returns the European Legislation Identifier of the reference's first
// position, such as "DU/2019/2215" ("DU/0/1557" when the year is unknown).
func (r PubRef) ELI() string {
	if len(r.Items) == 0 {
		return r.Journal
	}
	return fmt.Sprintf("%s/%d/%d", r.Journal, r.Items[0].Year, r.Items[0].Position)
}

// String formats r in the long form: "Dz. U. z 2019 r. poz. 2215".
func (r PubRef) String() string {
	var b strings.Builder
	b.WriteString(journalNames[r.Journal])
	if r.Consolidated {
		b.WriteString(" t.j.")
	}
	year := -1
	for i, it := range r.Items {
		if i > 0 {
			b.WriteString(",")
		}
		if it.Year != year && it.Year != 0 {
			fmt.Fprintf(&b, " z %d r.", it.Year)
		}
		year = it.Year
		if it.Issue != 0 {
			fmt.Fprintf(&b, " Nr %d,", it.Issue)
		}
		fmt.Fprintf(&b, " poz. %d", it.Position)
	}
	if r.LaterAmendments {
		b.WriteString(" z późn. zm.")
	}
	return b.String()
}

// WithYear returns r with year filled in for every position that had none.
func (r PubRef) WithYear(year int) PubRef {
	items := make([]PubItem, len(r.Items))
	for i, it := range r.Items {
		if it.Year == 0 {
			it.Year = year
		}
		items[i] = it
	}
	r.Items = items
	return r
}

var journalNames = map[string]string{"DU": "Dz. U.", "MP": "M.P."}

var (
	reJournal = regexp.MustCompile(`^(?:Dz\.\s?U\.|M\.\s?P\.)`)
	reELI     = regexp.MustCompile(`^(DU|MP)/(\d{4})/(\d+)\b`)
	reShort   = regexp.MustCompile(`^\s?(\d{4})\.(\d+)\b`)
	reTJ      = regexp.MustCompile(`^\s*t\.\s?j\.`)
	// reYear is the year of a position; in "z 202 6 r." a PDF copy split
	// its digits.
	reYear     = regexp.MustCompile(`^\s*(?:z\s+(\d ?\d ?\d ?\d)\s*r\.|(\d{4})(?:\s*r\.)?)`)
	reIssue    = regexp.MustCompile(`^\s*Nr\s+(\d+)\s*,?`)
	rePos      = regexp.MustCompile(`^\s*poz\.\s*(\d+)\b`)
	reNext     = regexp.MustCompile(`^\s*(?:,|i\b|oraz\b)\s*`)
	reBareNum  = regexp.MustCompile(`^(\d+)\b`)
	reAmended  = regexp.MustCompile(`^\s*,?\s*(?:z\s+późn\.\s*zm\.|ze\s+zm\.)`)
	reTrailYMD = regexp.MustCompile(`^\s*r\.`)
)

// FindPubRefs returns every publication reference in text, in order, each
// with its byte offsets.
func FindPubRefs(text string) []PubRef {
	var refs []PubRef
	for pos := 0; ; {
		i := nextJournal(text, pos)
		if i < 0 {
			return refs
		}
		r, ok := scanPubRef(text, i)
		if !ok {
			pos = i + 1
			continue
		}
		refs = append(refs, r)
		pos = r.End
	}
}

// journalStarts are what a reference begins with: "Dz. U.", "M.P.", or an
// ELI "DU/…", "MP/…".
var journalStarts = []string{"Dz.", "M.", "DU/", "MP/"}

// nextJournal returns the offset of the first place at or after pos where
// a journal name starts a word, or -1. Texts are scanned this way, and the
// regular expressions run only where a reference may start, because most
// texts hold none.
func nextJournal(s string, pos int) int {
	for pos < len(s) {
		i := strings.IndexAny(s[pos:], "DM")
		if i < 0 {
			return -1
		}
		i += pos
		if i == 0 || !isWordByte(s[i-1]) {
			for _, j := range journalStarts {
				if strings.HasPrefix(s[i:], j) {
					return i
				}
			}
		}
		pos = i + 1
	}
	return -1
}

func isWordByte(c byte) bool {
	return c == '_' || c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

// ParsePubRef parses s as exactly one publication reference.
func ParsePubRef(s string) (PubRef, error) {
	s = strings.TrimSpace(s)
	refs := FindPubRefs(s)
	if len(refs) != 1 || refs[0].Start != 0 || refs[0].End != len(s) {
		return PubRef{}, fmt.Errorf("invalid publication reference %q: want e.g. \"Dz. U. z 2017 r. poz. 1399\", \"Dz.U.2017.1399\" or \"DU/2017/1399\"", s)
	}
	return refs[0], nil
}

// scanPubRef reads the reference that starts at text[start:].
func scanPubRef(text string, start int) (PubRef, bool) {
	r := PubRef{Start: start}
	if m := reELI.FindStringSubmatch(text[start:]); m != nil {
		r.Journal = m[1]
		r.Items = []PubItem{{Year: atoi(m[2]), Position: atoi(m[3])}}
		r.End = start + len(m[0])
		return r, true
	}
	journal := reJournal.FindString(text[start:])
	if journal == "" {
		return r, false
	}
	r.Journal = "DU"
	if journal[0] == 'M' {
		r.Journal = "MP"
	}
	pos := start + len(journal)
	if m := reShort.FindStringSubmatch(text[pos:]); m != nil {
		r.Items = []PubItem{{Year: atoi(m[1]), Position: atoi(m[2])}}
		pos += len(m[0])
	} else {
		if m := reTJ.FindString(text[pos:]); m != "" {
			r.Consolidated = true
			pos += len(m)
		}
		pos = scanItems(text, pos, &r)
	}
	if len(r.Items) == 0 {
		return r, false
	}
	if m := reTJ.FindString(text[pos:]); m != "" && !r.Consolidated {
		r.Consolidated = true
		pos += len(m)
	}
	if m := reAmended.FindString(text[pos:]); m != "" {
		r.LaterAmendments = true
		pos += len(m)
	}
	r.End = pos
	return r, true
}

// scanItems reads "z 2019 r. poz. 1942 oraz z 2020 r. poz. 695" and the
// like from text[pos:], appending the positions to r, and returns where it
// stopped.
func scanItems(text string, pos int, r *PubRef) int {
	year := 0
	for first := true; ; first = false {
		p := pos
		if !first {
			m := reNext.FindString(text[p:])
			if m == "" {
				return pos
			}
			p += len(m)
		}
		it, n, ok := scanItem(text[p:], year, first)
		if !ok {
			return pos
		}
		year = it.Year
		r.Items = append(r.Items, it)
		pos = p + n
	}
}

// scanItem reads one "[z YYYY r.] [Nr N,] poz. N" (or, after the first, a
// bare position number) from s, and returns it with its length. A year is
// taken only when a position follows it.
func scanItem(s string, year int, first bool) (PubItem, int, bool) {
	if it, n, ok := scanYearAndPosition(s, year); ok {
		return it, n, true
	}
	if m := reBareNum.FindStringSubmatch(s); m != nil && !first && !reTrailYMD.MatchString(s[len(m[0]):]) {
		return PubItem{Year: year, Position: atoi(m[1])}, len(m[0]), true
	}
	return PubItem{}, 0, false
}

func scanYearAndPosition(s string, year int) (PubItem, int, bool) {
	it, n := PubItem{Year: year}, 0
	if m := reYear.FindStringSubmatch(s); m != nil {
		it.Year, n = atoi(strings.ReplaceAll(m[1]+m[2], " ", "")), len(m[0])
	}
	if m := reIssue.FindStringSubmatch(s[n:]); m != nil {
		it.Issue, n = atoi(m[1]), n+len(m[0])
	}
	m := rePos.FindStringSubmatch(s[n:])
	if m == nil {
		return PubItem{}, 0, false
	}
	it.Position = atoi(m[1])
	return it, n + len(m[0]), true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

package amend

import (
	"fmt"
	"regexp"
	"strings"

	"lexdiff/corpus"
)

// A Line is one line of a source text, as it stands in its file.
type Line struct {
	Text string
	Pos  corpus.Pos
}

// A Document is an amending act as Parse reads it: what identifies it, the
// dates it is published and enters into force, its text and its annexes.
//
// Body holds the text from the title block to the last provision, every
// line of it (blank ones too), with the provisions' labels at the start of
// their lines ("§ 1.", "Art. 2."), as the official text prints them.
type Document struct {
	Name  string // the file, for messages
	Title string // "Rozporządzenie Ministra … z dnia … zmieniające …"
	Type  string // "rozporządzenie", "ustawa", …
	Ref   string // its publication reference, "Dz. U. 2026 poz. 53"
	ELI   string // "DU/2026/53"

	Promulgated    corpus.Date // the day it was published in the journal
	EntryIntoForce corpus.Date // the day it entered into force, when its metadata says so; zero otherwise

	Body    []Line
	Annexes []Annex

	// Own holds the amending act's own units as the corpus reads them, so
	// that it can be stored as an act itself (their range is set when it
	// is known; see Amending.OwnVersions).
	Own []*corpus.Version
}

// An Annex is an annex of the amending act, such as the new wording of an
// annex of the act it amends. Label is "1" for "Załącznik nr 1", "" for an
// act's only annex.
type Annex struct {
	Label   string
	Heading Line
	Body    []Line
}

// Text returns the annex's text, one line of the source per line, without
// its heading.
func (a Annex) Text() string {
	var b strings.Builder
	for _, l := range a.Body {
		if t := strings.TrimSpace(l.Text); t != "" {
			b.WriteString(t + "\n")
		}
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// PlainOptions is what the command line says about an amending act given
// as plain text, which carries no metadata: its publication reference and
// the day it was published.
type PlainOptions struct {
	Ref         string
	Promulgated corpus.Date
}

// reAnnexHeading opens an annex: "Załącznik nr 2 do rozporządzenia …",
// "Załącznik do rozporządzenia …", "Załączniki do rozporządzenia …
// Załącznik nr 1".
var (
	reAnnexHeading = regexp.MustCompile(`^(?:#+\s*)?Załączniki?\b`)
	reAnnexLabel   = regexp.MustCompile(`Załącznik\s+nr\s+(\d+[a-z]*)`)
)

// ReadPlain reads an amending act from a plain text, such as one copied
// from the official PDF: the title block, the provisions, and after the
// last provision its annexes, each opened by a line "Załącznik …". The
// error names the option that is missing or wrong.
func ReadPlain(name string, data []byte, opts PlainOptions) (*Document, error) {
	ref, err := corpus.ParsePubRef(opts.Ref)
	if err != nil {
		return nil, fmt.Errorf("%w: -ref: %v", corpus.ErrInvalid, err)
	}
	if opts.Promulgated.IsZero() {
		return nil, fmt.Errorf("%w: -promulgated DATE is required for a plain text: the day the amending act was published, from which its entry into force is counted", corpus.ErrInvalid)
	}
	info, own, err := corpus.ParsePlain(name, data, corpus.PlainOptions{Range: corpus.Range{From: opts.Promulgated}, Source: ref.String()})
	if err != nil {
		return nil, err
	}
	doc := &Document{Name: name, Title: info.Title, Type: info.Type, Ref: ref.String(), ELI: ref.ELI(), Promulgated: opts.Promulgated, Own: own}
	doc.Body, doc.Annexes = splitAnnexes(SplitLines(name, string(data)))
	return doc, nil
}

// SplitLines splits a text into its lines, blank ones included, each with
// its position in the file name.
func SplitLines(name, text string) []Line {
	raw := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	lines := make([]Line, len(raw))
	for i, t := range raw {
		lines[i] = Line{Text: t, Pos: corpus.Pos{File: name, Line: i + 1, Col: 1}}
	}
	return lines
}

// splitAnnexes cuts the annexes off the end of an act's lines: each starts
// at a line "Załącznik …" that stands after the last provision and outside
// any quotation.
func splitAnnexes(lines []Line) (body []Line, annexes []Annex) {
	var q quoteDepth
	seenProvision := false
	cut := -1
	for i, l := range lines {
		t := strings.TrimSpace(l.Text)
		if q.open() == 0 {
			switch {
			case reProvisionLabel.MatchString(t):
				seenProvision = true
			case seenProvision && reAnnexHeading.MatchString(t):
				if cut < 0 {
					cut = i
				}
				annexes = append(annexes, Annex{Label: annexLabel(t), Heading: l})
				q.scan(t)
				continue
			}
		}
		q.scan(t)
		if len(annexes) > 0 {
			a := &annexes[len(annexes)-1]
			a.Body = append(a.Body, l)
		}
	}
	if cut < 0 {
		return lines, nil
	}
	return lines[:cut], annexes
}

// annexLabel is the number of the annex a heading opens ("Załączniki do
// rozporządzenia … Załącznik nr 1" gives "1"), or "" when it has none.
func annexLabel(heading string) string {
	m := reAnnexLabel.FindAllStringSubmatch(heading, -1)
	if len(m) == 0 {
		return ""
	}
	return m[len(m)-1][1]
}

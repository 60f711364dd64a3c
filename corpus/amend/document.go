package amend

import (
	"fmt"
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
	Name  string      // the file, for messages
	Title string      // "Rozporządzenie Ministra … z dnia … zmieniające …"
	Type  string      // "rozporządzenie", "ustawa", …
	Date  corpus.Date // the day it was made (the "z dnia" of its title)
	Ref   string      // its publication reference, "Dz. U. 2026 poz. 53"
	ELI   string      // "DU/2026/53"

	Promulgated    corpus.Date // the day it was published in the journal
	EntryIntoForce corpus.Date // the day it entered into force, when its metadata says so; zero otherwise

	Body    []Line
	Annexes []Annex

	// Footnotes are those of its title ("Minister … kieruje działem …"),
	// Signatures the lines it is signed with: kept with it as a source.
	Footnotes  []corpus.Footnote
	Signatures []string

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

// Options is what the command line says about an amending act, which a
// plain text has no metadata for: its publication reference and the day it
// was published. Either, when given, overrides the file's front matter.
type Options struct {
	Ref         string
	Promulgated corpus.Date
}

// Read reads an amending act: a file of the dziennik-ustaw-md dataset, or
// a plain text such as one copied from the official PDF, as
// corpus.ParseDocument reads texts (the title block, the provisions, and
// after the last provision its annexes, each opened by a line
// "Załącznik …"). The error is the reader's, or names the option that a
// text without front matter needs or that is wrong.
func Read(name string, data []byte, opts Options) (*Document, error) {
	read, err := corpus.ParseDocument(name, data)
	if err != nil {
		return nil, err
	}
	doc := FromDocument(read)
	if opts.Ref != "" {
		ref, err := corpus.ParsePubRef(opts.Ref)
		if err != nil {
			return nil, fmt.Errorf("%w: -ref: %v", corpus.ErrInvalid, err)
		}
		doc.Ref, doc.ELI = ref.String(), ref.ELI()
	}
	if !opts.Promulgated.IsZero() {
		doc.Promulgated = opts.Promulgated
	}
	if ref, err := corpus.ParsePubRef(doc.Ref); err == nil && doc.ELI == "" {
		doc.ELI = ref.ELI()
	}
	switch {
	case doc.ELI == "":
		return nil, fmt.Errorf("%s: %w: -ref REF is required: the text does not say the amending act's publication reference", name, corpus.ErrInvalid)
	case doc.Promulgated.IsZero():
		return nil, fmt.Errorf("%s: %w: -promulgated DATE is required: the text does not say the day the amending act was published, from which its entry into force is counted", name, corpus.ErrInvalid)
	}
	return doc, nil
}

package corpus

import (
	"path"
	"regexp"
	"slices"
	"strings"
)

// A Document is a source text as read: a file of the dziennik-ustaw-md
// dataset (YAML front matter and markdown: an obwieszczenie with its
// consolidated text, an act as published, an amending act) or a plain text
// of the same.
//
// Kind says which of the three it is. Act is what the text says of the
// act whose units it holds (for a consolidated text, the act ust. 1 of
// the obwieszczenie names; for another text, the text itself): its type,
// date and title, its reference when the text is that act, and the
// references it is known by (Aliases). Notice is the obwieszczenie of a
// consolidated text. Source describes the document as a source of
// versions; Versions are the act's units with the days they apply:
//
//   - in a consolidated text, from the obwieszczenie's date, or, when the
//     unit's amendment footnotes date its wording, from the latest of those
//     dates (earlier or later); a unit printed twice gives two versions,
//     the first ending the day before the second's footnote date;
//   - in an act as published (an amending act too), from its entry into
//     force (the front matter's entry_into_force, else its last provision).
//
// Lines are the lines of the text after the front matter, the headings and
// the footnote bodies, as read (markers taken out), each marked when it
// stands inside a quotation; LinesOf gives a unit's own. Warnings are all
// the faults found, sorted; each is also kept with the version it concerns,
// or with the source.
type Document struct {
	File     string
	Kind     SourceKind
	Meta     FrontMatter
	Heading  string // the "# …" line
	Act      ActInfo
	Notice   *Notice
	Source   Source
	Versions []*Version
	Lines    []Line
	Warnings []Warning

	spans map[string][2]int // unit id → first and last line read into it
}

// A Line is one line of a document's text as read.
type Line struct {
	Text   string `json:"text"`
	Pos    Pos    `json:"pos"`
	Quoted bool   `json:"quoted,omitempty"` // it starts inside a quotation („…”)
}

// LinesOf returns the lines read into the unit with the given id and the
// units below it, from the first to the last (for an amending act's
// instruction, with the new wording it quotes as the source breaks it into
// lines).
func (doc *Document) LinesOf(id string) []Line {
	first, last := 0, -1
	for uid, span := range doc.spans {
		if isPathPrefix(id, uid) {
			if last < 0 || span[0] < first {
				first = span[0]
			}
			last = max(last, span[1])
		}
	}
	var out []Line
	for _, l := range doc.Lines {
		if l.Pos.Line >= first && l.Pos.Line <= last {
			out = append(out, l)
		}
	}
	return out
}

var (
	reNoticeAnnex   = regexp.MustCompile(`^(?i:załącznik)\s+(?i:do)\s+(?i:obwieszczenia)\b`)
	reAmendingAct   = regexp.MustCompile(`(?i)\bzmieniając[eay]\b|\bo\s+zmianie\s+(?:ustaw|niektórych)|\bzmieniające\b`)
	reInstruction   = regexp.MustCompile(`(?i)wprowadza\s+się\s+następujące\s+zmiany|\buchyla\s+się(?:\s|$)|\botrzymuje\s+brzmienie\b|\bdodaje\s+się(?:\s|$)|\b(?:zastępuje|skreśla)\s+się(?:\s|$)`)
	reConsolidTitle = regexp.MustCompile(`(?i)jednolitego\s+tekstu`)
)

// ParseDocument reads a dziennik-ustaw-md file (with or without its front
// matter) or a plain text of an obwieszczenie or an act, as the Document
// type says. The error is an ErrorList of what makes the input no legal
// text at all: empty, binary, not UTF-8, a malformed front matter, an
// impossible date, no unit. Faults of the source are warnings.
func ParseDocument(file string, data []byte) (*Document, error) {
	var d diag
	doc, err := parseDocument(file, data, &d)
	if err != nil {
		return nil, err
	}
	return doc, nil
}

// parseDocument parses a document as ParseDocument does; on an error, it
// returns what it read of the document too (nil when the input is no
// text at all).
func parseDocument(file string, data []byte, d *diag) (*Document, error) {
	doc := &Document{File: file}
	if !checkInput(file, data, d) {
		return nil, d.errs.Err()
	}
	meta, _, metaLines := splitFrontMatter(file, data, d)
	doc.Meta = meta
	lines := splitLines(file, data, &d.errs)
	for len(lines) > 0 && lines[0].pos.Line <= metaLines {
		d.account(lines[0])
		lines = lines[1:]
	}
	style, src := anyMarkers, textSource{lines: lines}
	if metaLines > 0 || isMarkdown(lines) {
		md := readMarkdown(lines, d)
		style = mdMarkers
		src = textSource{heading: md.heading.text, lines: md.lines, bodies: md.bodies}
		for _, s := range md.signatures {
			doc.Source.Signatures = append(doc.Source.Signatures, s.text)
		}
	} else {
		src.splitPlain(d)
		doc.Source.Signatures = src.signatures
	}
	doc.Heading = src.heading
	doc.Kind = doc.kind(src.lines)
	doc.read(src, style, d)
	return doc, d.errs.Err()
}

// isMarkdown reports whether lines read as markdown: headings of units or
// footnote bodies "[^1]: …".
func isMarkdown(lines []line) bool {
	for _, l := range lines {
		if strings.HasPrefix(l.text, "# ") || strings.HasPrefix(l.text, "##### ") || reMDFootnote.MatchString(l.text) {
			return true
		}
	}
	return false
}

// A textSource is a document's text sorted by its format: the heading,
// the lines of text, the footnote bodies.
type textSource struct {
	heading    string
	lines      []line
	bodies     []footnoteBody
	signatures []string
}

// splitPlain sorts the lines of a plain text: footnote bodies ("[1] …")
// from the first on, signatures out of the text.
func (t *textSource) splitPlain(d *diag) {
	var text []line
	for i, l := range t.lines {
		if classify(l.text).kind == footnoteBodyLine {
			t.bodies = parseFootnoteBodies(t.lines[i:], d)
			break
		}
		if sig, ok := signature(l.text); ok {
			t.signatures = append(t.signatures, sig)
			d.account(l)
			continue
		}
		text = append(text, l)
	}
	t.lines = text
}

// kind says what the document is: a consolidated text (an obwieszczenie
// "w sprawie ogłoszenia jednolitego tekstu"), an amending act, or an act
// as published.
func (doc *Document) kind(lines []line) SourceKind {
	title := doc.Meta.Get("title") + " " + doc.Heading
	if reConsolidTitle.MatchString(title) || slices.ContainsFunc(lines, func(l line) bool { return reNoticeAnnex.MatchString(stripMarkerText(l.text)) }) {
		return Consolidated
	}
	if reAmendingAct.MatchString(title) {
		return Amending
	}
	for i, l := range lines {
		if i > 40 {
			break
		}
		if reInstruction.MatchString(l.text) {
			return Amending
		}
	}
	return Original
}

// read parses the document's text into its notice, act and versions.
func (doc *Document) read(src textSource, style markerStyle, d *diag) {
	lines := src.lines
	var outer []outerMarker
	if doc.Kind == Consolidated {
		split := slices.IndexFunc(lines, func(l line) bool { return reNoticeAnnex.MatchString(stripMarkerText(l.text)) })
		if split < 0 {
			d.warnf(Pos{File: doc.File, Line: 1, Col: 1}, WarnNotice, "no \"Załącznik do obwieszczenia\" heading: the whole text is read as the consolidated act")
		} else {
			doc.Notice, outer = readNotice(lines[:split], style, d)
			annex := withoutMarkers(lines[split], style, d)
			for _, m := range annex.markers {
				outer = append(outer, outerMarker{label: m.Label, pos: annex.pos})
			}
			d.account(annex)
			doc.Source.Ref = refIn(annex.text, doc.Notice.Date)
			lines = lines[split+1:]
		}
	}
	title, rest := readTitleBlock(lines, style, d)
	outer = append(outer, title.markers...)
	tb := newTreeBuilder(d, sourceMode)
	tb.preamble = true
	breaks := breaksQuote
	if doc.Kind == Amending {
		breaks = func(l line) bool { return l.hint == hintAnnex }
	}
	tb.quoted = quotedLines(rest, breaks, d)
	tb.spans = map[string][2]int{}
	doc.Lines = make([]Line, 0, len(rest))
	for _, l := range rest {
		l = withoutMarkers(l, style, d)
		doc.Lines = append(doc.Lines, Line{Text: l.text, Pos: l.pos, Quoted: tb.quoted[l.pos.Line]})
		tb.add(l)
	}
	blk := attachFootnotes(tb, src.bodies, outer, d)
	doc.spans = tb.spans
	if !blk.hasProvisions() {
		if doc.Kind != Consolidated && isStatement(doc.Meta.Get("rank")) {
			doc.Kind = Statement
			return
		}
		d.errorf(Pos{File: doc.File, Line: 1, Col: 1}, "no unit found: want articles (\"##### Art. 1.\", \"Art. 1.\") or paragraphs (\"##### § 1.\", \"§ 1.\")")
		return
	}
	doc.describe(title, d)
	ranges := doc.dates(&blk, d)
	if ranges == nil {
		return
	}
	doc.Versions, _ = blk.versions(func(p *part) Range { return ranges[p] }, doc.Source.Ref, nil)
	doc.Source.Footnotes = blk.outer
	doc.finishWarnings(blk, d)
}

// refIn returns the journal reference a heading gives ("(Dz. U. poz. 453)"),
// its year taken from date when it leaves it out.
func refIn(s string, date Date) string {
	refs := FindPubRefs(s)
	if len(refs) == 0 {
		return ""
	}
	r := refs[len(refs)-1]
	if r.Items[0].Year == 0 && !date.IsZero() {
		r = r.WithYear(date.Year())
	}
	return r.String()
}

// finishWarnings gives each version the warnings found in its lines and
// the source the others, and lists them all in doc.Warnings.
func (doc *Document) finishWarnings(blk block, d *diag) {
	sortWarnings(d.warns)
	for _, w := range d.warns {
		if i := blk.partAt(w.Pos); i >= 0 {
			doc.Versions[i].Warnings = append(doc.Versions[i].Warnings, w)
		} else {
			doc.Source.Warnings = append(doc.Source.Warnings, w)
		}
	}
	doc.Warnings = slices.Clone(d.warns)
}

// BaseName is a file's name without its directory, as a corpus records it:
// a corpus does not keep the paths of the machine it was imported on.
func BaseName(file string) string { return path.Base(strings.ReplaceAll(file, "\\", "/")) }

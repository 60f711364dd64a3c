package amend

import (
	"strings"

	"lexdiff/corpus"
)

// FromDocument returns the amending act that doc holds, as
// corpus.ParseDocument read it (a file of the dziennik-ustaw-md dataset,
// with its front matter, or a plain text): its metadata, the lines of its
// text up to its annexes, its annexes and its own units. doc.Kind says
// whether the reader took the text for an amending act; Parse finds out.
func FromDocument(doc *corpus.Document) *Document {
	d := &Document{Name: doc.File, Title: doc.Act.Title, Type: doc.Act.Type, Date: doc.Act.Date, Ref: doc.Source.Ref, ELI: doc.Source.ELI,
		Promulgated: doc.Source.Promulgated, Own: doc.Versions, Footnotes: doc.Source.Footnotes, Signatures: doc.Source.Signatures}
	if d.Title == "" {
		d.Title = doc.Source.Title
	}
	if s := doc.Meta.Get("entry_into_force"); s != "" {
		d.EntryIntoForce, _ = corpus.ParseDate(s) // the reader has checked it
	}
	end := len(doc.Lines)
	for _, v := range doc.Versions {
		if v.Unit.Kind != corpus.Annex {
			continue
		}
		d.Annexes = append(d.Annexes, Annex{Label: v.Unit.Label, Body: annexLines(v.Unit.Text)})
		if ls := doc.LinesOf(v.Unit.ID); len(ls) > 0 {
			for i, l := range doc.Lines {
				if l.Pos.Line >= ls[0].Pos.Line {
					end = min(end, i)
					break
				}
			}
		}
	}
	d.Body = withBlankLines(doc.Lines[:end])
	return d
}

// annexLines returns an annex's text as lines, without its caption ("do
// rozporządzenia …", "Załączniki do rozporządzenia … (Dz. U. poz. 53)"),
// which names the amending act, not the act the annex goes into.
func annexLines(text string) []Line {
	lines := strings.Split(text, "\n")
	if len(lines) > 1 && isCaption(lines[0]) {
		lines = lines[1:]
	}
	out := make([]Line, len(lines))
	for i, l := range lines {
		out[i] = Line{Text: l}
	}
	return out
}

// isCaption reports whether the first line of an annex's text is its
// caption, which says whose annex it is.
func isCaption(line string) bool {
	l := strings.ToLower(line)
	return strings.HasPrefix(l, "do ") || strings.HasPrefix(l, "załącznik")
}

// withBlankLines returns lines with a blank line in place of each line of
// the file the reader left out (blank lines, headings' markup), so that
// the lines of a quotation keep their line numbers.
func withBlankLines(lines []corpus.Line) []Line {
	var out []Line
	for i, l := range lines {
		if i > 0 {
			for n := lines[i-1].Pos.Line + 1; n < l.Pos.Line; n++ {
				out = append(out, Line{Pos: corpus.Pos{File: l.Pos.File, Line: n, Col: 1}})
			}
		}
		out = append(out, Line{Text: l.Text, Pos: l.Pos})
	}
	return out
}

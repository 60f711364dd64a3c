package index

import (
	"html"
	"strings"

	"github.com/blevesearch/bleve/v2/search/highlight"
)

// markFormatter formats a fragment as HTML with each matched word in
// <mark>. It writes what Bleve's html formatter writes, into one builder:
// that one adds to a string piece by piece, copying the fragment once per
// matched word.
type markFormatter struct{}

const markStart, markEnd = "<mark>", "</mark>"

// Format implements highlight.FragmentFormatter: the text of f, with the
// locations in it (ordered, not overlapping) marked.
func (markFormatter) Format(f *highlight.Fragment, locations highlight.TermLocations) string {
	var b strings.Builder
	b.Grow(f.End - f.Start + len(locations)*(len(markStart)+len(markEnd)))
	curr := f.Start
	for _, l := range locations {
		switch {
		case l == nil || !l.ArrayPositions.Equals(f.ArrayPositions) || l.Start < curr:
			continue
		case l.End > f.End:
			return finish(&b, f.Orig[curr:f.End])
		}
		b.WriteString(html.EscapeString(string(f.Orig[curr:l.Start])))
		b.WriteString(markStart)
		b.WriteString(html.EscapeString(string(f.Orig[l.Start:l.End])))
		b.WriteString(markEnd)
		curr = l.End
	}
	return finish(&b, f.Orig[curr:f.End])
}

// finish writes the rest of a fragment, the text after its last mark.
func finish(b *strings.Builder, rest []byte) string {
	b.WriteString(html.EscapeString(string(rest)))
	return b.String()
}

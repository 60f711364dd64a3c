package server

import (
	"html/template"
	"net/http"
	"slices"
	"strings"

	"lexdiff/corpus"
)

// actText assembles the text of the act page and its table of contents
// from the kept fragments of the versions vs, the top-level units in force
// (see unitFragments): each unit's section, after the headings of the
// groupings that open before it, and each unit's line. Joining kept HTML
// in Go costs a copy; ranging over the units in the page's template cost
// a reflective call per unit and field.
func (p *pages) actText(r *http.Request, l lang, act string, o *actOverview, vs []*corpus.Version, today corpus.Date) (text, toc template.HTML, err error) {
	var tb, cb strings.Builder
	var groups []string
	for i, ver := range vs {
		f, err := p.unitFragments(r, l, act, o, ver, today)
		if err != nil {
			return "", "", err
		}
		if i == 0 {
			cb.WriteString("\n    <ol>")
		}
		tb.WriteString("\n    ")
		if !slices.Equal(f.groups, groups) {
			groups = f.groups
			tb.WriteString(string(f.groupHeads))
			cb.WriteString(string(f.tocGroups))
		}
		tb.WriteString("\n    ")
		tb.WriteString(string(f.section))
		cb.WriteString("\n      ")
		cb.WriteString(string(f.toc))
	}
	if len(vs) > 0 {
		cb.WriteString("\n    </ol>")
	}
	return template.HTML(tb.String()), template.HTML(cb.String()), nil
}

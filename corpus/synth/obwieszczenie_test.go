package synth

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"lexdiff/corpus"
)

// Every generated consolidated text reads back as the act it renders: the
// act named in ust. 1, every unit in force with its text and footnotes,
// no warning, and the obwieszczenie's reference as the source.
func TestObwieszczenieParsesBack(t *testing.T) {
	acts := generate(t, Config{Acts: 4, Units: 30, Versions: 4, Kind: Mixed, Seed: 5, UnitsPerChapter: 8, Gaps: 0.05})
	for i, a := range acts {
		dates := a.ChangeDates()
		for j, d := range []corpus.Date{dates[len(dates)/2], dates[len(dates)-1]} {
			c := Consolidation{Date: d, Position: 100*i + j + 1}
			name := fmt.Sprintf("%s@%s", a.ID, d)
			doc, err := corpus.ParseDocument(name+".md", Obwieszczenie(a, c))
			if err != nil {
				t.Fatalf("%s: %v\n%s", name, err, Obwieszczenie(a, c))
			}
			if doc.Kind != corpus.Consolidated || doc.Act.Type != a.Type || doc.Act.Title != a.Title || doc.Source.Ref != c.Ref() {
				t.Errorf("%s: read as %s %q %q from %q", name, doc.Kind, doc.Act.Type, doc.Act.Title, doc.Source.Ref)
			}
			if len(doc.Warnings) > 0 {
				t.Errorf("%s: warnings %v", name, doc.Warnings)
			}
			want := a.InForce(d)
			if len(doc.Versions) != len(want) {
				t.Fatalf("%s: %d versions, want %d", name, len(doc.Versions), len(want))
			}
			for k, v := range doc.Versions {
				w := want[k]
				if v.Unit.ID != w.Unit.ID || v.Unit.FullText() != w.Unit.FullText() {
					t.Errorf("%s: unit %s reads\n%s\nwant %s\n%s", name, v.Unit.ID, v.Unit.FullText(), w.Unit.ID, w.Unit.FullText())
				}
				if len(v.Footnotes) != len(w.Footnotes) || !v.Range.Contains(d) || v.Source != c.Ref() {
					t.Errorf("%s: %s has %d footnotes (want %d), range %s, source %q", name, v.Unit.ID, len(v.Footnotes), len(w.Footnotes), v.Range, v.Source)
				}
				for n, f := range v.Footnotes {
					if n < len(w.Footnotes) && (f.Body != w.Footnotes[n].Body || f.Unit != w.Footnotes[n].Unit) {
						t.Errorf("%s: footnote %+v, want %+v", name, f, w.Footnotes[n])
					}
				}
				if !slices.Equal(groupNames(v.Groups), groupNames(w.Groups)) {
					t.Errorf("%s: %s in %v, want %v", name, v.Unit.ID, v.Groups, w.Groups)
				}
			}
		}
	}
}

func groupNames(gs []corpus.Group) []string {
	var out []string
	for _, g := range gs {
		out = append(out, strings.TrimSpace(g.String()))
	}
	return out
}

package server

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"lexdiff/corpus"
	"lexdiff/diff"
)

// TestMessages checks that every message has both languages and that every
// key the templates and handlers use is in the catalogue.
func TestMessages(t *testing.T) {
	for key, m := range messages {
		if m.pl == "" || m.en == "" {
			t.Errorf("message %q lacks a language: %+v", key, m)
		}
	}
	reKey := regexp.MustCompile(`\.Tf? "([a-z][a-zA-Z.]*)"|\.Tf?\("([a-z][a-zA-Z.]*)"`)
	var files []string
	fs.WalkDir(os.DirFS("."), ".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (filepath.Ext(path) == ".html" || filepath.Ext(path) == ".go") && path != "page_unit_test.go" {
			files = append(files, path)
		}
		return nil
	})
	used := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range reKey.FindAllStringSubmatch(string(b), -1) {
			key := m[1] + m[2]
			if _, ok := messages[key]; !ok && !slices.Contains([]string{"status.", "kind.", "class.", "unitKind.", "act.state.", "act.state.applies."}, key) {
				t.Errorf("%s uses message %q, which is not in the catalogue", f, key)
			}
			used++
		}
	}
	if used < 50 {
		t.Errorf("found only %d uses of messages: the pattern no longer matches", used)
	}
	for _, k := range corpus.Kinds {
		for _, l := range []lang{polish, english} {
			if got := l.KindName(string(k)); got == string(k) {
				t.Errorf("unit kind %q has no name in %s", k, l)
			}
		}
	}
	for _, k := range diff.Kinds {
		if _, ok := messages["kind."+string(k)]; !ok {
			t.Errorf("change kind %q has no label", k)
		}
	}
}

func TestFragmentParts(t *testing.T) {
	tests := []struct {
		in   string
		want []fragmentPart
	}{
		{"plain", []fragmentPart{{"plain", false}}},
		{"a <mark>kurator</mark> b", []fragmentPart{{"a ", false}, {"kurator", true}, {" b", false}}},
		{"&lt;script&gt; <mark>x&amp;y</mark>", []fragmentPart{{"<script> ", false}, {"x&y", true}}},
		{"<mark>a</mark><mark>b</mark>", []fragmentPart{{"a", true}, {"b", true}}},
		{"broken <mark>open", []fragmentPart{{"broken <mark>open", false}}},
	}
	for _, tt := range tests {
		if got := fragmentParts(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("fragmentParts(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

// TestRedlineMarkers places a unit's footnote markers in the redline of
// its words, by their offsets in the new words: inside a kept or inserted
// stretch, before words struck where they meet, at the end; a marker of
// the closing part only in the closing part's redline, one past the end
// (of a unit repealed, whose "(uchylony)" is no word compared) at the end,
// so that its note's link back has a marker to go to.
func TestRedlineMarkers(t *testing.T) {
	eq := func(s string) diff.Op { return diff.Op{Op: diff.Equal, Text: s} }
	ins := func(s string) diff.Op { return diff.Op{Op: diff.Insert, Text: s} }
	del := func(s string) diff.Op { return diff.Op{Op: diff.Delete, Text: s} }
	tests := []struct {
		name      string
		ops       []diff.Op
		markers   []corpus.Marker
		inClosing bool
		want      string
	}{
		{"inside kept words", []diff.Op{eq("ab cd")}, []corpus.Marker{{Label: "1", Offset: 2}}, false, "ab[1] cd"},
		{"at the start, before struck words", []diff.Op{del("x "), eq("ab")}, []corpus.Marker{{Label: "1"}}, false, "[1]-{x }ab"},
		{"after inserted words, before struck ones", []diff.Op{eq("a "), ins("b"), del("c"), eq(" d")}, []corpus.Marker{{Label: "2", Offset: 3}}, false, "a +{b}[2]-{c} d"},
		{"inside inserted words", []diff.Op{ins("ab")}, []corpus.Marker{{Label: "1", Offset: 1}}, false, "+{a}[1]+{b}"},
		{"two at the end", []diff.Op{eq("ab")}, []corpus.Marker{{Label: "1", Offset: 2}, {Label: "2", Offset: 2}}, false, "ab[1][2]"},
		{"past the end", []diff.Op{eq("ab")}, []corpus.Marker{{Label: "1", Offset: 3}}, false, "ab[1]"},
		{"of a unit repealed, past its words", []diff.Op{del("Dokumentami są:")}, []corpus.Marker{{Label: "3", Offset: 10}}, false, "-{Dokumentami są:}[3]"},
		{"of the closing part", []diff.Op{eq("ab")}, []corpus.Marker{{Label: "1", Offset: 1}, {Label: "2", Offset: 1, InClosing: true}}, true, "a[2]b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := &corpus.Unit{ID: "art1", Markers: tt.markers}
			var b strings.Builder
			for _, op := range (noteSet{scope: "2020-01-01"}).redline(u, tt.ops, tt.inClosing) {
				switch op.Op {
				case diff.Delete:
					b.WriteString("-{" + op.Text + "}")
				case diff.Insert:
					b.WriteString("+{" + op.Text + "}")
				default:
					b.WriteString(op.Text)
				}
				if op.Note != "" {
					b.WriteString("[" + op.Note + "]")
					if want := "fn-2020-01-01-art1-" + op.Note; op.NoteID != want {
						t.Errorf("marker [%s] links %q, want %q", op.Note, op.NoteID, want)
					}
				}
			}
			if got := b.String(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

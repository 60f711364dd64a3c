package server

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
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

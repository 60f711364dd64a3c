package server

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/embedded"
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
			if _, ok := messages[key]; !ok && !slices.Contains([]string{"status.", "kind.", "class.", "unitKind."}, key) {
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

func TestTimeline(t *testing.T) {
	c, err := embedded.Load()
	if err != nil {
		t.Fatal(err)
	}
	a, _ := c.Act("du-2017-1399")
	day := corpus.MakeDate(2020, 1, 1)
	tl := newTimeline(a, day, corpus.MakeDate(2024, 3, 15), polish)
	if len(tl.Lanes) != 1 || len(tl.Lanes[0].Marks) != 3 {
		t.Fatalf("want one lane of 3 marks, got %+v", tl.Lanes)
	}
	marks := tl.Lanes[0].Marks
	wantFrom := []string{"2017-07-24", "2019-09-01", "2020-12-07"}
	for i, m := range marks {
		if m.From.String() != wantFrom[i] {
			t.Errorf("mark %d starts %s, want %s", i, m.From, wantFrom[i])
		}
		if m.Current != (i == 1) {
			t.Errorf("mark %d current = %v", i, m.Current)
		}
		if i > 0 && m.X <= marks[i-1].X+marks[i-1].W {
			t.Errorf("mark %d (x %d) overlaps mark %d (x %d, w %d)", i, m.X, i-1, marks[i-1].X, marks[i-1].W)
		}
	}
	if !marks[2].Open || marks[2].X+marks[2].W > tl.Width {
		t.Errorf("the open version should run to the axis end inside the picture: %+v", marks[2])
	}
	if len(tl.Ticks) != 3 || !tl.ChosenShown || tl.Chosen.X <= marks[1].X || tl.Chosen.X >= marks[2].X {
		t.Errorf("ticks %+v, chosen %+v", tl.Ticks, tl.Chosen)
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

// TestTimelineLanes draws an act of 40 articles, of which art. 35 changed:
// 30 lanes in the act's order, the changed one among them, the rest counted.
func TestTimelineLanes(t *testing.T) {
	from, change := corpus.MakeDate(2020, 1, 1), corpus.MakeDate(2022, 1, 1)
	var vs []*corpus.Version
	for i := 1; i <= 40; i++ {
		art := func(r corpus.Range) *corpus.Version {
			return &corpus.Version{Range: r, Source: "test", Unit: &corpus.Unit{Kind: corpus.Article, Label: strconv.Itoa(i),
				ID: "art" + strconv.Itoa(i), Text: "Text.", Status: corpus.InForce}}
		}
		if i == 35 {
			vs = append(vs, art(corpus.Range{From: from, To: change.AddDays(-1)}), art(corpus.Range{From: change}))
			continue
		}
		vs = append(vs, art(corpus.Range{From: from}))
	}
	a, err := corpus.NewAct(corpus.ActInfo{ID: "test-40"}, vs)
	if err != nil {
		t.Fatal(err)
	}
	tl := newTimeline(a, change, corpus.MakeDate(2024, 3, 15), english)
	var labels []string
	for _, lane := range tl.Lanes {
		labels = append(labels, lane.Label)
	}
	want := []string{"art. 1"}
	for i := 2; i <= 29; i++ {
		want = append(want, "art. "+strconv.Itoa(i))
	}
	want = append(want, "art. 35")
	if !slices.Equal(labels, want) {
		t.Errorf("lanes %v, want %v", labels, want)
	}
	if tl.Omitted != 10 || !strings.Contains(tl.OmittedNote, "10 other units") {
		t.Errorf("omitted %d (%q), want 10", tl.Omitted, tl.OmittedNote)
	}
	if last := tl.Lanes[len(tl.Lanes)-1]; tl.OmittedY <= last.Y+timelineLaneH || tl.OmittedY >= tl.AxisY {
		t.Errorf("the omitted note at y %d is not between the last lane (y %d) and the axis (y %d)", tl.OmittedY, last.Y, tl.AxisY)
	}
}

func TestMarkLabel(t *testing.T) {
	const src = "Dz. U. z 2019 r. poz. 1557"
	tests := []struct {
		source string
		w      int
		want   string
	}{
		{src, 300, src},
		{src, 120, "DU/2019/1557"},
		{src, 40, ""},
		{"tekst pierwotny", 60, ""},
	}
	for _, tt := range tests {
		if got := markLabel(tt.source, tt.w); got != tt.want {
			t.Errorf("markLabel(%q, %d) = %q, want %q", tt.source, tt.w, got, tt.want)
		}
	}
}

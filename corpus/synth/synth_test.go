package synth

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"

	"lexdiff/corpus"
)

// generate returns the acts of cfg, failing the test on an error.
func generate(t *testing.T, cfg Config) []*corpus.Act {
	t.Helper()
	acts, err := Acts(cfg)
	if err != nil {
		t.Fatalf("Acts(%+v): %v", cfg, err)
	}
	return acts
}

// dump serialises acts with every version, for comparing whole corpora.
func dump(t *testing.T, acts []*corpus.Act) []byte {
	t.Helper()
	var b bytes.Buffer
	for _, a := range acts {
		data, err := json.Marshal(struct {
			Info     corpus.ActInfo
			Versions []*corpus.Version
		}{a.ActInfo, a.AllVersions()})
		if err != nil {
			t.Fatal(err)
		}
		b.Write(data)
	}
	return b.Bytes()
}

func TestActsDeterministic(t *testing.T) {
	first := dump(t, generate(t, Default))
	if again := dump(t, generate(t, Default)); !bytes.Equal(first, again) {
		t.Error("the same config gave two different corpora")
	}
	other := Default
	other.Seed++
	if bytes.Equal(first, dump(t, generate(t, other))) {
		t.Error("seeds 1 and 2 gave the same corpus")
	}
}

func TestActsCounts(t *testing.T) {
	tests := []struct {
		name                  string
		cfg                   Config
		acts, units, versions int
	}{
		{"defaults", Config{}, 1, 50, 5},
		{"default config", Default, 3, 40, 6},
		{"statutes", Config{Acts: 2, Units: 30, Versions: 4, Kind: Statute, Seed: 3}, 2, 30, 4},
		{"regulations", Config{Acts: 2, Units: 25, Versions: 8, Kind: Regulation, Seed: 4}, 2, 25, 8},
		{"one version", Config{Acts: 1, Units: 20, Versions: 1, Seed: 5}, 1, 20, 1},
		{"one unit", Config{Acts: 4, Units: 1, Versions: 3, Seed: 6, Kind: Mixed}, 4, 1, 3},
		{"all gaps", Config{Units: 20, Versions: 6, Seed: 7, Gaps: 1}, 1, 20, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			acts := generate(t, tt.cfg)
			if len(acts) != tt.acts {
				t.Fatalf("%d acts, want %d", len(acts), tt.acts)
			}
			for _, a := range acts {
				if got := len(a.Units()); got != tt.units {
					t.Errorf("%s: %d top-level units, want %d", a.ID, got, tt.units)
				}
				for _, id := range a.Units() {
					if got := len(a.Versions(id)); got != tt.versions {
						t.Errorf("%s %s: %d versions, want %d", a.ID, id, got, tt.versions)
					}
				}
			}
		})
	}
}

func TestActKinds(t *testing.T) {
	acts := generate(t, Config{Acts: 4, Units: 5, Versions: 2, Kind: Mixed})
	for i, a := range acts {
		wantType, wantPrefix, wantTitle := "ustawa", "art", "Ustawa z dnia "
		if i%2 == 1 {
			wantType, wantPrefix, wantTitle = "rozporządzenie", "par", "Rozporządzenie "
		}
		if a.Type != wantType || !strings.HasPrefix(a.Title, wantTitle) {
			t.Errorf("act %d: type %q, title %q; want %q, %q…", i, a.Type, a.Title, wantType, wantTitle)
		}
		for _, id := range a.Units() {
			if !strings.HasPrefix(id, wantPrefix) {
				t.Errorf("act %d (%s): unit %s, want %s…", i, a.Type, id, wantPrefix)
			}
		}
	}
}

func TestConfigErrors(t *testing.T) {
	tests := []struct {
		cfg   Config
		field string
	}{
		{Config{Acts: -1}, "Acts"},
		{Config{Units: -2}, "Units"},
		{Config{Versions: -1}, "Versions"},
		{Config{Gaps: 1.5}, "Gaps"},
		{Config{UnitsPerChapter: -1}, "UnitsPerChapter"},
		{Config{Kind: "kodeks"}, "Kind"},
	}
	for _, tt := range tests {
		t.Run(tt.field, func(t *testing.T) {
			_, err := Acts(tt.cfg)
			if err == nil || !strings.Contains(err.Error(), tt.field) {
				t.Errorf("Acts(%+v) = %v, want an error naming %s", tt.cfg, err, tt.field)
			}
		})
	}
}

// TestVersionsWellFormed checks every version of a corpus with every
// feature on: trees, footnotes and ranges.
func TestVersionsWellFormed(t *testing.T) {
	for _, cfg := range []Config{Default, {Acts: 2, Units: 60, Versions: 12, Kind: Mixed, Seed: 9}} {
		for _, a := range generate(t, cfg) {
			for _, id := range a.Units() {
				vs := a.Versions(id)
				checkRanges(t, a.ID, vs, cfg.Gaps > 0)
				for _, v := range vs {
					checkTree(t, v.Unit, "")
					checkFootnotes(t, v)
					if cfg.UnitsPerChapter > 0 && (len(v.Groups) != 1 || v.Groups[0].Kind != "Rozdział") {
						t.Errorf("%s %s: groups %v, want one Rozdział", a.ID, id, v.Groups)
					}
				}
			}
		}
	}
}

// checkTree checks that u's id follows from its parent's, that its
// children are of one kind allowed under it with labels in increasing
// order, and that its status agrees with its text.
func checkTree(t *testing.T, u *corpus.Unit, parentID string) {
	t.Helper()
	if want := childID(parentID, u.Kind, u.Label); u.ID != want {
		t.Errorf("unit id %q, want %q", u.ID, want)
	}
	if st, ok := corpus.StatusOfBody(u.Text); ok != (u.Status != corpus.InForce) || (ok && (st != u.Status || len(u.Children) > 0)) {
		t.Errorf("%s: status %s with text %q and %d children", u.ID, u.Status, u.Text, len(u.Children))
	}
	for i, c := range u.Children {
		if !allowedChild(u.Kind, c.Kind) || c.Kind != u.Children[0].Kind {
			t.Errorf("%s: child %s of kind %s", u.ID, c.ID, c.Kind)
		}
		if i > 0 && !labelLess(c.Kind, u.Children[i-1].Label, c.Label) {
			t.Errorf("%s: label %q follows %q", u.ID, c.Label, u.Children[i-1].Label)
		}
		if (c.Kind == corpus.Tiret || c.Kind == corpus.DoubleTiret) && c.Label != strconv.Itoa(i+1) {
			t.Errorf("%s: tiret %d labelled %q", u.ID, i+1, c.Label)
		}
		checkTree(t, c, u.ID)
	}
}

func allowedChild(parent, child corpus.Kind) bool {
	switch parent {
	case corpus.Article, corpus.Paragraph:
		return child == corpus.Section || child == corpus.Point
	case corpus.Section:
		return child == corpus.Point
	case corpus.Point:
		return child == corpus.Letter
	case corpus.Letter:
		return child == corpus.Tiret
	case corpus.Tiret:
		return child == corpus.DoubleTiret
	}
	return false
}

// labelLess orders labels as the law numbers them: "2" < "2a" < "3" < "10",
// "b" < "ba" < "c".
func labelLess(k corpus.Kind, a, b string) bool {
	if k == corpus.Letter {
		return a < b
	}
	an, as := splitNumber(a)
	bn, bs := splitNumber(b)
	return an < bn || (an == bn && as < bs)
}

func splitNumber(l string) (int, string) {
	i := strings.IndexFunc(l, func(r rune) bool { return r < '0' || r > '9' })
	if i < 0 {
		i = len(l)
	}
	n, _ := strconv.Atoi(l[:i])
	return n, l[i:]
}

// checkFootnotes checks that markers and footnotes match one to one, and
// that amendment notes name the amending act and the version's first day.
func checkFootnotes(t *testing.T, v *corpus.Version) {
	t.Helper()
	byLabel := map[string]corpus.Footnote{}
	for _, f := range v.Footnotes {
		byLabel[f.Label] = f
		if am := f.Amendment; am != nil && (am.InForce != v.Range.From || am.Ref == nil || am.Ref.Items[0].Year == 0 || am.Provision == "") {
			t.Errorf("%s [%s]: amendment %+v in a version from %s", v.Unit.ID, f.Label, am, v.Range.From)
		}
	}
	markers := 0
	v.Unit.Walk(func(u *corpus.Unit) bool {
		for _, m := range u.Markers {
			markers++
			if f, ok := byLabel[m.Label]; !ok || f.Unit != u.ID || m.Offset > len(u.Text) {
				t.Errorf("%s: marker [%s] at %d has footnote %+v", u.ID, m.Label, m.Offset, f)
			}
		}
		return true
	})
	if markers != len(v.Footnotes) {
		t.Errorf("%s from %s: %d markers, %d footnotes", v.Unit.ID, v.Range.From, markers, len(v.Footnotes))
	}
}

// checkRanges checks that versions follow one another, the last open, and
// without gaps unless gaps are allowed.
func checkRanges(t *testing.T, act string, vs []*corpus.Version, gaps bool) {
	t.Helper()
	for i, v := range vs {
		last := i == len(vs)-1
		switch {
		case last && !v.Range.IsOpen():
			t.Errorf("%s %s: last version %s is closed", act, v.Unit.ID, v.Range)
		case last:
		case v.Range.IsOpen() || v.Range.To < v.Range.From || v.Range.To >= vs[i+1].Range.From:
			t.Errorf("%s %s: version %s, next from %s", act, v.Unit.ID, v.Range, vs[i+1].Range.From)
		case !gaps && v.Range.To.AddDays(1) != vs[i+1].Range.From:
			t.Errorf("%s %s: gap between %s and %s", act, v.Unit.ID, v.Range, vs[i+1].Range)
		}
	}
}

// TestVersionsChangeLittle checks that each version differs from the one
// before, as an amendment makes it, and that most units stay as they were.
func TestVersionsChangeLittle(t *testing.T) {
	same, total := 0, 0
	for _, a := range generate(t, Default) {
		for _, id := range a.Units() {
			vs := a.Versions(id)
			for i := 1; i < len(vs); i++ {
				before, after := texts(vs[i-1].Unit), texts(vs[i].Unit)
				changed := len(before) != len(after)
				for uid, text := range after {
					total++
					if before[uid] == text {
						same++
					} else {
						changed = true
					}
				}
				if !changed {
					t.Errorf("%s %s: version from %s has the same text as the one before", a.ID, id, vs[i].Range.From)
				}
			}
		}
	}
	if share := float64(same) / float64(total); share < 0.7 {
		t.Errorf("%.0f%% of units kept their text between versions, want most (≥ 70%%)", 100*share)
	}
}

// texts maps each unit at or below u to its own text.
func texts(u *corpus.Unit) map[string]string {
	m := map[string]string{}
	u.Walk(func(c *corpus.Unit) bool {
		m[c.ID] = c.Text + "\x00" + c.Closing
		return true
	})
	return m
}

// TestFeatures checks that a default corpus holds every feature the
// benchmarks rely on.
func TestFeatures(t *testing.T) {
	acts := generate(t, Config{Acts: 2, Units: 80, Versions: 10, Kind: Mixed, Seed: 2, Gaps: 0.1, UnitsPerChapter: 10})
	found := map[string]bool{}
	var text strings.Builder
	for _, a := range acts {
		for _, v := range a.AllVersions() {
			v.Unit.Walk(func(u *corpus.Unit) bool {
				found["unit "+string(u.Kind)] = true
				found["inserted "+string(u.Kind)] = found["inserted "+string(u.Kind)] || isInserted(u)
				found["repealed "+string(u.Kind)] = found["repealed "+string(u.Kind)] || u.Status == corpus.Repealed
				found["closing"] = found["closing"] || u.Closing != ""
				found["heading"] = found["heading"] || u.Heading != ""
				found["Dz. U. reference"] = found["Dz. U. reference"] || len(corpus.FindPubRefs(u.Text)) > 0
				text.WriteString(u.Text + "\n")
				return true
			})
			for _, f := range v.Footnotes {
				kind := "editorial"
				if f.Amendment != nil {
					kind = string(f.Amendment.Kind)
				}
				found["footnote "+kind] = true
			}
			found["consolidated source"] = found["consolidated source"] || strings.HasSuffix(v.Source, "tekst jednolity")
		}
	}
	want := []string{
		"unit art", "unit par", "unit ust", "unit pkt", "unit lit", "unit tir", "unit dtir",
		"inserted art", "inserted par", "inserted ust", "inserted pkt", "inserted lit",
		"repealed art", "repealed ust", "repealed pkt", "repealed lit",
		"closing", "heading", "Dz. U. reference", "consolidated source",
		"footnote wording", "footnote added", "footnote repealed", "footnote editorial",
	}
	for _, w := range want {
		if !found[w] {
			t.Errorf("no %s in the corpus", w)
		}
	}
	// A search must meet words in several inflected forms.
	for _, form := range []string{"decyzja", "decyzję", "decyzji", "wniosek", "wniosku", "organ", "organu", "organem"} {
		if !strings.Contains(text.String(), form+" ") {
			t.Errorf("the text never holds the word %q", form)
		}
	}
}

// isInserted reports whether u's label is that of an inserted unit: "5a",
// or "ba" for a litera.
func isInserted(u *corpus.Unit) bool {
	if u.Kind == corpus.Letter {
		return len(u.Label) > 1
	}
	return strings.IndexAny(u.Label, "abcdefghijklmnopqrstuvwxyz") > 0
}

func TestPortalExportRoundTrip(t *testing.T) {
	styles := map[string]PortalStyle{
		"plain":             {},
		"dotted dates":      {DottedDates: true},
		"placeholder end":   {PlaceholderEnd: true},
		"duplicate current": {DuplicateCurrent: true},
		"no label":          {NoLabel: true},
		"compact":           {Compact: true},
		"all":               {DottedDates: true, PlaceholderEnd: true, DuplicateCurrent: true, NoLabel: true, Compact: true},
	}
	acts := generate(t, Default)
	for name, style := range styles {
		t.Run(name, func(t *testing.T) {
			for _, a := range acts {
				for _, id := range a.Units() {
					checkPortalRoundTrip(t, a, id, style)
				}
			}
		})
	}
	if PortalExport(acts[0], "art999") != nil {
		t.Error("PortalExport of a unit the act lacks is not nil")
	}
}

// checkPortalRoundTrip checks that ParsePortal reads the export of unit id
// back into the act's versions.
func checkPortalRoundTrip(t *testing.T, a *corpus.Act, id string, style PortalStyle) {
	t.Helper()
	unit := ""
	if style.NoLabel {
		unit = corpus.CitationOf(id)
	}
	got, err := corpus.ParsePortal(id+".txt", PortalExportStyled(a, id, style), unit)
	if err != nil {
		t.Fatalf("%s %s: %v", a.ID, id, err)
	}
	slices.Reverse(got) // the export lists versions newest first
	g, w := dumpVersions(t, got), dumpVersions(t, a.Versions(id))
	if bytes.Equal(g, w) {
		return
	}
	i := 0
	for i < len(g) && i < len(w) && g[i] == w[i] {
		i++
	}
	t.Errorf("%s %s: parsed export differs at byte %d:\n got …%s\nwant …%s", a.ID, id, i, g[max(0, i-200):min(len(g), i+200)], w[max(0, i-200):min(len(w), i+200)])
}

func dumpVersions(t *testing.T, vs []*corpus.Version) []byte {
	t.Helper()
	data, err := json.Marshal(vs)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestPlainTextRoundTrip(t *testing.T) {
	for _, a := range generate(t, Default) {
		for _, d := range a.ChangeDates() {
			opts := corpus.PlainOptions{Range: corpus.Range{From: d}, Source: "test"}
			info, got, err := corpus.ParsePlain("act.txt", PlainText(a, d), opts)
			if err != nil {
				t.Fatalf("%s on %s: %v", a.ID, d, err)
			}
			// A printed regulation writes its issuer in capitals.
			if !strings.EqualFold(info.Title, a.Title) || info.Type != a.Type {
				t.Errorf("%s: parsed title %q (%s), want %q (%s)", a.ID, info.Title, info.Type, a.Title, a.Type)
			}
			want := a.InForce(d)
			if len(got) != len(want) {
				t.Fatalf("%s on %s: %d units parsed, want %d", a.ID, d, len(got), len(want))
			}
			for i := range got {
				if g, w := got[i].Unit.FullText(), want[i].Unit.FullText(); g != w {
					t.Errorf("%s on %s: parsed\n%s\nwant\n%s", a.ID, d, g, w)
				}
				if g, w := got[i].Groups, want[i].Groups; len(g) != len(w) || (len(g) > 0 && !g[0].Same(w[0])) {
					t.Errorf("%s %s: groups %v, want %v", a.ID, want[i].Unit.ID, g, w)
				}
			}
		}
	}
}

func TestPlainTextTitleBlock(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Ustawa z dnia 15 kwietnia 2011 r. o systemie informacji oświatowej",
			"USTAWA\nz dnia 15 kwietnia 2011 r.\no systemie informacji oświatowej\n"},
		{"Rozporządzenie Ministra Edukacji Narodowej z dnia 14 lipca 2017 r. w sprawie procedury",
			"ROZPORZĄDZENIE MINISTRA EDUKACJI NARODOWEJ\nz dnia 14 lipca 2017 r.\nw sprawie procedury\n"},
	}
	for _, tt := range tests {
		if got := titleBlock(tt.title); got != tt.want {
			t.Errorf("titleBlock(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

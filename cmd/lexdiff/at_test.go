package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestAtChapters prints the statute on lobbying whole, as its
// consolidated text of 2026 gives it: each of its seven chapters' heading
// stands once, above the first article of the chapter, as on the act page;
// -json gives each unit the headings of the groupings it stands in.
func TestAtChapters(t *testing.T) {
	args := []string{"at", "-act", "Dz. U. z 2026 r. poz. 936", "-date", "2026-07-08"}
	code, out, errOut := runCLI(t, args...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var heads []string
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		if !strings.HasPrefix(l, "Rozdział ") {
			continue
		}
		heads = append(heads, strings.Fields(l)[1])
		if i+2 >= len(lines) || lines[i+1] != "" || !strings.HasPrefix(lines[i+2], "Art. ") {
			t.Errorf("%q stands above no article", l)
		}
	}
	if want := []string{"1", "2", "2a", "3", "4", "5", "6"}; !slices.Equal(heads, want) {
		t.Errorf("chapters printed %q, want %q", heads, want)
	}
	if !strings.Contains(out, "\nRozdział 2 Zasady jawności działalności lobbingowej w procesie stanowienia prawa\n\nArt. 3. ") {
		t.Error("chapter 2's heading does not stand above art. 3")
	}

	code, out, errOut = runCLI(t, append(args, "-json")...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	type answer struct {
		Unit   struct{ ID string }
		Groups []string
	}
	var ans struct{ Units []answer }
	if err := json.Unmarshal([]byte(out), &ans); err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(ans.Units, func(u answer) bool { return u.Unit.ID == "art3" })
	if i < 0 {
		t.Fatal("-json: no art. 3")
	}
	if got := ans.Units[i].Groups; !slices.Equal(got, []string{"Rozdział 2 Zasady jawności działalności lobbingowej w procesie stanowienia prawa"}) {
		t.Errorf("-json: art. 3 stands in %q", got)
	}
}

// TestAtHeadingFootnotes: the consolidated text of 2025 of the statute on
// lobbying marks the heading "Rozdział 2a[^1]" with a footnote that says
// which act added the chapter (DU-2025-677.md:366); `at` prints it under
// the heading, and -json gives it on the grouping of each article in the
// chapter, not among the article's own footnotes.
func TestAtHeadingFootnotes(t *testing.T) {
	const (
		heading = "Rozdział 2a Wysłuchanie publiczne oraz konsultacje społeczne"
		note    = "[1] Oznaczenie i tytuł rozdziału dodane przez art. 1 pkt 1 ustawy z dnia 25 września 2024 r. o zmianie ustawy o działalności lobbingowej w procesie stanowienia prawa (Dz. U. poz. 1535), która weszła w życie z dniem 31 października 2024 r."
	)
	args := []string{"at", "-act", "Dz. U. z 2025 r. poz. 677", "-date", "2025-06-01"}
	code, out, errOut := runCLI(t, args...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "\n"+heading+"\n"+note+"\n\nArt. 8. ") {
		t.Errorf("the heading of chapter 2a is not printed with its footnote above art. 8:\n%s", out)
	}

	code, out, errOut = runCLI(t, append(args, "-json", "art. 9")...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var ans struct {
		Groups         []string
		GroupFootnotes []struct {
			Heading   string
			Footnotes []struct{ Label, Unit, Body string }
		}
		Footnotes []struct{ Label string }
	}
	if err := json.Unmarshal([]byte(out), &ans); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ans.Groups, []string{heading}) || len(ans.GroupFootnotes) != 1 || ans.GroupFootnotes[0].Heading != heading || len(ans.GroupFootnotes[0].Footnotes) != 1 {
		t.Fatalf("-json: art. 9 stands in %q with footnotes %+v, want %q with one footnote", ans.Groups, ans.GroupFootnotes, heading)
	}
	if f := ans.GroupFootnotes[0].Footnotes[0]; "["+f.Label+"] "+f.Body != note || f.Unit != "" {
		t.Errorf("-json: the heading's footnote is %+v, want %q on no unit", f, note)
	}
	if len(ans.Footnotes) != 0 {
		t.Errorf("-json: art. 9 has footnotes of its own %+v, want none", ans.Footnotes)
	}
}

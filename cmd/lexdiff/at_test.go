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

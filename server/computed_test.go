package server

import (
	"strings"
	"testing"

	"lexdiff/corpus/corpustest"
)

// TestComputedVersions asks about a wording lexdiff computed from an
// amending act: the text, the versions, the history and the changes say
// it was computed, and by which provision of which act.
func TestComputedVersions(t *testing.T) {
	c := corpustest.Corpus(t, corpustest.ComputedAct(t))
	s, err := New(Config{Corpus: c, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	applied := `"applied":[{"unit":"par2.pkt4","kind":"repealed","provision":"§ 1","act":"du-2025-1695","title":"Rozporządzenie … zmieniające …","ref":"Dz. U. z 2025 r. poz. 1695","eli":"DU/2025/1695","inForce":"2025-12-18"}]`
	for _, tt := range []struct{ target, want string }{
		{"/api/v1/acts/sw/text?date=2026-01-01&unit=par2.pkt4", `"source":"Dz. U. z 2025 r. poz. 1695","computed":true,` + applied},
		{"/api/v1/acts/sw/text?date=2026-01-01&unit=par2.pkt1", `"computed":true}`}, // a unit no change concerns: no applied list
		{"/api/v1/acts/sw/versions?unit=par2.pkt4", `"computed":true,` + applied},
		{"/api/v1/acts/sw/history?unit=par2.pkt4", `"computed":true}`},
		{"/api/v1/acts/sw/changes?from=2025-12-17&to=2025-12-18", `"attribution":{"kind":"repealed","provision":"§ 1","act":"Rozporządzenie … zmieniające …","ref":"Dz. U. z 2025 r. poz. 1695","eli":"DU/2025/1695","inForce":"2025-12-18","footnote":"","unit":"par2.pkt4","computed":true}`},
	} {
		w := get(s.Handler(), tt.target)
		if w.Code != 200 {
			t.Fatalf("%s: status %d: %s", tt.target, w.Code, w.Body)
		}
		checkSpec(t, "GET", tt.target, w)
		if !strings.Contains(w.Body.String(), tt.want) {
			t.Errorf("%s lacks %s:\n%s", tt.target, tt.want, w.Body)
		}
	}
}

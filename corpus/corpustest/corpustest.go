// Package corpustest builds dates, versions, acts and corpora from short
// texts, for the tests of the packages that use corpus. Each function fails
// the test on an error.
package corpustest

import (
	"strings"
	"testing"

	"lexdiff/corpus"
)

// Date parses s as corpus.ParseDate does.
func Date(t testing.TB, s string) corpus.Date {
	t.Helper()
	d, err := corpus.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// Version parses text, one top-level unit in the layout of the on-disk
// format, as the version applying over rng: "2019-01-01" (still in force)
// or "2019-01-01 2019-12-31".
func Version(t testing.TB, rng, text string) *corpus.Version {
	t.Helper()
	from, to, _ := strings.Cut(rng, " ")
	header := "from: " + from + "\n"
	if to != "" {
		header += "to: " + to + "\n"
	}
	v, err := corpus.ParseVersion("test.txt", []byte(header+"\n"+text))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// Computed returns the version of Version, marked as computed by lexdiff
// from an amending act: the changes applied, its source the reference of
// the first one's act.
func Computed(t testing.TB, rng, text string, applied ...corpus.AppliedAmendment) *corpus.Version {
	t.Helper()
	v := Version(t, rng, text)
	v.Computed, v.Applied = true, applied
	if len(applied) > 0 {
		v.Source = applied[0].Ref
	}
	return v
}

// ComputedAct returns an act "sw" whose § 2 pkt 4 lexdiff repealed on
// 2025-12-18 by applying § 1 of an amending act (Dz. U. z 2025 r. poz.
// 1695, id du-2025-1695): the published version until 2025-12-17, the
// computed one after.
func ComputedAct(t testing.TB) *corpus.Act {
	t.Helper()
	old := Version(t, "2025-01-01 2025-12-17", "§ 2. Na stanowiskach:\n1) penitencjarnych;\n4) operacyjnych;\n5) (uchylony).")
	computed := Computed(t, "2025-12-18", "§ 2. Na stanowiskach:\n1) penitencjarnych;\n4) (uchylony);\n5) (uchylony).",
		corpus.AppliedAmendment{Unit: "par2.pkt4", Kind: corpus.Removed, Provision: "§ 1", Act: "du-2025-1695",
			Title: "Rozporządzenie … zmieniające …", Ref: "Dz. U. z 2025 r. poz. 1695", ELI: "DU/2025/1695", InForce: Date(t, "2025-12-18")})
	return Act(t, corpus.ActInfo{ID: "sw", Title: "SW"}, old, computed)
}

// Act returns the act of info with the versions vs.
func Act(t testing.TB, info corpus.ActInfo, vs ...*corpus.Version) *corpus.Act {
	t.Helper()
	a, err := corpus.NewAct(info, vs)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// Corpus returns a corpus of the acts.
func Corpus(t testing.TB, acts ...*corpus.Act) *corpus.Corpus {
	t.Helper()
	c, err := corpus.New(acts...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// Acts returns every act of c, sorted by id.
func Acts(t testing.TB, c *corpus.Corpus) []*corpus.Act {
	t.Helper()
	var acts []*corpus.Act
	if err := c.Each(func(a *corpus.Act) error { acts = append(acts, a); return nil }); err != nil {
		t.Fatal(err)
	}
	return acts
}

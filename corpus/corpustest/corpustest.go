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

package amend

import (
	"slices"
	"testing"

	"lexdiff/corpus"
)

// TestChainFootnotesKeptUntilNextText: in the chains of the real texts,
// the amending act changes some units; the footnotes of the others are the
// first consolidated text's until the next consolidated text drops them
// (DU-2025-506's note on § 2 pkt 1, DU-2025-1586's on § 2 ust. 1), though
// that text's footnotes date the article back to the amending act's day.
// A unit the act changed loses its old notes. From the next text's own
// date, each unit has that text's footnotes. The same whichever of the
// amending act and the next text comes first.
func TestChainFootnotesKeptUntilNextText(t *testing.T) {
	for _, ch := range chains {
		t.Run(ch.name, func(t *testing.T) {
			am, before := chainStart(t, ch.amend, ch.before)
			next := readDocument(t, realText(t, ch.after))
			merged := func(a *corpus.Act) *corpus.Act {
				t.Helper()
				m, err := a.Merge(a.ActInfo, next.Versions, next.Source)
				if err != nil {
					t.Fatal(err)
				}
				return m
			}
			applied := func(a *corpus.Act) *corpus.Act {
				t.Helper()
				c, err := corpus.New(a)
				if err != nil {
					t.Fatal(err)
				}
				res, err := Apply(c, am, "amending")
				if err != nil || len(res.Changes) != 1 {
					t.Fatalf("applying %s: %+v, %v", ch.amend, res, err)
				}
				return res.Changes[0].Act
			}
			for order, a := range map[string]*corpus.Act{
				"next text first":    applied(merged(before)),
				"amending act first": merged(applied(before)),
			} {
				kept := checkNotesOnDay(t, order, before, a, am.InForce, ch.touched)
				if kept == 0 {
					t.Errorf("%s: no footnote of an unchanged unit that the next text drops: the chain tests nothing", order)
				}
				checkNotesOfText(t, order, a, next)
			}
		})
	}
}

// checkNotesOnDay checks the footnotes of a, the act after the amending
// act, on its day: those of before on the units the act did not change
// stand on them still, none on the units it changed. It returns how many
// of the kept notes the next text (in force on the day in a, as checked
// by checkNotesOfText) no longer has.
func checkNotesOnDay(t *testing.T, order string, before, a *corpus.Act, day corpus.Date, touched []string) int {
	t.Helper()
	changed := func(id string) bool {
		return slices.ContainsFunc(touched, func(tid string) bool { return corpus.IsPathPrefix(tid, id) })
	}
	dropped := 0
	for _, old := range before.InForce(day.AddDays(-1)) {
		v, _, err := a.At(old.Unit.ID, day)
		if err != nil {
			continue // ended on the day before (renumbered)
		}
		for _, f := range old.Footnotes {
			if f.Unit == "" {
				continue
			}
			has := slices.ContainsFunc(v.Footnotes, func(g corpus.Footnote) bool { return g.Unit == f.Unit && g.Body == f.Body })
			switch {
			case changed(f.Unit) && has:
				t.Errorf("%s: on %s, %s keeps the note of the wording the amending act replaced: %s", order, day, corpus.CitationOf(f.Unit), f.Body)
			case !changed(f.Unit) && !has:
				t.Errorf("%s: on %s, %s lost its note, though the amending act did not change it: %s", order, day, corpus.CitationOf(f.Unit), f.Body)
			case !changed(f.Unit):
				if last := a.Versions(old.Unit.ID); !slices.ContainsFunc(last[len(last)-1].Footnotes, func(g corpus.Footnote) bool { return g.Body == f.Body }) {
					dropped++
				}
			}
		}
	}
	return dropped
}

// checkNotesOfText checks that from the next text's own date each unit of
// a has the footnotes that text gives it.
func checkNotesOfText(t *testing.T, order string, a *corpus.Act, next *corpus.Document) {
	t.Helper()
	on := next.Source.Date
	for _, pub := range next.Versions {
		v, _, err := a.At(pub.Unit.ID, on)
		if err != nil {
			t.Errorf("%s: %s on %s: %v", order, pub.Unit.Citation(), on, err)
			continue
		}
		if got, want := noteBodies(v), noteBodies(pub); !slices.Equal(got, want) {
			t.Errorf("%s: %s on %s (%s): footnotes\n%q\nwant the text's\n%q", order, pub.Unit.Citation(), on, v.Source, got, want)
		}
	}
}

// noteBodies lists the units and bodies of v's footnotes, sorted.
func noteBodies(v *corpus.Version) []string {
	var out []string
	for _, f := range v.Footnotes {
		out = append(out, f.Unit+": "+f.Body)
	}
	slices.Sort(out)
	return out
}

package corpus_test

import (
	"slices"
	"testing"

	"lexdiff/corpus"
)

// TestRenumberedAway merges two consolidated texts, in both orders: the
// newer lacks the older's "załącznik" and has a "załącznik nr 1" whose
// footnote says an amendment gave it that number on 2026-01-17. The old
// annex ends on 2026-01-16, not on the day before the newer text, so that
// the two annexes are never in force together; the second annex, which
// the newer text adds, does not change that.
func TestRenumberedAway(t *testing.T) {
	parse := func(text string) *corpus.Version { return parseVersion(t, text) }
	older := []*corpus.Version{
		parse("from: 2024-07-01\nsource: Dz. U. z 2025 r. poz. 100\n\n§ 1. Stypendium podwyższa się o kwoty z załącznika.\n"),
		parse("from: 2024-07-01\nsource: Dz. U. z 2025 r. poz. 100\n\nZałącznik KWOTY\n150 zł w Bochni\n"),
	}
	newer := []*corpus.Version{
		parse("from: 2026-04-23\nsource: Dz. U. z 2026 r. poz. 594\n\n§ 1. Stypendium podwyższa się o kwoty z załączników.\n"),
		parse("from: 2026-01-17\nsource: Dz. U. z 2026 r. poz. 594\n\nZałącznik nr 1 [1] KWOTY W KRAKOWIE\n150 zł w Bochni\n\n" +
			"[1] Oznaczenie załącznika nr 1 nadane przez § 1 pkt 2 rozporządzenia Ministra Sprawiedliwości z dnia 13 stycznia 2026 r. zmieniającego rozporządzenie w sprawie stypendium (Dz. U. poz. 53), które weszło w życie z dniem 17 stycznia 2026 r.\n"),
		parse("from: 2026-01-17\nsource: Dz. U. z 2026 r. poz. 594\n\nZałącznik nr 2 [1] KWOTY W GDAŃSKU\n200 zł w Gdyni\n\n" +
			"[1] Dodany przez § 1 pkt 3 rozporządzenia Ministra Sprawiedliwości z dnia 13 stycznia 2026 r. zmieniającego rozporządzenie w sprawie stypendium (Dz. U. poz. 53), które weszło w życie z dniem 17 stycznia 2026 r.\n"),
	}
	olderSrc := corpus.Source{Ref: "Dz. U. z 2025 r. poz. 100", Kind: corpus.Consolidated, Date: corpus.MakeDate(2025, 1, 10)}
	newerSrc := corpus.Source{Ref: "Dz. U. z 2026 r. poz. 594", Kind: corpus.Consolidated, Date: corpus.MakeDate(2026, 4, 23)}
	for _, newerFirst := range []bool{false, true} {
		a, err := corpus.NewAct(corpus.ActInfo{ID: "test"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		steps := [][]*corpus.Version{older, newer}
		srcs := []corpus.Source{olderSrc, newerSrc}
		if newerFirst {
			slices.Reverse(steps)
			slices.Reverse(srcs)
		}
		for i := range steps {
			if a, err = a.Merge(a.ActInfo, steps[i], srcs[i]); err != nil {
				t.Fatal(err)
			}
		}
		if vs := a.Versions("zal"); len(vs) != 1 || vs[0].Range.To != corpus.MakeDate(2026, 1, 16) {
			t.Errorf("newer first %v: the old annex's versions %v, want it to end on 2026-01-16", newerFirst, vs)
		}
		if vs := a.Versions("par1"); len(vs) != 2 || vs[0].Range.To != corpus.MakeDate(2026, 4, 22) {
			t.Errorf("newer first %v: § 1, which the newer text does not date, ends %v, want 2026-04-22", newerFirst, vs)
		}
	}
}

// TestRenumberedAwayOldFootnote merges consolidated texts that repeat a
// footnote of 2020 giving "załącznik nr 1" its number. In the first pair
// the newer text lacks "załącznik nr 2", repealed later: it ends on the day
// before the newer text, not in 2020. In the second the newer text lacks
// "załącznik nr 3", and says that "załącznik nr 2" got its number on
// 2026-01-17: nr 3 ends on 2026-01-16, the one day that can be right, on
// every merge. Where two annexes can have been renumbered, or one on two
// days, none is paired.
func TestRenumberedAwayOldFootnote(t *testing.T) {
	annex := func(from, source, label, note string) *corpus.Version {
		text := "from: " + from + "\nsource: " + source + "\n\nZałącznik nr " + label
		if note != "" {
			text += " [1]"
		}
		text += " KWOTY\n150 zł w Bochni\n"
		if note != "" {
			text += "\n[1] Oznaczenie załącznika nr " + label + " nadane przez § 1 rozporządzenia Ministra Sprawiedliwości z dnia 1 kwietnia 2020 r. zmieniającego rozporządzenie w sprawie stypendium (Dz. U. poz. 70), które weszło w życie z dniem " + note + ".\n"
		}
		return parseVersion(t, text)
	}
	const older, newer = "Dz. U. z 2025 r. poz. 100", "Dz. U. z 2026 r. poz. 594"
	olderSrc := corpus.Source{Ref: older, Kind: corpus.Consolidated, Date: corpus.MakeDate(2025, 1, 10)}
	newerSrc := corpus.Source{Ref: newer, Kind: corpus.Consolidated, Date: corpus.MakeDate(2026, 4, 23)}
	for _, tt := range []struct {
		name         string
		older, newer []*corpus.Version
		units        []string
		to           corpus.Date
	}{
		{"a repealed annex", []*corpus.Version{
			annex("2024-07-01", older, "1", "1 maja 2020 r."), annex("2024-07-01", older, "2", ""),
		}, []*corpus.Version{
			annex("2026-04-23", newer, "1", "1 maja 2020 r."),
		}, []string{"zal2"}, corpus.MakeDate(2026, 4, 22)},
		{"an annex renumbered in 2026", []*corpus.Version{
			annex("2024-07-01", older, "1", "1 maja 2020 r."), annex("2024-07-01", older, "2", ""), annex("2024-07-01", older, "3", ""),
		}, []*corpus.Version{
			annex("2026-04-23", newer, "1", "1 maja 2020 r."), annex("2026-01-17", newer, "2", "17 stycznia 2026 r."),
		}, []string{"zal3"}, corpus.MakeDate(2026, 1, 16)},
		// Two annexes the newer text lacks, either of which nr 1 can have
		// been: neither is paired, each ends on the day before the text.
		{"two annexes it can have been", []*corpus.Version{
			annex("2024-07-01", older, "1", ""), annex("2024-07-01", older, "2", ""), annex("2024-07-01", older, "3", ""),
		}, []*corpus.Version{
			annex("2026-01-17", newer, "1", "17 stycznia 2026 r."),
		}, []string{"zal2", "zal3"}, corpus.MakeDate(2026, 4, 22)},
		// One annex the newer text lacks, and two renumberings on two days:
		// neither day is sure, so it ends on the day before the text.
		{"two days it can have ended", []*corpus.Version{
			annex("2024-07-01", older, "1", ""), annex("2024-07-01", older, "3", ""),
		}, []*corpus.Version{
			annex("2026-01-17", newer, "1", "17 stycznia 2026 r."), annex("2026-02-01", newer, "2", "1 lutego 2026 r."),
		}, []string{"zal3"}, corpus.MakeDate(2026, 4, 22)},
	} {
		for range 20 { // map order must not matter
			a, err := corpus.NewAct(corpus.ActInfo{ID: "test"}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a, err = a.Merge(a.ActInfo, tt.older, olderSrc); err != nil {
				t.Fatal(err)
			}
			if a, err = a.Merge(a.ActInfo, tt.newer, newerSrc); err != nil {
				t.Fatal(err)
			}
			for _, unit := range tt.units {
				if vs := a.Versions(unit); len(vs) != 1 || vs[0].Range.To != tt.to {
					t.Fatalf("%s: %s's versions %v, want one ending on %s", tt.name, unit, vs, tt.to)
				}
			}
		}
	}
}

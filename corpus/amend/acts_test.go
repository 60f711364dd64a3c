package amend

import (
	"slices"
	"strings"
	"testing"

	"lexdiff/corpus"
)

// twoActsText amends the act of baseText (as Dz. U. z 2020 r. poz. 100)
// and a second one (Dz. U. z 2020 r. poz. 200), with a point entering into
// force later than the rest.
const twoActsText = `ROZPORZĄDZENIE
MINISTRA TESTÓW
z dnia 10 stycznia 2021 r.
zmieniające niektóre rozporządzenia w sprawie przykładów
§ 1. W rozporządzeniu Ministra Testów z dnia 1 grudnia 2019 r. w sprawie przykładów (Dz. U. z 2020 r. poz. 100) wprowadza się następujące zmiany:
1) w § 3 wyrazy „14 dni” zastępuje się wyrazami „21 dni”;
2) w § 2 ust. 2 otrzymuje brzmienie:
„2. Wniosek składa się na piśmie.”.
§ 2. W rozporządzeniu Ministra Testów z dnia 1 grudnia 2019 r. w sprawie innych przykładów (Dz. U. z 2020 r. poz. 200) w § 3 wyrazy „14 dni” zastępuje się wyrazami „7 dni”.
§ 3. Do wniosków złożonych przed dniem wejścia w życie niniejszego rozporządzenia stosuje się przepisy dotychczasowe.
§ 4. Rozporządzenie wchodzi w życie po upływie 14 dni od dnia ogłoszenia, z wyjątkiem § 1 pkt 2, który wchodzi w życie z dniem 1 lipca 2021 r.
`

func TestTwoActsAndSplitDates(t *testing.T) {
	res, err := applyTo(t, twoActsText, baseAct(t, "first", "Dz. U. z 2020 r. poz. 100"), baseActOn(t, "second", "Dz. U. z 2020 r. poz. 200", "innych przykładów"))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Changes) != 2 || len(res.Missing) != 0 {
		t.Fatalf("%d acts changed, %d missing; want 2 and 0", len(res.Changes), len(res.Missing))
	}
	main := promulgated.AddDays(15) // published 2021-01-15, "po upływie 14 dni": 2021-01-30
	if main != corpus.MakeDate(2021, 1, 30) {
		t.Fatalf("entry into force %s", main)
	}
	july := corpus.MakeDate(2021, 7, 1)
	first, second := res.Changes[0].Act, res.Changes[1].Act
	for _, tt := range []struct {
		act  *corpus.Act
		unit string
		day  corpus.Date
		want string
	}{
		{first, "§ 3", main.AddDays(-1), "§ 3. Organ rozpatruje wniosek w terminie 14 dni."},
		{first, "§ 3", main, "§ 3. Organ rozpatruje wniosek w terminie 21 dni."},
		{first, "§ 2 ust. 2", main, "2. Wniosek składa się w postaci elektronicznej."},
		{first, "§ 2 ust. 2", july.AddDays(-1), "2. Wniosek składa się w postaci elektronicznej."},
		{first, "§ 2 ust. 2", july, "2. Wniosek składa się na piśmie."},
		{second, "§ 3", main, "§ 3. Organ rozpatruje wniosek w terminie 7 dni."},
		{second, "§ 2 ust. 2", july, "2. Wniosek składa się w postaci elektronicznej."},
	} {
		if got := textAt(t, tt.act, tt.unit, tt.day); got != tt.want {
			t.Errorf("%s %s on %s: mismatch\nwant %q\ngot  %q", tt.act.ID, tt.unit, tt.day, tt.want, got)
		}
	}
	v, _, err := first.At("par2", july)
	if err != nil {
		t.Fatal(err)
	}
	if !v.Computed || v.Applied[0].Provision != "§ 1 pkt 2" || v.Applied[0].InForce != july || v.Source != "Dz. U. z 2021 r. poz. 7" {
		t.Errorf("§ 2 from %s: computed %v, applied %+v, source %q", july, v.Computed, v.Applied, v.Source)
	}
}

func TestMissingActSkipped(t *testing.T) {
	res, err := applyTo(t, twoActsText, baseAct(t, "first", "Dz. U. z 2020 r. poz. 100"))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Changes) != 1 || len(res.Missing) != 1 || res.Missing[0].Ref.ELI() != "DU/2020/200" {
		t.Fatalf("changes %d, missing %v; want 1 and the act of Dz. U. z 2020 r. poz. 200", len(res.Changes), res.Missing)
	}
}

func TestFoundByTitle(t *testing.T) {
	a := baseAct(t, "by-title", "Dz. U. z 2020 r. poz. 999")
	a, err := corpus.NewAct(corpus.ActInfo{ID: a.ID, Title: "Rozporządzenie Ministra Testów z dnia 1 grudnia 2019 r. w sprawie przykładów", Type: "rozporządzenie"}, a.AllVersions())
	if err != nil {
		t.Fatal(err)
	}
	res, err := applyTo(t, amendingText("w § 3 wyrazy „14 dni” zastępuje się wyrazami „30 dni”.", "z dniem 1 lutego 2021 r."), a)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Changes) != 1 || res.Changes[0].Act.ID != "by-title" {
		t.Fatalf("changes %v, missing %v: want the act found by type, date and title", res.Changes, res.Missing)
	}
}

func TestPublishedTextOfTheSameDayIsKeptAndCompared(t *testing.T) {
	a := baseAct(t, "rozp", "Dz. U. z 2020 r. poz. 100")
	day := corpus.MakeDate(2021, 2, 1)
	published := &corpus.Version{Unit: mustUnit(t, "§ 3. Organ rozpatruje wniosek w terminie 31 dni."), Range: corpus.Range{From: day}, Source: "Dz. U. z 2021 r. poz. 500 tekst jednolity"}
	a, err := a.Merge(a.ActInfo, []*corpus.Version{published})
	if err != nil {
		t.Fatal(err)
	}
	res, err := applyTo(t, amendingText("w § 3 wyrazy „14 dni” zastępuje się wyrazami „30 dni”.", "z dniem 1 lutego 2021 r."), a)
	if err != nil {
		t.Fatal(err)
	}
	ch := res.Changes[0]
	if got := textAt(t, ch.Act, "§ 3", day); got != "§ 3. Organ rozpatruje wniosek w terminie 31 dni." {
		t.Errorf("§ 3 on %s: %q, want the published text kept", day, got)
	}
	if len(ch.Mismatches) != 1 || ch.Mismatches[0].Citation != "§ 3" || !strings.Contains(ch.Mismatches[0].Computed, "30 dni") {
		t.Errorf("mismatches %+v, want § 3 (computed 30 dni, published 31 dni)", ch.Mismatches)
	}
}

func TestReapplyingChangesNothing(t *testing.T) {
	text := amendingText("w § 3 wyrazy „14 dni” zastępuje się wyrazami „30 dni”.", "z dniem 1 lutego 2021 r.")
	res, err := applyTo(t, text, baseAct(t, "rozp", "Dz. U. z 2020 r. poz. 100"))
	if err != nil {
		t.Fatal(err)
	}
	once := res.Changes[0].Act
	res, err = applyTo(t, text, once)
	if err != nil {
		t.Fatal(err)
	}
	twice := res.Changes[0].Act
	if !res.Changes[0].Already {
		t.Error("the second application is not reported as already applied")
	}
	if a, b := dump(once), dump(twice); a != b {
		t.Errorf("applying the act again changed the act:\n%s\nthen\n%s", a, b)
	}
}

// TestEarlierActAppliedAfterLater: an amending act that takes effect on
// 2021-02-01, applied after one that changed § 3 from 2021-03-01 (it was
// published earlier but deferred, or imported later), changes § 3 from
// 2021-02-01 and, applied again, the wording the other act gives from
// 2021-03-01. An operation on units of which only some have such a later
// version, or on a unit the later act changed otherwise, is refused.
func TestEarlierActAppliedAfterLater(t *testing.T) {
	later := amendingText("w § 3 wyrazy „14 dni” zastępuje się wyrazami „30 dni”.", "z dniem 1 marca 2021 r.")
	res, err := applyTo(t, later, baseAct(t, "rozp", "Dz. U. z 2020 r. poz. 100"))
	if err != nil {
		t.Fatal(err)
	}
	withLater := res.Changes[0].Act
	earlier := amendingText("w § 3 wyraz „Organ” zastępuje się wyrazem „Minister”.", "z dniem 1 lutego 2021 r.")
	res, err = applyAs(t, "du-2021-8", earlier, withLater)
	if err != nil {
		t.Fatal(err)
	}
	a := res.Changes[0].Act
	wantTexts(t, a, "§ 3", map[corpus.Date]string{
		corpus.MakeDate(2021, 1, 31): "§ 3. Organ rozpatruje wniosek w terminie 14 dni.",
		corpus.MakeDate(2021, 2, 1):  "§ 3. Minister rozpatruje wniosek w terminie 14 dni.",
		corpus.MakeDate(2021, 3, 1):  "§ 3. Minister rozpatruje wniosek w terminie 30 dni.",
	})
	vs := a.Versions("par3")
	last := vs[len(vs)-1]
	var applied []string
	for _, p := range last.Applied {
		applied = append(applied, p.Act+" "+p.InForce.String())
	}
	if want := []string{"du-2021-7 2021-03-01"}; !slices.Equal(applied, want) || last.Source != "Dz. U. z 2021 r. poz. 7" {
		t.Errorf("§ 3 from 2021-03-01 applies %q, from %s; want %q, as applied in the order of their days: the earlier change stands from its own day", applied, last.Source, want)
	}

	partly := amendingText("uchyla się § 1 i 3.", "z dniem 1 lutego 2021 r.")
	if _, err := applyAs(t, "du-2021-8", partly, withLater); err == nil || !strings.Contains(err.Error(), "applied again on the wording an amending act gives from 2021-03-01") {
		t.Errorf("error %v, want the repeal of § 1 and 3 refused: only § 3 has a version computed from 2021-03-01", err)
	}
}

func mustUnit(t testing.TB, text string) *corpus.Unit {
	t.Helper()
	_, vs, err := corpus.ParsePlain("u.txt", []byte(text), corpus.PlainOptions{Range: corpus.Range{From: 1}, Source: "x"})
	if err != nil {
		t.Fatal(err)
	}
	return vs[0].Unit
}

func dump(a *corpus.Act) string {
	var b strings.Builder
	for _, v := range a.AllVersions() {
		b.Write(corpus.FormatVersion(v))
	}
	return b.String()
}

func TestCheckPublished(t *testing.T) {
	res, err := applyTo(t, amendingText("w § 3 wyrazy „14 dni” zastępuje się wyrazami „30 dni”.", "z dniem 1 lutego 2021 r."), baseAct(t, "rozp", "Dz. U. z 2020 r. poz. 100"))
	if err != nil {
		t.Fatal(err)
	}
	stored := res.Changes[0].Act
	later := corpus.MakeDate(2021, 6, 1)
	var published []*corpus.Version
	for _, text := range []string{"§ 3. Organ rozpatruje wniosek w terminie 31 dni.", "§ 4. Rozporządzenie wchodzi w życie z dniem 1 stycznia 2020 r."} {
		published = append(published, &corpus.Version{Unit: mustUnit(t, text), Range: corpus.Range{From: later}, Source: "Dz. U. z 2021 r. poz. 900"})
	}
	merged, err := stored.Merge(stored.ActInfo, published)
	if err != nil {
		t.Fatal(err)
	}
	ms := CheckPublished(stored, merged)
	if len(ms) != 1 || ms[0].Citation != "§ 3" || ms[0].Source != "Dz. U. z 2021 r. poz. 900" || !strings.Contains(ms[0].Computed, "30 dni") || !strings.Contains(ms[0].Published, "31 dni") {
		t.Errorf("mismatches %+v, want § 3 only (§ 4 was not computed)", ms)
	}
}

func TestUnreadInstructionsToMissingActs(t *testing.T) {
	text := strings.Replace(twoActsText, "w § 3 wyrazy „14 dni” zastępuje się wyrazami „7 dni”.", "w tabeli lp. 3 otrzymuje brzmienie: 3 coś 14,00.", 1)
	doc, err := Read("zm.txt", []byte(text), Options{Ref: "Dz. U. z 2021 r. poz. 7", Promulgated: promulgated})
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.New(baseAct(t, "first", "Dz. U. z 2020 r. poz. 100"))
	if err != nil {
		t.Fatal(err)
	}
	im, err := Plan(c, doc)
	if err != nil {
		t.Fatalf("an unreadable instruction to an act the corpus lacks stopped the amending act: %v", err)
	}
	if len(im.Unread) != 1 || !strings.Contains(im.Unread[0].Error(), "row of a table") || len(im.Missing) != 1 || len(im.Changes) != 1 {
		t.Errorf("unread %v, missing %v, changes %d", im.Unread, im.Missing, len(im.Changes))
	}
	// The same instruction to an act the corpus holds stops it.
	c, _ = corpus.New(baseAct(t, "first", "Dz. U. z 2020 r. poz. 100"), baseActOn(t, "second", "Dz. U. z 2020 r. poz. 200", "innych przykładów"))
	if _, err := Plan(c, doc); err == nil || !strings.Contains(err.Error(), "row of a table") {
		t.Errorf("error %v, want the unreadable instruction", err)
	}
}

// TestFailuresCoveredByConsolidatedText: an instruction lexdiff cannot
// read, or cannot apply, to an act whose consolidated text in the corpus
// takes the amending act in stops nothing: nothing of the amending act is
// applied to that act (the text gives the wording it made), and the other
// act it amends gets its changes. Without such a text it stops the
// amending act.
func TestFailuresCoveredByConsolidatedText(t *testing.T) {
	for _, c := range []struct{ name, to, failure string }{
		{"unread", "w tabeli lp. 3 otrzymuje brzmienie: 3 coś 14,00.", "row of a table"},
		{"not applicable", "w § 3 wyrazy „15 dni” zastępuje się wyrazami „7 dni”.", "„15 dni” are not in § 3"},
	} {
		t.Run(c.name, func(t *testing.T) {
			text := strings.Replace(twoActsText, "w § 3 wyrazy „14 dni” zastępuje się wyrazami „7 dni”.", c.to, 1)
			doc, err := Read("zm.txt", []byte(text), Options{Ref: amendingRef, Promulgated: promulgated})
			if err != nil {
				t.Fatal(err)
			}
			first, second := baseAct(t, "first", "Dz. U. z 2020 r. poz. 100"), baseActOn(t, "second", "Dz. U. z 2020 r. poz. 200", "innych przykładów")
			alone, _ := corpus.New(first, second)
			if _, err := Plan(alone, doc); err == nil || !strings.Contains(err.Error(), c.failure) {
				t.Fatalf("without a consolidated text: error %v, want %q", err, c.failure)
			}
			covered := takingIn(t, second, consolidatedRef, amendingRef)
			with, _ := corpus.New(first, covered)
			im, err := Plan(with, doc)
			if err != nil {
				t.Fatalf("with a consolidated text taking the amending act in: %v", err)
			}
			var stored []string
			for _, a := range im.Acts() {
				stored = append(stored, a.ID)
			}
			if len(im.Changes) != 2 || len(im.Changes[0].Versions) == 0 || !slices.Equal(stored[1:], []string{"first"}) {
				t.Fatalf("%d changes, acts stored %v: want the first act changed, not the second", len(im.Changes), stored)
			}
			ch := im.Changes[1]
			if ch.CoveredBy != consolidatedRef || !ch.Skipped() || len(ch.Versions) != 0 || ch.Act != covered || len(ch.Failed) != 1 || !strings.Contains(ch.Failed[0].Error(), c.failure) {
				t.Errorf("second act: covered by %q, skipped %v, %d versions, failed %v", ch.CoveredBy, ch.Skipped(), len(ch.Versions), ch.Failed)
			}
		})
	}
}

// TestUnreadExceptionCovered: an exception to the entry into force that
// cannot be read leaves the day of every change unknown. It stops the
// amending act, unless each act it amends has a consolidated text in the
// corpus that takes it in: then nothing is applied to any.
func TestUnreadExceptionCovered(t *testing.T) {
	text := strings.Replace(twoActsText, "z wyjątkiem § 1 pkt 2,", "z wyjątkiem przepisów przejściowych dotyczących § 1 pkt 2,", 1)
	doc, err := Read("zm.txt", []byte(text), Options{Ref: amendingRef, Promulgated: promulgated})
	if err != nil {
		t.Fatal(err)
	}
	first, second := baseAct(t, "first", "Dz. U. z 2020 r. poz. 100"), baseActOn(t, "second", "Dz. U. z 2020 r. poz. 200", "innych przykładów")
	const failure = "an exception to the entry into force: cannot read „przejściowych dotyczących"
	half, _ := corpus.New(first, takingIn(t, second, consolidatedRef, amendingRef))
	if _, err := Plan(half, doc); err == nil || !strings.Contains(err.Error(), failure) {
		t.Fatalf("one act of two covered: error %v, want %q", err, failure)
	}
	both, _ := corpus.New(takingIn(t, first, consolidatedRef, amendingRef), takingIn(t, second, consolidatedRef, amendingRef))
	im, err := Plan(both, doc)
	if err != nil {
		t.Fatalf("both acts covered: %v", err)
	}
	if len(im.Acts()) != 1 || len(im.Changes) != 2 {
		t.Fatalf("%d acts to store, %d changes: want the amending act alone, two changes", len(im.Acts()), len(im.Changes))
	}
	for _, ch := range im.Changes {
		if ch.CoveredBy != consolidatedRef || len(ch.Failed) != 1 || !strings.Contains(ch.Failed[0].Error(), failure) {
			t.Errorf("%s: covered by %q, failed %v", ch.Act.ID, ch.CoveredBy, ch.Failed)
		}
	}
}

// The amending act of the tests of instructions that fail, and the
// consolidated text that takes it in.
const amendingRef, consolidatedRef = "Dz. U. z 2021 r. poz. 7", "Dz. U. z 2021 r. poz. 900"

// takingIn returns a with a consolidated text, ref, of 2021-06-01 that
// takes the amending act in, and gives § 3 from 2021-01-30.
func takingIn(t *testing.T, a *corpus.Act, ref, amending string) *corpus.Act {
	t.Helper()
	published := &corpus.Version{Unit: mustUnit(t, "§ 3. Organ rozpatruje wniosek w terminie 7 dni."), Range: corpus.Range{From: corpus.MakeDate(2021, 1, 30)}, Source: ref}
	out, err := a.Merge(a.ActInfo, []*corpus.Version{published}, corpus.Source{Ref: ref, Kind: corpus.Consolidated, Date: corpus.MakeDate(2021, 6, 1), Amending: []string{amending}})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestReconstructionYieldsToComputed: a consolidated text of 2021-06-01
// dates § 2 from 2021-02-01 by the footnote of the pkt 4 the amending act
// added, but has no footnote for the full stop of pkt 3 the same act
// turned into a semicolon. Its reconstruction of 2021-02-01 (the older
// wording with pkt 4) yields to the version computed from the amending
// act until the text's own date, whichever is imported first, and no
// difference is reported for pkt 3, which the text does not date.
func TestReconstructionYieldsToComputed(t *testing.T) {
	plain := baseAct(t, "rozp", "Dz. U. z 2020 r. poz. 100")
	var vs []*corpus.Version
	for _, id := range plain.Units() {
		vs = append(vs, plain.Versions(id)...)
	}
	base, err := corpus.NewAct(plain.ActInfo, vs, corpus.Source{Ref: "Dz. U. z 2020 r. poz. 100", Kind: corpus.Original, Date: corpus.MakeDate(2020, 1, 1)})
	if err != nil {
		t.Fatal(err)
	}
	after, err := corpus.ParseVersion("tj.txt", []byte("from: 2021-02-01\nsource: "+consolidatedRef+"\n\n"+
		"§ 2. 1. Wniosek zawiera:\n1) imię i nazwisko wnioskodawcy;\n2) adres wnioskodawcy;\n3) numer telefonu;\n4)[1] adres poczty elektronicznej.\n"+
		"2. Wniosek składa się w postaci elektronicznej.\n3. Do wniosku dołącza się:\n1) kopię dokumentu;\n2) oświadczenie:\na) o niekaralności,\nb) o stanie zdrowia\n– złożone pod rygorem odpowiedzialności karnej.\n\n"+
		"[1] Dodany przez § 1 rozporządzenia Ministra Testów z dnia 10 stycznia 2021 r. zmieniającego rozporządzenie w sprawie przykładów (Dz. U. poz. 7), które weszło w życie z dniem 1 lutego 2021 r.\n"))
	if err != nil {
		t.Fatal(err)
	}
	tj := corpus.Source{Ref: consolidatedRef, Kind: corpus.Consolidated, Date: corpus.MakeDate(2021, 6, 1), Amending: []string{amendingRef}}
	amending := amendingText("w § 2 w ust. 1 w pkt 3 kropkę zastępuje się średnikiem i dodaje się pkt 4 w brzmieniu:\n„4) adres poczty elektronicznej.”.", "z dniem 1 lutego 2021 r.")
	want := []string{
		"2020-01-01 – 2021-01-31 Dz. U. z 2020 r. poz. 100: numer telefonu.",
		"2021-02-01 – 2021-05-31 Dz. U. z 2021 r. poz. 7: numer telefonu;",
		"from 2021-06-01 Dz. U. z 2021 r. poz. 900: numer telefonu;",
	}
	versions := func(a *corpus.Act) []string {
		var out []string
		for _, v := range a.Versions("par2") {
			out = append(out, v.Range.String()+" "+v.Source+": "+v.Unit.Find("par2.ust1.pkt3").Text)
		}
		return out
	}

	// The consolidated text first, then the amending act.
	withText, err := base.Merge(base.ActInfo, []*corpus.Version{after}, tj)
	if err != nil {
		t.Fatal(err)
	}
	res, err := applyTo(t, amending, withText)
	if err != nil {
		t.Fatal(err)
	}
	ch := res.Changes[0]
	if got := versions(ch.Act); !slices.Equal(got, want) {
		t.Errorf("consolidated text first: § 2\n%q\nwant\n%q", got, want)
	}
	if len(ch.Mismatches) != 0 {
		t.Errorf("mismatches %+v, want none: the text dates only pkt 4 from 2021-02-01, as computed", ch.Mismatches)
	}

	// The amending act first, then the consolidated text.
	res, err = applyTo(t, amending, base)
	if err != nil {
		t.Fatal(err)
	}
	computedFirst, err := res.Changes[0].Act.Merge(base.ActInfo, []*corpus.Version{after}, tj)
	if err != nil {
		t.Fatal(err)
	}
	if got := versions(computedFirst); !slices.Equal(got, want) {
		t.Errorf("amending act first: § 2\n%q\nwant\n%q", got, want)
	}
}

// TestOutOfOrderAgreesWithDateOrder: two amending acts, the one of
// 2021-02-01 applied after the one of 2021-03-01, give the wording they
// give applied in the order of their days, where lexdiff can tell it: the
// later act changed other parts or other words (the earlier change is
// applied again on its wording), or gave the unit a new wording or
// repealed it (which stands from its day); and are refused where it
// cannot (the later act changed a unit inside one the earlier gave a new
// wording, or the earlier renumbered the unit).
func TestOutOfOrderAgreesWithDateOrder(t *testing.T) {
	feb, mar := "z dniem 1 lutego 2021 r.", "z dniem 1 marca 2021 r."
	for _, tt := range []struct {
		name, earlier, later, unit, refused string
	}{
		{"other words", "w § 3 wyraz „Organ” zastępuje się wyrazem „Minister”.", "w § 3 wyrazy „14 dni” zastępuje się wyrazami „30 dni”.", "§ 3", ""},
		{"a new wording later", "w § 3 wyraz „Organ” zastępuje się wyrazem „Minister”.", "§ 3 otrzymuje brzmienie:\n„§ 3. Organ rozpatruje wniosek niezwłocznie.”.", "§ 3", ""},
		{"repealed later", "w § 3 wyraz „Organ” zastępuje się wyrazem „Minister”.", "uchyla się § 3.", "§ 3", ""},
		{"a point added, another part later", "w § 2 w ust. 1 w pkt 3 kropkę zastępuje się średnikiem i dodaje się pkt 4 w brzmieniu:\n„4) adres poczty elektronicznej.”.", "w § 2 ust. 2 otrzymuje brzmienie:\n„2. Wniosek składa się na piśmie.”.", "§ 2", ""},
		{"an instruction in each of two units", "w § 2 w ust. 1 i 3 uchyla się pkt 1.", "w § 2 ust. 2 otrzymuje brzmienie:\n„2. Wniosek składa się na piśmie.”.", "§ 2", ""},
		{"a change inside a unit given a new wording", "w § 2 ust. 3 otrzymuje brzmienie:\n„3. Do wniosku dołącza się kopię dokumentu.”.", "w § 2 w ust. 3 w pkt 1 wyraz „kopię” zastępuje się wyrazem „odpis”.", "§ 2", "cannot change under it"},
		{"renumbered", "§ 3 oznacza się jako § 3a.", "w § 3 wyrazy „14 dni” zastępuje się wyrazami „30 dni”.", "§ 3", "cannot carry to its new number"},
		{"a new wording, then other words in it", "§ 3 otrzymuje brzmienie:\n„§ 3. Organ rozpatruje wniosek niezwłocznie.”.", "w § 3 wyraz „wniosek” zastępuje się wyrazem „podanie”.", "§ 3", "cannot change under it"},
		{"words in every place, then a point given a new wording", "w § 2 w ust. 1 wyraz „wnioskodawcy” użyty dwukrotnie zastępuje się wyrazem „strony”.", "w § 2 w ust. 1 pkt 3 otrzymuje brzmienie:\n„3) numer telefonu wnioskodawcy.”.", "§ 2", "cannot change under it"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			apply := func(first, second string, a *corpus.Act, secondID string) (*corpus.Act, error) {
				res, err := applyAs(t, "du-2021-7", first, a)
				if err != nil {
					t.Fatal(err)
				}
				res, err = applyAs(t, secondID, second, res.Changes[0].Act)
				if err != nil {
					return nil, err
				}
				return res.Changes[0].Act, nil
			}
			base := baseAct(t, "rozp", "Dz. U. z 2020 r. poz. 100")
			outOfOrder, err := apply(amendingText(tt.later, mar), amendingText(tt.earlier, feb), base, "du-2021-8")
			if tt.refused != "" {
				if err == nil || !strings.Contains(err.Error(), tt.refused) {
					t.Errorf("error %v, want it refused: %s", err, tt.refused)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			inOrder, err := apply(amendingText(tt.earlier, feb), amendingText(tt.later, mar), base, "du-2021-8")
			if err != nil {
				t.Fatal(err)
			}
			for _, day := range []corpus.Date{corpus.MakeDate(2021, 1, 31), corpus.MakeDate(2021, 2, 1), corpus.MakeDate(2021, 3, 1)} {
				if got, want := textAt(t, outOfOrder, tt.unit, day), textAt(t, inOrder, tt.unit, day); got != want {
					t.Errorf("%s on %s, the later act applied first:\n%s\nin the order of their days:\n%s", tt.unit, day, got, want)
				}
			}
		})
	}
}

// TestSharedNoteKeptOnce: one note [1] stands on lit. a and lit. b; lit. a
// gets a new wording. The note stays once, on lit. b, and the version
// reads back with the notes it has (found by a review: it was kept twice
// for lit. b).
func TestSharedNoteKeptOnce(t *testing.T) {
	v, err := corpus.ParseVersion("base.txt", []byte("from: 2020-01-01\nsource: Dz. U. z 2020 r. poz. 100\n\n"+
		"§ 2. 1. Wniosek zawiera:\n1) imię i nazwisko wnioskodawcy;\n2) adres wnioskodawcy.\n"+
		"3. Do wniosku dołącza się:\n1) kopię dokumentu;\n2) oświadczenie:\na)[1] o niekaralności,\nb)[1] o stanie zdrowia\n– złożone pod rygorem odpowiedzialności karnej.\n\n"+
		"[1] Dodana przez § 1 rozporządzenia Ministra Testów z dnia 10 stycznia 2019 r. zmieniającego rozporządzenie w sprawie przykładów (Dz. U. poz. 5), które weszło w życie z dniem 1 lutego 2019 r.\n"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := corpus.NewAct(corpus.ActInfo{ID: "rozp", Ref: "Dz. U. z 2020 r. poz. 100", Title: "Rozporządzenie Ministra Testów z dnia 1 grudnia 2019 r. w sprawie przykładów"}, []*corpus.Version{v})
	if err != nil {
		t.Fatal(err)
	}
	res, err := applyTo(t, amendingText("w § 2 w ust. 3 w pkt 2 lit. a otrzymuje brzmienie:\n„a) o niekaralności za przestępstwa,”.", "z dniem 1 lutego 2021 r."), a)
	if err != nil {
		t.Fatal(err)
	}
	computed := res.Changes[0].Versions[0]
	var notes []string
	for _, f := range computed.Footnotes {
		notes = append(notes, f.Label+" "+f.Unit)
	}
	if want := []string{"1 par2.ust3.pkt2.litb"}; !slices.Equal(notes, want) {
		t.Errorf("notes %q, want %q", notes, want)
	}
	back, err := corpus.ParseText("x", computed, corpus.FormatText(computed), computed.Footnotes)
	if err != nil || len(back.Footnotes) != len(computed.Footnotes) {
		t.Errorf("read back: %v, %d notes of %d", err, len(back.Footnotes), len(computed.Footnotes))
	}
}

// TestOutOfOrderThreeActs: acts of 2021-02-01 (words), 2021-03-01 (a new
// wording of § 3) and 2021-04-01 (words in it), the first applied last:
// the new wording of 2021-03-01 stands from its day, and the change of
// 2021-02-01 is not written into it, nor into what 2021-04-01 made of it
// (found by a review: "Minister bada …").
func TestOutOfOrderThreeActs(t *testing.T) {
	a := baseAct(t, "rozp", "Dz. U. z 2020 r. poz. 100")
	for _, act := range []struct{ id, text string }{
		{"du-2021-8", amendingText("§ 3 otrzymuje brzmienie:\n„§ 3. Organ rozpatruje wniosek niezwłocznie.”.", "z dniem 1 marca 2021 r.")},
		{"du-2021-9", amendingText("w § 3 wyraz „rozpatruje” zastępuje się wyrazem „bada”.", "z dniem 1 kwietnia 2021 r.")},
		{"du-2021-7", amendingText("w § 3 wyraz „Organ” zastępuje się wyrazem „Minister”.", "z dniem 1 lutego 2021 r.")},
	} {
		res, err := applyAs(t, act.id, act.text, a)
		if err != nil {
			t.Fatal(err)
		}
		a = res.Changes[0].Act
	}
	wantTexts(t, a, "§ 3", map[corpus.Date]string{
		corpus.MakeDate(2021, 2, 1): "§ 3. Minister rozpatruje wniosek w terminie 14 dni.",
		corpus.MakeDate(2021, 3, 1): "§ 3. Organ rozpatruje wniosek niezwłocznie.",
		corpus.MakeDate(2021, 4, 1): "§ 3. Organ bada wniosek niezwłocznie.",
	})
}

// wantTexts checks the full text of a unit on each day.
func wantTexts(t *testing.T, a *corpus.Act, citation string, want map[corpus.Date]string) {
	t.Helper()
	for day, w := range want {
		if got := textAt(t, a, citation, day); got != w {
			t.Errorf("%s on %s: %q, want %q", citation, day, got, w)
		}
	}
}

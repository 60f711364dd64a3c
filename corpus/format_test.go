package corpus

import (
	"reflect"
	"strings"
	"testing"
)

// roundTrip writes v in the on-disk format, reads it back, and reports a
// difference; and the same for v kept in parts, as a store keeps it
// (FormatText, ParseText).
func roundTrip(t testing.TB, v *Version) {
	t.Helper()
	text := FormatVersion(v)
	got, err := ParseVersion("v.txt", text)
	if err != nil {
		t.Fatalf("ParseVersion of FormatVersion output:\n%s\nerror: %v", text, err)
	}
	if !reflect.DeepEqual(got, v) {
		t.Errorf("round trip changed the version:\n%s\nwant %+v\ngot  %+v", text, v, got)
	}
	head := *v
	head.Unit, head.Groups, head.Footnotes = nil, nil, nil
	got, err = ParseText("v", &head, FormatText(v), v.Footnotes)
	if err != nil {
		t.Fatalf("ParseText of FormatText output:\n%s\nerror: %v", FormatText(v), err)
	}
	if !reflect.DeepEqual(got, v) {
		t.Errorf("round trip in parts changed the version:\n%s\nwant %+v\ngot  %+v", FormatText(v), v, got)
	}
}

func TestFormatVersionRoundTrip(t *testing.T) {
	for _, v := range mustPortal(t, "portal-par3.txt", "") {
		roundTrip(t, v)
	}
	for _, v := range mustPortal(t, "portal-variants.txt", "art. 12") {
		roundTrip(t, v)
	}
	_, vs := mustPlain(t)
	for _, v := range vs {
		roundTrip(t, v)
	}
}

func TestFormatVersionRoundTripComputed(t *testing.T) {
	_, vs := mustPlain(t)
	v := *vs[0]
	v.Computed = true
	v.Source = "Dz. U. z 2026 r. poz. 53"
	v.Applied = []AppliedAmendment{
		{Unit: v.Unit.ID, Kind: WordingSet, Provision: "§ 1 pkt 1 lit. a", Act: "du-2026-53", Ref: "Dz. U. z 2026 r. poz. 53",
			ELI: "DU/2026/53", InForce: MakeDate(2026, 1, 17), Title: "Rozporządzenie | z separatorem w tytule"},
		{Unit: v.Unit.ID, Kind: Removed, Provision: "§ 1", Act: "du-2025-1695", InForce: MakeDate(2026, 1, 17)},
	}
	roundTrip(t, &v)
	if text := string(FormatVersion(&v)); !strings.Contains(text, "computed: true\napplied: "+v.Unit.ID+" | wording | § 1 pkt 1 lit. a | du-2026-53 |") {
		t.Errorf("FormatVersion of a computed version:\n%s", text)
	}
}

func TestParseVersionErrors(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"from: 2019-01-01\ncolour: red\n\n§ 1. Tekst.\n", `v.txt:2:1: unknown header key "colour"`},
		{"from: 2019-13-01\n\n§ 1. Tekst.\n", `v.txt:1:6: invalid date "2019-13-01"`},
		{"to: 2019-01-01\n\n§ 1. Tekst.\n", "v.txt:1:1: version has no start date"},
		{"from: 2019-01-01\n\n§ 1. Tekst.\n§ 2. Tekst.\n", "v.txt:3:1: a version file holds exactly one article, paragraph, preamble or annex, found 2"},
		{"from: 2019-01-01\ncomputed: yes\n\n§ 1. Tekst.\n", `v.txt:2:10: computed: "yes": want true`},
		{"from: 2019-01-01\napplied: par1 | wording\n\n§ 1. Tekst.\n", "v.txt:2:9: want 8 fields"},
		{"from: 2019-01-01\napplied: par1 | rewritten | § 1 | a | | | 2019-01-01 | T\n\n§ 1. Tekst.\n", `unknown amendment kind "rewritten"`},
		{"from: 2019-01-01\napplied: par1 | added | § 1 | a | | | 2019-02-30 | T\n\n§ 1. Tekst.\n", `invalid date "2019-02-30"`},
	} {
		_, err := ParseVersion("v.txt", []byte(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseVersion(%q) error %v, want %q", tt.in, err, tt.want)
		}
	}
}

// FuzzParsePlain checks that the parser never panics, and that whatever it
// accepts survives the on-disk format unchanged.
func FuzzParsePlain(f *testing.F) {
	f.Add(readTestdata(f, "plain-act.txt"))
	f.Add(readTestdata(f, "portal-par3.txt")[:4000])
	f.Add([]byte("§ 1. 1. A:\n1) b,\n– c\n2. d [1].\n[1] e"))
	opts := PlainOptions{Range: Range{From: MakeDate(2020, 1, 1)}, Source: "fuzz"}
	f.Fuzz(func(t *testing.T, data []byte) {
		_, vs, err := ParsePlain("fuzz.txt", data, opts)
		if err != nil {
			return
		}
		for _, v := range vs {
			roundTrip(t, v)
		}
	})
}

// FuzzParsePortal checks that the portal parser never panics.
func FuzzParsePortal(f *testing.F) {
	f.Add(readTestdata(f, "portal-par3.txt"))
	f.Add(readTestdata(f, "portal-variants.txt"))
	f.Fuzz(func(t *testing.T, data []byte) {
		vs, err := ParsePortal("fuzz.txt", data, "")
		if err == nil && len(vs) == 0 {
			t.Error("no error and no version")
		}
	})
}

package corpus

import (
	"strings"
	"testing"
)

func TestParseCitation(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"§ 3 ust. 1 pkt 8", "par3.ust1.pkt8"},
		{"§3 ust.1 pkt 5 lit. c", "par3.ust1.pkt5.litc"},
		{"art. 77", "art77"},
		{"Art. 2 pkt 1 lit. e", "art2.pkt1.lite"},
		{"art. 5a ust. 1a pkt 2a lit. ba", "art5a.ust1a.pkt2a.litba"},
		{"§ 3 ust. 1 pkt 2 lit. b tiret pierwsze", "par3.ust1.pkt2.litb.tir1"},
		{"art. 50 ust. 3 pkt 2 lit. a tiret drugie podwójne tiret trzecie", "art50.ust3.pkt2.lita.tir2.tir3"},
		{"art. 3 § 2", "art3.par2"},
		{"lit. a)", "lita"},
		{"par3.ust1.pkt8", "par3.ust1.pkt8"},
		{"załącznik nr 2", "zal2"},
		{"Załącznik Nr 2", "zal2"},
		{"załącznik 2", "zal2"},
		{"zał. 2", "zal2"},
		{"zał. nr 2a", "zal2a"},
		{"zał.3", "zal3"},
		{"załącznik", "zal"},
		{"paragraf 3 ustep 1", "par3.ust1"},
		{"art. 5 lit. a tir. 2", "art5.lita.tir2"},
		{"zal. nr 2", "zal2"},
		{"zalacznik nr 2", "zal2"},
		{"wstep", "wstep"},
		{"PAR3.UST1.PKT2", "par3.ust1.pkt2"},
	} {
		got, err := ParseCitation(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseCitation(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for _, tt := range []struct{ bad, why string }{
		{"", "empty"},
		{"§", `"§" has no number`},
		{"ust. 1 § 3", `"§ 3" cannot stand below`},
		{"§ 3 foo 2", `"foo" is not a unit word`},
		{"§ x", `"x" is not a valid label for §`},
		{"pkt 1 pkt 2", `"pkt 2" cannot stand below`},
		{"§ 3 lit. 1", `"1" is not a valid label for lit.`},
		{"załącznik x", `"x" is not a valid label for załącznik`},
		{"zał. nr", `"zał." has no number`},
		{"załącznik pkt 1", `"pkt": a preamble or an annex has no units below it`},
		{"załącznik 2 pkt 1", `"pkt": a preamble or an annex has no units below it`},
		{"§ 3 załącznik", `"załącznik" stands only at the top`},
	} {
		got, err := ParseCitation(tt.bad)
		if err == nil {
			t.Errorf("ParseCitation(%q) = %q, want an error", tt.bad, got)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, tt.why) || !strings.Contains(msg, `"załącznik nr 2"`) {
			t.Errorf("ParseCitation(%q): %q, want it to say %s and what is accepted", tt.bad, msg, tt.why)
		}
	}
}

func TestCitationOf(t *testing.T) {
	for _, tt := range []struct{ id, want string }{
		{"par3.ust1.pkt5.litc", "§ 3 ust. 1 pkt 5 lit. c"},
		{"par3.ust1.pkt2.litb.tir1", "§ 3 ust. 1 pkt 2 lit. b tiret pierwsze"},
		{"art2.ust1.pkt4.litb.tir2.tir1", "art. 2 ust. 1 pkt 4 lit. b tiret drugie podwójne tiret pierwsze"},
		{"art3.par2", "art. 3 § 2"},
	} {
		if got := CitationOf(tt.id); got != tt.want {
			t.Errorf("CitationOf(%q) = %q, want %q", tt.id, got, tt.want)
		}
		if back, err := ParseCitation(tt.want); err != nil || back != tt.id {
			t.Errorf("ParseCitation(CitationOf(%q)) = %q, %v", tt.id, back, err)
		}
	}
}

func TestCompareLabels(t *testing.T) {
	ordered := []string{"001", "01", "02", "1", "2", "2a", "2b", "3", "10", "10a"}
	for i := 1; i < len(ordered); i++ {
		if compareLabels(ordered[i-1], ordered[i]) >= 0 || compareLabels(ordered[i], ordered[i-1]) <= 0 {
			t.Errorf("%s must come before %s", ordered[i-1], ordered[i])
		}
	}
	if compareLabels("b", "ba") >= 0 || compareLabels("ba", "c") >= 0 {
		t.Error("litera ba stands between b and c")
	}
}

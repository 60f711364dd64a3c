package corpus

import "testing"

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
	} {
		got, err := ParseCitation(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseCitation(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "§", "ust. 1 § 3", "§ 3 foo 2", "§ x", "pkt 1 pkt 2", "§ 3 lit. 1"} {
		if got, err := ParseCitation(bad); err == nil {
			t.Errorf("ParseCitation(%q) = %q, want an error", bad, got)
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
	ordered := []string{"1", "2", "2a", "2b", "3", "10", "10a"}
	for i := 1; i < len(ordered); i++ {
		if compareLabels(ordered[i-1], ordered[i]) >= 0 || compareLabels(ordered[i], ordered[i-1]) <= 0 {
			t.Errorf("%s must come before %s", ordered[i-1], ordered[i])
		}
	}
	if compareLabels("b", "ba") >= 0 || compareLabels("ba", "c") >= 0 {
		t.Error("litera ba stands between b and c")
	}
}

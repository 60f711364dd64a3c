package corpus

import (
	"encoding/json"
	"testing"
)

func TestParseDate(t *testing.T) {
	for _, s := range []string{"2019-09-01", "2019.09.01", "01.09.2019", " 2019-09-01 "} {
		d, err := ParseDate(s)
		if err != nil || d.String() != "2019-09-01" {
			t.Errorf("ParseDate(%q) = %v, %v", s, d, err)
		}
	}
	for _, s := range []string{"2019-02-30", "2019-13-01", "yesterday", "2019-9-1", "", "0000-01-01", "+019-01-01"} {
		if d, err := ParseDate(s); err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", s, d)
		}
	}
	if MakeDate(1969, 12, 31).AddDays(1) != MakeDate(1970, 1, 1) || MakeDate(2020, 2, 28).AddDays(1) != MakeDate(2020, 2, 29) {
		t.Error("day arithmetic is off across the epoch or a leap day")
	}
}

func TestRange(t *testing.T) {
	r := Range{From: MakeDate(2019, 9, 1), To: MakeDate(2020, 12, 6)}
	open := Range{From: MakeDate(2020, 12, 7)}
	if !r.Contains(r.From) || !r.Contains(r.To) || r.Contains(r.To.AddDays(1)) || r.Contains(r.From.AddDays(-1)) {
		t.Error("a range includes both ends and nothing else")
	}
	if r.Overlaps(open) || !open.Overlaps(Range{From: MakeDate(2030, 1, 1)}) {
		t.Error("Overlaps is wrong at the boundary or for open ranges")
	}
	b, _ := json.Marshal(struct{ A, B Range }{r, open})
	if string(b) != `{"A":{"from":"2019-09-01","to":"2020-12-06"},"B":{"from":"2020-12-07","to":null}}` {
		t.Errorf("JSON = %s", b)
	}
}

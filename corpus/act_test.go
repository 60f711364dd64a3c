package corpus

import (
	"errors"
	"testing"
)

func variantsAct(t testing.TB) *Act {
	t.Helper()
	a, err := NewAct(ActInfo{ID: "test-act", Title: "Ustawa testowa", Ref: "Dz. U. z 2015 r. poz. 7", Aliases: []string{"Dz.U.2020.400"}},
		mustPortal(t, "portal-variants.txt", "art. 12"))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestActAt(t *testing.T) {
	a := variantsAct(t)
	d := func(s string) Date {
		v, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		unit, date  string
		text        string // the unit's own text, when answered
		status      Status
		before      string // nearest versions, when not in force
		after       string
		notFoundErr bool
	}{
		{unit: "art12.ust2", date: "2016-01-01", text: "Karę nakłada wojewoda.", status: InForce},
		{unit: "art12.ust2", date: "2018-12-31", text: "Karę nakłada wojewoda.", status: InForce},
		{unit: "art12.ust2", date: "2020-04-01", text: "Karę nakłada kurator oświaty.", status: InForce},
		{unit: "art12", date: "2019-06-01", text: "(uchylony)", status: Repealed},
		{unit: "art12.ust2", date: "2019-06-01", before: "2015-01-01 – 2018-12-31", after: "from 2020-04-01"},
		{unit: "art12", date: "2020-02-01", before: "2019-01-01 – 2019-12-31", after: "from 2020-04-01"},
		{unit: "art12", date: "2014-12-31", after: "2015-01-01 – 2018-12-31"},
		{unit: "art99", date: "2020-02-01", notFoundErr: true},
		{unit: "art12.ust3", date: "2020-05-01", notFoundErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.unit+"@"+tt.date, func(t *testing.T) {
			_, u, err := a.At(tt.unit, d(tt.date))
			var nif *NotInForceError
			switch {
			case tt.notFoundErr:
				if !errors.Is(err, ErrNotFound) {
					t.Errorf("err = %v, want ErrNotFound", err)
				}
			case tt.before != "" || tt.after != "":
				if !errors.As(err, &nif) || !errors.Is(err, ErrNotInForce) {
					t.Fatalf("err = %v, want a NotInForceError", err)
				}
				if got := rangeOf(nif.Before); got != tt.before {
					t.Errorf("before = %q, want %q", got, tt.before)
				}
				if got := rangeOf(nif.After); got != tt.after {
					t.Errorf("after = %q, want %q", got, tt.after)
				}
			case err != nil:
				t.Fatal(err)
			case u.Text != tt.text || u.Status != tt.status:
				t.Errorf("got %q (%s), want %q (%s)", u.Text, u.Status, tt.text, tt.status)
			}
		})
	}
}

func rangeOf(v *Version) string {
	if v == nil {
		return ""
	}
	return v.Range.String()
}

func TestCorpusActByReference(t *testing.T) {
	c, err := New(variantsAct(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"test-act", "TEST-ACT", "Dz. U. z 2015 r. poz. 7", "Dz.U. 2015 poz. 7", "DU/2015/7", "Dz.U.2020.400", "Dz. U. z 2020 r. poz. 400",
		"du/2015/7", "Du/2015/7", "dz.u. 2015 poz. 7", "DZ. U. Z 2015 R. POZ. 7", "dz.u.2020.400"} {
		if a, err := c.Act(key); err != nil || a.ID != "test-act" {
			t.Errorf("Act(%q) = %v, %v", key, a, err)
		}
	}
	if _, err := c.Act("DU/2015/8"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Act(DU/2015/8) err = %v, want ErrNotFound", err)
	}
	if _, err := New(variantsAct(t), variantsAct(t)); err == nil {
		t.Error("two acts with one id: no error")
	}
}

func TestNewActRejectsOverlap(t *testing.T) {
	vs := mustPortal(t, "portal-variants.txt", "art. 12")
	clash := *vs[2]
	clash.Range = Range{From: MakeDate(2018, 6, 1), To: MakeDate(2019, 2, 1)}
	if _, err := NewAct(ActInfo{ID: "x"}, append(vs, &clash)); err == nil {
		t.Error("overlapping versions accepted")
	}
}

func TestInForceAndSpan(t *testing.T) {
	a := variantsAct(t)
	if got := len(a.InForce(MakeDate(2020, 2, 1))); got != 0 {
		t.Errorf("InForce in the gap = %d versions, want 0", got)
	}
	if got := a.InForce(MakeDate(2021, 1, 1)); len(got) != 1 || got[0].Range.From != MakeDate(2020, 4, 1) {
		t.Errorf("InForce(2021-01-01) = %v", got)
	}
	if s := a.Span(); s.From != MakeDate(2015, 1, 1) || !s.IsOpen() {
		t.Errorf("Span = %v", s)
	}
	if _, err := a.TextAt("", MakeDate(2020, 2, 1)); !errors.Is(err, ErrNotInForce) {
		t.Errorf("TextAt whole act in the gap: %v", err)
	}
}

// TestReferences: an act is cited by its publication and by the
// consolidated text it is cited by, by either alone, or by neither.
func TestReferences(t *testing.T) {
	for _, tt := range []struct {
		info ActInfo
		want string
	}{
		{ActInfo{Ref: "Dz. U. z 2017 r. poz. 1399", Consolidated: "Dz. U. z 2020 r. poz. 2170"}, "Dz. U. z 2017 r. poz. 1399 · t.j. Dz. U. z 2020 r. poz. 2170"},
		{ActInfo{Ref: "Dz. U. z 2017 r. poz. 1399"}, "Dz. U. z 2017 r. poz. 1399"},
		{ActInfo{Consolidated: "Dz. U. z 2025 r. poz. 299"}, "t.j. Dz. U. z 2025 r. poz. 299"},
		{ActInfo{}, ""},
	} {
		if got := tt.info.References(); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.info, got, tt.want)
		}
	}
}

package corpustest

import (
	"testing"

	"lexdiff/corpus"
)

func TestBuilders(t *testing.T) {
	v := Version(t, "2019-01-01 2019-12-31", "§ 1. 1. Tekst:\n1) a;\n2) b.\n")
	if v.Range.From != Date(t, "2019-01-01") || v.Range.To != Date(t, "2019-12-31") || v.Unit.Find("par1.ust1.pkt2") == nil {
		t.Errorf("Version = %+v", v)
	}
	open := Version(t, "2020-01-01", "§ 1. Nowy tekst.\n")
	c := Corpus(t, Act(t, corpus.ActInfo{ID: "x"}, v, open))
	a, err := c.Act("x")
	if err != nil || len(a.Versions("par1")) != 2 || !a.Versions("par1")[1].Range.IsOpen() {
		t.Errorf("Corpus: %v, %+v", err, a)
	}
}

package corpus

import "testing"

func TestWith(t *testing.T) {
	v := &Version{Unit: &Unit{Kind: Paragraph, Label: "1", ID: "par1", Text: "Tekst.", Status: InForce}, Range: Range{From: MakeDate(2020, 1, 1)}, Source: "s"}
	a1, _ := NewAct(ActInfo{ID: "a", Title: "A", Ref: "Dz. U. z 2020 r. poz. 1"}, []*Version{v})
	b, _ := NewAct(ActInfo{ID: "b", Title: "B"}, []*Version{v})
	c, err := New(a1, b)
	if err != nil {
		t.Fatal(err)
	}
	a2, _ := NewAct(ActInfo{ID: "a", Title: "A, changed", Ref: "Dz. U. z 2020 r. poz. 1", Aliases: []string{"Dz. U. z 2021 r. poz. 5"}}, []*Version{v})
	n, _ := NewAct(ActInfo{ID: "n", Title: "N"}, []*Version{v})
	w := c.With(a2, n)
	for key, want := range map[string]string{"a": "A, changed", "Dz. U. z 2020 r. poz. 1": "A, changed", "DU/2021/5": "A, changed", "b": "B", "n": "N"} {
		got, err := w.Act(key)
		if err != nil || got.Title != want {
			t.Errorf("Act(%q) = %v, %v; want %s", key, got, err, want)
		}
	}
	list, err := w.Summaries()
	if err != nil || len(list) != 3 || list[0].Title != "A, changed" {
		t.Errorf("summaries %v, %v", list, err)
	}
	if _, err := c.Act("n"); err == nil {
		t.Error("the corpus With was called on holds the new act")
	}
}

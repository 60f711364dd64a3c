package server

import "testing"

// TestAgreeingLabels: a label said of a unit agrees with its name's
// gender in Polish: "lit. b zmieniona", "tiret pierwsze usunięte",
// "pkt 2 uchylony"; English has one form.
func TestAgreeingLabels(t *testing.T) {
	for _, c := range []struct {
		l             lang
		key, id, want string
	}{
		{polish, "kind.modified", "par3.ust1.pkt1.litb", "zmieniona"},
		{polish, "kind.removed", "art8.ust2.pkt1.lita.tir1", "usunięte"},
		{polish, "kind.repealed", "par3.ust1.pkt2", "uchylony"},
		{polish, "status.lost-force", "art5.ust2.lita", "utraciła moc"},
		{polish, "kind.annotated", "art5.lita", "zmiana przypisów"},
		{english, "kind.modified", "par3.ust1.pkt1.litb", "changed"},
	} {
		if got := c.l.Of(c.key, c.id); got != c.want {
			t.Errorf("%s %s of %s: %q, want %q", c.l, c.key, c.id, got, c.want)
		}
	}
}

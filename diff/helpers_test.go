package diff

import (
	"fmt"
	"strings"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/embedded"
)

// sampleAct returns the sample act of the embedded corpus.
func sampleAct(t testing.TB) *corpus.Act { return embeddedAct(t, "du-2017-1399") }

// embeddedAct returns the act of the embedded corpus that key names.
func embeddedAct(t testing.TB, key string) *corpus.Act {
	t.Helper()
	c, err := embedded.Load()
	if err != nil {
		t.Fatal(err)
	}
	a, err := c.Act(key)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// summary is a change in one line: "unit kind[(status)][/class][<-movedFrom][ @ref inForce][ fn:change...][ heading][ replaces(summary)]".
func summary(c Change) string {
	s := c.Unit + " " + string(c.Kind)
	if c.Status != "" {
		s += "(" + string(c.Status) + ")"
	}
	if c.Class != "" {
		s += "/" + string(c.Class)
	}
	if c.MovedFrom != "" {
		s += "<-" + c.MovedFrom
	}
	if a := c.Attribution; a != nil {
		s += fmt.Sprintf(" @%s %s", a.Ref, a.InForce)
	}
	for _, f := range c.Footnotes {
		s += fmt.Sprintf(" fn%s:%s", f.Label, f.Change)
	}
	if c.Heading != nil {
		s += " heading"
	}
	if c.Replaces != nil {
		s += " replaces(" + summary(*c.Replaces) + ")"
	}
	return s
}

func summaries(cs []Change) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = summary(c)
	}
	return out
}

// opsString writes ops as "kept [-deleted-]{+inserted+}".
func opsString(ops []Op) string {
	var b strings.Builder
	for _, op := range ops {
		switch op.Op {
		case Insert:
			b.WriteString("{+" + op.Text + "+}")
		case Delete:
			b.WriteString("[-" + op.Text + "-]")
		default:
			b.WriteString(op.Text)
		}
	}
	return b.String()
}

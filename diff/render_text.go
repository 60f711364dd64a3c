package diff

import (
	"fmt"
	"io"
	"strings"
)

// ANSI colours for a terminal.
const (
	red   = "\x1b[31m"
	green = "\x1b[32m"
	reset = "\x1b[0m"
)

// RenderText writes r as text: a line naming the act, the dates and how
// many changes (of a page, which of how many), the units not compared
// (their wording on From unknown), then for each change its
// citation, kind (with how the unit lost force, when it did not by
// repeal) and class, the amendment behind it, the inline diff marked
// [-deleted-]{+inserted+}, its heading and footnote changes, and the old
// unit it replaces; of a page with more after it, a line naming where the
// next begins. With colour set (stdout is a terminal) deletions are red
// and insertions green.
func RenderText(w io.Writer, r *Report, colour bool) error {
	var b strings.Builder
	n := count(len(r.Changes), "change", "changes")
	if r.Paged() {
		n = fmt.Sprintf("changes %d–%d of %d", r.First, r.Last(), r.Total)
	}
	fmt.Fprintf(&b, "%s: %s → %s: %s\n", r.subject(), r.From, r.To, n)
	writeUnknown(&b, r)
	for _, c := range r.Changes {
		b.WriteString("\n")
		writeChange(&b, c, colour)
	}
	if r.Next != "" {
		fmt.Fprintf(&b, "\nThe next page begins with the change of %s.\n", r.Next)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeUnknown names the units not compared because the corpus does not
// know their wording on r.From.
func writeUnknown(b *strings.Builder, r *Report) {
	if len(r.Unknown) == 0 {
		return
	}
	fmt.Fprintf(b, "\nNot compared: the corpus does not know their wording on %s (the oldest wording it holds applies from the day given):\n ", r.From)
	for i, u := range r.Unknown {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(b, " %s from %s", u.Citation, u.KnownFrom)
	}
	b.WriteString("\n")
}

func count(n int, one, many string) string {
	if n == 0 {
		return "no " + many
	}
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// writeChange writes one change, indented under its citation.
func writeChange(b *strings.Builder, c Change, colour bool) {
	b.WriteString(c.Citation + ": " + string(c.Kind))
	if s := statusNote(c); s != "" {
		b.WriteString(" (" + s + ")")
	}
	if c.Class != "" {
		b.WriteString(", " + string(c.Class))
	}
	if c.MovedFrom != "" {
		b.WriteString(" from " + c.MovedFromCitation)
	}
	b.WriteString("\n")
	if a := c.Attribution; a != nil {
		b.WriteString("  " + a.String() + "\n")
	}
	if c.Kind != Annotated && len(c.Ops) > 0 {
		b.WriteString(indent(inline(c.Ops, colour)) + "\n")
	}
	if h := c.Heading; h != nil {
		fmt.Fprintf(b, "  heading: %s\n", inline([]Op{{Delete, h.Old}, {Insert, h.New}}, colour))
	}
	if g := c.Groups; g != nil {
		fmt.Fprintf(b, "  under: %s\n", inline(words(joinHeadings(g.Old), joinHeadings(g.New), &tokenTable{}), colour))
	}
	for _, f := range c.Footnotes {
		fmt.Fprintf(b, "  footnote [%s] %s: %s\n", f.Label, f.Change, f.Body)
	}
	if r := c.Replaces; r != nil {
		var rb strings.Builder
		writeChange(&rb, *r, colour)
		b.WriteString(indent("replacing the former "+strings.TrimSuffix(rb.String(), "\n")) + "\n")
	}
}

// Amending names the amending provision and act, with the act's
// reference: "§ 1 pkt 1 lit. a) rozporządzenia … (Dz. U. z 2019 r. poz.
// 1557)"; "" when the footnote names none (a day set by a komunikat).
func (a Attribution) Amending() string {
	by := strings.TrimSpace(a.Provision + " " + a.Act)
	if a.Ref != "" {
		by = strings.TrimSpace(by + " (" + a.Ref + ")")
	}
	return by
}

// String describes the attribution in a line: "by § 1 pkt 1 lit. a)
// rozporządzenia … (Dz. U. z 2019 r. poz. 1557), in force 2019-09-01", or
// for a computed version "computed by lexdiff from § 1 pkt 2 of Dz. U. z
// 2025 r. poz. 1695, in force 2025-12-18".
func (a Attribution) String() string {
	if a.Computed {
		by := a.Ref
		if by == "" {
			by = a.Act
		}
		return fmt.Sprintf("computed by lexdiff from %s of %s, in force %s", a.Provision, by, a.InForce)
	}
	var parts []string // "by …", "in force …"
	if by := a.Amending(); by != "" {
		parts = append(parts, "by "+by)
	}
	if !a.InForce.IsZero() {
		parts = append(parts, "in force "+a.InForce.String())
	}
	return strings.Join(parts, ", ")
}

// inline writes ops as text with [-deleted-] and {+inserted+}.
func inline(ops []Op, colour bool) string {
	var b strings.Builder
	for _, op := range ops {
		switch {
		case op.Op == Delete && colour:
			b.WriteString(red + "[-" + op.Text + "-]" + reset)
		case op.Op == Delete:
			b.WriteString("[-" + op.Text + "-]")
		case op.Op == Insert && colour:
			b.WriteString(green + "{+" + op.Text + "+}" + reset)
		case op.Op == Insert:
			b.WriteString("{+" + op.Text + "+}")
		default:
			b.WriteString(op.Text)
		}
	}
	return b.String()
}

func indent(s string) string { return "  " + strings.ReplaceAll(s, "\n", "\n  ") }

// RenderHistoryText writes h as text: each wording with its range (and the
// unit it was, under an earlier number), sources
// and class against the one before, the amendments behind it, and the
// changes that made it (each with the amendment behind it); the first
// wording in full.
func RenderHistoryText(w io.Writer, h *History, colour bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s of %s: %s\n", h.Citation, h.Act, count(len(h.Entries), "wording", "wordings"))
	for i, e := range h.Entries {
		fmt.Fprintf(&b, "\n%s", e.Range)
		if e.FromFirstKnown {
			b.WriteString(" (first known wording: it may be older)")
		}
		if e.Citation != "" {
			b.WriteString(" as " + e.Citation)
		}
		if e.Class != "" {
			b.WriteString(": " + string(e.Class))
		}
		if len(e.Sources) > 0 {
			b.WriteString("  (" + strings.Join(e.Sources, "; ") + ")")
		}
		if e.Computed {
			b.WriteString("  computed by lexdiff, no published text yet")
		}
		b.WriteString("\n")
		if i == 0 {
			b.WriteString(indent(e.Text) + "\n")
		}
		for _, c := range e.Changes {
			var cb strings.Builder
			writeChange(&cb, c, colour)
			b.WriteString(indent(strings.TrimSuffix(cb.String(), "\n")) + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

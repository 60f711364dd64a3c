package amend

import (
	"strings"

	"lexdiff/corpus"
)

// clone returns a deep copy of u, which the operations may change.
func clone(u *corpus.Unit) *corpus.Unit {
	c := *u
	c.Markers = append([]corpus.Marker(nil), u.Markers...)
	c.Children = make([]*corpus.Unit, len(u.Children))
	for i, ch := range u.Children {
		c.Children[i] = clone(ch)
	}
	if len(u.Children) == 0 {
		c.Children = nil
	}
	return &c
}

// unitID returns the id of a unit of kind k and the given label standing
// in the unit with id parent ("" for the top level); a superscript of the
// label is written as corpus ids write it ("ust2_1" for ust. 2¹).
func unitID(parent string, k corpus.Kind, label string) string {
	id := idPrefix(k) + corpus.LabelID(label)
	if parent == "" {
		return id
	}
	return parent + "." + id
}

// reID gives u the id its label calls for under parent, and its units
// theirs under it.
func reID(u *corpus.Unit, parent string) {
	u.ID = unitID(parent, u.Kind, u.Label)
	for _, c := range u.Children {
		reID(c, u.ID)
	}
}

// indexOf returns the index of child c in u's children, or -1.
func indexOf(u, c *corpus.Unit) int {
	for i, x := range u.Children {
		if x == c {
			return i
		}
	}
	return -1
}

// lastOwnText returns the unit whose text ends u as printed: u's closing
// part when it has one, else the end of its last unit, else u itself; and
// whether that text is a closing part.
func lastOwnText(u *corpus.Unit) (*corpus.Unit, bool) {
	for {
		if u.Closing != "" {
			return u, true
		}
		if len(u.Children) == 0 {
			return u, false
		}
		u = u.Children[len(u.Children)-1]
	}
}

// textOf returns a pointer to u's text or closing part.
func textOf(u *corpus.Unit, closing bool) *string {
	if closing {
		return &u.Closing
	}
	return &u.Text
}

// edit replaces text[start:end] of u's text (or closing part) with repl,
// moving the footnote markers after it; a marker inside the replaced words
// moves to their end.
func edit(u *corpus.Unit, closing bool, start, end int, repl string) {
	t := textOf(u, closing)
	*t = (*t)[:start] + repl + (*t)[end:]
	delta := len(repl) - (end - start)
	for i := range u.Markers {
		m := &u.Markers[i]
		switch {
		case m.InClosing != closing || m.Offset <= start:
		case m.Offset >= end:
			m.Offset += delta
		default:
			m.Offset = start + len(repl)
		}
	}
}

// repealedBody is the body a repealed unit of kind k keeps: "(uchylony)",
// "(uchylona)" for a litera, "(uchylone)" for a tiret.
func repealedBody(k corpus.Kind) string {
	switch k {
	case corpus.Letter:
		return "(uchylona)"
	case corpus.Tiret, corpus.DoubleTiret:
		return "(uchylone)"
	}
	return "(uchylony)"
}

// finalPunct returns the punctuation that ends a text: ".", ";", "," or
// ":", or "".
func finalPunct(s string) string {
	s = strings.TrimRight(s, " ")
	if s == "" {
		return ""
	}
	if last := s[len(s)-1:]; strings.Contains(".;,:", last) {
		return last
	}
	return ""
}

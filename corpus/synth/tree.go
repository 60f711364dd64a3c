package synth

import (
	"strconv"

	"lexdiff/corpus"
)

// childID returns the id of a unit of kind k and label under parentID, as
// corpus builds ids: "par3.ust1.pkt2a", with "tir" for both tiret kinds.
func childID(parentID string, k corpus.Kind, label string) string {
	prefix := string(k)
	if k == corpus.DoubleTiret {
		prefix = string(corpus.Tiret)
	}
	if parentID == "" {
		return prefix + label
	}
	return parentID + "." + prefix + label
}

// topUnit returns a new top-level unit (Art. or §): a single provision, a
// list, or ustępy, sometimes with an editorial heading.
func (w *words) topUnit(k corpus.Kind, label string) *corpus.Unit {
	u := &corpus.Unit{Kind: k, Label: label, ID: childID("", k, label), Status: corpus.InForce}
	if w.chance(0.5) {
		u.Heading = w.heading()
	}
	switch x := w.r.Float64(); {
	case x < 0.25:
		u.Text = w.sentence(".")
	case x < 0.35:
		w.fillList(u, corpus.Point, ".")
	default:
		for _, l := range w.labels(corpus.Section, 2+w.r.IntN(5)) {
			u.Children = append(u.Children, w.section(u.ID, l))
		}
	}
	return u
}

// section returns an ustęp: a provision, or an intro with punkty.
func (w *words) section(parentID, label string) *corpus.Unit {
	u := &corpus.Unit{Kind: corpus.Section, Label: label, ID: childID(parentID, corpus.Section, label), Status: corpus.InForce}
	if w.chance(0.25) {
		w.fillList(u, corpus.Point, ".")
	} else {
		u.Text = w.sentence(".")
	}
	return w.maybeRepealed(u)
}

// fillList gives u an intro and a list of items of kind k; the list ends
// with end, the punctuation that would end u.
func (w *words) fillList(u *corpus.Unit, k corpus.Kind, end string) {
	intro, f := w.intro()
	u.Text = intro
	w.list(u, k, f, end)
}

// list appends to u a list of items of kind k and form f, and sometimes a
// closing part. Items are separated by ";" (punkty) or "," (the rest); the
// last one ends with end, or with "," when a closing part follows it.
func (w *words) list(u *corpus.Unit, k corpus.Kind, f form, end string) {
	labels := w.labels(k, listLen(w, k))
	last := end
	// Only a list of punkty gets a closing part, and its last punkt has no
	// list: printed one item per line, a closing part after litery would
	// belong to the last punkt, and one after tirets reads as one more tiret.
	closing := k == corpus.Point && f != formDef && w.chance(0.15)
	if closing {
		last = ","
		u.Closing = w.closing(end)
	}
	for i, l := range labels {
		e, nested := separator(k), true
		if i == len(labels)-1 {
			e, nested = last, !closing
		}
		u.Children = append(u.Children, w.listItem(u.ID, k, l, f, e, nested))
	}
}

func listLen(w *words, k corpus.Kind) int {
	switch k {
	case corpus.Point:
		return 2 + w.r.IntN(7)
	case corpus.Letter:
		return 2 + w.r.IntN(5)
	case corpus.Tiret:
		return 2 + w.r.IntN(4)
	}
	return 2 + w.r.IntN(2)
}

func separator(k corpus.Kind) string {
	if k == corpus.Point {
		return ";"
	}
	return ","
}

// sublist says what list an item of kind k may hold, and how often.
var sublist = map[corpus.Kind]struct {
	kind corpus.Kind
	p    float64
}{
	corpus.Point:  {corpus.Letter, 0.15},
	corpus.Letter: {corpus.Tiret, 0.1},
	corpus.Tiret:  {corpus.DoubleTiret, 0.03},
}

// listItem returns one item of a list: words, or, when nested is set, now
// and then an intro with a list of its own.
func (w *words) listItem(parentID string, k corpus.Kind, label string, f form, end string, nested bool) *corpus.Unit {
	u := &corpus.Unit{Kind: k, Label: label, ID: childID(parentID, k, label), Status: corpus.InForce}
	sub, ok := sublist[k]
	if ok && nested && f != formDef && w.chance(sub.p) {
		if sub.kind == corpus.Tiret || sub.kind == corpus.DoubleTiret {
			f = formNom
		}
		u.Text = w.subIntro(f)
		w.list(u, sub.kind, f, end)
		return w.maybeRepealed(u)
	}
	u.Text = w.item(f, end)
	return w.maybeRepealed(u)
}

// maybeRepealed returns u, or now and then u repealed: a unit that the
// source already lists as "(uchylony)".
func (w *words) maybeRepealed(u *corpus.Unit) *corpus.Unit {
	if u.Kind == corpus.Tiret || u.Kind == corpus.DoubleTiret || !w.chance(0.02) {
		return u
	}
	return repealed(u)
}

// repealed returns a copy of u without force: its number and "(uchylony)".
func repealed(u *corpus.Unit) *corpus.Unit {
	return &corpus.Unit{Kind: u.Kind, Label: u.Label, ID: u.ID, Text: statusBody(u.Kind), Status: corpus.Repealed}
}

// labels returns n labels of kind k in order, now and then with an
// inserted one ("2a" after "2", "ba" after "b"). Tirets are numbered by
// position and never inserted.
func (w *words) labels(k corpus.Kind, n int) []string {
	out := make([]string, 0, n)
	for i := 1; len(out) < n; i++ {
		l := baseLabel(k, i)
		out = append(out, l)
		if len(out) < n && k != corpus.Tiret && k != corpus.DoubleTiret && w.chance(0.04) {
			out = append(out, insertedAfter(k, l))
		}
	}
	return out
}

// baseLabel is the i-th label (from 1) of a list of kind k: "3", or "c".
func baseLabel(k corpus.Kind, i int) string {
	if k == corpus.Letter {
		return string(rune('a' + (i-1)%26))
	}
	return strconv.Itoa(i)
}

// insertedAfter returns the label of a unit inserted right after one
// labelled l: "2" → "2a", "2a" → "2b", "b" → "ba", "ba" → "bb". It returns
// "" when l ends in "z".
func insertedAfter(k corpus.Kind, l string) string {
	last := l[len(l)-1]
	suffixed := last >= 'a' && last <= 'z' && (k != corpus.Letter || len(l) > 1)
	switch {
	case !suffixed:
		return l + "a"
	case last == 'z':
		return ""
	}
	return l[:len(l)-1] + string(last+1)
}

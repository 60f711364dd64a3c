package amend

import (
	"fmt"
	"regexp"
	"strings"

	"lexdiff/corpus"
)

// ownAnnex returns the text of the amending act's annex with the given
// label ("" for its only annex).
func (st *state) ownAnnex(label string) (string, error) {
	annexes := st.am.Doc.Annexes
	for _, a := range annexes {
		if a.Label == label || (label == "" && len(annexes) == 1) || (a.Label == "" && label == "1" && len(annexes) == 1) {
			return a.Text(), nil
		}
	}
	what := "an annex"
	if label != "" {
		what = "annex nr " + label
	}
	return "", fmt.Errorf("the amending act has no %s (it has %d)", what, len(annexes))
}

// annex gives annexes of the act the wording of annexes of the amending
// act, or adds them so, pairing the annexes named in order ("dodaje się
// załączniki nr 3 i 4 … w brzmieniu określonym odpowiednio w załącznikach
// nr 1 i 2 do niniejszego rozporządzenia"). An annex keeps its caption
// ("do rozporządzenia …"), the first line of its text, when it has one.
func (st *state) annex(op *Operation) error {
	last := op.Path[len(op.Path)-1]
	if len(op.Path) > 1 && op.Path[0].kind == kindAnnex && op.Action == SetAnnex {
		if len(op.Annexes) != 1 {
			return fmt.Errorf("a part of an annex takes the wording of one annex of the amending act")
		}
		text, err := st.ownAnnex(op.Annexes[0])
		if err != nil {
			return err
		}
		return st.annexPart(op, text)
	}
	labels := expandLabels(last)
	if len(op.Path) != 1 || last.kind != kindAnnex || len(labels) != len(op.Annexes) {
		return fmt.Errorf("annexes take their wording from as many annexes of the amending act, %d for %d", len(op.Annexes), len(labels))
	}
	for i, label := range labels {
		text, err := st.ownAnnex(op.Annexes[i])
		if err != nil {
			return err
		}
		if err := st.annexWording(op, unitID("", kindAnnex, label), label, text); err != nil {
			return err
		}
	}
	return nil
}

// annexWording gives annex id the text of an annex of the amending act
// (adds it, for AddAnnex).
func (st *state) annexWording(op *Operation, id, label, text string) error {
	if op.Action == AddAnnex {
		if st.exists(id) {
			return fmt.Errorf("%s already has %s", st.act.ID, corpus.CitationOf(id))
		}
		w := &working{unit: &corpus.Unit{Kind: corpus.Annex, Label: label, ID: id, Text: text, Status: corpus.InForce}}
		st.put(id, w)
		st.record(w, op, id, corpus.Added)
		return nil
	}
	w, err := st.get(id)
	if err != nil {
		return err
	}
	if caption, _, _ := strings.Cut(w.unit.Text, "\n"); isCaption(caption) {
		text = caption + "\n" + text
	}
	w.unit.Text, w.unit.Markers, w.unit.Status = text, nil, corpus.InForce
	st.record(w, op, id, corpus.WordingSet)
	return nil
}

// reAnnexItem opens a numbered item of an annex's text: "13. …", "13) …".
var reAnnexItem = regexp.MustCompile(`^(\d+[a-z]*)[.)](?:\s|$)`)

// annexWords changes words in an item of an annex ("w załączniku nr 1 w
// pkt 13 …"). An annex is free text, so the item is found as the lines
// from the one numbered as the instruction says to the next numbered
// line; an annex whose items are not numbered lines is searched whole.
func (st *state) annexWords(op *Operation) error {
	annex := op.Path[0]
	if len(annex.labels) != 1 || op.AtEnd || op.Part.kind != "" {
		return fmt.Errorf("lexdiff changes words inside an annex only at words it names")
	}
	id := unitID("", kindAnnex, annex.labels[0])
	w, err := st.get(id)
	if err != nil {
		return err
	}
	item := op.Path[len(op.Path)-1]
	if len(item.labels) != 1 {
		return fmt.Errorf("%s names several units where one is wanted", item)
	}
	sl := annexItem(w.unit, item.labels[0])
	matches := findWords([]slot{sl}, op.Old)
	if err := checkCount(op, corpus.CitationOf(w.unit.ID), matches); err != nil {
		return err
	}
	for i := len(matches) - 1; i >= 0; i-- {
		changeAt(op, matches[i])
	}
	st.record(w, op, id, corpus.Changed)
	return nil
}

// annexItem returns the span of the annex's text that item label holds,
// or the whole text when no line is numbered so.
func annexItem(u *corpus.Unit, label string) slot {
	whole := slot{unit: u, end: len(u.Text)}
	start, off := -1, 0
	for _, line := range strings.SplitAfter(u.Text, "\n") {
		if m := reAnnexItem.FindStringSubmatch(line); m != nil {
			if start >= 0 {
				return slot{unit: u, start: start, end: off}
			}
			if m[1] == label {
				start = off
			}
		}
		off += len(line)
	}
	if start >= 0 {
		return slot{unit: u, start: start, end: len(u.Text)}
	}
	return whole
}

// annexPart gives a numbered part of an annex ("w załączniku nr 1 ust. 4
// … otrzymuje brzmienie określone w załączniku nr 1 do niniejszego
// rozporządzenia") the text of the amending act's annex: the lines from
// the one numbered so to the next numbered line are replaced.
func (st *state) annexPart(op *Operation, text string) error {
	id, item, w, err := st.annexOf(op)
	if err != nil {
		return err
	}
	sl := annexItem(w.unit, item.labels[0])
	if sl.start == 0 && sl.end == len(w.unit.Text) {
		return fmt.Errorf("no line of %s opens its part %s", corpus.CitationOf(id), item)
	}
	repl := text
	if sl.end < len(w.unit.Text) || strings.HasSuffix(w.unit.Text[:sl.end], "\n") {
		repl += "\n"
	}
	edit(w.unit, false, sl.start, sl.end, repl)
	st.record(w, op, id, corpus.Changed)
	return nil
}

// annexOf returns the annex an instruction about one of its numbered parts
// names (its id and its wording being made) and the part ("w załączniku
// nr 1 pkt 5": załącznik nr 1 and pkt 5).
func (st *state) annexOf(op *Operation) (string, seg, *working, error) {
	annex, item := op.Path[0], op.Path[len(op.Path)-1]
	if len(annex.labels) != 1 || len(item.labels) != 1 {
		return "", item, nil, fmt.Errorf("name one annex and one part of it")
	}
	id := unitID("", kindAnnex, annex.labels[0])
	w, err := st.get(id)
	return id, item, w, err
}

// inAnnex reports whether path names a part of an annex ("w załączniku nr
// 1 pkt 5").
func inAnnex(path []seg) bool { return len(path) > 1 && path[0].kind == kindAnnex }

func isWordsAction(a Action) bool {
	return a == ReplaceWords || a == InsertWords || a == DeleteWords || a == ReplacePunct
}

// annexItemChange gives a numbered part of an annex ("w załączniku nr 1
// pkt 5 otrzymuje brzmienie: „5. …”") its new wording, repeals it, or adds
// parts after it: the lines from the one numbered so to the next numbered
// line are the part, the annex being free text.
func (st *state) annexItemChange(op *Operation) error {
	id, item, w, err := st.annexOf(op)
	if err != nil {
		return err
	}
	label, kind := item.labels[0], corpus.Changed
	if op.Action == AddUnits {
		if op.Anchor == nil || len(op.Anchor.labels) != 1 {
			return fmt.Errorf("lexdiff adds parts of an annex only after a part it names (\"po pkt 4 dodaje się pkt 4a\")")
		}
		label, kind = op.Anchor.labels[0], corpus.Added
	}
	sl := annexItem(w.unit, label)
	if sl.start == 0 && sl.end == len(w.unit.Text) {
		return fmt.Errorf("no line of %s opens its part %s", corpus.CitationOf(id), item)
	}
	text := w.unit.Text
	var repl string
	switch op.Action {
	case SetWording:
		repl = linesOf(op.Wording.text)
	case AddUnits:
		repl = strings.TrimSuffix(text[sl.start:sl.end], "\n") + "\n" + linesOf(op.Wording.text)
	case Repeal:
		m := reAnnexItem.FindString(text[sl.start:])
		repl = strings.TrimSpace(m) + " (uchylony)"
	default:
		return fmt.Errorf("lexdiff does not %s a part of an annex", op.Action)
	}
	if sl.end < len(text) {
		repl += "\n"
	}
	edit(w.unit, false, sl.start, sl.end, repl)
	st.record(w, op, id, kind)
	return nil
}

// linesOf returns a quoted wording's lines, trimmed, without blank ones.
func linesOf(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if t := strings.TrimSpace(l); t != "" {
			out = append(out, t)
		}
	}
	return strings.Join(out, "\n")
}

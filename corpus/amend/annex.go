package amend

import (
	"fmt"
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

// annex gives an annex of the act the wording of an annex of the amending
// act, or adds it so. An annex keeps its caption ("do rozporządzenia …"),
// the first line of its text, when it has one.
func (st *state) annex(op *Operation) error {
	last := op.Path[len(op.Path)-1]
	if len(op.Path) != 1 || last.kind != kindAnnex || len(last.labels) != 1 {
		return fmt.Errorf("only a whole annex can take its wording from an annex of the amending act")
	}
	text, err := st.ownAnnex(op.Annex)
	if err != nil {
		return err
	}
	id := unitID("", kindAnnex, last.labels[0])
	if op.Action == AddAnnex {
		if st.exists(id) {
			return fmt.Errorf("%s already has %s", st.act.ID, citation(id))
		}
		w := &working{unit: &corpus.Unit{Kind: annexKind, Label: last.labels[0], ID: id, Text: text, Status: corpus.InForce}}
		st.put(id, w)
		st.record(w, op, id, corpus.Added)
		return nil
	}
	w, err := st.get(id)
	if err != nil {
		return err
	}
	if caption, _, _ := strings.Cut(w.unit.Text, "\n"); strings.HasPrefix(caption, "do ") {
		text = caption + "\n" + text
	}
	w.unit.Text, w.unit.Markers, w.unit.Status = text, nil, corpus.InForce
	st.record(w, op, id, corpus.WordingSet)
	return nil
}

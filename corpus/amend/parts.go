package amend

import (
	"fmt"
	"strings"

	"lexdiff/corpus"
)

// The parts of a unit an instruction may change alone: the introduction
// to its list (its own text), the closing part after the list, and a
// sentence of its text.

// flatText is a quoted wording of a part, on one line.
func flatText(q *quotation) string { return strings.Join(strings.Fields(q.text), " ") }

// setPart gives a part of units its new wording.
func (st *state) setPart(op *Operation) error {
	text := flatText(op.Wording)
	return st.eachTarget(op.Path, func(u *corpus.Unit, w *working) error {
		switch op.Part.kind {
		case kindIntro:
			if len(u.Children) == 0 {
				return fmt.Errorf("%s has no list to introduce", corpus.CitationOf(u.ID))
			}
			// A statute quotes an ustęp's introduction with its number:
			// „1. Zakazu … nie stosuje się:”.
			own := strings.TrimSpace(strings.TrimPrefix(text, u.Marker()+" "))
			edit(u, false, 0, len(u.Text), own)
		case kindClosing:
			if u.Closing == "" {
				return fmt.Errorf("%s has no closing part after its list", corpus.CitationOf(u.ID))
			}
			edit(u, true, 0, len(u.Closing), text)
		case kindSentence:
			span, err := sentence(u, op.Part)
			if err != nil {
				return err
			}
			edit(u, false, span[0], span[1], text)
		default:
			return fmt.Errorf("cannot give %s a new wording on its own", op.Part)
		}
		st.record(w, op, u.ID, corpus.WordingSet)
		return nil
	})
}

// sentence returns the span of the sentence of u's text that part names.
func sentence(u *corpus.Unit, part seg) ([2]int, error) {
	if len(part.labels) != 1 {
		return [2]int{}, fmt.Errorf("%s names several sentences where one is wanted", part)
	}
	var n int
	fmt.Sscan(part.labels[0], &n)
	spans := sentences(u.Text)
	if n < 1 || n > len(spans) {
		return [2]int{}, fmt.Errorf("%s has %d sentences, not %s", corpus.CitationOf(u.ID), len(spans), part)
	}
	return spans[n-1], nil
}

// addPart adds a sentence to a unit's text (after the anchor sentence, or
// at its end), or a closing part to its list.
func (st *state) addPart(op *Operation) error {
	text := flatText(op.Wording)
	return st.eachTarget(op.Path, func(u *corpus.Unit, w *working) error {
		switch op.Part.kind {
		case kindClosing:
			if len(u.Children) == 0 || u.Closing != "" {
				return fmt.Errorf("%s has no list, or has a closing part already", corpus.CitationOf(u.ID))
			}
			u.Closing = text
		case kindSentence:
			at := len(strings.TrimRight(u.Text, " "))
			if n := len(op.Part.labels); n == 1 && op.Part.labels[0] != "1" {
				prev := seg{kind: kindSentence, labels: []string{fmt.Sprint(atoi(op.Part.labels[0]) - 1)}}
				span, err := sentence(u, prev)
				if err != nil {
					return err
				}
				at = span[1]
			}
			edit(u, false, at, at, " "+text)
		default:
			return fmt.Errorf("cannot add %s", op.Part)
		}
		st.record(w, op, u.ID, corpus.Changed)
		return nil
	})
}

// removePart deletes a sentence, or the closing part of a list.
func (st *state) removePart(op *Operation) error {
	return st.eachTarget(op.Path, func(u *corpus.Unit, w *working) error {
		switch op.Part.kind {
		case kindClosing:
			if u.Closing == "" {
				return fmt.Errorf("%s has no closing part", corpus.CitationOf(u.ID))
			}
			edit(u, true, 0, len(u.Closing), "")
		case kindSentence:
			span, err := sentence(u, op.Part)
			if err != nil {
				return err
			}
			start := span[0]
			for start > 0 && u.Text[start-1] == ' ' {
				start--
			}
			edit(u, false, start, span[1], "")
		default:
			return fmt.Errorf("cannot repeal %s on its own", op.Part)
		}
		st.record(w, op, u.ID, corpus.Changed)
		return nil
	})
}

func atoi(s string) int {
	var n int
	fmt.Sscan(s, &n)
	return n
}

package amend

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"lexdiff/corpus"
)

// scope returns the texts of u an operation on words may touch: the part
// it names, or all of u's text and the units under it.
func scope(u *corpus.Unit, part seg) ([]slot, error) {
	switch part.kind {
	case "":
		return slotsOf(u), nil
	case kindIntro:
		return []slot{{unit: u, end: len(u.Text)}}, nil
	case kindClosing:
		if u.Closing == "" {
			return nil, fmt.Errorf("%s has no closing part", corpus.CitationOf(u.ID))
		}
		return []slot{{unit: u, closing: true, end: len(u.Closing)}}, nil
	case kindSentence:
		span, err := sentence(u, part)
		if err != nil {
			return nil, err
		}
		return []slot{{unit: u, start: span[0], end: span[1]}}, nil
	}
	return nil, fmt.Errorf("cannot change the words of %s", part)
}

// words replaces, adds or deletes words in each unit the operation names,
// or in the title of a grouping.
func (st *state) words(op *Operation) error {
	if op.Path[0].kind == kindAnnex && len(op.Path) > 1 {
		return st.annexWords(op)
	}
	if op.Part.kind == kindTitle {
		return st.groupWords(op)
	}
	return st.eachTarget(op.Path, func(u *corpus.Unit, w *working) error {
		changed, err := changeWords(op, u, "")
		for _, id := range changed {
			st.record(w, op, id, corpus.Changed)
		}
		return err
	})
}

// groupWords replaces, adds or deletes words in the title of the grouping
// op's path ends in ("w tytule rozdziału 3 wyrazy „…” zastępuje się …").
func (st *state) groupWords(op *Operation) error {
	inTitle := *op
	inTitle.Part = seg{}
	retitle := func(old string) (string, error) {
		title := &corpus.Unit{Text: old}
		_, err := changeWords(&inTitle, title, op.Where())
		return title.Text, err
	}
	return st.eachInGrouping(op, retitle, func(w *working) {
		st.record(w, op, w.unit.ID, corpus.Changed)
	})
}

// changeWords makes op's change of words in u and returns the ids of the
// units under u whose text it changed. where names u in messages ("" for
// its citation).
func changeWords(op *Operation, u *corpus.Unit, where string) ([]string, error) {
	slots, err := scope(u, op.Part)
	if err != nil {
		return nil, err
	}
	if where == "" {
		where = corpus.CitationOf(u.ID)
		if op.Part.kind != "" {
			where += " " + op.Part.String()
		}
	}
	if op.AtEnd {
		return []string{wordsAtEnd(op, u, slots)}, nil
	}
	matches := findWords(slots, op.Old)
	if err := checkCount(op, where, matches); err != nil {
		return nil, err
	}
	if other := otherForm(slots, op); other != "" {
		return nil, fmt.Errorf("%s stands in %s also as %s, another form, to take the new words in its case: %w", quoted(op.Old), where, quoted(other), errInflected)
	}
	ids := make([]string, len(matches))
	for i, m := range matches {
		ids[i] = m.unit.ID
	}
	// From the last, so that earlier offsets stay valid.
	sort.SliceStable(matches, func(i, j int) bool { return matches[i].at > matches[j].at })
	for _, m := range matches {
		changeAt(op, m)
	}
	return ids, nil
}

// otherForm returns a word of the slots that looks like another
// grammatical form of the first of the old words ("ministra" of
// „minister”: the same stem, another ending), when the operation puts the
// new words "w odpowiednim przypadku"; lexdiff does not inflect, so such a
// form is left to a reader rather than silently kept.
func otherForm(slots []slot, op *Operation) string {
	if !op.Inflected {
		return ""
	}
	first := []rune(strings.ToLower(strings.Fields(op.Old)[0]))
	stem := string(first[:max(min(len(first), 4), len(first)-3)])
	for _, s := range slots {
		for _, w := range strings.FieldsFunc(s.text(), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if lw := strings.ToLower(w); lw != string(first) && strings.HasPrefix(lw, stem) && utf8.RuneCountInString(w) <= len(first)+4 {
				return w
			}
		}
	}
	return ""
}

// checkCount checks that the words stand as many times as the instruction
// says: once when it does not say.
func checkCount(op *Operation, where string, ms []match) error {
	switch {
	case len(ms) == 0:
		return fmt.Errorf("the words %s are not in %s", quoted(op.Old), where)
	case op.Count == -1:
		return nil
	case op.Count == 0 && len(ms) > 1:
		return fmt.Errorf("the words %s occur %d times in %s (%s), and the instruction does not say which", quoted(op.Old), len(ms), where, holders(ms))
	case op.Count > 0 && len(ms) != op.Count:
		return fmt.Errorf("the words %s occur %d times in %s, the instruction says %d", quoted(op.Old), len(ms), where, op.Count)
	}
	return nil
}

// holders lists the units holding the matches.
func holders(ms []match) string {
	var ids []string
	for _, m := range ms {
		if len(ids) == 0 || ids[len(ids)-1] != m.unit.ID {
			ids = append(ids, m.unit.ID)
		}
	}
	return citations(ids)
}

// changeAt makes the operation's change at one match.
func changeAt(op *Operation, m match) {
	t := *textOf(m.unit, m.closing)
	switch {
	case op.Action == ReplaceWords:
		edit(m.unit, m.closing, m.at, m.end, op.New)
	case op.Action == DeleteWords:
		start, end := m.at, m.end
		switch {
		case start > 0 && t[start-1] == ' ' && (end == len(t) || t[end] == ' ' || strings.ContainsRune(".,;:)", rune(t[end]))):
			start--
		case end < len(t) && t[end] == ' ' && start == 0:
			end++
		}
		edit(m.unit, m.closing, start, end, "")
	case op.Before:
		edit(m.unit, m.closing, m.at, m.at, joinBefore(op.New, t[m.at:]))
	default:
		edit(m.unit, m.closing, m.end, m.end, joinAfter(t[:m.end], op.New))
	}
}

// joinAfter returns the words added after text, with the space they need:
// one, none before a punctuation mark. Spaces the quotation holds at its
// ends (" , z wyjątkiem …", as a PDF's copy gives it) are dropped.
func joinAfter(text, words string) string {
	words = strings.TrimSpace(words)
	if words == "" || strings.ContainsRune(".,;:)", rune(words[0])) || strings.HasSuffix(text, " ") {
		return words
	}
	return " " + words
}

// joinBefore returns the words added before text, with the space they
// need, whatever spaces the quotation holds at its ends.
func joinBefore(words, text string) string {
	words = strings.TrimSpace(words)
	if words == "" || strings.HasSuffix(words, "(") {
		return words
	}
	return words + " "
}

// wordsAtEnd adds words at the end of the unit's text: before its final
// punctuation, or after it when the same instruction has just replaced it
// ("kropkę zastępuje się przecinkiem i dodaje się wyrazy „…”").
// It returns the id of the unit whose text it changed.
func wordsAtEnd(op *Operation, u *corpus.Unit, slots []slot) string {
	end, closing := lastOwnText(u)
	at := len(strings.TrimRight(*textOf(end, closing), " "))
	if op.Part.kind != "" {
		last := slots[len(slots)-1]
		end, closing, at = last.unit, last.closing, last.end
	}
	text := *textOf(end, closing)
	if !op.afterPunct {
		at -= len(finalPunct(text[:at]))
	}
	edit(end, closing, at, at, joinAfter(text[:at], op.New))
	return end.ID
}

// punctuation replaces the punctuation mark that ends each unit named
// (deleting it when the instruction gives none in its place).
func (st *state) punctuation(op *Operation) error {
	return st.eachTarget(op.Path, func(u *corpus.Unit, w *working) error {
		end, closing := lastOwnText(u)
		if op.Part.kind == kindIntro {
			end, closing = u, false
		}
		text := *textOf(end, closing)
		at := len(strings.TrimRight(text, " "))
		if got := finalPunct(text); got != op.Old {
			return fmt.Errorf("%s ends with %s, not with %s", corpus.CitationOf(end.ID), punctName(got), punctName(op.Old))
		}
		edit(end, closing, at-len(op.Old), at, op.New)
		st.record(w, op, end.ID, corpus.Changed)
		return nil
	})
}

// punctName names a punctuation mark for a message.
func punctName(p string) string {
	switch p {
	case ".":
		return "a full stop"
	case ";":
		return "a semicolon"
	case ",":
		return "a comma"
	case ":":
		return "a colon"
	case "":
		return "no punctuation"
	}
	return fmt.Sprintf("%q", p)
}

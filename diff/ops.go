package diff

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// An OpKind says what an Op does to the old text.
type OpKind string

// The kinds of edit.
const (
	Equal  OpKind = "equal"
	Insert OpKind = "insert"
	Delete OpKind = "delete"
)

// An Op is one step of an inline diff: text kept, inserted or deleted.
type Op struct {
	Op   OpKind `json:"op"`
	Text string `json:"text"`
}

// Timeout bounds the time one inline diff may take. Past it the diff is
// still correct (applying it gives the new text) but may be coarser.
const Timeout = 100 * time.Millisecond

// Words returns the word-level diff that turns old into new. Tokens never
// split a number, a date, a range, a unit citation or a publication
// reference. Applying the ops to old (see Old and New) gives new exactly.
// Texts of more distinct tokens than runes can stand for (about 150,000)
// give the whole old text deleted and the whole new one inserted.
func Words(old, new string) []Op { return words(old, new, &tokenTable{}) }

// words diffs old and new with tt, which it resets first: a comparison
// reuses one table for all its units.
func words(old, new string, tt *tokenTable) []Op {
	if ops, ok := plainOps(old, new); ok {
		return ops
	}
	tt.reset()
	if !tt.sides(old, new) {
		return []Op{{Delete, old}, {Insert, new}} // too many distinct tokens to diff
	}
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = Timeout
	diffs := dmp.DiffCleanupSemantic(dmp.DiffMainRunes(tt.old.runes, tt.new.runes, false))
	return tt.ops(diffs)
}

// plainOps returns the ops of old and new when they need no diff run:
// when they are the same, or either is empty.
func plainOps(old, new string) ([]Op, bool) {
	switch {
	case old == new && old == "":
		return []Op{}, true
	case old == new:
		return []Op{{Equal, old}}, true
	case old == "":
		return []Op{{Insert, new}}, true
	case new == "":
		return []Op{{Delete, old}}, true
	}
	return nil, false
}

// ops turns the diffs of the table's two sides into ops. Each diff holds
// one rune per token, and equal and deleted diffs follow each other through
// the old side as equal and inserted ones do through the new side, so the
// text of each is a slice of its side.
func (tt *tokenTable) ops(diffs []diffmatchpatch.Diff) []Op {
	ops := make([]Op, 0, len(diffs))
	oldAt, newAt := 0, 0
	for _, d := range diffs {
		n := utf8.RuneCountInString(d.Text)
		var text string
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			text = tt.old.take(&oldAt, n)
			tt.new.take(&newAt, n)
		case diffmatchpatch.DiffDelete:
			text = tt.old.take(&oldAt, n)
		case diffmatchpatch.DiffInsert:
			text = tt.new.take(&newAt, n)
		}
		ops = appendOp(ops, Op{opKinds[d.Type], text})
	}
	return ops
}

var opKinds = map[diffmatchpatch.Operation]OpKind{
	diffmatchpatch.DiffEqual:  Equal,
	diffmatchpatch.DiffInsert: Insert,
	diffmatchpatch.DiffDelete: Delete,
}

// appendOp appends op, merging it into the last op of the same kind.
func appendOp(ops []Op, op Op) []Op {
	if op.Text == "" {
		return ops
	}
	if n := len(ops); n > 0 && ops[n-1].Op == op.Op {
		ops[n-1].Text += op.Text
		return ops
	}
	return append(ops, op)
}

// Old returns the text the ops start from: equal and deleted text.
func Old(ops []Op) string { return side(ops, Delete) }

// New returns the text the ops produce: equal and inserted text.
func New(ops []Op) string { return side(ops, Insert) }

func side(ops []Op, keep OpKind) string {
	var b strings.Builder
	for _, op := range ops {
		if op.Op == Equal || op.Op == keep {
			b.WriteString(op.Text)
		}
	}
	return b.String()
}

// A tokenTable maps each distinct token to one rune, so that go-diff,
// which diffs runes, diffs tokens. Whitespace and punctuation below U+3000
// stand for themselves, which keeps go-diff's semantic clean-up aligning
// edits with word boundaries; every other token gets a letter from the CJK
// block (then from the private-use planes), never a surrogate; past
// maxTokens distinct tokens there is no rune left. The table keeps its
// buffers from one diff to the next.
type tokenTable struct {
	index map[string]rune // the tokens that do not stand for themselves
	old   diffSide
	new   diffSide
}

// A diffSide is the text of one side of a diff as runes, one per token, with
// the byte offset in the text at which each token ends.
type diffSide struct {
	text  string
	runes []rune
	ends  []int
}

// maxKept is the most tokens a table keeps room for between two diffs;
// past it, reset lets the index go rather than clear it for every diff.
const maxKept = 4096

// reset empties t, keeping its storage for the next diff.
func (t *tokenTable) reset() {
	if len(t.index) > maxKept {
		t.index = nil
	}
	clear(t.index)
}

const (
	firstLetter = 0x4E00          // CJK Unified Ideographs
	letters     = 0x9FFF - 0x4E00 // in that block
	overflow    = 0xF0000         // Supplementary Private Use Areas A and B
	// maxTokens is how many distinct tokens the table can map to runes.
	maxTokens = int(letters + utf8.MaxRune + 1 - overflow)
)

// tokenRune returns the rune of the token numbered n.
func tokenRune(n int) rune {
	if n < letters {
		return rune(firstLetter + n)
	}
	return rune(overflow + n - letters)
}

// sides sets the table's sides to old and new, tokenized, adding new
// tokens to the table. It reports false when the table has no rune left
// for a new token. The tokens the new side shares with the old one at its
// start and end take the old side's runes without a look-up: the table
// already holds them, so their runes, and the order in which the other
// tokens get theirs, are those a look-up would give.
func (t *tokenTable) sides(old, new string) bool {
	oldToks, newToks := tokensOf(old), tokensOf(new)
	if t.index == nil {
		t.index = make(map[string]rune, len(oldToks))
	}
	if !t.side(&t.old, old, oldToks, 0, 0) {
		return false
	}
	prefix := commonPrefix(oldToks, newToks)
	suffix := commonSuffix(oldToks[prefix:], newToks[prefix:])
	return t.side(&t.new, new, newToks, prefix, suffix)
}

// side sets s to text, of the tokens toks, adding new tokens to the
// table; the first prefix and the last suffix of toks are those at the
// start and the end of the old side, whose runes s takes. It reports false
// when the table has no rune left for a new token.
func (t *tokenTable) side(s *diffSide, text string, toks []string, prefix, suffix int) bool {
	s.text = text
	s.runes = slices.Grow(s.runes[:0], len(toks))
	s.ends = slices.Grow(s.ends[:0], len(toks))
	s.runes = append(s.runes, t.old.runes[:prefix]...)
	for _, tok := range toks[prefix : len(toks)-suffix] {
		r, ok := t.rune(tok)
		if !ok {
			return false
		}
		s.runes = append(s.runes, r)
	}
	s.runes = append(s.runes, t.old.runes[len(t.old.runes)-suffix:]...)
	end := 0
	for _, tok := range toks {
		end += len(tok)
		s.ends = append(s.ends, end)
	}
	return true
}

// commonPrefix is how many tokens a and b share at their start.
func commonPrefix(a, b []string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// commonSuffix is how many tokens a and b share at their end.
func commonSuffix(a, b []string) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}

// rune returns the rune that stands for tok, or false when tok needs a new
// one and there is none left.
func (t *tokenTable) rune(tok string) (rune, bool) {
	r, size := utf8.DecodeRuneInString(tok)
	if size == len(tok) && r < 0x3000 && r != utf8.RuneError && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return r, true // stands for itself
	}
	if r, ok := t.index[tok]; ok {
		return r, true
	}
	if len(t.index) == maxTokens {
		return 0, false
	}
	r = tokenRune(len(t.index))
	t.index[tok] = r
	return r, true
}

// take returns the text of the next n tokens of s from token *at, and
// moves *at past them.
func (s *diffSide) take(at *int, n int) string {
	start := 0
	if *at > 0 {
		start = s.ends[*at-1]
	}
	*at += n
	if n == 0 {
		return ""
	}
	return s.text[start:s.ends[*at-1]]
}

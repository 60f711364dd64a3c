package diff

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"

	"lexdiff/corpus"
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
func Words(old, new string) []Op { return words(old, new, corpus.FindPubRefs, &tokenTable{}) }

// words diffs old and new with tt, which it resets first: a comparison
// reuses one table for all its units.
func words(old, new string, refs refFinder, tt *tokenTable) []Op {
	switch {
	case old == new && old == "":
		return []Op{}
	case old == new:
		return []Op{{Equal, old}}
	case old == "":
		return []Op{{Insert, new}}
	case new == "":
		return []Op{{Delete, old}}
	}
	tt.reset()
	tt.toks = tokenize(tt.toks[:0], old, refs)
	tt.a = tt.runes(tt.a[:0], tt.toks)
	tt.toks = tokenize(tt.toks[:0], new, refs)
	tt.b = tt.runes(tt.b[:0], tt.toks)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = Timeout
	diffs := dmp.DiffCleanupSemantic(dmp.DiffMainRunes(tt.a, tt.b, false))
	ops := make([]Op, 0, len(diffs))
	for _, d := range diffs {
		ops = appendOp(ops, Op{opKinds[d.Type], tt.text(d.Text)})
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
// block (then from a private-use plane), never a surrogate.
type tokenTable struct {
	index  map[string]rune
	tokens []string // by number: see tokenRune
	// Buffers kept from one diff to the next: the tokens of one side and
	// the runes of both.
	toks []string
	a, b []rune
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
	t.tokens = t.tokens[:0]
}

const (
	firstLetter = 0x4E00          // CJK Unified Ideographs
	letters     = 0x9FFF - 0x4E00 // in that block
	overflow    = 0xF0000         // Supplementary Private Use Area-A
)

// tokenRune returns the rune of the token numbered n.
func tokenRune(n int) rune {
	if n < letters {
		return rune(firstLetter + n)
	}
	return rune(overflow + n - letters)
}

// tokenNumber returns the number of the token whose rune is r, or -1 when r
// stands for itself.
func tokenNumber(r rune) int {
	switch {
	case r >= firstLetter && r < firstLetter+letters:
		return int(r - firstLetter)
	case r >= overflow:
		return int(r-overflow) + letters
	}
	return -1
}

// runes appends the runes of toks to rs, adding new tokens to the table.
func (t *tokenTable) runes(rs []rune, toks []string) []rune {
	if t.index == nil {
		t.index = make(map[string]rune, len(toks))
	}
	for _, tok := range toks {
		rs = append(rs, t.rune(tok))
	}
	return rs
}

func (t *tokenTable) rune(tok string) rune {
	r, size := utf8.DecodeRuneInString(tok)
	if size == len(tok) && r < 0x3000 && r != utf8.RuneError && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return r // stands for itself
	}
	if r, ok := t.index[tok]; ok {
		return r
	}
	r = tokenRune(len(t.tokens))
	t.tokens = append(t.tokens, tok)
	t.index[tok] = r
	return r
}

// text maps a string of table runes back to the tokens' text.
func (t *tokenTable) text(s string) string {
	var b strings.Builder
	for _, r := range s {
		if n := tokenNumber(r); n >= 0 {
			b.WriteString(t.tokens[n])
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

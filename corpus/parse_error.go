package corpus

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// ErrInvalid is wrapped by every error about bad input: a source text that
// does not parse, an impossible date, overlapping versions.
var ErrInvalid = errors.New("invalid input")

// A Pos is a position in a source file: 1-based line and column (in runes).
type Pos struct {
	File string `json:"file,omitempty"`
	Line int    `json:"line,omitempty"`
	Col  int    `json:"col,omitempty"`
}

// before reports whether p comes before q: by file, line, then column.
func (p Pos) before(q Pos) bool {
	if p.File != q.File {
		return p.File < q.File
	}
	if p.Line != q.Line {
		return p.Line < q.Line
	}
	return p.Col < q.Col
}

func (p Pos) String() string {
	s := p.File
	if s == "" {
		s = "<input>"
	}
	if p.Line > 0 {
		s += fmt.Sprintf(":%d", p.Line)
		if p.Col > 0 {
			s += fmt.Sprintf(":%d", p.Col)
		}
	}
	return s
}

// A SyntaxError is one problem in a source text, at a position.
type SyntaxError struct {
	Pos Pos
	Msg string
}

func (e *SyntaxError) Error() string { return e.Pos.String() + ": " + e.Msg }

// An ErrorList is every problem found in one input, sorted by position. It
// wraps ErrInvalid.
type ErrorList []*SyntaxError

func (l *ErrorList) add(pos Pos, format string, args ...any) {
	*l = append(*l, &SyntaxError{pos, fmt.Sprintf(format, args...)})
}

// Error prints one problem per line, as "file:line:col: message".
func (l ErrorList) Error() string {
	msgs := make([]string, len(l))
	for i, e := range l {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// Is makes errors.Is(list, ErrInvalid) true.
func (l ErrorList) Is(target error) bool { return target == ErrInvalid }

// Err returns the list sorted by position, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	sort.SliceStable(l, func(i, j int) bool { return l[i].Pos.before(l[j].Pos) })
	return l
}

// diag collects what parsing a source finds: errors, which refuse it, and
// warnings, which are kept with what was read.
type diag struct {
	errs  ErrorList
	warns []Warning
	seen  map[int]bool // when set, the lines read into the model, by number
}

// account records that line l was read into the model, for the tests that
// check that no line is lost.
func (d *diag) account(l line) {
	if d.seen != nil {
		d.seen[l.pos.Line] = true
	}
}

func (d *diag) errorf(pos Pos, format string, args ...any) { d.errs.add(pos, format, args...) }

// warnf records a warning at pos. A warning is one line (it is printed and
// stored so), so the text it quotes has its line breaks made spaces.
func (d *diag) warnf(pos Pos, kind WarningKind, format string, args ...any) {
	d.warns = append(d.warns, Warning{Pos: pos, Kind: kind, Msg: oneLine(fmt.Sprintf(format, args...))})
}

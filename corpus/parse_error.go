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
	File string
	Line int
	Col  int
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
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i].Pos, l[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	return l
}

package amend

import (
	"sort"
	"strings"
	"unicode/utf8"

	"lexdiff/corpus"
)

// A source is a run of lines joined into one text, with the positions of
// its lines, so that an offset into the text gives a position in the file.
type source struct {
	text   string
	starts []int        // byte offset in text where each line starts
	pos    []corpus.Pos // the position of each line's first byte
}

func newSource(lines []Line) *source {
	s := &source{starts: make([]int, len(lines)), pos: make([]corpus.Pos, len(lines))}
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		s.starts[i], s.pos[i] = b.Len(), l.Pos
		b.WriteString(l.Text)
	}
	s.text = b.String()
	return s
}

// at returns the position of the byte at offset off.
func (s *source) at(off int) corpus.Pos {
	i := sort.SearchInts(s.starts, off+1) - 1
	if i < 0 {
		return corpus.Pos{}
	}
	p := s.pos[i]
	p.Col += utf8.RuneCountInString(s.text[s.starts[i]:min(off, len(s.text))])
	return p
}

// line returns the index of the line holding offset off.
func (s *source) line(off int) int { return sort.SearchInts(s.starts, off+1) - 1 }

// lineEnd returns the offset of the end of line i (before its newline).
func (s *source) lineEnd(i int) int {
	if i+1 < len(s.starts) {
		return s.starts[i+1] - 1
	}
	return len(s.text)
}

package lemma

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/blevesearch/vellum"
)

// magic opens a table file; the digit is the format version.
const magic = "lexdiff-lemmas-1\n"

// A Table maps folded word forms to their folded lemmas. It is safe for
// concurrent use.
type Table struct {
	fst  *vellum.FST
	sets [][]transform
}

// A transform turns a form into a lemma: cut bytes off its end, then append
// add. "wnioskiem" → "wniosek" is {cut: 4, add: "ek"}.
type transform struct {
	cut int
	add string
}

//go:generate go run ../lemmagen -aff /usr/share/hunspell/pl_PL.aff -dic /usr/share/hunspell/pl_PL.dic -out pl.lemmas.gz

//go:embed pl.lemmas.gz
var polish []byte

var (
	polishOnce  sync.Once
	polishTable *Table
	polishErr   error
)

// Polish returns the table built from the sjp.pl dictionary (see NOTICE),
// loading it on first use.
func Polish() (*Table, error) {
	polishOnce.Do(func() { polishTable, polishErr = Read(bytes.NewReader(polish)) })
	return polishTable, polishErr
}

// Lemmas appends to dst the lemmas of the folded form w and returns the
// result; it appends nothing when the table does not know w.
func (t *Table) Lemmas(dst []string, w string) []string {
	id, ok, err := t.fst.Get([]byte(w))
	if err != nil || !ok || id >= uint64(len(t.sets)) {
		return dst
	}
	for _, tr := range t.sets[id] {
		if tr.cut > len(w) {
			continue
		}
		dst = append(dst, w[:len(w)-tr.cut]+tr.add)
	}
	return dst
}

// Len returns the number of forms in the table.
func (t *Table) Len() int { return t.fst.Len() }

// Read reads a table written by Write.
func Read(r io.Reader) (*Table, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("lemma table: %w", err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("lemma table: %w", err)
	}
	if !bytes.HasPrefix(data, []byte(magic)) {
		return nil, errors.New("lemma table: not a lemma table or wrong version")
	}
	br := bytes.NewReader(data[len(magic):])
	sets, err := readSets(br)
	if err != nil {
		return nil, fmt.Errorf("lemma table: %w", err)
	}
	fst, err := vellum.Load(data[len(data)-br.Len():])
	if err != nil {
		return nil, fmt.Errorf("lemma table: %w", err)
	}
	return &Table{fst: fst, sets: sets}, nil
}

func readSets(r *bytes.Reader) ([][]transform, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil || n > uint64(r.Len()) {
		return nil, errors.New("bad transform count")
	}
	sets := make([][]transform, n)
	for i := range sets {
		m, err := binary.ReadUvarint(r)
		if err != nil || m > uint64(r.Len()) {
			return nil, errors.New("bad transform set")
		}
		sets[i] = make([]transform, m)
		for j := range sets[i] {
			if sets[i][j], err = readTransform(r); err != nil {
				return nil, err
			}
		}
	}
	return sets, nil
}

func readTransform(r *bytes.Reader) (transform, error) {
	cut, err1 := binary.ReadUvarint(r)
	n, err2 := binary.ReadUvarint(r)
	if err1 != nil || err2 != nil || n > uint64(r.Len()) || cut > 1<<16 {
		return transform{}, errors.New("bad transform")
	}
	add := make([]byte, n)
	_, _ = r.Read(add)
	return transform{cut: int(cut), add: string(add)}, nil
}

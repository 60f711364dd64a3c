package lemma

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/blevesearch/vellum"
)

// A Pair says that Form is an inflected form of Lemma. Both are folded.
type Pair struct{ Form, Lemma string }

// Write writes a table of the given pairs to w: the distinct sets of
// form→lemma transforms, then a finite-state transducer from each form to
// its set, gzip-compressed. pairs is sorted in place.
func Write(w io.Writer, pairs []Pair) error {
	slices.SortFunc(pairs, func(a, b Pair) int {
		if c := strings.Compare(a.Form, b.Form); c != 0 {
			return c
		}
		return strings.Compare(a.Lemma, b.Lemma)
	})
	pairs = slices.Compact(pairs)
	var fst bytes.Buffer
	b, err := vellum.New(&fst, nil)
	if err != nil {
		return err
	}
	ids := map[string]uint64{}
	var sets [][]transform
	for i := 0; i < len(pairs); {
		j := i
		var set []transform
		for ; j < len(pairs) && pairs[j].Form == pairs[i].Form; j++ {
			set = append(set, transformOf(pairs[j].Form, pairs[j].Lemma))
		}
		key := fmt.Sprint(set)
		id, ok := ids[key]
		if !ok {
			id = uint64(len(sets))
			ids[key] = id
			sets = append(sets, set)
		}
		if err := b.Insert([]byte(pairs[i].Form), id); err != nil {
			return err
		}
		i = j
	}
	if err := b.Close(); err != nil {
		return err
	}
	return writeFile(w, sets, fst.Bytes())
}

func transformOf(form, lemma string) transform {
	p := 0
	for p < len(form) && p < len(lemma) && form[p] == lemma[p] {
		p++
	}
	return transform{cut: len(form) - p, add: lemma[p:]}
}

func writeFile(w io.Writer, sets [][]transform, fst []byte) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	var buf []byte
	buf = append(buf, magic...)
	buf = binary.AppendUvarint(buf, uint64(len(sets)))
	for _, set := range sets {
		buf = binary.AppendUvarint(buf, uint64(len(set)))
		for _, t := range set {
			buf = binary.AppendUvarint(buf, uint64(t.cut))
			buf = binary.AppendUvarint(buf, uint64(len(t.add)))
			buf = append(buf, t.add...)
		}
	}
	buf = append(buf, fst...)
	if _, err := zw.Write(buf); err != nil {
		return err
	}
	return zw.Close()
}

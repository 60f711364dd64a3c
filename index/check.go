package index

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/blevesearch/bleve/v2"
	bindex "github.com/blevesearch/bleve_index_api"

	"lexdiff/corpus"
)

// ErrNoIndex is wrapped by Check's error when dir holds no index of the
// corpus as it is: none was built yet for this state (the next Open
// builds it), which is no damage.
var ErrNoIndex = errors.New("no index of the corpus as it is")

// Check reports whether dir holds a sound index of c as it is, without
// building or repairing anything: built for this state of c (by its
// fingerprint, or by opts.Acts), with all of its wordings, its segments
// passing their checksums, not marked damaged by a search. An index known
// by opts.Acts is named by the acts' digests alone, so Check also counts
// the wordings of every act of c and compares each count with the
// index's; one that disagrees is marked damaged, so that the next Open
// rebuilds it. The error wraps ErrNoIndex when there is none, ErrDamaged
// when it is damaged, and says what is wrong otherwise.
func Check(dir string, c *corpus.Corpus, opts Options) error {
	fp, n := "", -1
	if opts.Acts != nil {
		fp = actsFingerprint(opts.Acts)
	} else {
		var err error
		if fp, n, err = fingerprint(c); err != nil {
			return err
		}
	}
	path := filepath.Join(dir, fp)
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%s: %w (the next search or serve builds it)", dir, ErrNoIndex)
	}
	if err := brokenMark(path); err != nil {
		return err
	}
	if err := verifySegments(path); err != nil {
		return err
	}
	var b bleve.Index
	err := catchFaults(func() (err error) {
		b, err = openBuilt(path, fp, n, opts.LockTimeout)
		return err
	})
	if err != nil {
		return err
	}
	if opts.Acts != nil {
		err = catchFaults(func() error { return sameWordings(b, c) })
	}
	if cerr := b.Close(); err == nil {
		err = cerr
	}
	if errors.Is(err, ErrDamaged) {
		if merr := markBroken(path, err); merr != nil {
			err = fmt.Errorf("%w (and marking it so failed: %v)", err, merr)
		}
	}
	return err
}

// sameWordings checks that the index b holds as many wordings of each act
// as the corpus c, and no others; the error wraps ErrDamaged when not.
func sameWordings(b bleve.Index, c *corpus.Corpus) error {
	want := map[string]int{}
	total := 0
	if err := eachDoc(c, func(d *doc) error { want[d.Act]++; total++; return nil }); err != nil {
		return err
	}
	ids := make([]string, 0, len(want))
	for id := range want {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	r, err := openReader(b)
	if err != nil {
		return err
	}
	defer r.Close()
	for _, id := range ids {
		n, err := countWordings(r, id)
		if err != nil {
			return err
		}
		if n != want[id] {
			return fmt.Errorf("%w: %s has %d wordings in the index, %d in the corpus", ErrDamaged, id, n, want[id])
		}
	}
	if n, err := b.DocCount(); err != nil || n != uint64(total) {
		return fmt.Errorf("%w: the index holds %d wordings, the corpus %d (%v)", ErrDamaged, n, total, err)
	}
	return nil
}

// countWordings returns how many wordings of the act with the given id r
// holds (deleted ones left out), from the postings of its act term.
func countWordings(r bindex.IndexReader, act string) (int, error) {
	tfr, err := r.TermFieldReader(context.Background(), []byte(act), fieldAct, false, false, false)
	if err != nil {
		return 0, err
	}
	defer tfr.Close()
	return int(tfr.Count()), nil
}

package index

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"lexdiff/corpus"
)

// ErrNoIndex is wrapped by Check's error when dir holds no index of the
// corpus as it is: none was built yet for this state (the next Open
// builds it), which is no damage.
var ErrNoIndex = errors.New("no index of the corpus as it is")

// Check reports whether dir holds a sound index of c as it is, without
// building or repairing anything: built for this state of c (by its
// fingerprint, or by opts.Acts), with all of its wordings, its segments
// passing their checksums, not marked damaged by a search. The error wraps
// ErrNoIndex when there is none, ErrDamaged when it is damaged, and says
// what is wrong otherwise.
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
	var ix interface{ Close() error }
	err := catchFaults(func() error {
		b, err := openBuilt(path, fp, n, opts.LockTimeout)
		ix = b
		return err
	})
	if err != nil {
		return err
	}
	return ix.Close()
}

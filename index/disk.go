package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
	berrors "go.etcd.io/bbolt/errors"

	"lexdiff/corpus"
)

// ErrLocked is returned by Open when another process holds the index for
// writing.
var ErrLocked = errors.New("index is locked by another process")

// schema changes whenever the documents, the mapping or the analysis
// change, so that an index built by an older lexdiff is rebuilt.
const schema = "lexdiff-index-8"

// fingerprintKey is where an index stores the fingerprint it was built for.
var fingerprintKey = []byte("lexdiff-fingerprint")

// buildPrefix names the directories where indexes are built, aside.
const buildPrefix = "build-"

// Options configure Open.
type Options struct {
	// Logger receives what Open does (rebuilds, plain progress lines); nil
	// discards it.
	Logger *slog.Logger
	// Terminal, when set, gets a progress line redrawn in place during a
	// build (count, rate, time left) instead of log lines.
	Terminal io.Writer
	// LockTimeout is how long Open waits for an index another process
	// holds; zero means one second.
	LockTimeout time.Duration
	// Acts, when set, names the content of each act of the corpus, by id
	// (a store's digest of the act): the index is then known by these
	// names instead of by a hash of every wording, so that Open reads no
	// act when the index is there, and the index of a new state of the
	// corpus is made from that of an earlier one by re-indexing only the
	// acts whose names changed (see update).
	Acts map[string]string
}

// Open opens the index of c kept in dir (such as DATA/.index), building it
// when it is missing, was built from another corpus, or cannot be opened:
// damaged (a segment that fails its checksum, a panic while reading it),
// or marked damaged by a search. A build happens aside and is renamed into
// place, so a crash never leaves a broken index behind. The error wraps
// ErrLocked when another process holds the index.
func Open(dir string, c *corpus.Corpus, opts Options) (*Index, error) {
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	fp, n, err := "", -1, error(nil) // -1: the count is checked against the one the build recorded
	if opts.Acts != nil {
		fp = actsFingerprint(opts.Acts)
	} else if fp, n, err = fingerprint(c); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, fp)
	ix, err := openIndex(path, fp, n, c, opts)
	if err != nil && !errors.Is(err, ErrLocked) {
		if !errors.Is(err, fs.ErrNotExist) {
			opts.Logger.Warn("index unusable, rebuilding", "dir", path, "err", err)
		}
		if err = makeIndex(dir, fp, c, n, opts); err == nil {
			ix, err = openIndex(path, fp, n, c, opts)
		}
		if errors.Is(err, ErrDamaged) && opts.Acts != nil { // made from a base whose damage no checksum shows
			opts.Logger.Warn("updated index unusable, rebuilding it", "dir", path, "err", err)
			if err = rebuild(dir, fp, c, n, opts); err == nil {
				ix, err = openIndex(path, fp, n, c, opts)
			}
		}
	}
	if err != nil {
		return nil, err
	}
	removeStale(dir, fp, opts.Logger)
	return ix, nil
}

// openIndex opens the index of c built at path, after checking that it is
// not marked damaged and that its segments pass their checksums. The error
// wraps fs.ErrNotExist when there is no index, ErrLocked when another
// process holds it, and ErrDamaged when it is damaged.
func openIndex(path, fp string, n int, c *corpus.Corpus, opts Options) (*Index, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, err
	}
	if err := brokenMark(path); err != nil {
		return nil, err
	}
	if err := verifySegments(path); err != nil {
		return nil, err
	}
	var b bleve.Index
	err := catchFaults(func() (err error) {
		b, err = openBuilt(path, fp, n, opts.LockTimeout)
		return err
	})
	if err != nil {
		return nil, err
	}
	var ix *Index
	err = catchFaults(func() (err error) {
		ix, err = wrap(b, c, analyzerName)
		return err
	})
	var pe *panicError
	if errors.As(err, &pe) {
		b.Close() // wrap closes b when it returns an error, not when it panics
		return nil, fmt.Errorf("%w: reading %s: %w", ErrDamaged, path, err)
	}
	if err != nil {
		return nil, err
	}
	ix.path, ix.log = path, opts.Logger
	return ix, nil
}

// makeIndex makes the index of c at dir/fp: from the index of an earlier
// state of the corpus when opts.Acts is set and there is one (update),
// else from scratch (rebuild).
func makeIndex(dir, fp string, c *corpus.Corpus, n int, opts Options) error {
	for opts.Acts != nil {
		base, had := nearestBase(dir, opts.Acts)
		if base == "" || base == filepath.Join(dir, fp) {
			break
		}
		if damage := verifySegments(base); damage != nil { // copied, it would make a damaged index
			opts.Logger.Warn("search index damaged, not updated from", "dir", base, "err", damage)
			if markBroken(base, damage) != nil {
				break
			}
			continue // nearestBase passes over it now
		}
		start := time.Now()
		err := update(base, had, dir, fp, c, opts)
		if err == nil {
			opts.Logger.Info("search index updated", "acts", len(changedActs(had, opts.Acts)), "took", time.Since(start).Round(time.Millisecond))
			return nil
		}
		opts.Logger.Warn("updating the index failed, rebuilding it", "from", base, "err", err)
		break
	}
	return rebuild(dir, fp, c, n, opts)
}

// rebuild builds the index of c aside and moves it to dir/fp.
func rebuild(dir, fp string, c *corpus.Corpus, n int, opts Options) error {
	path := filepath.Join(dir, fp)
	if err := os.RemoveAll(path); err != nil {
		return fmt.Errorf("removing the old index: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp := filepath.Join(dir, buildPrefix+fp+"-"+strconv.Itoa(os.Getpid())+"-"+strconv.FormatInt(time.Now().UnixNano(), 36))
	if n < 0 { // known by its acts: count the wordings for the progress
		var err error
		if _, n, err = fingerprint(c); err != nil {
			return err
		}
	}
	if err := build(tmp, fp, c, opts.Acts, newProgress(n, opts)); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		// Another process may have finished the same build first.
		os.RemoveAll(tmp)
		if _, statErr := os.Stat(path); statErr != nil {
			return fmt.Errorf("moving the new index into place: %w", err)
		}
	}
	return nil
}

// build writes the index of c to the new directory path, merged into one
// segment.
func build(path, fp string, c *corpus.Corpus, acts map[string]string, p *progress) error {
	b, err := bleve.NewUsing(path, newMapping(analyzerName), scorch.Name, scorch.Name, nil)
	if err != nil {
		return fmt.Errorf("creating the index: %w", err)
	}
	if err := fill(b, c, p, batchSize); err != nil {
		b.Close()
		return err
	}
	if err := finishBuild(b, path, fp, acts); err != nil {
		return err
	}
	if err := mergeAll(path); err != nil {
		return fmt.Errorf("merging the index: %w", err)
	}
	return nil
}

// mergeAll merges the segments of the closed index at path into one: a
// query looks each of its terms up once per segment, and a million
// wordings leave about twenty segments behind. Reopened, the index holds
// only segments on disk, which is what a forced merge works on.
func mergeAll(path string) error {
	b, err := bleve.Open(path)
	if err != nil {
		return err
	}
	err = forceMerge(b)
	if cerr := b.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	// Opened for writing, an index removes the files of merged segments
	// (a read-only one leaves them), in the background: give it the time.
	if b, err = bleve.Open(path); err != nil {
		return err
	}
	waitForOneSegmentFile(filepath.Join(path, "store"), cleanupWait)
	return b.Close()
}

// cleanupWait bounds how long mergeAll waits for the files of merged
// segments to go; an index that still has them works, only larger.
const cleanupWait = 30 * time.Second

// waitForOneSegmentFile waits until dir holds one segment file, or for d.
func waitForOneSegmentFile(dir string, d time.Duration) {
	for deadline := time.Now().Add(d); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if files, _ := filepath.Glob(filepath.Join(dir, "*.zap")); len(files) <= 1 {
			return
		}
	}
}

// forceMerge merges the segments of b, up to ten at a time, until one is
// left, and waits for the merged root to be persisted: closed before, b
// would open again as it was before the merge.
func forceMerge(b bleve.Index) error {
	adv, err := b.Advanced()
	if err != nil {
		return err
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil
	}
	for n := segments(s); n > 1; {
		if err := s.ForceMerge(context.Background(), &mergeplan.SingleSegmentMergePlanOptions); err != nil {
			return err
		}
		left := segments(s)
		if left >= n {
			return fmt.Errorf("%d segments left unmerged", n)
		}
		n = left
	}
	return waitPersisted(s, persistWait)
}

// persistWait bounds how long forceMerge waits for its merge to be
// persisted.
const persistWait = time.Minute

// waitPersisted waits, for at most d, until s has persisted its current
// root.
func waitPersisted(s *scorch.Scorch, d time.Duration) error {
	for deadline := time.Now().Add(d); ; time.Sleep(10 * time.Millisecond) {
		m := s.StatsMap()
		cur, _ := m["CurRootEpoch"].(uint64)
		persisted, _ := m["LastPersistedEpoch"].(uint64)
		if persisted >= cur {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("the merged index was not persisted after %v (epoch %d of %d)", d, persisted, cur)
		}
	}
}

// segments is the number of segments of s.
func segments(s *scorch.Scorch) uint64 {
	m := s.StatsMap()
	file, _ := m["TotFileSegmentsAtRoot"].(uint64)
	mem, _ := m["TotMemorySegmentsAtRoot"].(uint64)
	return file + mem
}

// openBuilt opens the index at path for reading, and checks that it was
// built for fingerprint fp and holds its n documents (n < 0: the number its
// build recorded). The error wraps ErrLocked when another process holds
// it.
func openBuilt(path, fp string, n int, timeout time.Duration) (bleve.Index, error) {
	if timeout <= 0 {
		timeout = time.Second
	}
	b, err := bleve.OpenUsing(path, map[string]any{"read_only": true, "bolt_timeout": timeout.String()})
	if errors.Is(err, berrors.ErrTimeout) {
		return nil, fmt.Errorf("opening %s: %w (waited %v; stop the other lexdiff using it, or give another -data directory)", path, ErrLocked, timeout)
	}
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	got, err := b.GetInternal(fingerprintKey)
	if err != nil || string(got) != fp {
		b.Close()
		return nil, fmt.Errorf("opening %s: built for another corpus or incomplete (fingerprint %q, want %q)", path, got, fp)
	}
	if n < 0 {
		recorded, err := b.GetInternal(countKey)
		if n, err = strconv.Atoi(string(recorded)); err != nil {
			b.Close()
			return nil, fmt.Errorf("opening %s: no document count recorded (an incomplete build)", path)
		}
	}
	if count, err := b.DocCount(); err != nil || count != uint64(n) {
		b.Close()
		return nil, fmt.Errorf("opening %s: holds %d documents, want %d", path, count, n)
	}
	return b, nil
}

// removeStale removes the indexes of other corpora from dir, unless another
// process still has one open (a server started before the corpus changed),
// and builds left over by processes that died more than an hour ago.
func removeStale(dir, keep string, log *slog.Logger) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if e.Name() == keep || !e.IsDir() {
			continue
		}
		if strings.HasPrefix(e.Name(), buildPrefix) {
			if info, err := e.Info(); err != nil || time.Since(info.ModTime()) < time.Hour {
				continue
			}
		}
		if inUse(filepath.Join(dir, e.Name())) {
			continue
		}
		if err := os.RemoveAll(filepath.Join(dir, e.Name())); err != nil {
			log.Warn("cannot remove an old index", "dir", filepath.Join(dir, e.Name()), "err", err)
		}
	}
}

// fingerprint hashes every wording c would be indexed with, and counts them.
func fingerprint(c *corpus.Corpus) (string, int, error) {
	h := sha256.New()
	io.WriteString(h, schema)
	n := 0
	err := eachDoc(c, func(d *doc) error {
		n++
		hashFields(h, d.Act, d.Unit, d.Kind, d.Text, d.From, d.To, d.FirstKnown)
		return nil
	})
	return hex.EncodeToString(h.Sum(nil))[:24], n, err
}

// hashFields writes each field with its length, so fields cannot run into
// one another.
func hashFields(h hash.Hash, fields ...string) {
	for _, f := range fields {
		fmt.Fprintf(h, "%d:%s", len(f), f)
	}
}

package index

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
)

// ErrDamaged is wrapped by the errors of an index on disk found damaged:
// a segment that fails its checksum, or a search that panicked or failed
// on it. Such an index is marked so, and the next Open of its corpus
// rebuilds it.
var ErrDamaged = errors.New("search index damaged")

// errSoundSegments is wrapped by the error of a search that panicked or
// failed inside Bleve on an index whose segments pass their checksums:
// damage they do not show (the checksum rewritten with the bytes, the
// index's other files), or a fault of Bleve's.
var errSoundSegments = errors.New("the index's segments pass their checksums")

// brokenFile marks, inside an index's directory, an index found damaged; it
// holds the reason.
const brokenFile = "lexdiff-damaged"

// verifySegments checks every segment file of the index at path against
// the CRC-32 that ends it (over all the bytes before it), which Bleve
// writes but never reads. The error wraps ErrDamaged for a segment that
// fails it.
func verifySegments(path string) error {
	files, err := filepath.Glob(filepath.Join(path, "store", "*.zap"))
	if err != nil {
		return err
	}
	for _, f := range files {
		if err := verifySegment(f); err != nil {
			return err
		}
	}
	return nil
}

func verifySegment(file string) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return err
	}
	if info.Size() < 4 {
		return fmt.Errorf("%w: segment %s is %d bytes long", ErrDamaged, filepath.Base(file), info.Size())
	}
	h := crc32.NewIEEE()
	if _, err := io.CopyN(h, f, info.Size()-4); err != nil {
		return fmt.Errorf("reading segment %s: %w", filepath.Base(file), err)
	}
	var stored [4]byte
	if _, err := io.ReadFull(f, stored[:]); err != nil {
		return fmt.Errorf("reading segment %s: %w", filepath.Base(file), err)
	}
	if got, want := h.Sum32(), binary.BigEndian.Uint32(stored[:]); got != want {
		return fmt.Errorf("%w: segment %s fails its checksum (CRC-32 %08x, recorded %08x)", ErrDamaged, filepath.Base(file), got, want)
	}
	return nil
}

// markBroken records in the index at path that it is damaged, and why, so
// that the next Open rebuilds it.
func markBroken(path string, reason error) error {
	return os.WriteFile(filepath.Join(path, brokenFile), []byte(reason.Error()+"\n"), 0o644)
}

// markDamaged marks the index damaged for damage, which wraps ErrDamaged:
// every later search fails with it, and so does the next Open, which
// rebuilds it. It returns the damage the index is marked for, the first
// found.
func (ix *Index) markDamaged(damage error) error {
	if ix.damaged.CompareAndSwap(nil, &damage) {
		ix.log.Error("search index damaged", "dir", ix.path, "err", damage)
		if err := markBroken(ix.path, damage); err != nil {
			ix.log.Warn("cannot mark the index damaged", "dir", ix.path, "err", err)
		}
	}
	return *ix.damaged.Load()
}

// brokenMark returns the reason the index at path was marked damaged for,
// or nil when it was not.
func brokenMark(path string) error {
	b, err := os.ReadFile(filepath.Join(path, brokenFile))
	if err != nil {
		return nil
	}
	return fmt.Errorf("%w: marked so: %s", ErrDamaged, strings.TrimSpace(string(b)))
}

// catchFaults runs fn, turning a panic in it, and a fault on memory it
// reads (an index file truncated under its mapping), into an error.
func catchFaults(fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if v := recover(); v != nil {
			err = &panicError{value: v, stack: debug.Stack()}
		}
	}()
	return fn()
}

// A panicError is a panic of Bleve's, caught.
type panicError struct {
	value any
	stack []byte
}

func (e *panicError) Error() string { return fmt.Sprintf("panic: %v", e.value) }

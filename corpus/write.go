package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// reActID is what an act id may be: it names the act's directory, so it
// may not hold a path separator, "..", spaces or capitals.
var reActID = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,99}$`)

// CheckActID reports whether id can be an act id: lower-case letters,
// digits, ".", "_" and "-", starting with a letter or digit, such as
// "du-2017-1399". The error wraps ErrInvalid.
func CheckActID(id string) error {
	if !reActID.MatchString(id) || strings.Contains(id, "..") {
		return fmt.Errorf("%w: act id %q: want lower-case letters, digits, \".\", \"_\" and \"-\", such as du-2017-1399", ErrInvalid, id)
	}
	return nil
}

// Names inside a corpus directory that are not acts.
const (
	lockFile      = ".lock"
	stagingPrefix = ".import-"
	replacedName  = "replaced" // the act's previous tree, inside a staging directory
)

// WriteAct stores a in dir, replacing whatever was stored for it, so that
// the stored act is either the old one or the new one, whole: the new tree
// is written and synced aside, then swapped in. A crash between the two
// renames of the swap leaves the old tree in the staging directory; the
// next WriteAct in dir puts it back before it starts. Writers in dir take
// turns (a lock file), so two imports cannot lose each other's versions.
func WriteAct(dir string, a *Act) error {
	return withLock(dir, func() error { return writeAct(dir, a) })
}

// Export writes the acts each yields into dir, as WriteAct does, holding
// the directory's lock once for all of them, and removes the lock file
// when done: dir is for people to read and to keep in git, and the lock
// is no part of the corpus.
func Export(dir string, each func(write func(*Act) error) error) error {
	err := withLock(dir, func() error {
		return each(func(a *Act) error { return writeAct(dir, a) })
	})
	if rerr := os.Remove(filepath.Join(dir, lockFile)); err == nil && !errors.Is(rerr, fs.ErrNotExist) {
		err = rerr
	}
	return err
}

// RecoverDir undoes what an interrupted WriteAct left in dir, holding the
// directory's lock, so that ReadDir reads every act.
func RecoverDir(dir string) error {
	return withLock(dir, func() error { return nil })
}

// withLock runs fn holding the lock of the corpus directory dir, after
// undoing what an interrupted write left there.
func withLock(dir string, fn func() error) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	unlock, err := lockDir(filepath.Join(dir, lockFile))
	if err != nil {
		return err
	}
	defer unlock()
	if err := recoverInterrupted(dir); err != nil {
		return err
	}
	return fn()
}

// writeAct stores a in dir; the caller holds the lock.
func writeAct(dir string, a *Act) error {
	if err := CheckActID(a.ID); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(dir, stagingPrefix)
	if err != nil {
		return err
	}
	if err := writeActFiles(tmp, a); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if err := swapIn(dir, tmp, a.ID); err != nil {
		return err // tmp is kept: it may hold the old tree, which recoverInterrupted restores
	}
	return os.RemoveAll(tmp)
}

// swapIn moves the act tree tmp/id to dir/id, moving the tree it replaces
// to tmp/replaced first.
func swapIn(dir, tmp, id string) error {
	final, old := filepath.Join(dir, id), filepath.Join(tmp, replacedName)
	if err := os.Rename(final, old); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if err := os.Rename(filepath.Join(tmp, id), final); err != nil {
		if rerr := os.Rename(old, final); rerr != nil && !errors.Is(rerr, fs.ErrNotExist) {
			return fmt.Errorf("%w (and putting the old %s back failed: %v; it is kept in %s)", err, id, rerr, old)
		}
		return err
	}
	return syncDir(dir)
}

// recoverInterrupted undoes what a crashed WriteAct left behind: it puts a
// replaced act back where no act took its place, and removes staging
// directories.
func recoverInterrupted(dir string) error {
	staged, err := filepath.Glob(filepath.Join(dir, stagingPrefix+"*"))
	if err != nil {
		return err
	}
	for _, tmp := range staged {
		entries, _ := os.ReadDir(filepath.Join(tmp, replacedName))
		if len(entries) > 0 {
			id, err := actIDOf(filepath.Join(tmp, replacedName))
			if err != nil {
				return fmt.Errorf("an interrupted import left %s, which cannot be read back: %w", tmp, err)
			}
			if _, err := os.Stat(filepath.Join(dir, id)); errors.Is(err, fs.ErrNotExist) {
				if err := os.Rename(filepath.Join(tmp, replacedName), filepath.Join(dir, id)); err != nil {
					return err
				}
			}
		}
		if err := os.RemoveAll(tmp); err != nil {
			return err
		}
	}
	return nil
}

// actIDOf reads the id in the act.txt of an act tree.
func actIDOf(tree string) (string, error) {
	data, err := os.ReadFile(filepath.Join(tree, actFile))
	if err != nil {
		return "", err
	}
	info, err := parseActInfo(actFile, data)
	if err != nil {
		return "", err
	}
	return info.ID, CheckActID(info.ID)
}

// writeActFiles writes the act's tree under root and syncs it to disk.
func writeActFiles(root string, a *Act) error {
	base := filepath.Join(root, a.ID)
	if err := writeSynced(filepath.Join(base, actFile), formatActInfo(a.ActInfo)); err != nil {
		return err
	}
	for _, s := range a.sources {
		if err := writeSynced(filepath.Join(base, sourceFile(s)), formatSource(s)); err != nil {
			return err
		}
	}
	for _, v := range a.AllVersions() {
		if err := writeSynced(filepath.Join(base, filepath.FromSlash(versionPath(v))), FormatVersion(v)); err != nil {
			return err
		}
	}
	return nil
}

// writeSynced writes data to a new file at name, creating its directory,
// and syncs it.
func writeSynced(name string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// syncDir syncs a directory, so that renames in it survive a crash.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

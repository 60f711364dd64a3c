package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"lexdiff/corpus"
)

// LegacyDir is where Open moves the act directories of a corpus it
// migrated from the text layout of older lexdiffs, inside the corpus
// directory.
const LegacyDir = ".text-layout"

// legacyMarker is the meta key that records a migration from the text
// layout, so that an interrupted one is finished.
const legacyMarker = "migrated_text_layout"

// A Migration says what Open did with a corpus directory in the text
// layout of older lexdiffs.
type Migration struct {
	Acts  int    // acts migrated into the database
	Moved string // where the text files went
}

// migrateLegacy imports the acts of dir, when it holds a corpus in the
// text layout (DIR/<act>/act.txt and version files) that the database
// does not hold yet, into the database in one transaction, then moves the
// act directories to dir/LegacyDir. A migration interrupted after its
// commit is finished by the next Open. It returns nil when there was
// nothing to migrate.
func (s *Store) migrateLegacy(dir string) (*Migration, error) {
	actDirs, err := legacyActDirs(dir)
	if err != nil || len(actDirs) == 0 {
		return nil, err
	}
	ctx := context.Background()
	m := &Migration{Moved: filepath.Join(dir, LegacyDir)}
	if migrated, err := s.marked(ctx, legacyMarker); err != nil || migrated {
		return m, errors.Join(err, moveLegacy(dir, actDirs)) // committed, then interrupted: finish
	}
	_, err = s.update(ctx, actsOnly(func(c *corpus.Corpus) ([]*corpus.Act, error) {
		list, err := c.Summaries()
		if err != nil || len(list) > 0 {
			return nil, err // migrated meanwhile by another process, or a database made by import: those directories are not ours
		}
		if err := corpus.RecoverDir(dir); err != nil {
			return nil, err
		}
		old, err := corpus.ReadDir(os.DirFS(dir))
		if err != nil {
			return nil, fmt.Errorf("%s holds a corpus in the text layout of an older lexdiff, which cannot be read into %s: %w", dir, FileName, err)
		}
		var acts []*corpus.Act
		err = old.Each(func(a *corpus.Act) error { acts = append(acts, a); return nil })
		m.Acts = len(acts)
		return acts, err
	}), legacyMarker)
	if err != nil {
		return nil, err
	}
	if migrated, err := s.marked(ctx, legacyMarker); err != nil || !migrated {
		return nil, err
	}
	if actDirs, err = legacyActDirs(dir); err != nil { // with any the recovery put back
		return nil, err
	}
	return m, moveLegacy(dir, actDirs)
}

// marked reports whether the meta key is set.
func (s *Store) marked(ctx context.Context, key string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM meta WHERE key = ?", key).Scan(&n)
	return n > 0, err
}

// legacyActDirs lists the act directories of the text layout in dir.
func legacyActDirs(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if _, err := os.Stat(filepath.Join(dir, e.Name(), "act.txt")); err == nil {
			out = append(out, e.Name())
		}
	}
	return out, nil
}

// moveLegacy moves the act directories into dir/LegacyDir, with the lock
// file of the text layout; one moved already by another process is
// skipped.
func moveLegacy(dir string, actDirs []string) error {
	to := filepath.Join(dir, LegacyDir)
	if err := os.MkdirAll(to, 0o755); err != nil {
		return err
	}
	for _, name := range append(actDirs, ".lock") {
		err := os.Rename(filepath.Join(dir, name), filepath.Join(to, name))
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("moving the migrated text files aside: %w", err)
		}
	}
	return nil
}

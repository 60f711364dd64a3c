package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// FileName is the name of the database file in a corpus directory.
const FileName = "lexdiff.db"

// A Store is a corpus kept in a SQLite database. It is safe for concurrent
// use, and so is the file: any number of processes read it while one at a
// time imports.
type Store struct {
	db        *sql.DB
	path      string
	cache     *cache
	opts      Options
	migration *Migration
}

// Options configure Open.
type Options struct {
	// CacheBytes bounds the memory the acts read from the store may keep
	// (an estimate); acts unchanged between snapshots are read once. Zero
	// keeps no act beyond the snapshot that read it.
	CacheBytes int64
	// Waiting, when set, is called once when an import has to wait for
	// another to finish, so that a command can say so.
	Waiting func()
	// Existing opens only a corpus that exists, for reading: Open then
	// creates and migrates nothing (but a directory in the text layout,
	// migrated on first use), and opens the database read-only when this
	// process may not write it.
	Existing bool
}

// ErrNoCorpus is wrapped by the error of Open, with Options.Existing, for
// a directory that holds no corpus.
var ErrNoCorpus = errors.New("no corpus")

// Open opens the corpus stored in the directory dir, creating the
// directory and the database (dir/lexdiff.db) when they do not exist, and
// bringing an older schema up to date. A directory in the text layout of
// older lexdiffs is migrated into the database (see Migrated). It fails
// for a database of a newer schema than this lexdiff knows.
//
// With opts.Existing, it fails with an error wrapping ErrNoCorpus when dir
// holds neither a database nor a corpus in the text layout.
func Open(dir string, opts Options) (*Store, error) {
	if opts.Existing {
		s, err := openExisting(dir, opts)
		if s != nil || err != nil {
			return s, err
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	s, err := openDB(dir, opts, readWrite)
	if err != nil {
		return nil, err
	}
	if err := s.migrate(); err != nil {
		s.db.Close()
		return nil, err
	}
	if s.migration, err = s.migrateLegacy(dir); err != nil {
		s.db.Close()
		return nil, err
	}
	return s, nil
}

// openExisting opens the database in dir for reading, creating nothing;
// it returns no store and no error when Open has work to do: a text
// layout to migrate, a schema to bring up to date.
func openExisting(dir string, opts Options) (*Store, error) {
	path := filepath.Join(dir, FileName)
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		if legacy, err := legacyActDirs(dir); err != nil || len(legacy) > 0 {
			return nil, err
		}
		return nil, fmt.Errorf("%w in %s (lexdiff import creates one)", ErrNoCorpus, dir)
	}
	access := readWrite
	if f, err := os.OpenFile(path, os.O_RDWR, 0); err == nil {
		f.Close()
	} else if errors.Is(err, syscall.EROFS) {
		access = readOnlyMedia
	} else {
		access = readOnly
	}
	s, err := openDB(dir, opts, access)
	if err != nil {
		return nil, err
	}
	conn, err := s.db.Conn(context.Background())
	if err == nil {
		var version int
		version, err = schemaOf(context.Background(), conn, path)
		conn.Close()
		if err == nil && version < SchemaVersion {
			s.db.Close()
			return nil, nil
		}
	}
	var se *sqlite.Error
	if errors.As(err, &se) && se.Code() == sqlite3.SQLITE_READONLY_DIRECTORY {
		err = fmt.Errorf("%s cannot be read by this user: SQLite must create %s-shm beside it to read it while imports may run, and %s is not writable by this user; let the user write %s (e.g. a group shared with the user who imports)", path, FileName, dir, dir)
	}
	if err != nil {
		s.db.Close()
		return nil, err
	}
	return s, nil
}

// How openDB opens a database.
const (
	readWrite     = iota
	readOnly      // this process may not write the file
	readOnlyMedia // nobody can: the file system is read-only
)

// openDB opens the database in dir with the given access.
func openDB(dir string, opts Options, access int) (*Store, error) {
	path := filepath.Join(dir, FileName)
	// Every connection: wait for locks rather than fail, WAL (readers never
	// wait for the writer, nor it for them), foreign keys, and a commit
	// that is on disk when it returns.
	q := url.Values{"_pragma": {"busy_timeout(10000)", "journal_mode(WAL)", "foreign_keys(1)", "synchronous(FULL)"}}
	switch access {
	case readOnly:
		q = url.Values{"mode": {"ro"}, "_pragma": {"busy_timeout(10000)", "foreign_keys(1)"}}
	case readOnlyMedia: // no writer can exist: no locks, no -shm
		q = url.Values{"mode": {"ro"}, "immutable": {"1"}, "_pragma": {"foreign_keys(1)"}}
	}
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, err
	}
	return &Store{db: db, path: path, cache: newCache(opts.CacheBytes), opts: opts}, nil
}

// Migrated says what Open migrated from the text layout; nil when it
// migrated nothing.
func (s *Store) Migrated() *Migration { return s.migration }

// Close closes the database. Snapshots must be closed first.
func (s *Store) Close() error { return s.db.Close() }

// Path returns the path of the database file.
func (s *Store) Path() string { return s.path }

func (s *Store) migrate() error {
	ctx := context.Background()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("%s: %w", s.path, err)
	}
	defer conn.Close()
	return upgradeSchema(ctx, conn, s.path, func() error { return s.beginWrite(ctx, conn) })
}

// Generation returns the generation of the stored corpus: the number of
// imports that changed it. It is cheap: a server polls it to notice an
// import.
func (s *Store) Generation(ctx context.Context) (uint64, error) {
	var g uint64
	err := s.db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'generation'").Scan(&g)
	return g, err
}

// beginWrite begins a write transaction on conn, taking the database's
// write lock: when another import holds it, it calls opts.Waiting once and
// waits until ctx ends.
func (s *Store) beginWrite(ctx context.Context, conn *sql.Conn) error {
	if _, err := conn.ExecContext(ctx, "PRAGMA busy_timeout = 0"); err != nil {
		return err
	}
	defer conn.ExecContext(context.Background(), "PRAGMA busy_timeout = 10000")
	told := false
	for {
		_, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE")
		if !isBusy(err) {
			return err
		}
		if !told && s.opts.Waiting != nil {
			s.opts.Waiting()
			told = true
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for another import to finish: %w", ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// isBusy reports whether err says that another connection holds a lock.
func isBusy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY
}

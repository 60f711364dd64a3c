package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
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
}

// Open opens the corpus stored in the directory dir, creating the
// directory and the database (dir/lexdiff.db) when they do not exist, and
// bringing an older schema up to date. A directory in the text layout of
// older lexdiffs is migrated into the database (see Migrated). It fails
// for a database of a newer schema than this lexdiff knows.
func Open(dir string, opts Options) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, FileName)
	// Every connection: wait for locks rather than fail, WAL (readers never
	// wait for the writer, nor it for them), foreign keys, and a commit
	// that is on disk when it returns.
	q := url.Values{"_pragma": {"busy_timeout(10000)", "journal_mode(WAL)", "foreign_keys(1)", "synchronous(FULL)"}}
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, err
	}
	s := &Store{db: db, path: path, cache: newCache(opts.CacheBytes), opts: opts}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, err
	}
	if s.migration, err = s.migrateLegacy(dir); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
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

package store

import (
	"context"
	"database/sql"
	"fmt"

	"lexdiff/corpus"
)

// A Snapshot is the corpus as stored at one moment: everything read
// through it, however long after, is as it was when it was taken; an
// import that commits meanwhile is not seen, and is never seen in part. It
// holds a read transaction open until Close, which does not keep imports
// from committing. It is safe for concurrent use.
type Snapshot struct {
	r          *reader
	st         *Store
	generation uint64
}

// Snapshot takes a snapshot of the stored corpus.
func (s *Store) Snapshot(ctx context.Context) (*Snapshot, error) {
	conn, g, err := s.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	return &Snapshot{r: &reader{ctx: context.Background(), conn: conn, cache: s.cache}, st: s, generation: g}, nil
}

// beginRead begins a read transaction on a connection of its own, and
// returns it with the generation it reads.
func (s *Store) beginRead(ctx context.Context) (*sql.Conn, uint64, error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", s.path, err)
	}
	// A transaction's snapshot is fixed by its first read.
	var g uint64
	if _, err = conn.ExecContext(ctx, "BEGIN"); err == nil {
		err = conn.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'generation'").Scan(&g)
	}
	if err != nil {
		endRead(conn)
		return nil, 0, fmt.Errorf("%s: %w", s.path, err)
	}
	return conn, g, nil
}

// endRead ends the read transaction on conn and closes it.
func endRead(conn *sql.Conn) error {
	conn.ExecContext(context.Background(), "ROLLBACK")
	return conn.Close()
}

// Refresh lets the next import write the database's log (its WAL) from
// the start again, instead of appending to it, when a snapshot lives long.
// SQLite can restart the log only once every page of it has been copied
// into the database file and no reader still reads from it, and a read
// transaction reads from the log as it was when it began. So Refresh
// copies the log into the database (a passive checkpoint) and, when that
// copied all of it, moves the snapshot to a new read transaction of the
// same state, which reads the database file alone. A server that holds a
// snapshot for as long as it runs calls Refresh once the snapshots before
// it are closed; otherwise the log grows with every import for as long as
// it runs.
//
// Refresh reports whether it moved the snapshot. It does not when another
// reader still reads an older state from the log, or when an import
// committed since the snapshot was taken (a newer snapshot is due then).
func (sn *Snapshot) Refresh(ctx context.Context) (bool, error) {
	if complete, err := sn.st.checkpoint(ctx); err != nil || !complete {
		return false, err
	}
	conn, g, err := sn.st.beginRead(ctx)
	if err != nil {
		return false, err
	}
	if g != sn.generation {
		return false, endRead(conn)
	}
	r := sn.r
	r.mu.Lock()
	old := r.conn
	if !r.closed {
		r.conn, old = conn, r.conn
	}
	r.mu.Unlock()
	return old != conn, endRead(old)
}

// checkpoint copies the pages of the log into the database file as far as
// no reader keeps it from doing so, and reports whether it copied them all.
func (s *Store) checkpoint(ctx context.Context) (bool, error) {
	var busy, logged, copied int
	err := s.db.QueryRowContext(ctx, "PRAGMA wal_checkpoint(PASSIVE)").Scan(&busy, &logged, &copied)
	if err != nil {
		return false, fmt.Errorf("%s: checkpoint: %w", s.path, err)
	}
	return busy == 0 && logged == copied, nil
}

// Generation returns the generation of the corpus the snapshot holds.
func (sn *Snapshot) Generation() uint64 { return sn.generation }

// Corpus returns the corpus of the snapshot. It reads from the database
// whatever it is asked for, and nothing more: an act found by a reference
// costs an indexed look-up and the reading of that act.
func (sn *Snapshot) Corpus() *corpus.Corpus { return corpus.Open(sn.r) }

// Listed returns the corpus of the snapshot with the summaries of all its
// acts read into memory at once, for a server that lists and looks acts
// up all day.
func (sn *Snapshot) Listed() (*corpus.Corpus, error) {
	list, revs, err := sn.r.summaries()
	if err != nil {
		return nil, err
	}
	revisions := make(map[string]uint64, len(list))
	info := make(map[string]corpus.ActInfo, len(list))
	for i, s := range list {
		revisions[s.ID], info[s.ID] = revs[i], s.ActInfo
	}
	return corpus.Loaded(list, func(id string) (*corpus.Act, error) {
		return sn.r.load(info[id], revisions[id])
	})
}

// Digests returns the digest of every act (see Digest), by id: names of
// the acts' contents, which a search index is known by.
func (sn *Snapshot) Digests() (map[string]string, error) {
	sn.r.mu.Lock()
	defer sn.r.mu.Unlock()
	rows, err := sn.r.conn.QueryContext(sn.r.ctx, "SELECT id, digest FROM acts")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var id, digest string
		if err := rows.Scan(&id, &digest); err != nil {
			return nil, err
		}
		out[id] = digest
	}
	return out, rows.Err()
}

// Close ends the snapshot's read transaction. The corpora it returned
// cannot read acts any more, but for those in the store's cache.
func (sn *Snapshot) Close() error {
	r := sn.r
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return nil
	}
	r.closed = true
	return endRead(r.conn)
}

package store

import (
	"context"
	"fmt"
	"sync"

	"lexdiff/corpus"
)

// A Snapshot is the corpus as stored at one moment: everything read
// through it, however long after, is as it was when it was taken; an
// import that commits meanwhile is not seen, and is never seen in part. It
// holds a read transaction open until Close, which does not keep imports
// from committing. It is safe for concurrent use.
type Snapshot struct {
	r          *reader
	generation uint64
	close      func() error
}

// Snapshot takes a snapshot of the stored corpus.
func (s *Store) Snapshot(ctx context.Context) (*Snapshot, error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", s.path, err)
	}
	// A transaction's snapshot is fixed by its first read.
	var g uint64
	if _, err = conn.ExecContext(ctx, "BEGIN"); err == nil {
		err = conn.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'generation'").Scan(&g)
	}
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("%s: %w", s.path, err)
	}
	r := &reader{ctx: context.Background(), conn: conn, cache: s.cache}
	return &Snapshot{r: r, generation: g, close: sync.OnceValue(func() error {
		r.mu.Lock()
		defer r.mu.Unlock()
		conn.ExecContext(context.Background(), "ROLLBACK")
		return conn.Close()
	})}, nil
}

// Generation returns the generation of the corpus the snapshot holds.
func (sn *Snapshot) Generation() uint64 { return sn.generation }

// Corpus returns the corpus of the snapshot. It reads from the database
// whatever it is asked for, and nothing more: an act found by a reference
// costs an indexed look-up and the reading of that act.
func (sn *Snapshot) Corpus() *corpus.Corpus { return corpus.Open(sn.r) }

// Listed returns the corpus of the snapshot with the summaries of all its
// acts read into memory at once, for a server that lists and looks acts
// up all day, and the revision of each act (the generation that last
// changed it), by id.
func (sn *Snapshot) Listed() (*corpus.Corpus, map[string]uint64, error) {
	list, revs, err := sn.r.summaries()
	if err != nil {
		return nil, nil, err
	}
	revisions := make(map[string]uint64, len(list))
	info := make(map[string]corpus.ActInfo, len(list))
	for i, s := range list {
		revisions[s.ID], info[s.ID] = revs[i], s.ActInfo
	}
	c, err := corpus.Loaded(list, func(id string) (*corpus.Act, error) {
		return sn.r.load(info[id], revisions[id])
	})
	return c, revisions, err
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
func (sn *Snapshot) Close() error { return sn.close() }

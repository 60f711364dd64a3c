package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"

	"lexdiff/corpus"
)

// A reader reads acts within one transaction on conn. It is the
// corpus.Catalog of a Snapshot, and of the corpus an import merges into.
// Its queries take turns on the one connection, which a Snapshot may
// replace (Refresh) or close.
type reader struct {
	mu     sync.Mutex
	ctx    context.Context
	conn   *sql.Conn
	closed bool // conn was closed: by Snapshot.Close
	cache  *cache
}

var _ corpus.Catalog = (*reader)(nil)

// summaryColumns are the columns of an act's summary (scanSummary). The
// consolidated text the act is cited by is the last consolidated of its
// sources, which are stored in date order, as corpus.NewAct finds it: read
// from them, stores written before acts carried it give it too.
const summaryColumns = "id, title, type, date, ref, " +
	"coalesce((SELECT s.ref FROM sources s WHERE s.act = acts.id AND s.kind = '" + string(corpus.Consolidated) + "' ORDER BY s.seq DESC LIMIT 1), ''), " +
	"first_change, last_change, revision"

// Summaries returns the summary of every stored act, sorted by id.
func (r *reader) Summaries() ([]corpus.ActSummary, error) {
	list, _, err := r.summaries()
	return list, err
}

// summaries returns the summary and the revision of every act.
func (r *reader) summaries() ([]corpus.ActSummary, []uint64, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	rows, err := r.conn.QueryContext(r.ctx, "SELECT "+summaryColumns+" FROM acts ORDER BY id")
	if err != nil {
		return nil, nil, err
	}
	var list []corpus.ActSummary
	var revisions []uint64
	byID := map[string]int{}
	for rows.Next() {
		s, rev, err := scanSummary(rows)
		if err != nil {
			rows.Close()
			return nil, nil, err
		}
		byID[s.ID] = len(list)
		list, revisions = append(list, s), append(revisions, rev)
	}
	if err := rows.Close(); err != nil {
		return nil, nil, err
	}
	err = r.eachAlias("SELECT act, ref FROM aliases ORDER BY act, seq", func(act, ref string) {
		if i, ok := byID[act]; ok {
			list[i].Aliases = append(list[i].Aliases, ref)
		}
	})
	return list, revisions, err
}

// Find returns the summary of the act known by the lookup key.
func (r *reader) Find(key string) (corpus.ActSummary, error) {
	s, _, err := r.find("SELECT "+summaryColumns+" FROM acts WHERE id = (SELECT act FROM act_keys WHERE key = ?)", key)
	return s, err
}

// find returns the summary and revision of the act the query selects,
// with its aliases; the error wraps corpus.ErrNotFound when there is none.
func (r *reader) find(query string, arg any) (corpus.ActSummary, uint64, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s, rev, err := scanSummary(r.conn.QueryRowContext(r.ctx, query, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return s, 0, corpus.ErrNotFound
	}
	if err != nil {
		return s, 0, err
	}
	err = r.eachAlias("SELECT act, ref FROM aliases WHERE act = ? ORDER BY seq", func(_, ref string) {
		s.Aliases = append(s.Aliases, ref)
	}, s.ID)
	return s, rev, err
}

// Load reads the act with the given id, from the cache when it holds the
// act's current revision.
func (r *reader) Load(id string) (*corpus.Act, error) {
	s, rev, err := r.find("SELECT "+summaryColumns+" FROM acts WHERE id = ?", id)
	if err != nil {
		return nil, err
	}
	return r.load(s.ActInfo, rev)
}

// load reads the act of the given info and revision. The connection is
// held for reading its rows only: parsing them, most of the work, runs in
// parallel with the reads of other acts. Concurrent loads of one act read
// it once.
func (r *reader) load(info corpus.ActInfo, revision uint64) (*corpus.Act, error) {
	key := cacheKey(info.ID, revision)
	if a := r.cache.get(key); a != nil {
		return a, nil
	}
	return r.cache.loads.do(key, func() (*corpus.Act, error) {
		if a := r.cache.get(key); a != nil { // read meanwhile by another request
			return a, nil
		}
		r.mu.Lock()
		rows, err := readActRows(r.ctx, r.conn, info.ID)
		r.mu.Unlock()
		if err != nil {
			return nil, err
		}
		a, size, err := rows.act(info)
		if err != nil {
			return nil, err
		}
		r.cache.put(key, a, size)
		return a, nil
	})
}

// scanSummary reads a row of summaryColumns.
func scanSummary(row interface{ Scan(...any) error }) (corpus.ActSummary, uint64, error) {
	var s corpus.ActSummary
	var date, first, last string
	var rev uint64
	if err := row.Scan(&s.ID, &s.Title, &s.Type, &date, &s.Ref, &s.Consolidated, &first, &last, &rev); err != nil {
		return s, 0, err
	}
	for _, d := range []struct {
		column string
		value  string
		to     *corpus.Date
	}{{"date", date, &s.Date}, {"first_change", first, &s.First}, {"last_change", last, &s.Last}} {
		var err error
		if *d.to, err = dateOf(d.value); err != nil {
			return s, 0, fmt.Errorf("act %s: %s: %w", s.ID, d.column, err)
		}
	}
	return s, rev, nil
}

// eachAlias calls fn for each (act, ref) row the query returns; the caller
// holds r.mu.
func (r *reader) eachAlias(query string, fn func(act, ref string), args ...any) error {
	rows, err := r.conn.QueryContext(r.ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var act, ref string
		if err := rows.Scan(&act, &ref); err != nil {
			return err
		}
		fn(act, ref)
	}
	return rows.Err()
}

package store

import (
	"context"
	"database/sql"
	"fmt"

	"lexdiff/corpus"
)

// An Awaiting is the file of an amending act that amends acts the corpus
// lacked when it was imported: the store keeps it, by the amending act's
// ELI, so that the import that brings one of those acts applies it, as if
// the file were among its own.
type Awaiting struct {
	Name        string      // the file as it was imported, for messages
	Data        []byte      // its bytes
	Ref         string      // the reference given with it (-ref), "" when the file says
	Promulgated corpus.Date // the day of publication given with it (-promulgated), zero when the file says
}

// An Import is what an import stores: acts, each replacing the stored act
// of its id whole, and changes to the awaiting files, by ELI: a file to
// keep, or nil to drop one (applied now, or failing).
type Import struct {
	Acts     []*corpus.Act
	Awaiting map[string]*Awaiting
}

// Import runs an import as Update does; fn also gets the awaiting files,
// and its changes to them land in the same transaction. A change to them
// alone commits without a new generation: readers see the same corpus.
func (s *Store) Import(ctx context.Context, fn func(c *corpus.Corpus, awaiting map[string]Awaiting) (Import, error)) (Result, error) {
	return s.update(ctx, fn, "")
}

// readAwaiting reads the awaiting files of the transaction on conn.
func readAwaiting(ctx context.Context, conn *sql.Conn) (map[string]Awaiting, error) {
	rows, err := conn.QueryContext(ctx, "SELECT eli, name, data, ref, promulgated FROM awaiting")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]Awaiting{}
	for rows.Next() {
		var eli, promulgated string
		var a Awaiting
		if err := rows.Scan(&eli, &a.Name, &a.Data, &a.Ref, &promulgated); err != nil {
			return nil, err
		}
		if promulgated != "" {
			if a.Promulgated, err = corpus.ParseDate(promulgated); err != nil {
				return nil, fmt.Errorf("awaiting file %s: %w", a.Name, err)
			}
		}
		out[eli] = a
	}
	return out, rows.Err()
}

// storeAwaiting writes the changes to the awaiting files, and reports
// whether any changed what was stored (had).
func (w *writer) storeAwaiting(changes map[string]*Awaiting, had map[string]Awaiting) (bool, error) {
	changed := false
	for eli, a := range changes {
		old, kept := had[eli]
		switch {
		case a == nil && !kept:
			continue
		case a == nil:
			if _, err := w.conn.ExecContext(w.ctx, "DELETE FROM awaiting WHERE eli = ?", eli); err != nil {
				return false, err
			}
		case kept && old.Name == a.Name && string(old.Data) == string(a.Data) && old.Ref == a.Ref && old.Promulgated == a.Promulgated:
			continue
		default:
			if _, err := w.conn.ExecContext(w.ctx, "INSERT OR REPLACE INTO awaiting (eli, name, data, ref, promulgated) VALUES (?, ?, ?, ?, ?)",
				eli, a.Name, a.Data, a.Ref, dateColumn(a.Promulgated)); err != nil {
				return false, err
			}
		}
		changed = true
	}
	return changed, nil
}

package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"lexdiff/corpus"
)

// A Result says what an import changed.
type Result struct {
	// Generation is the generation of the corpus after the import; it is
	// unchanged when nothing was.
	Generation uint64
	// Changed lists the ids of the acts the import added or changed.
	Changed []string
	// Awaiting says that the awaiting files changed (see Import).
	Awaiting bool
}

// crashPoint is called at each step of an import that a crash could
// interrupt; the crash tests set it to kill the process there.
var crashPoint = func(step string) {}

// Update runs an import as one transaction: fn gets the corpus as stored
// (reading from the same transaction) and returns the acts to store, each
// replacing the stored act of its id whole. Either all of them are stored
// and the corpus gets a new generation, or, whatever happens, none is.
// Imports take turns: Update waits for another to finish (see
// Options.Waiting), until ctx ends. An act identical to the stored one is
// left alone; when none changed, neither does the generation. An act that
// would share a reference with another fails with an error wrapping
// corpus.ErrInvalid.
func (s *Store) Update(ctx context.Context, fn func(c *corpus.Corpus) ([]*corpus.Act, error)) (Result, error) {
	return s.update(ctx, actsOnly(fn), "")
}

// actsOnly is an import of the acts fn returns, leaving the awaiting files.
func actsOnly(fn func(c *corpus.Corpus) ([]*corpus.Act, error)) func(*corpus.Corpus, map[string]Awaiting) (Import, error) {
	return func(c *corpus.Corpus, _ map[string]Awaiting) (Import, error) {
		acts, err := fn(c)
		return Import{Acts: acts}, err
	}
}

// update is Import; when it changes the corpus and mark is not "", it sets
// the meta key mark in the same transaction.
func (s *Store) update(ctx context.Context, fn func(c *corpus.Corpus, awaiting map[string]Awaiting) (Import, error), mark string) (Result, error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", s.path, err)
	}
	defer conn.Close()
	if err := s.beginWrite(ctx, conn); err != nil {
		return Result{}, fmt.Errorf("%s: %w", s.path, err)
	}
	defer conn.ExecContext(context.Background(), "ROLLBACK") // a no-op after COMMIT
	crashPoint("begun")
	var res Result
	if err := conn.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'generation'").Scan(&res.Generation); err != nil {
		return Result{}, err
	}
	awaiting, err := readAwaiting(ctx, conn)
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", s.path, err)
	}
	imp, err := fn(corpus.Open(&reader{ctx: ctx, conn: conn, cache: newCache(0)}), awaiting)
	if err != nil {
		return Result{}, err
	}
	w := &writer{ctx: ctx, conn: conn, generation: res.Generation + 1}
	for _, a := range imp.Acts {
		changed, err := w.store(a)
		if errors.Is(err, corpus.ErrInvalid) {
			return Result{}, err
		}
		if err != nil {
			return Result{}, fmt.Errorf("%s: storing %s: %w (nothing was imported)", s.path, a.ID, err)
		}
		if changed {
			res.Changed = append(res.Changed, a.ID)
		}
	}
	if res.Awaiting, err = w.storeAwaiting(imp.Awaiting, awaiting); err != nil {
		return Result{}, fmt.Errorf("%s: storing the awaiting files: %w (nothing was imported)", s.path, err)
	}
	if len(res.Changed) == 0 && !res.Awaiting {
		return res, nil
	}
	if len(res.Changed) > 0 {
		if _, err := conn.ExecContext(ctx, "UPDATE meta SET value = ? WHERE key = 'generation'", w.generation); err != nil {
			return Result{}, err
		}
	}
	if mark != "" {
		if _, err := conn.ExecContext(ctx, "INSERT OR REPLACE INTO meta (key, value) VALUES (?, 1)", mark); err != nil {
			return Result{}, err
		}
	}
	crashPoint("commit")
	if _, err := conn.ExecContext(ctx, "COMMIT"); err != nil {
		return Result{}, fmt.Errorf("%s: %w (nothing was imported)", s.path, err)
	}
	crashPoint("committed")
	if len(res.Changed) > 0 {
		res.Generation = w.generation
	}
	return res, nil
}

// A writer stores acts in the transaction on conn, as of generation.
type writer struct {
	ctx        context.Context
	conn       *sql.Conn
	generation uint64
}

// store replaces the stored act of a's id with a, and reports whether that
// changed anything.
func (w *writer) store(a *corpus.Act) (bool, error) {
	if err := corpus.CheckActID(a.ID); err != nil {
		return false, err
	}
	digest := Digest(a)
	var stored string
	err := w.conn.QueryRowContext(w.ctx, "SELECT digest FROM acts WHERE id = ?", a.ID).Scan(&stored)
	switch {
	case err == nil && stored == digest:
		return false, nil
	case err != nil && !errors.Is(err, sql.ErrNoRows):
		return false, err
	}
	if _, err := w.conn.ExecContext(w.ctx, "DELETE FROM acts WHERE id = ?", a.ID); err != nil {
		return false, err
	}
	crashPoint("deleted")
	s := a.Summary()
	if _, err := w.conn.ExecContext(w.ctx, `INSERT INTO acts (id, title, type, date, ref, first_change, last_change, revision, digest, gaps)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.ID, a.Title, a.Type, dateColumn(a.Date), a.Ref, dateColumn(s.First), dateColumn(s.Last), w.generation, digest, Gaps(a)); err != nil {
		return false, err
	}
	if err := w.storeKeys(a); err != nil {
		return false, err
	}
	for i, src := range a.Sources() {
		if err := w.storeSource(a.ID, i, src); err != nil {
			return false, err
		}
	}
	for _, v := range a.AllVersions() {
		if err := w.storeVersion(a.ID, v); err != nil {
			return false, err
		}
		crashPoint("version")
	}
	return true, nil
}

// storeKeys stores the aliases of a and the keys it is found by, refusing
// a key another act is known by.
func (w *writer) storeKeys(a *corpus.Act) error {
	for i, ref := range a.Aliases {
		if _, err := w.conn.ExecContext(w.ctx, "INSERT INTO aliases (act, seq, ref) VALUES (?, ?, ?)", a.ID, i, ref); err != nil {
			return err
		}
	}
	for _, k := range a.Keys() {
		var other string
		err := w.conn.QueryRowContext(w.ctx, "SELECT act FROM act_keys WHERE key = ?", k).Scan(&other)
		switch {
		case err == nil && other != a.ID:
			return fmt.Errorf("%w: acts %s and %s would both be known as %q", corpus.ErrInvalid, other, a.ID, k)
		case errors.Is(err, sql.ErrNoRows):
			if _, err := w.conn.ExecContext(w.ctx, "INSERT INTO act_keys (key, act) VALUES (?, ?)", k, a.ID); err != nil {
				return err
			}
		case err != nil:
			return err
		}
	}
	return nil
}

// storeVersion stores one version of the act with its footnotes and
// attribution.
func (w *writer) storeVersion(act string, v *corpus.Version) error {
	var to any
	if !v.Range.IsOpen() {
		to = v.Range.To.String()
	}
	text := corpus.FormatText(v)
	if _, err := corpus.ParseText(act+"/"+v.Unit.ID+"@"+v.Range.From.String(), v, text, v.Footnotes); err != nil {
		// A version the store could not read back would leave the act
		// unreadable: refuse it now, while nothing is written.
		return fmt.Errorf("%w: the version made would not read back: %w", corpus.ErrInvalid, err)
	}
	res, err := w.conn.ExecContext(w.ctx, `INSERT INTO versions (act, unit, valid_from, valid_to, source, computed, text)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, act, v.Unit.ID, v.Range.From.String(), to, v.Source, v.Computed, text)
	if err != nil {
		return err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return err
	}
	for i, f := range v.Footnotes {
		if _, err := w.conn.ExecContext(w.ctx, "INSERT INTO footnotes (version, seq, label, unit, body) VALUES (?, ?, ?, ?, ?)",
			id, i, f.Label, f.Unit, f.Body); err != nil {
			return err
		}
	}
	if err := w.storeWarnings("warnings", "version", id, v.Warnings); err != nil {
		return err
	}
	for i, p := range v.Applied {
		if _, err := w.conn.ExecContext(w.ctx, `INSERT INTO applied (version, seq, unit, kind, provision, act, title, ref, eli, in_force)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, id, i, p.Unit, string(p.Kind), p.Provision, p.Act, p.Title, p.Ref, p.ELI, p.InForce.String()); err != nil {
			return err
		}
	}
	return nil
}

// storeSource stores a source of the act's versions, the seq-th, with its
// lists.
func (w *writer) storeSource(act string, seq int, s corpus.Source) error {
	res, err := w.conn.ExecContext(w.ctx, `INSERT INTO sources (act, seq, ref, eli, kind, title, date, promulgated, file)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, act, seq, s.Ref, s.ELI, string(s.Kind), s.Title, dateColumn(s.Date), dateColumn(s.Promulgated), s.File)
	if err != nil {
		return err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return err
	}
	for field, values := range map[string][]string{"amending": s.Amending, "notice": s.Notice, "signature": s.Signatures} {
		for i, v := range values {
			if _, err := w.conn.ExecContext(w.ctx, "INSERT INTO source_items (source, field, seq, value) VALUES (?, ?, ?, ?)", id, field, i, v); err != nil {
				return err
			}
		}
	}
	for i, f := range s.Footnotes {
		if _, err := w.conn.ExecContext(w.ctx, "INSERT INTO source_footnotes (source, seq, label, body) VALUES (?, ?, ?, ?)", id, i, f.Label, f.Body); err != nil {
			return err
		}
	}
	return w.storeWarnings("source_warnings", "source", id, s.Warnings)
}

// storeWarnings stores warnings in table, as those of the row id of its
// owner column.
func (w *writer) storeWarnings(table, owner string, id int64, ws []corpus.Warning) error {
	for i, x := range ws {
		if _, err := w.conn.ExecContext(w.ctx, "INSERT INTO "+table+" ("+owner+", seq, kind, file, line, col, message) VALUES (?, ?, ?, ?, ?, ?, ?)",
			id, i, string(x.Kind), x.Pos.File, x.Pos.Line, x.Pos.Col, x.Msg); err != nil {
			return err
		}
	}
	return nil
}

func dateColumn(d corpus.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// Digest returns a hash of everything stored of an act: its metadata, its
// sources, and every version in the on-disk format. The store keeps it with the act, so
// that an import of the same act changes nothing, and the integrity check
// notices a row changed behind lexdiff's back.
func Digest(a *corpus.Act) string {
	h := sha256.New()
	// Consolidated is derived from the sources, hashed below: left out, the
	// digests of stores written before acts carried it stay theirs.
	stored := a.ActInfo
	stored.Consolidated = ""
	info, _ := json.Marshal(stored) // ActInfo and sources always marshal
	h.Write(info)
	sources, _ := json.Marshal(a.Sources())
	h.Write(sources)
	for _, v := range a.AllVersions() {
		fmt.Fprintf(h, "\x00%s", corpus.FormatVersion(v))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Gaps lists the gaps between consecutive versions of each unit of a, one
// per line ("par3 2019-01-01 2019-01-31": no version of § 3 covers those
// days). The store keeps the gaps an import leaves, which the sources
// left; the integrity check reports any other, as of a deleted version.
func Gaps(a *corpus.Act) string {
	var b strings.Builder
	for _, top := range a.Units() {
		vs := a.Versions(top)
		for i := 1; i < len(vs); i++ {
			if prev := vs[i-1].Range; !prev.IsOpen() && prev.To.AddDays(1) < vs[i].Range.From {
				fmt.Fprintf(&b, "%s %s %s\n", top, prev.To.AddDays(1), vs[i].Range.From.AddDays(-1))
			}
		}
	}
	return b.String()
}

package store

import (
	"context"
	"database/sql"
	"fmt"

	"lexdiff/corpus"
)

// modelFactor estimates the memory an act takes in the model from the
// bytes of its stored text: the unit trees, the strings and the maps
// around them (6), and the wordings tables the act fills as questions ask
// for them (about 1.2 more, measured once all are filled).
const modelFactor = 7

// A storedVersion is a version as its rows hold it, before its text is
// parsed.
type storedVersion struct {
	id    int64
	name  string // act/unit@from, for errors
	head  corpus.Version
	text  string
	notes []corpus.Footnote
}

// readAct reads the versions of the act of the given info from the rows of
// the transaction on conn, and estimates the memory the act takes.
func readAct(ctx context.Context, conn *sql.Conn, info corpus.ActInfo) (*corpus.Act, int64, error) {
	rows, err := readActRows(ctx, conn, info.ID)
	if err != nil {
		return nil, 0, err
	}
	return rows.act(info)
}

// actRows are the rows of an act, read but not parsed.
type actRows struct {
	versions []*storedVersion
	sources  []corpus.Source
}

// readActRows reads the rows of the act id from the transaction on conn.
func readActRows(ctx context.Context, conn *sql.Conn, id string) (*actRows, error) {
	stored, err := readVersions(ctx, conn, id)
	if err != nil {
		return nil, err
	}
	if err := readNotes(ctx, conn, id, stored); err != nil {
		return nil, err
	}
	if err := readApplied(ctx, conn, id, stored); err != nil {
		return nil, err
	}
	if err := readVersionWarnings(ctx, conn, id, stored); err != nil {
		return nil, err
	}
	sources, err := readSources(ctx, conn, id)
	if err != nil {
		return nil, err
	}
	return &actRows{stored, sources}, nil
}

// act parses the versions of the rows into the act of the given info, and
// estimates the memory the act takes. It reads no database.
func (rows *actRows) act(info corpus.ActInfo) (*corpus.Act, int64, error) {
	versions := make([]*corpus.Version, 0, len(rows.versions))
	var size int64
	for _, sv := range rows.versions {
		v, err := corpus.ParseText(sv.name, &sv.head, sv.text, sv.notes)
		if err != nil {
			return nil, 0, fmt.Errorf("stored version %s does not parse: %w", sv.name, err)
		}
		versions = append(versions, v)
		size += int64(len(sv.text))
		for _, n := range sv.notes {
			size += int64(len(n.Body))
		}
	}
	a, err := corpus.NewAct(info, versions, rows.sources...)
	if err != nil {
		return nil, 0, fmt.Errorf("stored act %s: %w", info.ID, err)
	}
	return a, size * modelFactor, nil
}

// readVersions reads the version rows of an act, without their footnotes
// and attribution.
func readVersions(ctx context.Context, conn *sql.Conn, act string) ([]*storedVersion, error) {
	rows, err := conn.QueryContext(ctx, `SELECT id, unit, valid_from, valid_to, source, computed, text
		FROM versions WHERE act = ? ORDER BY id`, act)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*storedVersion
	for rows.Next() {
		sv := &storedVersion{}
		var unit, from string
		var to sql.NullString
		if err := rows.Scan(&sv.id, &unit, &from, &to, &sv.head.Source, &sv.head.Computed, &sv.text); err != nil {
			return nil, err
		}
		sv.name = act + "/" + unit + "@" + from
		if sv.head.Range, err = parseRange(from, to); err != nil {
			return nil, fmt.Errorf("stored version %s: %w", sv.name, err)
		}
		out = append(out, sv)
	}
	return out, rows.Err()
}

// readNotes reads the footnotes of the versions of an act into stored.
func readNotes(ctx context.Context, conn *sql.Conn, act string, stored []*storedVersion) error {
	byID := versionsByID(stored)
	return eachFootnote(ctx, conn, `SELECT f.version, f.label, f.body FROM footnotes f JOIN versions v ON v.id = f.version
		WHERE v.act = ? ORDER BY f.version, f.seq`, act, func(id int64, f corpus.Footnote) {
		byID[id].notes = append(byID[id].notes, f)
	})
}

// eachFootnote calls fn with each row of query, whose columns are the id
// of the footnote's owner, its label and its body.
func eachFootnote(ctx context.Context, conn *sql.Conn, query, act string, fn func(id int64, f corpus.Footnote)) error {
	return eachRow(ctx, conn, query, act, func(scan func(...any) error) error {
		var id int64
		var f corpus.Footnote
		if err := scan(&id, &f.Label, &f.Body); err != nil {
			return err
		}
		fn(id, f)
		return nil
	})
}

// eachWarning calls fn with each row of query, whose columns are the id
// of the warning's owner, its kind, file, line, column and message.
func eachWarning(ctx context.Context, conn *sql.Conn, query, act string, fn func(id int64, w corpus.Warning)) error {
	return eachRow(ctx, conn, query, act, func(scan func(...any) error) error {
		var id int64
		var w corpus.Warning
		if err := scan(&id, &w.Kind, &w.Pos.File, &w.Pos.Line, &w.Pos.Col, &w.Msg); err != nil {
			return err
		}
		fn(id, w)
		return nil
	})
}

// readApplied reads the attribution of the computed versions of an act
// into stored.
func readApplied(ctx context.Context, conn *sql.Conn, act string, stored []*storedVersion) error {
	byID := versionsByID(stored)
	return eachRow(ctx, conn, `SELECT p.version, p.unit, p.kind, p.provision, p.act, p.title, p.ref, p.eli, p.in_force
		FROM applied p JOIN versions v ON v.id = p.version WHERE v.act = ? ORDER BY p.version, p.seq`, act, func(scan func(...any) error) error {
		var id int64
		var a corpus.AppliedAmendment
		var inForce string
		if err := scan(&id, &a.Unit, &a.Kind, &a.Provision, &a.Act, &a.Title, &a.Ref, &a.ELI, &inForce); err != nil {
			return err
		}
		d, err := corpus.ParseDate(inForce)
		if err != nil {
			return fmt.Errorf("stored version %s: applied: %w", byID[id].name, err)
		}
		a.InForce = d
		byID[id].head.Applied = append(byID[id].head.Applied, a)
		return nil
	})
}

// readVersionWarnings reads the warnings of the versions of an act into
// stored.
func readVersionWarnings(ctx context.Context, conn *sql.Conn, act string, stored []*storedVersion) error {
	byID := versionsByID(stored)
	return eachWarning(ctx, conn, `SELECT w.version, w.kind, w.file, w.line, w.col, w.message FROM warnings w
		JOIN versions v ON v.id = w.version WHERE v.act = ? ORDER BY w.version, w.seq`, act, func(id int64, w corpus.Warning) {
		byID[id].head.Warnings = append(byID[id].head.Warnings, w)
	})
}

func versionsByID(stored []*storedVersion) map[int64]*storedVersion {
	m := make(map[int64]*storedVersion, len(stored))
	for _, sv := range stored {
		m[sv.id] = sv
	}
	return m
}

// eachRow runs query with arg and calls fn with the scanner of each row.
func eachRow(ctx context.Context, conn *sql.Conn, query string, arg any, fn func(scan func(...any) error) error) error {
	rows, err := conn.QueryContext(ctx, query, arg)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows.Scan); err != nil {
			return err
		}
	}
	return rows.Err()
}

// dateOf reads a date column, "" for none.
func dateOf(s string) (corpus.Date, error) {
	if s == "" {
		return 0, nil
	}
	return corpus.ParseDate(s)
}

// parseRange reads a version's range from its columns.
func parseRange(from string, to sql.NullString) (corpus.Range, error) {
	var r corpus.Range
	var err error
	if r.From, err = corpus.ParseDate(from); err != nil {
		return r, err
	}
	if to.Valid {
		r.To, err = corpus.ParseDate(to.String)
	}
	return r, err
}

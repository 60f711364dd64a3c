package store

import (
	"context"
	"database/sql"
	"fmt"
)

// applicationID marks a SQLite file as a lexdiff corpus (PRAGMA
// application_id): "LXDF".
const applicationID = 0x4c584446

// migrations build the schema: migrations[i] takes a database from schema
// version i to i+1 (PRAGMA user_version). A new field of the model gets a
// new migration appended here (ALTER TABLE … ADD COLUMN, or a new table),
// never an edit of an old one: files made by older binaries are brought up
// to date when opened. The README's "The store" section describes the
// schema for people; keep it in step.
var migrations = []string{
	// 1: acts, their keys and aliases, the sources their versions were read
	// from (provenance), versions with their text, footnotes, warnings and
	// attribution (the changes applied to make a computed version).
	`
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('generation', 0);

CREATE TABLE acts (
	id           TEXT PRIMARY KEY,
	title        TEXT NOT NULL,
	type         TEXT NOT NULL,
	date         TEXT NOT NULL,
	ref          TEXT NOT NULL,
	first_change TEXT NOT NULL,
	last_change  TEXT NOT NULL,
	revision     INTEGER NOT NULL,
	digest       TEXT NOT NULL,
	gaps         TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE aliases (
	act TEXT NOT NULL REFERENCES acts (id) ON DELETE CASCADE,
	seq INTEGER NOT NULL,
	ref TEXT NOT NULL,
	PRIMARY KEY (act, seq)
) WITHOUT ROWID;

CREATE TABLE act_keys (
	key TEXT PRIMARY KEY,
	act TEXT NOT NULL REFERENCES acts (id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX act_keys_act ON act_keys (act);

CREATE TABLE sources (
	id          INTEGER PRIMARY KEY,
	act         TEXT NOT NULL REFERENCES acts (id) ON DELETE CASCADE,
	seq         INTEGER NOT NULL,
	ref         TEXT NOT NULL,
	eli         TEXT NOT NULL,
	kind        TEXT NOT NULL,
	title       TEXT NOT NULL,
	date        TEXT NOT NULL,
	promulgated TEXT NOT NULL,
	file        TEXT NOT NULL,
	UNIQUE (act, seq)
);

CREATE TABLE source_items (
	source INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
	field  TEXT NOT NULL CHECK (field IN ('amending', 'notice')),
	seq    INTEGER NOT NULL,
	value  TEXT NOT NULL,
	PRIMARY KEY (source, field, seq)
) WITHOUT ROWID;

CREATE TABLE source_footnotes (
	source INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
	seq    INTEGER NOT NULL,
	label  TEXT NOT NULL,
	body   TEXT NOT NULL,
	PRIMARY KEY (source, seq)
) WITHOUT ROWID;

CREATE TABLE source_warnings (
	source  INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
	seq     INTEGER NOT NULL,
	kind    TEXT NOT NULL,
	file    TEXT NOT NULL,
	line    INTEGER NOT NULL,
	col     INTEGER NOT NULL,
	message TEXT NOT NULL,
	PRIMARY KEY (source, seq)
) WITHOUT ROWID;

CREATE TABLE versions (
	id         INTEGER PRIMARY KEY,
	act        TEXT NOT NULL REFERENCES acts (id) ON DELETE CASCADE,
	unit       TEXT NOT NULL,
	valid_from TEXT NOT NULL,
	valid_to   TEXT,
	source     TEXT NOT NULL,
	computed   INTEGER NOT NULL,
	text       TEXT NOT NULL,
	UNIQUE (act, unit, valid_from)
);

CREATE TABLE footnotes (
	version INTEGER NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
	seq     INTEGER NOT NULL,
	label   TEXT NOT NULL,
	unit    TEXT NOT NULL,
	body    TEXT NOT NULL,
	PRIMARY KEY (version, seq)
) WITHOUT ROWID;

CREATE TABLE warnings (
	version INTEGER NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
	seq     INTEGER NOT NULL,
	kind    TEXT NOT NULL,
	file    TEXT NOT NULL,
	line    INTEGER NOT NULL,
	col     INTEGER NOT NULL,
	message TEXT NOT NULL,
	PRIMARY KEY (version, seq)
) WITHOUT ROWID;

CREATE TABLE applied (
	version   INTEGER NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
	seq       INTEGER NOT NULL,
	unit      TEXT NOT NULL,
	kind      TEXT NOT NULL,
	provision TEXT NOT NULL,
	act       TEXT NOT NULL,
	title     TEXT NOT NULL,
	ref       TEXT NOT NULL,
	eli       TEXT NOT NULL,
	in_force  TEXT NOT NULL,
	PRIMARY KEY (version, seq)
) WITHOUT ROWID;
`,
	// 2: a source's signatures ("Marszałek Sejmu: S. Hołownia") are items
	// of it, as its amending acts and notice are. SQLite cannot change a
	// CHECK in place: the table is made again.
	`
CREATE TABLE source_items_2 (
	source INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
	field  TEXT NOT NULL CHECK (field IN ('amending', 'notice', 'signature')),
	seq    INTEGER NOT NULL,
	value  TEXT NOT NULL,
	PRIMARY KEY (source, field, seq)
) WITHOUT ROWID;
INSERT INTO source_items_2 SELECT source, field, seq, value FROM source_items;
DROP TABLE source_items;
ALTER TABLE source_items_2 RENAME TO source_items;
`,
	// 3: the files of amending acts that wait for an act the corpus lacks
	// (see Awaiting).
	`
CREATE TABLE awaiting (
	eli         TEXT PRIMARY KEY,
	name        TEXT NOT NULL,
	data        BLOB NOT NULL,
	ref         TEXT NOT NULL,
	promulgated TEXT NOT NULL
) WITHOUT ROWID;
`,
}

// SchemaVersion is the version of the schema this lexdiff writes.
var SchemaVersion = len(migrations)

// upgradeSchema brings the schema of the database on conn up to SchemaVersion,
// in one transaction, which it begins with begin (the write lock). It
// refuses a file of a newer schema, or one that is not a lexdiff corpus.
func upgradeSchema(ctx context.Context, conn *sql.Conn, path string, begin func() error) error {
	version, err := schemaOf(ctx, conn, path)
	if err != nil || version == SchemaVersion {
		return err
	}
	if err := begin(); err != nil {
		return err
	}
	defer conn.ExecContext(context.Background(), "ROLLBACK") // a no-op after COMMIT
	if version, err = schemaOf(ctx, conn, path); err != nil || version == SchemaVersion {
		return err // another process migrated it meanwhile
	}
	for i := version; i < SchemaVersion; i++ {
		if _, err := conn.ExecContext(ctx, migrations[i]); err != nil {
			return fmt.Errorf("%s: migrating the schema to version %d: %w", path, i+1, err)
		}
	}
	stmts := fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = %d", applicationID, SchemaVersion)
	if _, err := conn.ExecContext(ctx, stmts); err != nil {
		return err
	}
	_, err = conn.ExecContext(ctx, "COMMIT")
	return err
}

// schemaOf returns the schema version of the database on conn: 0 for a new
// file. It refuses a file of a newer schema than this lexdiff knows, and a
// SQLite file that is not a lexdiff corpus.
func schemaOf(ctx context.Context, conn *sql.Conn, path string) (int, error) {
	var version, app int
	if err := conn.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return 0, fmt.Errorf("%s: %w", path, err)
	}
	if err := conn.QueryRowContext(ctx, "PRAGMA application_id").Scan(&app); err != nil {
		return 0, fmt.Errorf("%s: %w", path, err)
	}
	var tables int
	if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&tables); err != nil {
		return 0, fmt.Errorf("%s: %w", path, err)
	}
	switch {
	case app != applicationID && (app != 0 || version != 0 || tables != 0):
		return 0, fmt.Errorf("%s is a SQLite database, but not a lexdiff corpus (application id %#x)", path, app)
	case version > SchemaVersion:
		return 0, fmt.Errorf("%s has schema version %d, newer than this lexdiff knows (%d): use the lexdiff that wrote it, or a newer one", path, version, SchemaVersion)
	}
	return version, nil
}

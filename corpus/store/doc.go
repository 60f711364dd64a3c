// Package store keeps a corpus in a SQLite database (modernc.org/sqlite,
// pure Go), DIR/lexdiff.db, so that imports are atomic, readers consistent
// and a question about one act costs the reading of that act.
//
// Open opens (creating, migrating) the database of a corpus directory.
// Update runs an import as one transaction: it lands whole or not at all,
// whatever happens, and imports take turns. Snapshot takes a read
// transaction: its Corpus reads acts on demand, by key, and sees one state
// of the corpus however long it lives; Listed reads the summaries of all
// acts into memory, for a server. Acts read are kept in a cache bounded by
// memory and keyed by their revision, so acts an import did not change
// stay cached across snapshots. Generation tells a server that an import
// committed.
//
// Acts, their keys and aliases, sources, versions with their annotated
// text, footnotes, warnings and attribution are rows; a version's text is
// stored as corpus.FormatText writes it and read back by corpus.ParseText,
// the parser of the text format. The schema is versioned (schema.go).
package store

// Package corpus is the domain model of lexdiff: acts, the versions of their
// top-level units (Art. / §) with the dates on which each applied, the unit
// tree of every version, footnotes, publication references, and the parsers
// that build them from source texts.
//
// A Corpus is immutable once loaded. Every question of the form "what did
// this unit say on this date" is answered by Act.At, which returns the
// version in force and the unit inside it, or an error that says why there
// is no answer: ErrNotFound (no such act or unit) or ErrNotInForce (the unit
// exists, but no version covers the date; the error names the nearest
// versions before and after).
//
// A unit's wording may stay the same across several versions (consolidated
// texts reprint what did not change): Act.Wordings merges them, so that
// "brzmienie od" — since when the wording applies — has one answer for the
// CLI, the pages, the history and the search.
//
// Sources enter through parsers that share one reader of unit text:
// ParseDocument reads a file of the dziennik-ustaw-md dataset (YAML front
// matter and markdown, an obwieszczenie with its consolidated act, or an
// amending act) or the same text as plain text; ParsePortal reads the
// version-history export of a legal portal; ParsePlain reads a plain text
// of an act or of one unit. Faults of a real source that the readers can
// read past are Warnings (a position, a stable kind, a message) kept with
// the version or source, never a reason to refuse; errors say file:line:col
// and what is accepted. Corpus.Import merges what each file gives into the act it
// belongs to, whatever the order of the files. The on-disk format (ReadDir,
// WriteAct) stores one file per version in a layout that reads like the law
// itself; a Corpus reads its acts through a Catalog (Open), so a database
// can back it act by act. The package imports only the standard library.
package corpus

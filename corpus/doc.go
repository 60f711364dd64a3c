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
// Sources enter through three parsers that share one parser of unit text:
// ParsePortal reads the version-history export of a legal portal,
// ParsePlain reads a plain text of an act or of one unit, and the on-disk
// format (ReadDir, WriteAct) stores one file per version in a layout that
// reads like the law itself. The package imports only the standard library.
package corpus

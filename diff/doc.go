// Package diff compares versions of legal text unit by unit and says what
// kind of change each is.
//
// Units are matched by identity (their label path, "§ 3 ust. 1 pkt 8"),
// never by position, so an inserted "pkt 2a" is one added unit. Each unit
// gets a Kind (unchanged, modified, added, removed, repealed, lapsed,
// restored, moved, annotated): repealed only for a unit repealed
// ("(uchylony)"), lapsed for one that lost force otherwise (omitted from a
// consolidated text, lost force, expired; the change's Status says which).
// A modified unit gets a Class (formatting, reference, wording) and a
// word-level inline diff whose tokens never split a number, a date, a range
// such as "3–7", a unit citation such as "art. 50 ust. 3" or a publication
// reference such as "Dz. U. z 2019 r. poz. 2215".
// Footnote and editorial-heading changes are reported apart from changes of
// wording, and a change carries the amendment that made it when a footnote
// says so.
//
// Dates compares an act, or one unit of it, as in force on two dates;
// Changes does the same without the inline diffs, for a cheap listing of
// what changed; List finds a comparison's changes without making them, so
// that a long one can be made page by page (Listing.Cut, Page.Make); Versions compares two versions; HistoryOf lists a unit's wordings over
// time. RenderText, RenderHTML and RenderHistoryText print the results.
// The package imports only corpus and go-diff.
package diff

package corpus

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
)

// A Warning is a fault of a source that lexdiff read past: a footnote
// marker without a body, a numbering that repeats, a quotation left open.
// It never stops an import (unless the import is strict); it is kept with
// the version it concerns, or with the source when it concerns no one
// unit, so that the API and the pages can show it.
type Warning struct {
	Pos  Pos         `json:"pos"`
	Kind WarningKind `json:"kind"`
	Msg  string      `json:"message"`
}

// A WarningKind names a kind of fault, in a form that stays the same
// across releases (scripts count them).
type WarningKind string

// The kinds of warnings.
const (
	WarnMarkerWithoutBody WarningKind = "marker-without-body" // a footnote marker whose body is missing
	WarnBodyWithoutMarker WarningKind = "body-without-marker" // a footnote body no marker points at
	WarnFootnoteTwice     WarningKind = "footnote-twice"      // two bodies with one label
	WarnSuperscript       WarningKind = "superscript"         // a marker that was a superscript number, put back in the text
	WarnNumbering         WarningKind = "numbering"           // a label that repeats or goes backwards, kept as text
	WarnUnknownMarker     WarningKind = "unknown-marker"      // a line that looks like a unit marker lexdiff does not know, kept as text
	WarnOutsideUnit       WarningKind = "outside-unit"        // text that belongs to no unit, kept as a remainder
	WarnEmptyUnit         WarningKind = "empty-unit"          // a unit with no text
	WarnOpenQuote         WarningKind = "open-quote"          // a quotation not closed before the next article
	WarnClosingPart       WarningKind = "closing-part"        // a closing part of a list that cannot be placed
	WarnImage             WarningKind = "image"               // content the source has only as an image
	WarnNotice            WarningKind = "notice"              // an obwieszczenie whose ust. 1 could not be read
	WarnMetadata          WarningKind = "metadata"            // front matter missing, or disagreeing with the text
	WarnDate              WarningKind = "date"                // a date that cannot be right, or cannot be read
	WarnHeading           WarningKind = "heading"             // a markdown heading of an unexpected kind, kept as text
	WarnTwiceNoDate       WarningKind = "twice-without-date"  // a unit printed twice with no date for the second wording
	WarnSuperseded        WarningKind = "superseded"          // a version a newer consolidated text leaves no days to
	WarnDeferred          WarningKind = "deferred"            // provisions the act puts into force after its versions start, shown in force from then
)

// String formats w as "file:line:col: warning: message".
func (w Warning) String() string { return w.Pos.String() + ": warning: " + w.Msg }

// reWarning reads a warning as formatWarning writes it.
var reWarning = regexp.MustCompile(`^(\S+) (.*?):(\d+):(\d+): (.*)$`)

// formatWarning writes w on one line for the on-disk format: its kind,
// then its position and message.
func formatWarning(w Warning) string {
	return fmt.Sprintf("%s %s:%d:%d: %s", w.Kind, w.Pos.File, w.Pos.Line, w.Pos.Col, w.Msg)
}

// parseWarning reads a line written by formatWarning.
func parseWarning(s string) (Warning, bool) {
	m := reWarning.FindStringSubmatch(s)
	if m == nil {
		return Warning{}, false
	}
	line, _ := strconv.Atoi(m[3])
	col, _ := strconv.Atoi(m[4])
	return Warning{Kind: WarningKind(m[1]), Pos: Pos{File: m[2], Line: line, Col: col}, Msg: m[5]}, true
}

// sortWarnings orders warnings by position.
func sortWarnings(ws []Warning) {
	sort.SliceStable(ws, func(i, j int) bool { return ws[i].Pos.before(ws[j].Pos) })
}

// CountWarnings returns how many of ws are of each kind.
func CountWarnings(ws []Warning) map[WarningKind]int {
	n := map[WarningKind]int{}
	for _, w := range ws {
		n[w.Kind]++
	}
	return n
}

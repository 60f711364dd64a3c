package corpus

import (
	"errors"
	"fmt"
)

// Sentinel errors for the kinds of failure a caller acts on; test with
// errors.Is.
var (
	// ErrNotFound: no such act, or no such unit in any version of the act.
	ErrNotFound = errors.New("not found")
	// ErrNotInForce: the unit exists, but no version of it applies on the
	// date asked. The error is a *NotInForceError.
	ErrNotInForce = errors.New("not in force")
	// ErrWordingUnknown: no version of the unit applies on the date asked
	// because the corpus's texts do not go back that far (see
	// Act.WordingUnknown), not because a text shows it absent. It is a
	// kind of ErrNotInForce: a *NotInForceError with Unknown set matches
	// both.
	ErrWordingUnknown = errors.New("wording unknown")
)

// A NotInForceError says that a unit had no version on a date, and names the
// nearest versions before and after it (either may be nil). With Unknown
// set, the corpus does not know what the unit said on the date: it holds
// the unit's top-level unit (of the whole act, its first unit) only from
// KnownFrom on, as a consolidated text gives it, which does not say since
// when it read so (Act.WordingUnknown).
type NotInForceError struct {
	Act       string
	Unit      string // unit id
	Date      Date
	Before    *Version
	After     *Version
	Unknown   bool
	KnownFrom Date
	// Was is the unit the unit was before an amendment gave it its number
	// on After's first day, when a footnote says so (Act.NumberedFrom); "".
	Was string
}

func (e *NotInForceError) Error() string {
	what := "no unit"
	if e.Unit != "" {
		what = CitationOf(e.Unit)
	}
	msg := fmt.Sprintf("%s of %s was in force on %s", what, e.Act, e.Date)
	switch {
	case e.Unknown && e.Unit != "":
		msg = fmt.Sprintf("the corpus does not know what %s of %s said on %s: it holds %s only from %s on, as a consolidated text gives it", what, e.Act, e.Date, CitationOf(topOf(e.Unit)), e.KnownFrom)
	case e.Unknown:
		msg = fmt.Sprintf("the corpus does not know the text of %s on %s: it holds the act's units only from %s on, as consolidated texts give them", e.Act, e.Date, e.KnownFrom)
	case e.Unit != "":
		msg = fmt.Sprintf("%s of %s was not in force on %s", what, e.Act, e.Date)
	}
	switch {
	case e.Before != nil && e.After != nil:
		msg += fmt.Sprintf("; nearest versions: %s (before) and %s (after)", e.Before.Range, e.After.Range)
	case e.Before != nil:
		msg += fmt.Sprintf("; nearest version: %s (before)", e.Before.Range)
	case e.After != nil:
		msg += fmt.Sprintf("; nearest version: %s (after)", e.After.Range)
	}
	if e.Was != "" {
		msg += fmt.Sprintf("; an amendment gave it its number from %s: before, it was %s", e.After.Range.From, CitationOf(e.Was))
	}
	return msg
}

// Is makes errors.Is(err, ErrNotInForce) true, and errors.Is(err,
// ErrWordingUnknown) when the wording is unknown.
func (e *NotInForceError) Is(target error) bool {
	return target == ErrNotInForce || (e.Unknown && target == ErrWordingUnknown)
}

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
)

// A NotInForceError says that a unit had no version on a date, and names the
// nearest versions before and after it (either may be nil).
type NotInForceError struct {
	Act    string
	Unit   string // unit id
	Date   Date
	Before *Version
	After  *Version
}

func (e *NotInForceError) Error() string {
	what := "no unit"
	if e.Unit != "" {
		what = CitationOf(e.Unit)
	}
	msg := fmt.Sprintf("%s of %s was in force on %s", what, e.Act, e.Date)
	if e.Unit != "" {
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
	return msg
}

// Is makes errors.Is(err, ErrNotInForce) true.
func (e *NotInForceError) Is(target error) bool { return target == ErrNotInForce }

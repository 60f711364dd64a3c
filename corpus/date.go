package corpus

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// A Date is a calendar day, counted from 0001-01-01 (day 1). The zero Date
// means "no date": an open end of a range, or a date that was not given.
// Dates compare with < and ==.
type Date int32

// unixEpochDay is the Date of 1970-01-01.
const unixEpochDay = 719163

// MakeDate returns the Date of year y, month m, day d. It does not validate;
// ParseDate does.
func MakeDate(y int, m time.Month, d int) Date {
	secs := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix()
	days := secs / 86400
	if secs%86400 < 0 {
		days--
	}
	return Date(days + unixEpochDay)
}

// DateOf returns the calendar day of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return MakeDate(y, m, d)
}

// Poland is the time zone of the law: a day in lexdiff is a day in Warsaw.
var Poland = loadWarsaw()

// DayAt returns the day it is in Poland at the instant t.
func DayAt(t time.Time) Date { return DateOf(t.In(Poland)) }

// Today returns the current day in Poland, where the law applies.
func Today() Date { return DayAt(time.Now()) }

func loadWarsaw() *time.Location {
	if loc, err := time.LoadLocation("Europe/Warsaw"); err == nil {
		return loc
	}
	return time.FixedZone("CET", 3600)
}

// Time returns midnight UTC of d.
func (d Date) Time() time.Time {
	return time.Unix(int64(d-unixEpochDay)*86400, 0).UTC()
}

// IsZero reports whether d is the zero Date ("no date").
func (d Date) IsZero() bool { return d == 0 }

// AddDays returns the date n days after d (before it when n < 0).
func (d Date) AddDays(n int) Date { return d + Date(n) }

// Year returns d's year.
func (d Date) Year() int { return d.Time().Year() }

// String formats d as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.Time().Format(time.DateOnly)
}

// MarshalText formats d as YYYY-MM-DD. The zero Date marshals as "".
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText parses a date written as ParseDate accepts it.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = 0
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ParseDate parses a date written as YYYY-MM-DD, YYYY.MM.DD or DD.MM.YYYY
// (the forms used by Polish legal portals). It rejects impossible dates such
// as 2019-02-30 with an error that says which forms are accepted.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	y, m, d, ok := splitDate(s)
	if !ok {
		return 0, fmt.Errorf("invalid date %q: want YYYY-MM-DD (also accepted: YYYY.MM.DD, DD.MM.YYYY)", s)
	}
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysIn(y, time.Month(m)) {
		return 0, fmt.Errorf("invalid date %q: no such day in the calendar", s)
	}
	return MakeDate(y, time.Month(m), d), nil
}

// splitDate splits s into year, month and day by the three accepted layouts.
func splitDate(s string) (y, m, d int, ok bool) {
	var parts []string
	switch {
	case len(s) == 10 && s[4] == '-' && s[7] == '-':
		parts = []string{s[0:4], s[5:7], s[8:10]}
	case len(s) == 10 && s[4] == '.' && s[7] == '.':
		parts = []string{s[0:4], s[5:7], s[8:10]}
	case len(s) == 10 && s[2] == '.' && s[5] == '.':
		parts = []string{s[6:10], s[3:5], s[0:2]}
	default:
		return 0, 0, 0, false
	}
	nums := make([]int, 3)
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || p[0] == '+' || p[0] == '-' {
			return 0, 0, 0, false
		}
		nums[i] = n
	}
	return nums[0], nums[1], nums[2], true
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// A Range is the span of days on which a version applies: From and To are
// both included. A zero To means the range is open-ended (the version still
// applies).
type Range struct {
	From Date `json:"from"`
	To   Date `json:"to"`
}

// IsOpen reports whether r has no end date.
func (r Range) IsOpen() bool { return r.To.IsZero() }

// Contains reports whether d falls inside r.
func (r Range) Contains(d Date) bool {
	return d >= r.From && (r.IsOpen() || d <= r.To)
}

// Overlaps reports whether r and s share at least one day.
func (r Range) Overlaps(s Range) bool {
	return (r.IsOpen() || s.From <= r.To) && (s.IsOpen() || r.From <= s.To)
}

// String formats r as "FROM – TO", or "from FROM" when it is open-ended.
func (r Range) String() string {
	if r.IsOpen() {
		return "from " + r.From.String()
	}
	return r.From.String() + " – " + r.To.String()
}

// MarshalJSON writes {"from": "YYYY-MM-DD", "to": "YYYY-MM-DD" or null}.
func (r Range) MarshalJSON() ([]byte, error) {
	to := "null"
	if !r.IsOpen() {
		to = strconv.Quote(r.To.String())
	}
	return []byte(`{"from":` + strconv.Quote(r.From.String()) + `,"to":` + to + `}`), nil
}

package synth

import (
	"fmt"
	"time"

	"lexdiff/corpus"
)

// A Kind is the kind of act to generate.
type Kind string

// The kinds of acts. A statute is divided into articles ("Art. 5."), a
// regulation into paragraphs ("§ 5.").
const (
	Statute    Kind = "ustawa"
	Regulation Kind = "rozporządzenie"
	// Mixed alternates: acts 0, 2, 4… are statutes, 1, 3, 5… regulations.
	Mixed Kind = "mixed"
)

// Config says what to generate. The zero value of a field means its
// default, so Config{Seed: 7} is a usable configuration.
type Config struct {
	Acts     int   // number of acts; default 1
	Units    int   // top-level units (Art. / §) per act, inserted ones ("Art. 5a") included; default 50
	Versions int   // versions per top-level unit; default 5
	Kind     Kind  // default Statute
	Seed     int64 // the same Config always gives the same corpus
	// Start is the day the first versions come into force; default
	// 2005-01-01. Later acts start up to three years after it.
	Start corpus.Date
	// Gaps is the share (0 to 1) of versions followed by a gap of days that
	// no version covers; default 0.
	Gaps float64
	// UnitsPerChapter groups the top-level units into chapters (Rozdział)
	// of that many units; 0 means no chapters.
	UnitsPerChapter int
}

// Default is a small corpus with every feature on: chapters, a few gaps.
var Default = Config{Acts: 3, Units: 40, Versions: 6, Kind: Mixed, Seed: 1, Gaps: 0.05, UnitsPerChapter: 10}

// withDefaults returns c with defaults filled in, or an error naming the
// first field out of range.
func (c Config) withDefaults() (Config, error) {
	switch {
	case c.Acts < 0:
		return c, fmt.Errorf("synth: Acts is %d; want 0 (default 1) or more", c.Acts)
	case c.Units < 0:
		return c, fmt.Errorf("synth: Units is %d; want 0 (default 50) or more", c.Units)
	case c.Versions < 0:
		return c, fmt.Errorf("synth: Versions is %d; want 0 (default 5) or more", c.Versions)
	case c.Gaps < 0 || c.Gaps > 1:
		return c, fmt.Errorf("synth: Gaps is %v; want a share from 0 to 1", c.Gaps)
	case c.UnitsPerChapter < 0:
		return c, fmt.Errorf("synth: UnitsPerChapter is %d; want 0 (no chapters) or more", c.UnitsPerChapter)
	case c.Kind != "" && c.Kind != Statute && c.Kind != Regulation && c.Kind != Mixed:
		return c, fmt.Errorf("synth: Kind is %q; want %q, %q or %q", c.Kind, Statute, Regulation, Mixed)
	}
	c.Acts = orDefault(c.Acts, 1)
	c.Units = orDefault(c.Units, 50)
	c.Versions = orDefault(c.Versions, 5)
	if c.Kind == "" {
		c.Kind = Statute
	}
	if c.Start.IsZero() {
		c.Start = corpus.MakeDate(2005, time.January, 1)
	}
	return c, nil
}

func orDefault(n, def int) int {
	if n == 0 {
		return def
	}
	return n
}

// kindOf returns the kind of the i-th act.
func (c Config) kindOf(i int) Kind {
	if c.Kind != Mixed {
		return c.Kind
	}
	if i%2 == 0 {
		return Statute
	}
	return Regulation
}

package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"lexdiff/corpus"
	"lexdiff/corpus/embedded"
	"lexdiff/corpus/store"
)

// Exit statuses.
const (
	exitOK       = 0
	exitNotFound = 1 // no such act or unit, or not in force on the date
	exitUsage    = 2 // bad usage or bad input
	exitFailed   = 3 // the question was fine, but answering it failed: a file could not be read or written, the index is locked
)

// usageError is a mistake in the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// exitCode maps an error to the exit status it calls for.
func exitCode(err error) int {
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp): // -h: the usage is what was asked for
		return exitOK
	case errors.As(err, &ue), errors.Is(err, corpus.ErrInvalid):
		return exitUsage
	case errors.Is(err, corpus.ErrNotFound), errors.Is(err, corpus.ErrNotInForce):
		return exitNotFound
	default:
		return exitFailed
	}
}

// newFlags returns a flag set for a command that reports its errors to e.
func newFlags(e *env, name, args string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: lexdiff %s %s\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parseArgs parses flags that may stand before or after the positional
// arguments ("lexdiff at § 3 -act du-2017-1399") and returns the positional
// ones.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageError{err.Error()}
		}
		args = fs.Args()
		i := 0
		for i < len(args) && (!strings.HasPrefix(args[i], "-") || args[i] == "-" || looksLikeTiret(args[i])) {
			i++
		}
		pos = append(pos, args[:i]...)
		if i == len(args) {
			return pos, nil
		}
		args = args[i:]
	}
}

// looksLikeTiret keeps "–" and "-" inside a citation from being read as flags.
func looksLikeTiret(s string) bool { return s == "–" || s == "--" }

// dataFlag adds -data to fs.
func dataFlag(fs *flag.FlagSet) *string {
	return fs.String("data", "", "corpus `DIR` (default: the embedded corpus)")
}

// loadCorpus returns the corpus stored in dir, as one consistent snapshot
// that reads only what it is asked for, or the embedded corpus when dir is
// "". done releases it.
func (e *env) loadCorpus(dir string) (c *corpus.Corpus, done func(), err error) {
	if dir == "" {
		c, err := embedded.Load()
		return c, func() {}, err
	}
	snap, done, err := e.snapshot(dir)
	if err != nil {
		return nil, nil, err
	}
	return snap.Corpus(), done, nil
}

// snapshot takes a snapshot of the corpus stored in dir, which must hold
// one; done releases it.
func (e *env) snapshot(dir string) (snap *store.Snapshot, done func(), err error) {
	st, err := e.openStore(dir, store.Options{Existing: true})
	if err != nil {
		return nil, nil, err
	}
	if snap, err = st.Snapshot(context.Background()); err != nil {
		st.Close()
		return nil, nil, err
	}
	return snap, func() { snap.Close(); st.Close() }, nil
}

// openStore opens the store of the corpus directory dir, which must exist
// (and, with opts.Existing, hold a corpus), and says on stderr when it
// migrated a directory in the text layout of older lexdiffs.
func (e *env) openStore(dir string, opts store.Options) (*store.Store, error) {
	if err := checkDataDir(dir); err != nil {
		return nil, err
	}
	st, err := store.Open(dir, opts)
	if err != nil {
		return nil, openError(dir, err)
	}
	if m := st.Migrated(); m != nil {
		fmt.Fprintf(e.stderr, "lexdiff: %s was in the text layout of an older lexdiff: %d acts migrated into %s; the text files are kept in %s (lexdiff export writes them anew)\n",
			dir, m.Acts, st.Path(), m.Moved)
	}
	return st, nil
}

// openError is the error of opening the store in dir that failed with
// err: a usage error naming -data when dir holds no corpus.
func openError(dir string, err error) error {
	if errors.Is(err, store.ErrNoCorpus) {
		return usagef("-data %s: no corpus there (lexdiff import creates one)", dir)
	}
	return err
}

// checkDataDir returns a usage error naming -data unless dir is an
// existing directory.
func checkDataDir(dir string) error {
	fi, err := os.Stat(dir)
	switch {
	case err != nil:
		return usagef("-data %s: %v", dir, err)
	case !fi.IsDir():
		return usagef("-data %s: not a directory: want the corpus directory (lexdiff import creates it)", dir)
	}
	return nil
}

// dateFlag parses the value of a date flag; "" gives def.
func dateFlag(name, value string, def corpus.Date) (corpus.Date, error) {
	if value == "" {
		return def, nil
	}
	d, err := corpus.ParseDate(value)
	if err != nil {
		return 0, usagef("-%s: %v", name, err)
	}
	return d, nil
}

// unitArg parses the UNIT arguments (a citation may come as several
// words); "" when there are none.
func unitArg(args []string) (string, error) {
	if len(args) == 0 {
		return "", nil
	}
	id, err := corpus.ParseCitation(strings.Join(args, " "))
	if err != nil {
		return "", usageError{err.Error()}
	}
	return id, nil
}

// actArgs are the -data and -act flags of a command about one act.
type actArgs struct {
	data, act *string
}

// actFlags adds -data and -act to fs.
func actFlags(fs *flag.FlagSet) actArgs {
	return actArgs{dataFlag(fs), fs.String("act", "", "the act: its `ID` or a reference it is known by (default: the corpus's only act)")}
}

// load reads the act the flags name (without -act, the corpus's only act)
// and nothing else of the corpus, and the unit the UNIT arguments name (""
// when there are none).
func (f actArgs) load(e *env, unitArgs []string) (*corpus.Act, string, error) {
	id, err := unitArg(unitArgs)
	if err != nil {
		return nil, "", err
	}
	c, done, err := e.loadCorpus(*f.data)
	if err != nil {
		return nil, "", err
	}
	defer done()
	if *f.act == "" {
		a, err := onlyAct(c)
		return a, id, err
	}
	a, err := c.Act(*f.act)
	return a, id, err
}

// onlyAct returns the act of a corpus that holds one; with more, -act is
// missing, and the error lists some of the ids it accepts.
func onlyAct(c *corpus.Corpus) (*corpus.Act, error) {
	list, err := c.Summaries()
	if err != nil {
		return nil, err
	}
	switch len(list) {
	case 0:
		return nil, fmt.Errorf("the corpus holds no act (lexdiff import adds one): %w", corpus.ErrNotFound)
	case 1:
		return c.Act(list[0].ID)
	}
	const listed = 5
	ids := make([]string, 0, listed)
	for _, s := range list[:min(len(list), listed)] {
		ids = append(ids, s.ID)
	}
	more := ""
	if len(list) > listed {
		more = fmt.Sprintf(" and %d more (see lexdiff acts)", len(list)-listed)
	}
	return nil, usagef("-act is required: the corpus holds %d acts (%s%s); give an id or a reference such as \"Dz. U. 2017 poz. 1399\"", len(list), strings.Join(ids, ", "), more)
}

// writeJSON writes v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

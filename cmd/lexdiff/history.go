package main

import (
	"context"
	"io"

	"lexdiff/corpus"
	"lexdiff/diff"
)

func runHistory(ctx context.Context, e *env, args []string) error {
	return runOfUnit(e, args, "history", "a UNIT is required, such as \"§ 3 ust. 1 pkt 8\"", func(a *corpus.Act, id string) (any, func(io.Writer) error, error) {
		h, err := diff.HistoryOf(a, id)
		return h, func(w io.Writer) error { return diff.RenderHistoryText(w, h, e.terminal) }, err
	})
}

// runOfUnit runs a command that reports on one unit over all its wordings
// (history, matrix): of builds the report, as JSON with -json or printed
// as text; missing says what UNIT is wanted when none is given.
func runOfUnit(e *env, args []string, name, missing string, of func(a *corpus.Act, id string) (any, func(io.Writer) error, error)) error {
	fs := newFlags(e, name, "[-data DIR] [-act ID] [-json] UNIT")
	act := actFlags(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	rest, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		return usagef("%s", missing)
	}
	a, id, err := act.load(e, rest)
	if err != nil {
		return err
	}
	report, text, err := of(a, id)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, report)
	}
	return text(e.stdout)
}

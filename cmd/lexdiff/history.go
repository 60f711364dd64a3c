package main

import (
	"context"

	"lexdiff/diff"
)

func runHistory(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "history", "[-data DIR] [-act ID] [-json] UNIT")
	act := actFlags(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	rest, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		return usagef("a UNIT is required, such as \"§ 3 ust. 1 pkt 8\"")
	}
	a, id, err := act.load(e, rest)
	if err != nil {
		return err
	}
	h, err := diff.HistoryOf(a, id)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, h)
	}
	return diff.RenderHistoryText(e.stdout, h, e.terminal)
}

package main

import (
	"context"

	"lexdiff/diff"
)

func runMatrix(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "matrix", "[-data DIR] [-act ID] [-json] UNIT")
	act := actFlags(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	rest, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		return usagef("a UNIT with a list is required, such as \"§ 3 ust. 1\"")
	}
	a, id, err := act.load(e, rest)
	if err != nil {
		return err
	}
	m, err := diff.MatrixOf(a, id)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, m)
	}
	return diff.RenderMatrixText(e.stdout, m)
}

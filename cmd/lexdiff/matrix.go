package main

import (
	"context"
	"io"

	"lexdiff/corpus"
	"lexdiff/diff"
)

func runMatrix(ctx context.Context, e *env, args []string) error {
	return runOfUnit(e, args, "matrix", "a UNIT with a list is required, such as \"§ 3 ust. 1\"", func(a *corpus.Act, id string) (any, func(io.Writer) error, error) {
		m, err := diff.MatrixOf(a, id)
		return m, func(w io.Writer) error { return diff.RenderMatrixText(w, m) }, err
	})
}

package main

import (
	"context"
	"fmt"

	"lexdiff/corpus"
)

func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "export", "[-data DIR] OUT")
	data := dataFlag(fs)
	rest, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usagef("give one OUT directory to write the text files to (lexdiff import reads it back)")
	}
	c, done, err := e.loadCorpus(*data)
	if err != nil {
		return err
	}
	defer done()
	n := 0
	err = c.Each(func(a *corpus.Act) error {
		n++
		return corpus.WriteAct(rest[0], a)
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d acts written to %s\n", n, rest[0])
	return nil
}

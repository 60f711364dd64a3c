package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"lexdiff/corpus"
	"lexdiff/corpus/store"
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
	out := rest[0]
	if _, err := os.Stat(filepath.Join(out, store.FileName)); err == nil {
		return usagef("OUT %s holds a corpus database (%s): export writes text files for people and git; give another directory", out, store.FileName)
	}
	c, done, err := e.loadCorpus(*data)
	if err != nil {
		return err
	}
	defer done()
	n := 0
	err = corpus.Export(out, func(write func(*corpus.Act) error) error {
		return c.Each(func(a *corpus.Act) error {
			n++
			return write(a)
		})
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d acts written to %s\n", n, rest[0])
	return nil
}

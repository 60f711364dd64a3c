package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"lexdiff/corpus"
)

func runActs(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "acts", "[-data DIR] [-json]")
	data := dataFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	c, done, err := e.loadCorpus(*data)
	if err != nil {
		return err
	}
	defer done()
	list, err := c.Summaries()
	if err != nil {
		return err
	}
	list = append([]corpus.ActSummary{}, list...) // [] rather than null in JSON
	if *asJSON {
		return writeJSON(e.stdout, list)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	for _, s := range list {
		fmt.Fprintf(tw, "%s\t%s\t%s\tfirst version %s, last change %s\n", s.ID, s.References(), s.Title, s.First, s.Last)
	}
	return tw.Flush()
}

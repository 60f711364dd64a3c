package main

import (
	"context"
	"fmt"
	"text/tabwriter"
)

func runVersions(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "versions", "[-data DIR] [-act ID] [-json] [UNIT]")
	act := actFlags(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	rest, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	a, id, err := act.load(e, rest)
	if err != nil {
		return err
	}
	list, err := a.VersionsOf(id)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, map[string]any{"act": a.ID, "unit": id, "versions": list})
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	for _, v := range list {
		to := "…"
		if v.To != nil {
			to = v.To.String()
		}
		since := ""
		switch {
		case v.SinceFirstKnown:
			since = "wording known since " + v.Since.String() + " (first known: it may be older)"
		case v.Since < v.From:
			since = "wording since " + v.Since.String()
		}
		fmt.Fprintf(tw, "%s\t%s – %s\t%s\t%s\n", v.Citation, v.From, to, v.Source, since)
	}
	return tw.Flush()
}

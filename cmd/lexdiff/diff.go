package main

import (
	"context"

	"lexdiff/corpus"
	"lexdiff/diff"
)

func runDiff(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "diff", "[-data DIR] [-act ID] -from DATE [-to DATE] [-format text|json|html] [UNIT]")
	act := actFlags(fs)
	from := fs.String("from", "", "the older `DATE` (YYYY-MM-DD)")
	to := fs.String("to", "", "the newer `DATE` (YYYY-MM-DD; default: today)")
	format := fs.String("format", "text", "output `FORMAT`: text, json or html")
	asJSON := fs.Bool("json", false, "print JSON (same as -format json)")
	rest, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if *asJSON {
		*format = "json"
	}
	if *format != "text" && *format != "json" && *format != "html" {
		return usagef("-format %q: want text, json or html", *format)
	}
	if *from == "" {
		return usagef("-from is required: the older date, such as 2019-01-01")
	}
	fromD, err := dateFlag("from", *from, 0)
	if err != nil {
		return err
	}
	toD, err := dateFlag("to", *to, corpus.Today())
	if err != nil {
		return err
	}
	a, id, err := act.load(e, rest)
	if err != nil {
		return err
	}
	r, err := diff.Dates(a, fromD, toD, id)
	if err != nil {
		return err
	}
	switch *format {
	case "json":
		return writeJSON(e.stdout, r)
	case "html":
		return diff.RenderHTML(e.stdout, r)
	}
	return diff.RenderText(e.stdout, r, e.terminal)
}

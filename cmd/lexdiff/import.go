package main

import (
	"context"
	"fmt"
	"os"

	"lexdiff/corpus"
)

func runImport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "import", "-data DIR [-act ID] [-title T] [-unit CITATION] [-from DATE] [-to DATE] [-source REF] FILE...")
	data := fs.String("data", "", "corpus `DIR` to import into (required)")
	act := fs.String("act", "", "`ID` of the act the files belong to (default: the corpus's only act)")
	title := fs.String("title", "", "the act's `TITLE` (for a new act whose text has no title block)")
	unit := fs.String("unit", "", "the top-level unit a file holds when its text leaves the label out (`CITATION`, e.g. \"§ 3\")")
	from := fs.String("from", "", "first `DATE` the plain text applies (required for a plain text)")
	to := fs.String("to", "", "last `DATE` the plain text applies (default: still applies)")
	source := fs.String("source", "", "where the plain text comes from (`REF`, e.g. \"Dz.U.2020.2170 tekst jednolity\")")
	files, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if *data == "" {
		return usagef("-data is required: the corpus directory to import into")
	}
	if len(files) == 0 {
		return usagef("no FILE given: name one or more portal exports or plain texts")
	}
	req := corpus.ImportRequest{Act: *act, Title: *title, Unit: *unit, Source: *source}
	if req.Range.From, err = dateFlag("from", *from, 0); err != nil {
		return err
	}
	if req.Range.To, err = dateFlag("to", *to, 0); err != nil {
		return err
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			return usagef("%v", err)
		}
		req.Files = append(req.Files, corpus.File{Name: name, Data: b})
	}
	a, err := corpus.ImportDir(*data, req)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s: %d versions of %d units stored in %s\n", a.ID, len(a.AllVersions()), len(a.Units()), *data)
	return nil
}

package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"

	"lexdiff/corpus"
	"lexdiff/corpus/store"
)

func runImport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "import", "-data DIR [-act ID] [-title T] [-unit CITATION] [-from DATE] [-to DATE] [-source REF] FILE|TEXTDIR...")
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
		return usagef("no FILE given: name one or more portal exports or plain texts, or a directory that lexdiff export wrote")
	}
	req := corpus.ImportRequest{Act: *act, Title: *title, Unit: *unit, Source: *source}
	if req.Range.From, err = dateFlag("from", *from, 0); err != nil {
		return err
	}
	if req.Range.To, err = dateFlag("to", *to, 0); err != nil {
		return err
	}
	var textDirs []*corpus.Corpus
	for _, name := range files {
		if info, err := os.Stat(name); err == nil && info.IsDir() {
			c, err := corpus.ReadDir(os.DirFS(name))
			if err != nil {
				return fmt.Errorf("%w: %s: %w", corpus.ErrInvalid, name, err)
			}
			textDirs = append(textDirs, c)
			continue
		}
		b, err := os.ReadFile(name)
		if err != nil {
			return usagef("%v", err)
		}
		req.Files = append(req.Files, corpus.File{Name: name, Data: b})
	}
	if err := os.MkdirAll(*data, 0o755); err != nil {
		return err
	}
	st, err := e.openStore(*data, store.Options{Waiting: func() {
		fmt.Fprintf(e.stderr, "lexdiff import: waiting for another import into %s to finish…\n", *data)
	}})
	if err != nil {
		return err
	}
	defer st.Close()
	var acts []*corpus.Act
	res, err := st.Update(ctx, func(c *corpus.Corpus) ([]*corpus.Act, error) {
		acts = nil
		if len(req.Files) > 0 {
			a, err := c.Import(req)
			if err != nil {
				return nil, err
			}
			acts = append(acts, a)
		}
		for _, dir := range textDirs {
			merged, err := mergeAll(c, dir)
			if err != nil {
				return nil, err
			}
			acts = append(acts, merged...)
		}
		return acts, nil
	})
	if err != nil {
		return err
	}
	if len(res.Changed) == 0 {
		fmt.Fprintf(e.stdout, "nothing new: %s already holds every version given\n", *data)
		return nil
	}
	for _, a := range acts {
		if slices.Contains(res.Changed, a.ID) {
			fmt.Fprintf(e.stdout, "%s: %d versions of %d units stored in %s\n", a.ID, len(a.AllVersions()), len(a.Units()), *data)
		}
	}
	return nil
}

// mergeAll merges every act of from into the corpus c (see Act.Merge): an
// act c lacks is added as it is. It returns the acts to store.
func mergeAll(c *corpus.Corpus, from *corpus.Corpus) ([]*corpus.Act, error) {
	var out []*corpus.Act
	err := from.Each(func(a *corpus.Act) error {
		stored, err := c.Act(a.ID)
		switch {
		case errors.Is(err, corpus.ErrNotFound):
			out = append(out, a)
			return nil
		case err != nil:
			return err
		}
		merged, err := stored.Merge(a.ActInfo, a.AllVersions(), a.Sources()...)
		if err != nil {
			return fmt.Errorf("%s: %w", a.ID, err)
		}
		out = append(out, merged)
		return nil
	})
	return out, err
}

package main

import (
	"context"
	"errors"
	"fmt"

	"lexdiff/corpus/store"
	"lexdiff/index"
)

// errDamaged is the error of a check that found something wrong (exit 3).
var errDamaged = errors.New("the corpus is damaged")

func runCheck(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "check", "-data DIR")
	data := fs.String("data", "", "corpus `DIR` to check (required)")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	if *data == "" {
		return usagef("-data is required: the corpus directory to check")
	}
	st, err := e.openStore(*data, store.Options{Existing: true})
	if err != nil {
		return err
	}
	defer st.Close()
	problems, err := st.Check(ctx)
	if err != nil {
		return err
	}
	for _, p := range problems {
		fmt.Fprintf(e.stdout, "%s: %s\n", st.Path(), p)
	}
	bad := len(problems)
	snap, err := st.Snapshot(ctx)
	if err != nil {
		return err
	}
	defer snap.Close()
	acts, err := snap.Digests()
	if err != nil {
		return err
	}
	ixDir := indexDir(*data)
	switch err := index.Check(ixDir, snap.Corpus(), index.Options{Acts: acts}); {
	case errors.Is(err, index.ErrNoIndex):
		fmt.Fprintf(e.stdout, "%s: no search index of the corpus as it is yet; the next search or serve builds it\n", ixDir)
	case err != nil:
		bad++
		fmt.Fprintf(e.stdout, "%s: %v; the next search or serve rebuilds it\n", ixDir, err)
	}
	if bad > 0 {
		return fmt.Errorf("%w: %d problems", errDamaged, bad)
	}
	fmt.Fprintf(e.stdout, "%s: %d acts, generation %d: sound\n", *data, len(acts), snap.Generation())
	return nil
}

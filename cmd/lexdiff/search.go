package main

import (
	"context"
	"errors"
	"fmt"
	"html"
	"io"
	"log/slog"
	"strings"

	"lexdiff/corpus"
	"lexdiff/index"
	"lexdiff/server"
)

func runSearch(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "search", "[-data DIR] [-act ID] [-date DATE | -all] [-kind KIND] [-page N] [-size N] [-json] [-v] QUERY...")
	data := dataFlag(fs)
	verbose := verboseFlag(fs)
	actKey := fs.String("act", "", "only the act with this `ID` or reference")
	dateStr := fs.String("date", "", "the law as in force on `DATE` (default: today)")
	all := fs.Bool("all", false, "search every wording that ever applied")
	kind := fs.String("kind", "", "only units of this `KIND`: "+corpus.KindNames())
	page := fs.Int("page", 1, "page `N` of the hits")
	size := fs.Int("size", index.DefaultSize, fmt.Sprintf("`N` hits per page (at most %d)", index.MaxSize))
	asJSON := fs.Bool("json", false, "print JSON")
	rest, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		return usagef("no query: give words to find, e.g. lexdiff search wniosek kuratora")
	}
	if *all && *dateStr != "" {
		return usagef("give -date or -all, not both")
	}
	d, err := dateFlag("date", *dateStr, 0)
	if err != nil {
		return err
	}
	if *page < 1 || *size < 1 {
		return usagef("-page and -size count from 1")
	}
	req := index.Request{Query: strings.Join(rest, " "), Act: *actKey, Kind: *kind, Date: d, All: *all, Page: *page, Size: *size}
	res, err := search(ctx, e, *data, req, e.commandLogger(*verbose))
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, res)
	}
	printHits(e, res)
	return nil
}

// search opens the index of the corpus in dataDir (the embedded corpus,
// indexed in memory, when it is "") and runs req.
func search(ctx context.Context, e *env, dataDir string, req index.Request, log *slog.Logger) (*index.Result, error) {
	opts := index.Options{Logger: log}
	if e.errTerminal {
		opts.Terminal = e.stderr // a long build shows its progress
	}
	if dataDir == "" {
		c, _, err := e.loadCorpus("")
		if err != nil {
			return nil, err
		}
		return searchCorpus(ctx, dataDir, c, opts, req)
	}
	snap, done, err := e.snapshot(dataDir)
	if err != nil {
		return nil, err
	}
	defer done()
	if opts.Acts, err = snap.Digests(); err != nil { // the index is known by them: opening it reads no act
		return nil, err
	}
	return searchCorpus(ctx, dataDir, snap.Corpus(), opts, req)
}

// searchCorpus opens the index of c read from dataDir and runs req.
func searchCorpus(ctx context.Context, dataDir string, c *corpus.Corpus, opts index.Options, req index.Request) (*index.Result, error) {
	ix, err := openIndex(dataDir, c, opts, onDisk)
	if err != nil {
		return nil, err
	}
	defer ix.Close()
	return searchIn(ctx, ix, req)
}

// searchIn runs req on ix. A malformed query is a usage error; a damaged
// index a failure (exit 3) that the next search repairs.
func searchIn(ctx context.Context, ix server.Searcher, req index.Request) (*index.Result, error) {
	res, err := ix.Search(ctx, req)
	switch {
	case errors.Is(err, index.ErrBadQuery):
		return nil, usageError{err.Error()}
	case errors.Is(err, index.ErrDamaged):
		return nil, fmt.Errorf("%w; it is marked for rebuilding, which the next search does", err)
	}
	return res, err
}

// printHits prints res for people: a header, then each hit with its range
// (said to be only what the corpus knows when it is) and fragments, the
// matched words marked.
func printHits(e *env, res *index.Result) {
	w := e.stdout
	scope := "all history"
	if !res.Date.IsZero() {
		scope = "in force on " + res.Date.String()
	}
	first := (res.Page-1)*res.Size + 1
	noun := "hits"
	if res.Total == 1 {
		noun = "hit"
	}
	fmt.Fprintf(w, "%d %s (%s)", res.Total, noun, scope)
	if len(res.Hits) > 0 {
		fmt.Fprintf(w, ", %d–%d shown", first, first+len(res.Hits)-1)
	}
	fmt.Fprintln(w)
	for _, h := range res.Hits {
		days := corpus.Range{From: h.From, To: toDate(h.To)}.String()
		if h.FromFirstKnown {
			days += " (known from then on: the corpus holds no older wording)"
		}
		fmt.Fprintf(w, "\n%s  %s  %s\n", h.Citation, h.Act, days)
		for _, f := range h.Fragments {
			fmt.Fprintf(w, "  %s\n", plainFragment(f, e.terminal))
		}
	}
	printFacets(w, res.Facets)
}

func toDate(d *corpus.Date) corpus.Date {
	if d == nil {
		return 0
	}
	return *d
}

// plainFragment turns an HTML fragment into text, the marks shown in bold on
// a terminal and as «…» otherwise.
func plainFragment(f string, terminal bool) string {
	open, end := "«", "»"
	if terminal {
		open, end = "\x1b[1m", "\x1b[0m"
	}
	f = strings.NewReplacer("<mark>", open, "</mark>", end).Replace(f)
	return html.UnescapeString(f)
}

func printFacets(w io.Writer, f index.Facets) {
	for _, facet := range []struct {
		name   string
		counts []index.Count
	}{{"acts", f.Act}, {"kinds", f.Kind}, {"years", f.Year}} {
		if len(facet.counts) == 0 {
			continue
		}
		parts := make([]string, len(facet.counts))
		for i, c := range facet.counts {
			parts[i] = fmt.Sprintf("%s (%d)", c.Value, c.Count)
		}
		fmt.Fprintf(w, "\n%s: %s", facet.name, strings.Join(parts, ", "))
	}
	fmt.Fprintln(w)
}

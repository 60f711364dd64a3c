package main

import (
	"context"
	"fmt"
	"io"
	"slices"

	"lexdiff/corpus"
)

func runAt(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "at", "[-data DIR] [-act ID] [-date DATE] [-json] [UNIT]")
	act := actFlags(fs)
	date := fs.String("date", "", "the `DATE` (YYYY-MM-DD; default: today)")
	asJSON := fs.Bool("json", false, "print JSON")
	rest, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	d, err := dateFlag("date", *date, corpus.Today())
	if err != nil {
		return err
	}
	a, id, err := act.load(e, rest)
	if err != nil {
		return err
	}
	ans, err := a.TextAt(id, d)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, ans)
	}
	if ans.Answer != nil {
		printAnswer(e.stdout, ans.Answer)
		return nil
	}
	var groups []string
	for i, u := range ans.Units {
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		if !slices.Equal(u.Groups, groups) {
			groups = u.Groups
			printGroups(e.stdout, u)
		}
		printAnswer(e.stdout, u)
	}
	printUnknown(e.stdout, ans)
	return nil
}

// printUnknown says which units the text of the whole act lacks because
// the corpus does not know their wording on the date.
func printUnknown(w io.Writer, ans *corpus.TextAnswer) {
	if len(ans.Unknown) == 0 {
		return
	}
	fmt.Fprintf(w, "\nnot known on %s (the oldest wording the corpus holds applies from the day given; it may well have been in force before):\n", ans.Date)
	for _, u := range ans.Unknown {
		fmt.Fprintf(w, "  %s: from %s\n", u.Citation, u.KnownFrom)
	}
}

// printGroups prints the headings of the groupings (Rozdział …) that the
// unit a and those after it stand in, each with the footnotes marked in
// it, as the act page does where they change.
func printGroups(w io.Writer, a *corpus.Answer) {
	for _, g := range a.Groups {
		fmt.Fprintln(w, g)
		for _, h := range a.GroupFootnotes {
			if h.Heading != g {
				continue
			}
			for _, f := range h.Footnotes {
				fmt.Fprintf(w, "[%s] %s\n", f.Label, f.Body)
			}
		}
	}
	if len(a.Groups) > 0 {
		fmt.Fprintln(w)
	}
}

// printAnswer prints a unit's full text, its status when it has no force,
// the version's range and source, since when the wording has applied when
// that is earlier, and the footnotes.
func printAnswer(w io.Writer, a *corpus.Answer) {
	fmt.Fprintln(w, a.Unit.Text)
	if a.Unit.Status != corpus.InForce {
		fmt.Fprintf(w, "\nstatus: %s\n", a.Unit.Status)
	}
	to := "(still in force)"
	if a.Version.To != nil {
		to = a.Version.To.String()
	}
	fmt.Fprintf(w, "\nversion: %s – %s", a.Version.From, to)
	if a.Version.Source != "" {
		fmt.Fprintf(w, "  source: %s", a.Version.Source)
	}
	fmt.Fprintln(w)
	switch {
	case a.Since < a.Version.From && a.SinceFirstKnown:
		fmt.Fprintf(w, "wording since %s (brzmienie od), the same in the versions before, at least: the corpus knows the unit from then on\n", a.Since)
	case a.Since < a.Version.From:
		fmt.Fprintf(w, "wording since %s (brzmienie od): the same in the versions before\n", a.Since)
	case a.SinceFirstKnown:
		fmt.Fprintf(w, "wording known since %s: the corpus knows the unit from then on, and not since when it read so\n", a.Since)
	}
	if a.Version.Computed {
		fmt.Fprintln(w, "computed by lexdiff from the amending act, not copied from a published text:")
		for _, ap := range a.Version.Applied {
			fmt.Fprintf(w, "  %s\n", ap)
		}
	}
	for _, f := range a.Footnotes {
		fmt.Fprintf(w, "[%s] (%s) %s\n", f.Label, corpus.CitationOf(f.Unit), f.Body)
	}
}

package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"lexdiff/corpus"
	"lexdiff/corpus/amend"
	"lexdiff/corpus/store"
	"lexdiff/diff"
)

func runAmend(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "amend", "-data DIR [-dry-run] [-json] [-ref REF] [-promulgated DATE] FILE")
	data := dataFlag(fs)
	dryRun := fs.Bool("dry-run", false, "print the operations and the changes they make, and store nothing")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	opts := amendingFlags(fs)
	files, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		return usagef("name one FILE: the amending act (a dziennik-ustaw-md file, or a plain text with -ref and -promulgated)")
	}
	if *data == "" && !*dryRun {
		return usagef("-data is required: the corpus directory to store the new versions in (or -dry-run to see them only)")
	}
	doc, err := opts.read(files[0])
	if err != nil {
		return err
	}
	var im *amend.Import
	if *dryRun {
		c, done, err := e.loadCorpus(*data)
		if err != nil {
			return err
		}
		im, err = amend.Plan(c, doc)
		done()
		if err != nil {
			return err
		}
	} else if im, err = e.storeAmending(ctx, *data, doc); err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, newAmendReport(im, *dryRun))
	}
	return printAmend(e.stdout, im, *dryRun, e.terminal)
}

// amendingOpts are the flags that describe an amending act given as plain
// text, which carries no metadata.
type amendingOpts struct{ ref, promulgated *string }

func amendingFlags(fs *flag.FlagSet) amendingOpts {
	return amendingOpts{
		fs.String("ref", "", "the amending act's publication reference (`REF`, e.g. \"Dz. U. z 2026 r. poz. 53\"; a dziennik-ustaw-md file gives it)"),
		fs.String("promulgated", "", "the `DATE` the amending act was published, from which its entry into force is counted (a dziennik-ustaw-md file gives it)"),
	}
}

// read reads the amending act in file: a dziennik-ustaw-md file, or a
// plain text with -ref and -promulgated.
func (o amendingOpts) read(file string) (*amend.Document, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, usagef("%v", err)
	}
	opts := amend.Options{Ref: *o.ref}
	if opts.Promulgated, err = dateFlag("promulgated", *o.promulgated, 0); err != nil {
		return nil, err
	}
	return amend.Read(file, b, opts)
}

// storeAmending applies the amending act to the corpus in dir and stores
// it with the acts it changes, in one transaction of the store.
func (e *env) storeAmending(ctx context.Context, dir string, doc *amend.Document) (*amend.Import, error) {
	st, err := e.openStore(dir, store.Options{Waiting: func() {
		fmt.Fprintf(e.stderr, "lexdiff amend: waiting for another import into %s to finish…\n", dir)
	}})
	if err != nil {
		return nil, err
	}
	defer st.Close()
	var im *amend.Import
	_, err = st.Update(ctx, func(c *corpus.Corpus) ([]*corpus.Act, error) {
		var err error
		if im, err = amend.Plan(c, doc); err != nil {
			return nil, err
		}
		return im.Acts(), nil
	})
	return im, err
}

// printAmend prints what an amending act does: the operations of each act
// it amends, what it could not apply, where a published text says
// otherwise, and the changes unit by unit.
func printAmend(w io.Writer, im *amend.Import, dryRun, colour bool) error {
	am := im.Amending
	fmt.Fprintf(w, "%s: %s (%s), in force %s\n", am.Doc.Name, am.Doc.Title, am.Doc.Ref, am.InForce)
	for _, ex := range am.Exceptions {
		scope := ""
		if ex.Scope != "" {
			scope = " as far as they change " + ex.Scope
		}
		fmt.Fprintf(w, "  except %v%s: in force %s\n", citations(ex.Provisions), scope, ex.InForce)
	}
	printMissing(w, im, false)
	for _, ch := range im.Changes {
		fmt.Fprintf(w, "\n%s (%s): %d operations\n", ch.Act.ID, ch.Act.Title, len(ch.Operations))
		if why := skipped(ch, am.Doc.Ref); len(why) > 0 {
			for _, line := range why {
				fmt.Fprintf(w, "  %s\n", line)
			}
			continue
		}
		for _, op := range ch.Operations {
			fmt.Fprintf(w, "  %s  [in force %s]\n", op, op.InForce)
		}
		printPublished(w, ch)
		for _, u := range ch.Unapplied {
			fmt.Fprintf(w, "  not applied: %s: %s\n", u.Op, u.Reason)
		}
		for _, d := range changeDays(ch) {
			r, err := diff.Dates(ch.Act, d.AddDays(-1), d, "")
			if err != nil {
				return err
			}
			fmt.Fprintln(w)
			if err := diff.RenderText(w, r, colour); err != nil {
				return err
			}
		}
	}
	if !dryRun {
		fmt.Fprintf(w, "\nstored %s and %d computed versions\n", im.Act.ID, computedCount(im))
	}
	return nil
}

// changeDays returns the days the change's versions start, in order.
func changeDays(ch *amend.ActChange) []corpus.Date {
	var days []corpus.Date
	for _, v := range ch.Versions {
		if len(days) == 0 || days[len(days)-1] != v.Range.From {
			days = append(days, v.Range.From)
		}
	}
	return days
}

func computedCount(im *amend.Import) int {
	n := 0
	for _, ch := range im.Changes {
		n += len(ch.Versions)
	}
	return n
}

func citations(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = corpus.CitationOf(id)
	}
	return out
}

// An amendReport is what lexdiff amend -json prints.
type amendReport struct {
	File       string            `json:"file"`
	Title      string            `json:"title"`
	Ref        string            `json:"ref"`
	ELI        string            `json:"eli,omitempty"`
	Act        string            `json:"act"` // the amending act's id in the corpus
	InForce    corpus.Date       `json:"inForce"`
	Exceptions []amend.Exception `json:"exceptions"`
	Changes    []actChangeReport `json:"changes"`
	Missing    []string          `json:"missing"` // amended acts not in the corpus, as the text names them
	Unread     []string          `json:"unread"`  // instructions to them lexdiff could not read, with why
	Stored     bool              `json:"stored"`
}

// An actChangeReport is what the amending act does to one act.
type actChangeReport struct {
	Act        string            `json:"act"`
	Already    bool              `json:"alreadyApplied,omitempty"`
	TakenIn    string            `json:"takenInBy,omitempty"`
	CoveredBy  string            `json:"coveredBy,omitempty"` // a consolidated text taking the amending act in, which gives the wording the instructions in Failed would have made
	Failed     []string          `json:"failed,omitempty"`
	Operations []operationReport `json:"operations"`
	Unapplied  []operationReport `json:"unapplied"`
	Versions   []*corpus.Version `json:"versions"`
	Mismatches []amend.Mismatch  `json:"mismatches"`
}

// An operationReport is one operation: the amending provision, where it
// stands, what it does and where, and from when.
type operationReport struct {
	Provision   string      `json:"provision"`
	Pos         string      `json:"pos"`
	Action      string      `json:"action"`
	Where       string      `json:"where"`
	Description string      `json:"description"`
	InForce     corpus.Date `json:"inForce"`
	Reason      string      `json:"reason,omitempty"`
}

func newAmendReport(im *amend.Import, dryRun bool) amendReport {
	am := im.Amending
	r := amendReport{File: am.Doc.Name, Title: am.Doc.Title, Ref: am.Doc.Ref, ELI: am.Doc.ELI, Act: im.Act.ID, InForce: am.InForce,
		Exceptions: append([]amend.Exception{}, am.Exceptions...), Changes: []actChangeReport{}, Missing: []string{}, Unread: []string{}, Stored: !dryRun}
	for _, t := range im.Missing {
		r.Missing = append(r.Missing, t.Mention)
	}
	for _, e := range im.Unread {
		r.Unread = append(r.Unread, e.Error())
	}
	for _, ch := range im.Changes {
		cr := actChangeReport{Act: ch.Act.ID, Already: ch.Already, TakenIn: ch.TakenIn, CoveredBy: ch.CoveredBy, Operations: []operationReport{}, Unapplied: []operationReport{},
			Versions: append([]*corpus.Version{}, ch.Versions...), Mismatches: append([]amend.Mismatch{}, ch.Mismatches...)}
		for _, e := range ch.Failed {
			cr.Failed = append(cr.Failed, e.Error())
		}
		for _, op := range ch.Operations {
			cr.Operations = append(cr.Operations, newOperationReport(op))
		}
		for _, u := range ch.Unapplied {
			or := newOperationReport(u.Op)
			or.Reason = u.Reason
			cr.Unapplied = append(cr.Unapplied, or)
		}
		r.Changes = append(r.Changes, cr)
	}
	return r
}

func newOperationReport(op *amend.Operation) operationReport {
	return operationReport{Provision: op.Provision, Pos: op.Pos.String(), Action: string(op.Action), Where: op.Where(), Description: op.Describe(), InForce: op.InForce}
}

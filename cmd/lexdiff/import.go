package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"lexdiff/corpus"
	"lexdiff/corpus/amend"
	"lexdiff/corpus/store"
)

// maxReported is how many errors and warnings an import prints before it
// only counts the rest.
const maxReported = 50

func runImport(ctx context.Context, e *env, args []string) error {
	job, err := parseImport(e, args)
	if err != nil {
		return err
	}
	st, err := e.openImportStore(job.data)
	if err != nil {
		return err
	}
	defer st.Close()
	var done importDone
	upd, err := st.Import(ctx, func(c *corpus.Corpus, awaiting map[string]store.Awaiting) (store.Import, error) {
		done = importDone{}
		return job.run(c, awaiting, &done)
	})
	if e.errTerminal {
		fmt.Fprint(e.stderr, "\r\033[K") // the progress line
	}
	return e.reportImport(job, done, upd, err)
}

// An importJob is what lexdiff import was asked to do.
type importJob struct {
	data  string
	req   corpus.ImportRequest // its Files: the files named and those of folders
	in    inputs
	amend amend.Options
}

// parseImport reads the flags and arguments of lexdiff import, and the
// files they name.
func parseImport(e *env, args []string) (*importJob, error) {
	fs := newFlags(e, "import", "-data DIR [-act ID] [-title T] [-ref REF] [-unit CITATION] [-from DATE] [-to DATE] [-source REF] [-promulgated DATE] [-strict] [-keep-going] FILE|FOLDER|TEXTDIR...")
	data := fs.String("data", "", "corpus `DIR` to import into (required)")
	act := fs.String("act", "", "`ID` of the act the files belong to (default: the act each file names, or the corpus's only act)")
	title := fs.String("title", "", "the act's `TITLE` (default: the one the text gives)")
	ref := fs.String("ref", "", "the act's publication reference (`REF`, e.g. \"Dz. U. z 2017 r. poz. 1399\")")
	unit := fs.String("unit", "", "the top-level unit a file holds when its text leaves the label out (`CITATION`, e.g. \"§ 3\")")
	from := fs.String("from", "", "first `DATE` a plain text applies (for a text that does not date itself)")
	to := fs.String("to", "", "last `DATE` a plain text applies (default: still applies)")
	source := fs.String("source", "", "where a plain text comes from (`REF`, e.g. \"Dz.U.2020.2170 tekst jednolity\")")
	strict := fs.Bool("strict", false, "refuse a file with any warning (a fault of the source that lexdiff reads past)")
	keepGoing := fs.Bool("keep-going", false, "import the files that parse, and name the others (default: one bad file stops the import)")
	promulgated := fs.String("promulgated", "", "the `DATE` an amending act given as plain text was published (its entry into force is counted from it)")
	names, err := parseArgs(fs, args)
	if err != nil {
		return nil, err
	}
	if *data == "" {
		return nil, usagef("-data is required: the corpus directory to import into")
	}
	if len(names) == 0 {
		return nil, usagef("no FILE given: name dziennik-ustaw-md files, portal exports or plain texts, or a folder of them")
	}
	job := &importJob{data: *data, amend: amend.Options{Ref: *ref},
		req: corpus.ImportRequest{Act: *act, Title: *title, Ref: *ref, Unit: *unit, Source: *source, Strict: *strict, KeepGoing: *keepGoing}}
	if job.req.Range.From, err = dateFlag("from", *from, 0); err != nil {
		return nil, err
	}
	if job.req.Range.To, err = dateFlag("to", *to, 0); err != nil {
		return nil, err
	}
	if job.amend.Promulgated, err = dateFlag("promulgated", *promulgated, 0); err != nil {
		return nil, err
	}
	if job.in, err = readInputs(names); err != nil {
		return nil, err
	}
	job.req.Files = job.in.files
	if e.errTerminal {
		job.req.Progress = newProgress(e.stderr).show
	}
	return job, nil
}

// openImportStore opens the store of the corpus directory dir, creating
// it, for an import that says on stderr when it waits for another.
func (e *env) openImportStore(dir string) (*store.Store, error) {
	if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
		return nil, checkDataDir(dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	return e.openStore(dir, store.Options{Waiting: func() {
		fmt.Fprintf(e.stderr, "lexdiff import: waiting for another import into %s to finish…\n", dir)
	}})
}

// importDone is what an import's transaction did.
type importDone struct {
	res        *corpus.ImportResult // nil when no file was imported
	acts       []*corpus.Act        // the acts to store
	amended    []amended
	dropped    []string // why kept amending acts' files were dropped
	mismatches []amend.Mismatch
}

// run imports the job's files into the corpus c as stored, and merges
// the text folders; then it applies the amending acts among the files, and
// those awaiting an act the import brings. It returns what to store, and
// says what it did in done.
func (job *importJob) run(c *corpus.Corpus, awaiting map[string]store.Awaiting, done *importDone) (store.Import, error) {
	res := &corpus.ImportResult{}
	if len(job.req.Files) > 0 {
		r, err := c.Import(job.req)
		done.res = r
		if err != nil {
			return store.Import{}, err
		}
		if done.mismatches, err = publishedMismatches(c, r.Acts); err != nil {
			return store.Import{}, err
		}
		res = r
	}
	acts := res.Acts
	for _, dir := range job.in.textDirs {
		merged, err := mergeAll(c, dir)
		if err != nil {
			return store.Import{}, err
		}
		acts = append(acts, merged...)
	}
	imp, amended, dropped, err := applyAmending(c, acts, res, job.req.Files, job.amend, job.req.KeepGoing, awaiting)
	done.acts, done.amended, done.dropped = imp.Acts, amended, dropped
	return imp, err
}

// reportImport says what an import did, or why it did not (err, from the
// store's Update).
func (e *env) reportImport(job *importJob, done importDone, upd store.Result, err error) error {
	if done.res != nil {
		report(e.stdout, e.stderr, done.res, job.in.skipped, err == nil)
	}
	if err != nil {
		return capped(err)
	}
	for _, a := range done.amended {
		printAmendSummary(e.stdout, a)
	}
	for _, why := range done.dropped {
		fmt.Fprintln(e.stderr, why)
	}
	printMismatches(e.stdout, done.mismatches)
	if len(done.acts) == 0 {
		return fmt.Errorf("%w: nothing imported: no file holds a consolidated text or an act", corpus.ErrInvalid)
	}
	switch {
	case len(upd.Changed) == 0 && upd.Awaiting:
		fmt.Fprintf(e.stdout, "no act changed in %s; the amending acts kept for later imports did\n", job.data)
		return nil
	case len(upd.Changed) == 0:
		fmt.Fprintf(e.stdout, "nothing new: %s already holds every version given\n", job.data)
		return nil
	}
	for _, a := range done.acts {
		if slices.Contains(upd.Changed, a.ID) {
			fmt.Fprintf(e.stdout, "%s: %d versions of %d units, %d sources, stored in %s\n", a.ID, len(a.AllVersions()), len(a.Units()), len(a.Sources()), job.data)
		}
	}
	return nil
}

// inputs are what an import reads: files, the folders of corpora that
// lexdiff export wrote, and the files of folders it leaves out.
type inputs struct {
	files    []corpus.File
	textDirs []*corpus.Corpus
	skipped  []string
}

// readInputs reads the files named, and the folders: a folder in the
// text layout (acts with act.txt, as lexdiff export writes it) is a corpus
// to merge; any other folder gives its *.md and *.txt files, but for
// README, INDEX and LICENSE files, which it lists as skipped.
func readInputs(names []string) (inputs, error) {
	var in inputs
	for _, name := range names {
		info, err := os.Stat(name)
		if err != nil {
			return in, usagef("%v", err)
		}
		paths := []string{name}
		if info.IsDir() {
			if isTextLayout(name) {
				c, err := corpus.ReadDir(os.DirFS(name))
				if err != nil {
					return in, fmt.Errorf("%w: %s: %w", corpus.ErrInvalid, name, err)
				}
				in.textDirs = append(in.textDirs, c)
				continue
			}
			if paths, in.skipped, err = folderFiles(name, in.skipped); err != nil {
				return in, err
			}
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				return in, usagef("%v", err)
			}
			in.files = append(in.files, corpus.File{Name: p, Data: b})
		}
	}
	return in, nil
}

// isTextLayout reports whether dir holds acts in the text layout: a
// folder with an act.txt.
func isTextLayout(dir string) bool {
	matches, _ := filepath.Glob(filepath.Join(dir, "*", "act.txt"))
	return len(matches) > 0
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

// folderFiles lists the files of a folder that an import reads.
func folderFiles(dir string, skipped []string) ([]string, []string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, usagef("%v", err)
	}
	var out []string
	for _, en := range entries {
		name := en.Name()
		ext := strings.ToLower(filepath.Ext(name))
		if en.IsDir() || strings.HasPrefix(name, ".") || (ext != ".md" && ext != ".txt") {
			continue
		}
		upper := strings.ToUpper(name)
		if strings.HasPrefix(upper, "README") || strings.HasPrefix(upper, "INDEX") || strings.HasPrefix(upper, "LICENSE") {
			skipped = append(skipped, filepath.Join(dir, name))
			continue
		}
		out = append(out, filepath.Join(dir, name))
	}
	sort.Strings(out)
	return out, skipped, nil
}

// report prints the warnings of the imported files (at most maxReported),
// what was skipped, and a summary: files imported, with warnings and
// their kinds, rejected (with their first errors), skipped.
func report(stdout, stderr io.Writer, res *corpus.ImportResult, folderSkips []string, stored bool) {
	warnings := res.Warnings()
	for i, w := range warnings {
		if i == maxReported {
			fmt.Fprintf(stderr, "… and %d more warnings\n", len(warnings)-maxReported)
			break
		}
		fmt.Fprintln(stderr, w)
	}
	var imported, withWarnings, rejected, skipped int
	for _, f := range res.Files {
		switch {
		case f.Err != nil:
			rejected++
			if stored { // a stopped import returns the errors themselves
				fmt.Fprintf(stderr, "%s: rejected:\n%s\n", f.Name, firstLines(f.Err.Error(), 5))
			}
		case f.Skipped != "" && f.Kind == corpus.Amending:
			skipped++
			fmt.Fprintf(stderr, "%s: not applied: an amending act is applied after the other files, and the import stopped before it\n", f.Name)
		case f.Skipped != "":
			skipped++
			fmt.Fprintf(stderr, "%s: skipped: %s\n", f.Name, f.Skipped)
		default:
			imported++
			if len(f.Warnings) > 0 {
				withWarnings++
			}
		}
	}
	for _, name := range folderSkips {
		fmt.Fprintf(stderr, "%s: skipped: not a legal text (a README, INDEX or LICENSE file)\n", name)
	}
	verb := "imported"
	if !stored {
		verb = "parsed (nothing stored)"
	}
	fmt.Fprintf(stdout, "%d files %s, %d with warnings%s; %d rejected; %d skipped\n",
		imported, verb, withWarnings, kindCounts(warnings), rejected, skipped+len(folderSkips))
}

// firstLines returns the first n lines of s, and a count of the rest.
func firstLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) <= n {
		return s
	}
	return strings.Join(lines[:n], "\n") + fmt.Sprintf("\n… and %d more errors", len(lines)-n)
}

// kindCounts formats the number of warnings of each kind: " (image 6,
// footnote-twice 3)".
func kindCounts(ws []corpus.Warning) string {
	counts := corpus.CountWarnings(ws)
	if len(counts) == 0 {
		return ""
	}
	kinds := make([]string, 0, len(counts))
	for k := range counts {
		kinds = append(kinds, string(k))
	}
	sort.Slice(kinds, func(i, j int) bool {
		ci, cj := counts[corpus.WarningKind(kinds[i])], counts[corpus.WarningKind(kinds[j])]
		return ci > cj || ci == cj && kinds[i] < kinds[j]
	})
	parts := make([]string, len(kinds))
	for i, k := range kinds {
		parts[i] = fmt.Sprintf("%s %d", k, counts[corpus.WarningKind(k)])
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// A cappedError prints the first maxReported lines of an error and
// counts the rest.
type cappedError struct{ err error }

func capped(err error) error { return cappedError{err} }

func (c cappedError) Error() string {
	lines := strings.Split(c.err.Error(), "\n")
	if len(lines) <= maxReported {
		return c.err.Error()
	}
	return strings.Join(lines[:maxReported], "\n") + fmt.Sprintf("\n… and %d more errors", len(lines)-maxReported)
}

func (c cappedError) Unwrap() error { return c.err }

// A progress line shows, on a terminal, how far the parsing of an import
// has got: files, versions, rate and time left.
type progress struct {
	w     io.Writer
	start time.Time
	last  time.Time
}

func newProgress(w io.Writer) *progress { return &progress{w: w, start: time.Now()} }

func (p *progress) show(ip corpus.ImportProgress) {
	now := time.Now()
	if now.Sub(p.last) < 100*time.Millisecond && ip.Parsed < ip.Files {
		return
	}
	p.last = now
	elapsed := now.Sub(p.start).Seconds()
	rate := float64(ip.Parsed) / max(elapsed, 1e-3)
	left := ""
	if ip.Parsed < ip.Files && rate > 0 {
		left = fmt.Sprintf(", %s left", (time.Duration(float64(ip.Files-ip.Parsed)/rate) * time.Second).Round(time.Second))
	}
	fmt.Fprintf(p.w, "\r\033[Kparsing %d/%d files, %d units, %.0f files/s%s", ip.Parsed, ip.Files, ip.Units, rate, left)
}

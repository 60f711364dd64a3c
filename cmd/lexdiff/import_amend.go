package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"sort"
	"strings"

	"lexdiff/corpus"
	"lexdiff/corpus/amend"
	"lexdiff/corpus/store"
	"lexdiff/diff"
)

// applyAmending applies the amending acts among the files of an import,
// and those kept from earlier imports (awaiting: each amends an act the
// corpus lacked) that amend one of the acts the import brings, in the
// order they were published, each to the corpus as the import leaves it:
// c with the acts the import stores (a consolidated text imported with
// the amending act is there to be amended). It returns what to store: the
// acts, and the files to keep until an act they amend arrives, or to
// drop; what each amending act did (each of their files' results names
// the amending act stored); and why kept files were dropped. An amending
// act of the import that cannot be read or applied stops the import, or
// with keepGoing is rejected alone; a kept one is dropped, saying why: an
// earlier file never stops an import.
func applyAmending(c *corpus.Corpus, acts []*corpus.Act, res *corpus.ImportResult, files []corpus.File, opts amend.Options, keepGoing bool,
	awaiting map[string]store.Awaiting) (imp store.Import, done []amended, dropped []string, err error) {
	type pending struct {
		doc    *amend.Document
		result *corpus.FileResult // nil for a kept file
		file   store.Awaiting
	}
	imp.Awaiting = map[string]*store.Awaiting{}
	drop := func(eli, name string, err error) {
		imp.Awaiting[eli] = nil
		dropped = append(dropped, fmt.Sprintf("%s (kept from an earlier import): not applied, no longer kept: %v", name, err))
	}
	var todo []pending
	for i := range res.Files {
		f := &res.Files[i]
		if f.Kind != corpus.Amending || f.Err != nil {
			continue
		}
		data := dataOf(files, f.Name)
		doc, err := amend.Read(f.Name, data, opts)
		if err != nil {
			f.Err, f.Skipped = err, ""
			if !keepGoing {
				return store.Import{}, nil, nil, err
			}
			continue
		}
		todo = append(todo, pending{doc, f, store.Awaiting{Name: f.Name, Data: data, Ref: opts.Ref, Promulgated: opts.Promulgated}})
	}
	brought, err := corpus.New(replaceActs(nil, acts)...) // what a kept file may have waited for
	if err != nil {
		return store.Import{}, nil, nil, err
	}
	for _, eli := range slices.Sorted(maps.Keys(awaiting)) {
		a := awaiting[eli]
		if slices.ContainsFunc(todo, func(p pending) bool { return p.doc.ELI == eli }) {
			continue // imported again: the file given now
		}
		doc, err := amend.Read(a.Name, a.Data, amend.Options{Ref: a.Ref, Promulgated: a.Promulgated})
		switch {
		case err != nil:
			drop(eli, a.Name, err)
		case amend.Amends(brought, doc):
			todo = append(todo, pending{doc, nil, a})
		}
	}
	sort.SliceStable(todo, func(i, j int) bool { return todo[i].doc.Promulgated < todo[j].doc.Promulgated })
	for _, p := range todo {
		im, err := amend.Plan(c.With(acts...), p.doc)
		switch {
		case err != nil && p.result == nil:
			drop(p.doc.ELI, p.file.Name, err)
			continue
		case err != nil:
			p.result.Err, p.result.Skipped = err, ""
			if !keepGoing {
				return store.Import{}, nil, nil, err
			}
			continue
		}
		acts = replaceActs(acts, im.Acts())
		imp.Awaiting[p.doc.ELI] = nil // applied wherever it can be
		if file := p.file; waits(im) {
			imp.Awaiting[p.doc.ELI] = &file
		}
		if p.result == nil {
			if len(im.Acts()) > 1 { // it changed an act that arrived
				done = append(done, amended{im, true})
			}
			continue
		}
		p.result.Skipped, p.result.Act, p.result.Versions = "", im.Act.ID, len(im.Act.AllVersions())
		done = append(done, amended{im, false})
	}
	imp.Acts = acts
	return imp, done, dropped, nil
}

// waits reports whether an amending act has acts to be applied to that
// the corpus does not hold yet: acts it lacks, or the wording before it of
// an act known only from a consolidated text that takes it in (an older
// text imported later gives that wording).
func waits(im *amend.Import) bool {
	return len(im.Missing) > 0 || slices.ContainsFunc(im.Changes, func(ch *amend.ActChange) bool { return ch.TakenIn != "" })
}

// An amended is what an amending act did in an import; earlier, that its
// file was kept from an earlier import, until an act it amends arrived.
type amended struct {
	*amend.Import
	earlier bool
}

func dataOf(files []corpus.File, name string) []byte {
	for _, f := range files {
		if f.Name == name {
			return f.Data
		}
	}
	return nil
}

// replaceActs returns acts with each of add in place of the act of the
// same id, or added.
func replaceActs(acts, add []*corpus.Act) []*corpus.Act {
	out := append([]*corpus.Act(nil), acts...)
next:
	for _, a := range add {
		for i, b := range out {
			if b.ID == a.ID {
				out[i] = a
				continue next
			}
		}
		out = append(out, a)
	}
	return out
}

// publishedMismatches compares the published texts an import adds with the
// wordings lexdiff computed for the same days.
func publishedMismatches(c *corpus.Corpus, acts []*corpus.Act) ([]amend.Mismatch, error) {
	var out []amend.Mismatch
	for _, a := range acts {
		stored, err := c.Act(a.ID)
		if err != nil {
			continue // a new act: nothing was computed for it
		}
		out = append(out, amend.CheckPublished(stored, a)...)
	}
	return out, nil
}

// printAmendSummary prints what an imported amending act did, in a few
// lines: the acts it changed, those the corpus lacks, what it could not
// apply, where a published text says otherwise.
func printAmendSummary(w io.Writer, a amended) {
	im, am := a.Import, a.Amending
	earlier := ""
	if a.earlier {
		earlier = " (kept from an earlier import, until what it amends arrived)"
	}
	fmt.Fprintf(w, "%s%s: amending act %s, in force %s\n", am.Doc.Name, earlier, im.Act.ID, am.InForce)
	printMissing(w, im, true)
	for _, ch := range im.Changes {
		if why := skipped(ch, am.Doc.Ref); len(why) > 0 {
			fmt.Fprintf(w, "  %s: %s\n", ch.Act.ID, why[0])
			for _, line := range why[1:] {
				fmt.Fprintf(w, "  %s\n", line)
			}
			if ch.TakenIn != "" {
				fmt.Fprintln(w, "  kept: the import that brings an older consolidated text of it applies the amending act there")
			}
			continue
		}
		fmt.Fprintf(w, "  %s: %d operations, %d versions computed\n", ch.Act.ID, len(ch.Operations), len(ch.Versions))
		for _, u := range ch.Unapplied {
			fmt.Fprintf(w, "  not applied: %s: %s\n", u.Op, u.Reason)
		}
		printPublished(w, ch)
	}
}

// skipped says why nothing of the amending act was applied to the act
// of ch, a line for the reason and one for each instruction that failed;
// none when something was applied. amending is its reference.
func skipped(ch *amend.ActChange, amending string) []string {
	switch {
	case ch.Already:
		return []string{fmt.Sprintf("already applied: the act holds versions computed from %s; nothing changed", amending)}
	case ch.TakenIn != "":
		return []string{fmt.Sprintf("its consolidated text %s takes this amending act in, and the corpus knows the act before it only from that text; nothing changed", ch.TakenIn)}
	case ch.CoveredBy != "":
		lines := []string{fmt.Sprintf("lexdiff cannot read or apply every instruction to it (below), and its consolidated text %s takes this amending act in and gives the wording it made; nothing applied", ch.CoveredBy)}
		for _, e := range ch.Failed {
			lines = append(lines, "not applied: "+e.Error())
		}
		return lines
	}
	return nil
}

// printPublished says how many computed wordings a published text of the
// same day stands for, and where the two differ.
func printPublished(w io.Writer, ch *amend.ActChange) {
	if ch.Published > 0 {
		fmt.Fprintf(w, "  %d of the articles, paragraphs or annexes changed have a published text of that day, kept in place of the computed wording; %d units differ from it\n", ch.Published, len(ch.Mismatches))
	}
	printMismatches(w, ch.Mismatches)
}

// printMissing prints the acts an amending act amends that the corpus
// lacks, and the instructions to them lexdiff could not read, which
// changed nothing; and how they will be applied: by the import that
// brings them, when the file is kept (an import keeps it), or else by
// importing the file again.
func printMissing(w io.Writer, im *amend.Import, kept bool) {
	for _, t := range im.Missing {
		fmt.Fprintf(w, "  not in the corpus, skipped: %s\n", t.Mention)
	}
	for _, e := range im.Unread {
		fmt.Fprintf(w, "  not read, for an act not in the corpus: %s\n", e)
	}
	switch {
	case len(im.Missing) > 0 && kept:
		fmt.Fprintln(w, "  kept: the import that brings a consolidated text of one of those acts applies it there")
	case len(im.Missing) > 0:
		fmt.Fprintf(w, "  to apply it to those acts, import a consolidated text of each, then %s again (or both in one import)\n", im.Amending.Doc.Name)
	}
}

// printMismatches prints the units where a published text says other than
// lexdiff computed: the words where the two differ, with a few before and
// after, and what kind of difference it is, as diff classes a change (a
// consolidated text brings references up to date; a PDF copy drops spaces).
func printMismatches(w io.Writer, ms []amend.Mismatch) {
	for _, m := range ms {
		computed, published := whereTheyDiffer(m.Computed, m.Published)
		fmt.Fprintf(w, "  differs from the published text %s of %s: %s%s\n    computed:  %s\n    published: %s\n", m.Source, m.From, m.Citation, mismatchClass(m), computed, published)
	}
}

// mismatchClass says, for a unit both sides hold, what the difference is:
// " (references only)", " (formatting only)", or nothing for words.
func mismatchClass(m amend.Mismatch) string {
	k, ok := corpus.KindOfID(m.Unit)
	if !ok || m.Computed == "" || m.Published == "" {
		return ""
	}
	switch diff.ClassOfTexts(k, m.Computed, m.Published) {
	case diff.Reference:
		return " (references only)"
	case diff.Formatting:
		return " (formatting only)"
	}
	return ""
}

// whereTheyDiffer writes two texts on one line each, whitespace folded,
// cut at words to the stretch where they differ and about 40 characters
// around it, with "…" where a text is cut: at most about 160 characters of
// each. Long texts often differ only at their end (a reference the
// consolidator brought up to date), which their first 160 characters
// would not show.
func whereTheyDiffer(a, b string) (string, string) {
	const context, most = 40, 160
	ra, rb := []rune(strings.Join(strings.Fields(a), " ")), []rune(strings.Join(strings.Fields(b), " "))
	pre := 0
	for pre < len(ra) && pre < len(rb) && ra[pre] == rb[pre] {
		pre++
	}
	suf := 0
	for suf < len(ra)-pre && suf < len(rb)-pre && ra[len(ra)-1-suf] == rb[len(rb)-1-suf] {
		suf++
	}
	from := max(0, pre-context)
	for from > 0 && from < pre && ra[from-1] != ' ' { // start at a word
		from++
	}
	cut := func(r []rune) string {
		to := min(len(r), len(r)-suf+context, from+most)
		for to < len(r) && to > len(r)-suf && r[to] != ' ' { // end at a word
			to--
		}
		s := string(r[from:to])
		if from > 0 {
			s = "… " + s
		}
		if to < len(r) {
			s += " …"
		}
		return s
	}
	return cut(ra), cut(rb)
}

package corpus

import (
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
)

// An ImportRequest is what `lexdiff import` is asked to do: add the
// versions in Files to the corpus.
//
// A file of the dziennik-ustaw-md dataset (or a plain text of an
// obwieszczenie or of an act as published) says itself which act it holds,
// and its dates and sources; with Act empty it goes into the act it names
// (matched by its references, or by its type, date and title), created
// when the corpus lacks it. A portal export or a plain text given -from
// goes into Act (or, when Act is empty, the corpus's only act). Title and
// Ref set the act's title and publication reference.
//
// Unit names the top-level unit a file holds when its text leaves the label
// out. Range and Source are required for a plain text that does not date
// itself, and refused for a portal export, which carries its own.
//
// Strict turns the warnings of a file into errors. KeepGoing imports the
// files that parse when others do not (by default, one bad file stops the
// whole import). Progress, when set, is called as files are parsed.
type ImportRequest struct {
	Act       string
	Title     string
	Ref       string
	Unit      string
	Range     Range
	Source    string
	Strict    bool
	KeepGoing bool
	Files     []File
	Progress  func(ImportProgress)
}

// A File is one input: its name, for positions in errors, and its bytes.
type File struct {
	Name string
	Data []byte
}

// ImportProgress says how far the parsing of an import's files has got.
type ImportProgress struct {
	Files, Parsed int   // files given, files parsed so far
	Bytes, Read   int64 // their size, the size parsed so far
	Units         int   // top-level units read so far (one version of each per file)
}

// An ImportResult says what an import did: the acts to store (each new,
// or the stored act with the new versions merged in), and what became of
// each file.
type ImportResult struct {
	Acts  []*Act
	Files []FileResult
}

// A FileResult is what became of one file: the act it went into, what
// kind of document it is, the versions it gave, its warnings; or why it
// was rejected (Err), or why it was not imported although it is no error
// (Skipped: an amending act, which is not a consolidated text).
type FileResult struct {
	Name     string
	Act      string
	Kind     SourceKind
	Versions int
	Warnings []Warning
	Err      error
	Skipped  string
}

// Err returns the errors of the rejected files, joined (nil when none
// was); it wraps ErrInvalid.
func (r *ImportResult) Err() error {
	var errs []error
	for _, f := range r.Files {
		if f.Err != nil {
			errs = append(errs, f.Err)
		}
	}
	return errors.Join(errs...)
}

// Warnings returns the warnings of every imported file.
func (r *ImportResult) Warnings() []Warning {
	var ws []Warning
	for _, f := range r.Files {
		if f.Err == nil && f.Skipped == "" {
			ws = append(ws, f.Warnings...)
		}
	}
	return ws
}

// Import parses the files of req (in parallel) and returns the acts they
// change, merged with what c holds (see Act.Merge), without changing c.
// The error, wrapping ErrInvalid, is returned when a file is rejected
// (unless req.KeepGoing) or the request itself is wrong; the result says
// then what each file gave, and holds no act.
func (c *Corpus) Import(req ImportRequest) (*ImportResult, error) {
	parsed := parseFiles(req)
	res := &ImportResult{Files: make([]FileResult, len(parsed))}
	for i, p := range parsed {
		res.Files[i] = p.result()
	}
	if err := res.Err(); err != nil && !req.KeepGoing {
		return res, err
	}
	plan := &importPlan{c: c, req: req, pending: map[string]*pendingAct{}}
	for i, p := range parsed {
		if p.err != nil || p.skipped != "" {
			continue
		}
		id, err := plan.target(p)
		if err != nil {
			res.Files[i].Err = err
			if !req.KeepGoing {
				return res, err
			}
			continue
		}
		res.Files[i].Act = id
	}
	acts, err := plan.merge()
	if err != nil {
		return res, err
	}
	res.Acts = acts
	return res, nil
}

// A parsedFile is one file of an import as parsed.
type parsedFile struct {
	name     string
	kind     SourceKind
	info     ActInfo // what the file says of its act (zero for a portal export or a bare plain text)
	source   Source
	versions []*Version
	warnings []Warning
	err      error
	skipped  string
}

func (p *parsedFile) result() FileResult {
	return FileResult{Name: p.name, Kind: p.kind, Versions: len(p.versions), Warnings: p.warnings, Err: p.err, Skipped: p.skipped}
}

// parseFiles parses the files of req on every core, reporting progress.
func parseFiles(req ImportRequest) []*parsedFile {
	out := make([]*parsedFile, len(req.Files))
	prog := ImportProgress{Files: len(req.Files)}
	for _, f := range req.Files {
		prog.Bytes += int64(len(f.Data))
	}
	jobs := make(chan int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(len(req.Files), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				p := parseFile(req.Files[i], req)
				mu.Lock()
				out[i] = p
				prog.Parsed++
				prog.Read += int64(len(req.Files[i].Data))
				prog.Units += len(p.versions)
				if req.Progress != nil {
					req.Progress(prog)
				}
				mu.Unlock()
			}
		}()
	}
	for i := range req.Files {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out
}

// parseFile parses one input: a portal export, a plain text given its
// dates by the request, or a document that dates itself.
func parseFile(f File, req ImportRequest) *parsedFile {
	p := &parsedFile{name: f.Name}
	var d diag
	switch {
	case IsPortalExport(f.Data):
		p.kind = PortalSource
		if flags := givenFlags(req); flags != "" {
			p.err = fmt.Errorf("%s: %w: %s refused for a portal export, which carries its own dates and sources", f.Name, ErrInvalid, flags)
			return p
		}
		var outer []Warning
		p.versions, outer, p.err = parsePortal(f.Name, f.Data, req.Unit)
		p.warnings = append(versionWarnings(p.versions), outer...)
	case !req.Range.From.IsZero() || req.Source != "" || req.Unit != "":
		p.parsePlain(f, req)
	default:
		doc, err := parseDocument(f.Name, f.Data, &d)
		switch {
		case doc == nil || err != nil && (len(doc.Meta.Keys()) > 0 || doc.Kind == Consolidated):
			p.err = err
		case len(doc.Meta.Keys()) == 0 && doc.Kind != Consolidated && doc.Kind != Amending: // an amending act is dated by its own provisions, when it is applied
			p.err = fmt.Errorf("%s: %w: the text does not date itself (it has no front matter and is no obwieszczenie): give -from DATE (the first day it applies) and -source REF (where it comes from)", f.Name, ErrInvalid)
		default:
			p.fromDocument(doc)
		}
	}
	p.applyStrict(req.Strict)
	p.keepBaseNames()
	return p
}

// keepBaseNames makes the warnings kept with the versions and the source
// name the file by its base name, as the source does: a corpus does not
// keep the paths of the machine it was imported on.
func (p *parsedFile) keepBaseNames() {
	for _, v := range p.versions {
		v.Warnings = WithBaseNames(v.Warnings)
	}
	p.source.Warnings = WithBaseNames(p.source.Warnings)
}

// WithBaseNames returns the warnings ws naming their files by BaseName.
func WithBaseNames(ws []Warning) []Warning {
	if len(ws) == 0 {
		return ws
	}
	out := make([]Warning, len(ws))
	for i, w := range ws {
		w.Pos.File = BaseName(w.Pos.File)
		out[i] = w
	}
	return out
}

// givenFlags names the flags of a plain text that the request gives.
func givenFlags(req ImportRequest) string {
	var flags []string
	if !req.Range.From.IsZero() {
		flags = append(flags, "-from")
	}
	if !req.Range.To.IsZero() {
		flags = append(flags, "-to")
	}
	if req.Source != "" {
		flags = append(flags, "-source")
	}
	return strings.Join(flags, ", ")
}

// versionWarnings returns the warnings of the versions.
func versionWarnings(vs []*Version) []Warning {
	var ws []Warning
	for _, v := range vs {
		ws = append(ws, v.Warnings...)
	}
	return ws
}

// parsePlain parses a plain text that the request dates: -from and -source
// are both needed, and the message names the one missing.
func (p *parsedFile) parsePlain(f File, req ImportRequest) {
	p.kind = PlainSource
	var missing []string
	if req.Range.From.IsZero() {
		missing = append(missing, "-from DATE (the first day it applies)")
	}
	if req.Source == "" {
		missing = append(missing, "-source REF (where the text comes from, e.g. \"Dz.U.2020.2170 tekst jednolity\")")
	}
	if len(missing) > 0 {
		p.err = fmt.Errorf("%s: %w: a plain text given its dates on the command line needs %s (and -to DATE unless it still applies)", f.Name, ErrInvalid, strings.Join(missing, " and "))
		return
	}
	info, vs, err := ParsePlain(f.Name, f.Data, PlainOptions{Unit: req.Unit, Range: req.Range, Source: req.Source})
	if err != nil {
		p.err = err
		return
	}
	p.info, p.versions, p.warnings = info, vs, versionWarnings(vs)
	p.source = Source{Ref: req.Source, Kind: PlainSource, File: BaseName(f.Name)}
}

// fromDocument takes what a parsed document gives: its act, source and
// versions; an amending act is skipped, as it holds no consolidated text.
func (p *parsedFile) fromDocument(doc *Document) {
	p.kind, p.info, p.source, p.warnings = doc.Kind, doc.Act, doc.Source, doc.Warnings
	if doc.Kind == Amending {
		p.skipped = fmt.Sprintf("an amending act (%s), not a consolidated text: its changes are applied to the act it amends by consolidation, not by import", strings.TrimSpace(doc.Source.Title))
		return
	}
	p.versions = doc.Versions
}

// applyStrict turns the file's warnings into its errors.
func (p *parsedFile) applyStrict(strict bool) {
	if !strict || p.err != nil || len(p.warnings) == 0 {
		return
	}
	var errs ErrorList
	for _, w := range p.warnings {
		errs.add(w.Pos, "%s (-strict)", w.Msg)
	}
	p.err = errs.Err()
	p.versions = nil
}

// A pendingAct is an act an import changes: the stored one (nil for a new
// act), its info as the import leaves it, and the files that go into it.
type pendingAct struct {
	stored *Act
	info   ActInfo
	files  []*parsedFile
}

// An importPlan assigns the files of an import to acts.
type importPlan struct {
	c       *Corpus
	req     ImportRequest
	pending map[string]*pendingAct // by act id
	order   []string
	byKey   map[string]int // the pending acts by their lookup keys: their index in order
}

// index adds the lookup keys of info to those of the pending act with the
// given index in order.
func (pl *importPlan) index(info ActInfo, i int) {
	if pl.byKey == nil {
		pl.byKey = map[string]int{}
	}
	for _, k := range info.Keys() {
		if _, ok := pl.byKey[k]; !ok {
			pl.byKey[k] = i
		}
	}
}

// target finds the act a file goes into, and adds the file to it.
func (pl *importPlan) target(p *parsedFile) (string, error) {
	id, err := pl.actFor(p)
	if err != nil {
		return "", fmt.Errorf("%s: %w", p.name, err)
	}
	pa, err := pl.open(id, p)
	if err != nil {
		return "", fmt.Errorf("%s: %w", p.name, err)
	}
	pa.files = append(pa.files, p)
	pa.info = mergeInfo(pa.info, p.info)
	pl.index(pa.info, slices.Index(pl.order, id))
	return id, nil
}

// actFor returns the id of the act a file goes into.
func (pl *importPlan) actFor(p *parsedFile) (string, error) {
	if pl.req.Act != "" {
		if a, err := pl.c.Summary(pl.req.Act); err == nil {
			return a.ID, nil
		}
		if err := CheckActID(pl.req.Act); err != nil {
			return "", err
		}
		return pl.req.Act, nil
	}
	if p.info.Type == "" && len(p.info.Aliases) == 0 && p.info.Ref == "" {
		return pl.onlyAct()
	}
	keys := p.info.Keys()[1:] // its references; the id is not known yet
	first := -1
	for _, k := range keys {
		if i, ok := pl.byKey[k]; ok && (first < 0 || i < first) {
			first = i
		}
	}
	if first >= 0 {
		return pl.order[first], nil
	}
	for _, k := range keys {
		if s, err := pl.c.cat.Find(k); err == nil {
			return s.ID, nil
		}
	}
	id := ActIDFor(p.info)
	if id == "" {
		return pl.onlyAct()
	}
	return pl.freeID(id, p.info)
}

// freeID returns id, or id with a number after it when another act (of
// another type, date or title) has it.
func (pl *importPlan) freeID(id string, info ActInfo) (string, error) {
	for n := 1; ; n++ {
		cand := id
		if n > 1 {
			cand = fmt.Sprintf("%s-%d", id, n)
		}
		other, ok := pl.pending[cand]
		if !ok {
			s, err := pl.c.Summary(cand)
			if err != nil || s.ID != cand {
				return cand, nil
			}
			other = &pendingAct{info: s.ActInfo}
		}
		if sameAct(other.info, info) {
			return cand, nil
		}
	}
}

// sameAct reports whether two infos describe one act: same type and date,
// and the same title when both have one.
func sameAct(a, b ActInfo) bool {
	return a.Type == b.Type && a.Date == b.Date && (a.Title == "" || b.Title == "" || a.Title == b.Title)
}

// onlyAct returns the corpus's only act, for a file that names none.
func (pl *importPlan) onlyAct() (string, error) {
	list, err := pl.c.Summaries()
	if err != nil {
		return "", err
	}
	if len(list) == 1 {
		return list[0].ID, nil
	}
	if len(list) == 0 {
		return "", fmt.Errorf("%w: the file does not say which act it holds, and the corpus is empty: name the act with -act (an id such as du-2017-1399)", ErrInvalid)
	}
	ids := make([]string, len(list))
	for i, s := range list {
		ids[i] = s.ID
	}
	return "", fmt.Errorf("%w: the file does not say which act it holds: name the act to import into with -act (the corpus holds %s)", ErrInvalid, strings.Join(ids, ", "))
}

// open returns the pending act with the given id, reading the stored act
// when the import has not touched it yet.
func (pl *importPlan) open(id string, p *parsedFile) (*pendingAct, error) {
	if pa, ok := pl.pending[id]; ok {
		return pa, nil
	}
	pa := &pendingAct{info: ActInfo{ID: id}}
	if _, err := pl.c.Summary(id); err == nil {
		a, err := pl.c.Act(id)
		if err != nil {
			return nil, err
		}
		pa.stored, pa.info = a, a.ActInfo
	}
	pl.pending[id] = pa
	pl.order = append(pl.order, id)
	pl.index(pa.info, len(pl.order)-1)
	return pa, nil
}

// mergeInfo fills in what info lacks from what a file says, and adds the
// file's references to the aliases.
func mergeInfo(info, from ActInfo) ActInfo {
	if info.Title == "" {
		info.Title = from.Title
	}
	if info.Type == "" {
		info.Type = from.Type
	}
	if info.Date.IsZero() {
		info.Date = from.Date
	}
	if info.Ref == "" {
		info.Ref = from.Ref
	}
	for _, a := range from.Aliases {
		if !slices.Contains(info.Aliases, a) && a != info.Ref {
			info.Aliases = append(info.Aliases, a)
		}
	}
	return info
}

// merge merges the files of each pending act, oldest source first, and
// returns the acts.
func (pl *importPlan) merge() ([]*Act, error) {
	var acts []*Act
	for _, id := range pl.order {
		pa := pl.pending[id]
		if pl.req.Title != "" {
			pa.info.Title = pl.req.Title
		}
		if pl.req.Ref != "" {
			pa.info.Ref = pl.req.Ref
		}
		pa.info.Aliases = slices.DeleteFunc(pa.info.Aliases, func(a string) bool { return LookupKey(a) == LookupKey(pa.info.Ref) && a == pa.info.Ref })
		sort.SliceStable(pa.files, func(i, j int) bool { return pa.files[i].source.Date < pa.files[j].source.Date })
		a := pa.stored
		if a == nil {
			a = &Act{versions: map[string][]*Version{}}
		}
		var err error
		for _, f := range pa.files {
			var srcs []Source
			if f.source.Ref != "" {
				srcs = []Source{f.source}
			}
			if a, err = a.Merge(pa.info, f.versions, srcs...); err != nil {
				return nil, fmt.Errorf("%s: %w", f.name, err)
			}
		}
		acts = append(acts, a)
	}
	return acts, nil
}

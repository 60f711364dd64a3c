package corpus

import (
	"errors"
	"fmt"
	"runtime"
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
	name string
	kind SourceKind
	info ActInfo // what the file says of its act (zero for a portal export or a bare plain text)
	// published is the act's title as published, which ust. 1 of an
	// obwieszczenie names: an act's id is made from it, whatever title
	// an amendment gave it since (info.Title, the title block's).
	published string
	source    Source
	versions  []*Version
	warnings  []Warning
	err       error
	skipped   string
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
// versions; an amending act is skipped, as it holds no consolidated text,
// and so is a statement, which holds no unit.
func (p *parsedFile) fromDocument(doc *Document) {
	p.kind, p.info, p.source, p.warnings = doc.Kind, doc.Act, doc.Source, doc.Warnings
	if doc.Notice != nil {
		p.published = doc.Notice.Act.Title
	}
	switch doc.Kind {
	case Amending:
		p.skipped = fmt.Sprintf("an amending act (%s): it holds no text of the acts it amends, it changes them (package amend applies it)", strings.TrimSpace(doc.Source.Title))
		return
	case Statement:
		p.skipped = fmt.Sprintf("a statement with no articles or paragraphs (%s: %s): it holds no provision to version", doc.Meta.Get("rank"), strings.TrimSpace(doc.Heading))
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

package corpus

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// A Source is a document an act's versions were read from: a consolidated
// text (an obwieszczenie), the act as first published, a portal export, a
// plain text. Versions name their source by its Ref (Version.Source).
//
// A consolidated text is a snapshot of the whole act on its Date: it says
// which act it consolidates (its previous consolidated text becomes an
// alias), which amending acts it takes in (Amending), and what it leaves
// out (the paragraphs of the obwieszczenie, kept in Notice). Footnotes are
// those of the obwieszczenie and of the act's title, and bodies no marker
// points at; Signatures the lines the document is signed with ("Marszałek
// Sejmu: S. Hołownia"); Warnings are the faults found outside any unit.
type Source struct {
	Ref         string     `json:"ref"`
	ELI         string     `json:"eli,omitempty"`
	Kind        SourceKind `json:"kind"`
	Title       string     `json:"title,omitempty"`
	Date        Date       `json:"date,omitzero"`
	Promulgated Date       `json:"promulgated,omitzero"`
	File        string     `json:"file,omitempty"`
	Amending    []string   `json:"amending,omitempty"`
	Notice      []string   `json:"notice,omitempty"`
	Signatures  []string   `json:"signatures,omitempty"`
	Footnotes   []Footnote `json:"footnotes,omitempty"`
	Warnings    []Warning  `json:"warnings,omitempty"`
}

// A SourceKind says what kind of document a source is.
type SourceKind string

// The kinds of sources.
const (
	Consolidated SourceKind = "consolidated" // tekst jednolity, announced by an obwieszczenie
	Original     SourceKind = "original"     // the act as published in the journal
	Amending     SourceKind = "amending"     // an act that amends another
	PortalSource SourceKind = "portal"       // a legal portal's version-history export
	PlainSource  SourceKind = "plain"        // a plain text given its dates on the command line
	Statement    SourceKind = "statement"    // a document of the journal that states facts in no units (oświadczenie rządowe, komunikat): nothing to version
)

// snapshot reports whether a source of kind k holds the whole act as on
// its date, so that a unit it lacks was not in force then.
func (k SourceKind) snapshot() bool { return k == Consolidated || k == Original }

// Sources returns the sources of the act's versions, oldest first. The
// slice is shared: do not modify it.
func (a *Act) Sources() []Source { return a.sources }

// Source returns the source named ref (a version's Source), and whether
// the act has it.
func (a *Act) Source(ref string) (Source, bool) { return sourceNamed(a.sources, ref) }

// sourceNamed returns the source of ss that ref names, in any of the
// spellings LookupKey takes alike.
func sourceNamed(ss []Source, ref string) (Source, bool) {
	key := LookupKey(ref)
	for _, s := range ss {
		if LookupKey(s.Ref) == key {
			return s, true
		}
	}
	return Source{}, false
}

// newestConsolidated is the reference of the last consolidated text of
// ss, sorted by date; "" when ss has none.
func newestConsolidated(ss []Source) string {
	for i := len(ss) - 1; i >= 0; i-- {
		if ss[i].Kind == Consolidated {
			return ss[i].Ref
		}
	}
	return ""
}

// sortedSources returns ss sorted by date, then reference.
func sortedSources(ss []Source) []Source {
	ss = slices.Clone(ss)
	sort.SliceStable(ss, func(i, j int) bool {
		if ss[i].Date != ss[j].Date {
			return ss[i].Date < ss[j].Date
		}
		return ss[i].Ref < ss[j].Ref
	})
	return ss
}

// sourceFile is the name of the file that stores a source in its act's
// directory: "source-DU-2025-453.txt".
func sourceFile(s Source) string {
	name := s.ELI
	if name == "" {
		name = s.Ref
	}
	var b strings.Builder
	dash := false
	for _, r := range name {
		ok := r < utf8.RuneSelf && isLabelByte(byte(r))
		if ok {
			b.WriteRune(r)
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
		}
		dash = !ok
	}
	slug := strings.TrimRight(b.String(), "-")
	if slug == "" {
		slug = "unnamed"
	}
	return sourcePrefix + slug + ".txt"
}

const sourcePrefix = "source-"

// formatSource writes a source as "key: value" lines, a key repeated for
// each item of a list: "amending:", "notice:" (a paragraph of the
// obwieszczenie), "footnote:" (label and body), "warning:".
func formatSource(s Source) []byte {
	var b bytes.Buffer
	field := func(key, val string) {
		if val != "" {
			fmt.Fprintf(&b, "%s: %s\n", key, oneLine(val))
		}
	}
	field("ref", s.Ref)
	field("eli", s.ELI)
	field("kind", string(s.Kind))
	field("title", s.Title)
	field("date", s.Date.String())
	field("promulgated", s.Promulgated.String())
	field("file", s.File)
	for _, a := range s.Amending {
		field("amending", a)
	}
	for _, n := range s.Notice {
		field("notice", n)
	}
	for _, n := range s.Signatures {
		field("signature", n)
	}
	for _, f := range s.Footnotes {
		field("footnote", f.Label+" "+f.Body)
	}
	for _, w := range s.Warnings {
		field("warning", formatWarning(w))
	}
	return b.Bytes()
}

// oneLine joins the lines of s with spaces: a value of a "key: value"
// line has one line.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// parseSource reads a source written by formatSource.
func parseSource(file string, data []byte) (Source, error) {
	var errs ErrorList
	var s Source
	for _, l := range splitLines(file, data, &errs) {
		key, val, ok := strings.Cut(l.text, ":")
		val = strings.TrimSpace(val)
		var err error
		switch key {
		case "ref":
			s.Ref = val
		case "eli":
			s.ELI = val
		case "kind":
			s.Kind = SourceKind(val)
		case "title":
			s.Title = val
		case "date":
			s.Date, err = ParseDate(val)
		case "promulgated":
			s.Promulgated, err = ParseDate(val)
		case "file":
			s.File = val
		case "amending":
			s.Amending = append(s.Amending, val)
		case "notice":
			s.Notice = append(s.Notice, val)
		case "signature":
			s.Signatures = append(s.Signatures, val)
		case "footnote":
			label, body, _ := strings.Cut(val, " ")
			s.Footnotes = append(s.Footnotes, Footnote{Label: label, Body: body})
		case "warning":
			w, wok := parseWarning(val)
			if !wok {
				errs.add(l.pos, "warning %q: want \"KIND FILE:LINE:COL: MESSAGE\"", val)
			}
			s.Warnings = append(s.Warnings, w)
		default:
			ok = false
		}
		if !ok {
			errs.add(l.pos, "line %q: want \"key: value\" (keys: ref, eli, kind, title, date, promulgated, file, amending, notice, signature, footnote, warning)", l.text)
		}
		if err != nil {
			errs.add(l.at(len(key)+1), "%v", err)
		}
	}
	if s.Ref == "" && len(errs) == 0 {
		errs.add(Pos{File: file, Line: 1}, "no \"ref:\" line")
	}
	s.Footnotes = resolveAmendments(s.Footnotes)
	return s, errs.Err()
}

package synth

import (
	"bytes"
	"strings"
	"time"

	"lexdiff/corpus"
)

// portalBanner opens a portal's version-history page.
const portalBanner = "history Historia zmian\nzamknij\n"

// PortalExport renders the versions of the top-level unit topID ("art5",
// "par3") as a legal portal's version-history export, the format
// corpus.ParsePortal reads: a banner, then one block per version, newest
// first, headed "Wersja obowiązująca od …" (or "Wersja archiwalna
// obowiązująca od … do …") with the source in parentheses, holding the
// unit's text with its editorial heading and footnote markers, one item
// per paragraph, then the footnote bodies. It returns nil when the act has
// no such unit.
func PortalExport(a *corpus.Act, topID string) []byte {
	return PortalExportStyled(a, topID, PortalStyle{})
}

// A PortalStyle varies an export as other pages of the portal do.
type PortalStyle struct {
	DottedDates      bool // dates as "07.12.2020"
	PlaceholderEnd   bool // the current version "ends" on 9999-12-31
	DuplicateCurrent bool // the current version is printed twice
	NoLabel          bool // blocks leave out the unit's own label ("§ 3."): parse with the unit's citation
	Compact          bool // no blank lines between items
}

// PortalExportStyled renders the versions of topID as PortalExport does,
// in the given style.
func PortalExportStyled(a *corpus.Act, topID string, style PortalStyle) []byte {
	vs := a.Versions(topID)
	if len(vs) == 0 {
		return nil
	}
	sep := "\n\n"
	if style.Compact {
		sep = "\n"
	}
	var b bytes.Buffer
	b.WriteString(portalBanner)
	for i := len(vs) - 1; i >= 0; i-- {
		for range 1 + copies(style.DuplicateCurrent && i == len(vs)-1) {
			b.WriteString("\n" + portalHeader(vs[i], style) + sep)
			for _, l := range portalLines(vs[i], style.NoLabel) {
				b.WriteString(l + sep)
			}
		}
	}
	return b.Bytes()
}

func copies(extra bool) int {
	if extra {
		return 1
	}
	return 0
}

func portalHeader(v *corpus.Version, style PortalStyle) string {
	date := corpus.Date.String
	if style.DottedDates {
		date = func(d corpus.Date) string { return d.Time().Format("02.01.2006") }
	}
	to := v.Range.To
	if to.IsZero() && style.PlaceholderEnd {
		to = corpus.MakeDate(9999, time.December, 31)
	}
	h := "Wersja obowiązująca od " + date(v.Range.From)
	if !v.Range.IsOpen() {
		h = "Wersja archiwalna obowiązująca od " + date(v.Range.From)
	}
	if !to.IsZero() {
		h += " do " + date(to)
	}
	if v.Source != "" {
		h += "    (" + v.Source + ")"
	}
	return h
}

// portalLines returns the non-empty lines of v's block, without the unit's
// own label when noLabel is set.
func portalLines(v *corpus.Version, noLabel bool) []string {
	var out []string
	label := v.Unit.Marker() + " "
	for _, l := range strings.Split(versionBody(v), "\n") {
		if noLabel && strings.HasPrefix(l, label) {
			l, noLabel = l[len(label):], false
		}
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

// versionBody is v as the on-disk format writes it, without its header:
// the groupings, the annotated text and the footnote bodies.
func versionBody(v *corpus.Version) string {
	_, body, _ := strings.Cut(string(corpus.FormatVersion(v)), "\n\n")
	return body
}

// PlainText renders the act as in force on d, the format corpus.ParsePlain
// reads: the title block ("USTAWA / z dnia … / o …"), then each top-level
// unit in force on d as (*corpus.Unit).FullText prints it, preceded by the
// chapter heading (Rozdział) where a chapter begins. Footnotes and
// editorial headings are left out, as in an official consolidated text.
func PlainText(a *corpus.Act, d corpus.Date) []byte {
	var b bytes.Buffer
	b.WriteString(titleBlock(a.Title))
	var chapter corpus.Group
	for _, v := range a.InForce(d) {
		if len(v.Groups) > 0 && !v.Groups[0].Same(chapter) {
			chapter = v.Groups[0]
			b.WriteString("\n" + chapter.Kind + " " + chapter.Label + "\n" + chapter.Title + "\n")
		}
		b.WriteString("\n" + v.Unit.FullText() + "\n")
	}
	return b.Bytes()
}

// titleBlock splits a title such as "Ustawa z dnia 15 kwietnia 2011 r. o
// systemie informacji oświatowej" into the lines of a printed act:
// "USTAWA", "z dnia 15 kwietnia 2011 r.", "o systemie informacji oświatowej".
func titleBlock(title string) string {
	kind, rest, ok := strings.Cut(title, " z dnia ")
	if !ok {
		return title + "\n"
	}
	date, subject, _ := strings.Cut(rest, " r. ")
	return strings.ToUpper(kind) + "\nz dnia " + date + " r.\n" + subject + "\n"
}

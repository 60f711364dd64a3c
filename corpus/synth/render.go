package synth

import (
	"bytes"
	"strings"

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
	vs := a.Versions(topID)
	if len(vs) == 0 {
		return nil
	}
	var b bytes.Buffer
	b.WriteString(portalBanner)
	for i := len(vs) - 1; i >= 0; i-- {
		b.WriteString("\n" + portalHeader(vs[i]) + "\n\n")
		for _, l := range strings.Split(versionBody(vs[i]), "\n") {
			if l != "" {
				b.WriteString(l + "\n\n")
			}
		}
	}
	return b.Bytes()
}

func portalHeader(v *corpus.Version) string {
	h := "Wersja obowiązująca od " + v.Range.From.String()
	if !v.Range.IsOpen() {
		h = "Wersja archiwalna obowiązująca od " + v.Range.From.String() + " do " + v.Range.To.String()
	}
	if v.Source != "" {
		h += "    (" + v.Source + ")"
	}
	return h
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
		if len(v.Groups) > 0 && v.Groups[0] != chapter {
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

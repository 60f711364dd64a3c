package corpus

import (
	"regexp"
	"strings"
)

// mdBody is the body of a dziennik-ustaw-md file, sorted line by line:
// the "# …" title, the lines of text (with what their markup says of them
// in hint; footnote markers still in), the footnote bodies ("[^3]: …"),
// and the signatures ("*Minister Sprawiedliwości: W. Żurek*").
type mdBody struct {
	heading    line
	lines      []line
	bodies     []footnoteBody
	signatures []line
}

var (
	reMDHeading  = regexp.MustCompile(`^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$`)
	reMDFootnote = regexp.MustCompile(`^\[\^([0-9A-Za-z_]+)\]:\s*`)
	// reMDLooseFootnote is a footnote body whose definition lost its
	// colon ("[^11] W brzmieniu ustalonym przez …", DU-2025-1594; "[^1]
	// Niniejsza ustawa dokonuje … wdrożenia …" under the title, DU-2025-277), or
	// a note printed as a numbered line ("1)I) Niniejsza ustawa w
	// zakresie swojej regulacji wdraża …" after the text, DU-2025-1228; "9)
	// W brzmieniu ustalonym przez …" in an annex, DU-2025-200). A marker
	// before a unit's text ("[^3] 1. …") never opens with the words of a
	// note, nor a point with these capitalised words.
	reMDLooseFootnote = regexp.MustCompile(`^(?:\[\^([0-9A-Za-z_]+)\]\s+(?:W\s+brzmieniu\s+ustalonym|(?:Dodan|Uchylon|Skreślon|Zmienion)[yaeo]\s+przez|Ze\s+zmian|Oznaczenie\s|Zmiany\s+tekstu\s+jednolitego|Zamieszczon[yaeo]\s+w\s+obwieszczeniu|` + implementsNote +
		`)|(\d+)\)(?:[IVX]+\))?\s+(?:W\s+brzmieniu\s+ustalonym\s+przez|(?:Dodan|Uchylon|Skreślon|Zmienion)[yaeo]\s+przez|` + implementsNote + `))`)
	// reNoticeNotes is a line of the obwieszczenie's lettered notes on the
	// acts its ust. 2 quotes ("a) Zmiany tekstu jednolitego wymienionej
	// ustawy zostały ogłoszone w Dz. U. … b) …"), which a converter may put
	// after the act's text, where it would read as a letter of its last
	// unit (DU-2025-183).
	reNoticeNotes = regexp.MustCompile(`^[a-z]\)\s+Zmiany\s+tekstu\s+jednolitego\s+wymienion\p{L}+\s+\p{L}+\s+został\p{L}*\s+ogłoszon`)
	reMDEscape    = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!>|])`)
	// reSignature is the line a minister or the Marshal signs with:
	// "Minister Sprawiedliwości: W. Żurek", "Marszałek Sejmu: S. Hołownia".
	// A name starts with a capital: "Minister … określi:[^4]" opens a
	// list (DU-2024-1049, art. 15).
	reSignature = regexp.MustCompile(`^(?:Prezes Rady Ministrów|Minister\b[^:]{0,150}|Marszałek Sejmu\b[^:]{0,40}|Marszałek Senatu\b[^:]{0,40}|Prezydent Rzeczypospolitej Polskiej|Przewodnicząc[ya]\b[^:]{0,150}|Wiceprezes Rady Ministrów\b[^:]{0,80}):\s*(?:w\s?z\.\s*|z up\.\s*)?\p{Lu}.{0,80}$`)
)

// implementsNote opens the note on an act's title that names the EU law
// it implements: "Niniejsza ustawa w zakresie swojej regulacji wdraża …",
// "Niniejsza ustawa dokonuje … wdrożenia …", "Niniejsze rozporządzenie
// służy stosowaniu …". A provision "Niniejszej ustawy nie stosuje się …"
// is none.
const implementsNote = `Niniejsz\p{L}+\s+(?:ustaw|rozporządzeni)\p{L}*\s+(?:w\s+zakresie\s+swojej\s+regulacji\s+)?(?:wdraża|dokonuje|służy)`

// readMarkdown sorts the lines of a dziennik-ustaw-md body.
func readMarkdown(lines []line, d *diag) mdBody {
	md := mdBody{lines: make([]line, 0, len(lines))}
	inBody := false // the lines read last are a footnote body, which the next may continue
	for _, l := range lines {
		if m := reMDFootnote.FindStringSubmatch(l.text); m != nil {
			md.bodies = append(md.bodies, footnoteBody{label: m[1], text: strings.TrimSpace(l.text[len(m[0]):]), pos: l.pos})
			d.account(l)
			inBody = true
			continue
		}
		if m := reMDLooseFootnote.FindStringSubmatch(l.text); m != nil {
			label, open := m[1], strings.IndexAny(l.text, "] ")+1
			if label == "" {
				label = m[2]
			}
			md.bodies = append(md.bodies, footnoteBody{label: label, text: strings.TrimSpace(l.text[open:]), pos: l.pos})
			d.account(l)
			inBody = false // it may stand before the text (under the title): the lines after it are not its
			continue
		}
		if reNoticeNotes.MatchString(l.text) {
			d.warnf(l.pos, WarnOutsideUnit, "notes of the obwieszczenie (%q) stand after the act's text: left out of it", shorten(l.text))
			d.account(l)
			continue
		}
		if inBody && continuesFootnote(l) {
			last := &md.bodies[len(md.bodies)-1]
			last.text = strings.TrimSpace(last.text + " " + l.text)
			d.account(l)
			continue
		}
		inBody = false
		text, displaced := mdSuperscripts(l.text)
		l.text, l.rewritten = text, l.rewritten || text != l.text
		if displaced != "" {
			d.warnf(l.pos, WarnSuperscript, "superscripts %s of the PDF stand before the unit's label: their place in the text is lost", displaced)
		}
		for _, part := range splitHeadings(l) {
			md.addLine(part, d)
		}
	}
	return md
}

// continuesFootnote reports whether l, which follows a footnote body,
// goes on with it. The definitions stand after the text they annotate,
// and a body may run over several paragraphs, indented or not ("[^1]:
// Niniejsza ustawa wdraża … dyrektywy:" then "1) dyrektywę …"): every
// line up to the next definition belongs to it, unless a markdown heading
// ("## Załącznik nr 1") opens more text.
func continuesFootnote(l line) bool {
	return l.pos.Col > 1 || !reMDHeading.MatchString(l.text)
}

// splitHeadings splits a line where a converter glued a unit heading to
// the text before it ("Art. 126–147. (pominięte) ##### Art. 148.").
func splitHeadings(l line) []line {
	i := strings.Index(l.text, " ##### ")
	if i <= 0 {
		return []line{l}
	}
	first := line{text: strings.TrimRight(l.text[:i], " "), pos: l.pos, rewritten: l.rewritten}
	second := line{text: l.text[i+1:], pos: l.at(i + 1), rewritten: l.rewritten}
	return append([]line{first}, splitHeadings(second)...)
}

// addLine sorts one line that is not a footnote body.
func (md *mdBody) addLine(l line, d *diag) {
	text := l.text
	switch {
	case strings.HasPrefix(text, "#"):
		m := reMDHeading.FindStringSubmatch(text)
		if m == nil {
			break
		}
		l.text, _ = mdSuperscripts(unescapeMD(m[2]))
		l.rewritten = true
		if len(m[1]) == 1 && md.heading.text == "" && len(md.lines) == 0 {
			md.heading = l
			d.account(l)
			return
		}
		bare := stripMarkerText(l.text)
		switch c := classify(bare); {
		case c.kind == unitLine && (c.unit == Article || c.unit == Paragraph):
			l.hint = hintUnit
		case c.kind == annexLine || strings.HasPrefix(strings.ToLower(bare), "załączniki"):
			l.hint = hintAnnex
		default:
			d.warnf(l.pos, WarnHeading, "heading %q is not a unit or an annex: read as a line of text", l.text)
		}
		md.lines = append(md.lines, l)
		return
	case strings.HasPrefix(text, ">"):
		l.text = unescapeMD(strings.TrimSpace(text[1:]))
		l.hint = hintNote
		d.warnf(l.pos, WarnImage, "the source has this only in the PDF: %s", l.text)
		md.lines = append(md.lines, l)
		return
	}
	l.text = unescapeMD(text)
	if sig, ok := signature(l.text); ok {
		l.text = sig
		md.signatures = append(md.signatures, l)
		d.account(l)
		return
	}
	md.lines = append(md.lines, l)
}

// signature reports whether s is a signature line, and returns it without
// its emphasis.
func signature(s string) (string, bool) {
	bare := s
	if len(s) > 2 && s[0] == '*' && s[len(s)-1] == '*' && s[1] != '*' {
		bare = strings.TrimSpace(s[1 : len(s)-1])
		if strings.Contains(bare, ":") && len(bare) < 200 {
			return bare, true
		}
	}
	// Every signer reSignature knows starts with one of these.
	signer := strings.HasPrefix(bare, "Pr") || strings.HasPrefix(bare, "M") || strings.HasPrefix(bare, "Wiceprezes")
	if signer && len(bare) < 400 && strings.IndexByte(bare, ':') > 0 {
		if reSignature.MatchString(bare) {
			return bare, true
		}
	}
	return s, false
}

// unescapeMD takes out markdown's backslash escapes: "1\." is "1.".
func unescapeMD(s string) string {
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	return reMDEscape.ReplaceAllString(s, "$1")
}

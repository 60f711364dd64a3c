package synth

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"lexdiff/corpus"
)

// A Consolidation says which consolidated text of an act to render: the
// act as in force on the obwieszczenie's day, and where the obwieszczenie
// is published.
type Consolidation struct {
	Date     corpus.Date // the obwieszczenie's day; the text is the act as in force on it
	Year     int         // its year in the Dziennik Ustaw; default Date's year
	Position int         // its position there
	// Cites is the reference by which ust. 1 names the act: the previous
	// consolidated text's; default the act's own reference.
	Cites string
}

// Ref returns the obwieszczenie's reference ("Dz. U. z 2025 r. poz. 12").
func (c Consolidation) Ref() string {
	return corpus.PubRef{Journal: "DU", Items: []corpus.PubItem{{Year: c.year(), Position: c.Position}}}.String()
}

func (c Consolidation) year() int {
	if c.Year == 0 {
		return c.Date.Year()
	}
	return c.Year
}

// Obwieszczenie renders a consolidated text of the act as a
// dziennik-ustaw-md file of the Dziennik Ustaw, the format
// corpus.ParseDocument reads: the front matter, the obwieszczenie (its ust.
// 1 names the act and the acts whose changes it takes in: the sources of
// the versions in force), a signature, then the annex: the act's title
// block and its top-level units in force on c.Date under "##### Art. 5." /
// "##### § 5." headings, chapters ("Rozdział 1" and its title), footnote
// markers "[^N]" numbered through the document, and their bodies at the
// end. Editorial headings are left out, as an official text has none. It
// returns nil when nothing of the act is in force on c.Date.
func Obwieszczenie(a *corpus.Act, c Consolidation) []byte {
	vs := a.InForce(c.Date)
	if len(vs) == 0 {
		return nil
	}
	statute := a.Type == string(Statute)
	organ, signer, genitive := "Marszałka Sejmu Rzeczypospolitej Polskiej", "Marszałek Sejmu", "ustawy"
	if !statute {
		organ, genitive = "Prezesa Rady Ministrów", "rozporządzenia"
		if kind, rest, ok := strings.Cut(a.Title, " z dnia "); ok && rest != "" {
			organ = strings.TrimPrefix(kind, "Rozporządzenie ")
		}
		signer = "Minister"
	}
	_, tail, _ := strings.Cut(a.Title, " z dnia ")
	subject := "w sprawie ogłoszenia jednolitego tekstu " + genitive
	if _, s, ok := strings.Cut(tail, " r. "); ok {
		subject += " " + s
	}
	title := "Obwieszczenie " + organ + " z dnia " + dateWords(c.Date) + " " + subject
	eli := fmt.Sprintf("DU/%d/%d", c.year(), c.Position)
	cites := c.Cites
	if cites == "" {
		cites = a.Ref
	}

	var b bytes.Buffer
	fmt.Fprintf(&b, "---\ntitle: %q\nrank: \"obwieszczenie\"\neli: %q\ndisplay_address: %q\nannouncement_date: %q\npromulgation_date: %q\n---\n\n",
		title, eli, fmt.Sprintf("Dz.U. %d poz. %d", c.year(), c.Position), c.Date.String(), c.Date.AddDays(7).String())
	fmt.Fprintf(&b, "# %s\n\nOBWIESZCZENIE\n\n%s\n\nz dnia %s\n\n%s\n\n", title, strings.ToUpper(organ), dateWords(c.Date), subject)
	named := genitive
	if !statute {
		named += " " + organ
	}
	fmt.Fprintf(&b, "1. Na podstawie art. 16 ust. 1 ustawy z dnia 20 lipca 2000 r. o ogłaszaniu aktów normatywnych i niektórych innych aktów prawnych (Dz. U. z 2019 r. poz. 1461) ogłasza się w załączniku do niniejszego obwieszczenia jednolity tekst %s z dnia %s (%s)",
		named, tail, cites)
	if amending := takenIn(vs, a.Ref, cites); len(amending) > 0 {
		b.WriteString(", z uwzględnieniem zmian wprowadzonych aktami ogłoszonymi w " + strings.Join(amending, ", "))
	}
	fmt.Fprintf(&b, ", oraz zmian wynikających z przepisów ogłoszonych przed dniem %s\n\n", dateWords(c.Date))
	fmt.Fprintf(&b, "*%s: J. Kowalski*\n\n## Załącznik do obwieszczenia %s z dnia %s (Dz. U. poz. %d)\n\n", signer, organ, dateWords(c.Date), c.Position)
	b.WriteString(strings.ReplaceAll(strings.TrimSpace(titleBlock(a.Title)), "\n", "\n\n") + "\n\n")

	var notes []string
	var chapter corpus.Group
	for _, v := range vs {
		if len(v.Groups) > 0 && !v.Groups[0].Same(chapter) {
			chapter = v.Groups[0]
			fmt.Fprintf(&b, "%s %s\n\n", chapter.Kind, chapter.Label)
			if chapter.Title != "" {
				b.WriteString(chapter.Title + "\n\n")
			}
		}
		global := map[string]string{}
		for _, f := range v.Footnotes {
			notes = append(notes, f.Body)
			global[f.Label] = fmt.Sprint(len(notes))
		}
		for _, l := range mdLines(v, global) {
			b.WriteString(l + "\n\n")
		}
	}
	for i, body := range notes {
		fmt.Fprintf(&b, "[^%d]: %s\n\n", i+1, body)
	}
	return bytes.TrimRight(b.Bytes(), "\n")
}

// takenIn returns the references of the amending acts among the sources
// of vs (not the act's own, nor the one cited, nor a consolidated text),
// in order of first use.
func takenIn(vs []*corpus.Version, own, cites string) []string {
	seen := map[string]bool{own: true, cites: true}
	var out []string
	for _, v := range vs {
		refs := corpus.FindPubRefs(v.Source)
		if len(refs) == 0 || strings.Contains(v.Source, "jednolity") {
			continue
		}
		if r := refs[0].String(); !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	return out
}

var (
	reMarker  = regexp.MustCompile(` ?\[(\d+)\]`)
	reHeading = regexp.MustCompile(`^((?:Art\.|§) [^ ]+\.) (?:\[[^\]^][^\]]*\] ?)?`)
)

// mdLines returns the lines of v's text as a dziennik-ustaw-md file writes
// them: the top-level unit's label as a heading, its text and each unit
// below it on a line of its own, the markers numbered by global.
func mdLines(v *corpus.Version, global map[string]string) []string {
	text := string(corpus.FormatText(v))
	lines := strings.Split(strings.TrimSpace(text), "\n")[len(v.Groups):]
	var out []string
	for i, l := range lines {
		l = reMarker.ReplaceAllStringFunc(l, func(m string) string {
			return "[^" + global[reMarker.FindStringSubmatch(m)[1]] + "]"
		})
		if i == 0 {
			m := reHeading.FindStringSubmatch(l)
			if m == nil {
				out = append(out, l)
				continue
			}
			out = append(out, "##### "+m[1])
			l = l[len(m[0]):]
			if l == "" {
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

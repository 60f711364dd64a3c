package amend

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"lexdiff/corpus"
)

// This file reads the dziennik-ustaw-md files of ../shared/realtexts for
// the tests, crudely: front matter keys, headings turned into plain lines.
// The import pipeline reads them with the corpus's own reader.

var (
	reFrontKey  = regexp.MustCompile(`^([a-z_]+):\s*"?(.*?)"?$`)
	reMdHeading = regexp.MustCompile(`^#+\s*`)
)

// realText returns the path of a file of ../shared/realtexts, skipping the
// test when the folder is not beside the repository.
func realText(t testing.TB, name string) string {
	t.Helper()
	path := filepath.Join("..", "..", "..", "shared", "realtexts", name)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s not found: the real texts stand beside the repository in ../shared/realtexts", path)
	}
	return path
}

// mdDocument reads an amending act of the dataset as a Document.
func mdDocument(t testing.TB, path string) *Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := SplitLines(filepath.Base(path), string(data))
	meta := map[string]string{}
	body := 0
	if strings.TrimSpace(lines[0].Text) == "---" {
		for i := 1; i < len(lines); i++ {
			if strings.TrimSpace(lines[i].Text) == "---" {
				body = i + 1
				break
			}
			if m := reFrontKey.FindStringSubmatch(lines[i].Text); m != nil {
				meta[m[1]] = m[2]
			}
		}
	}
	for i := body; i < len(lines); i++ {
		lines[i].Text = reMdHeading.ReplaceAllString(lines[i].Text, "")
		if reFootBody.MatchString(lines[i].Text) {
			lines[i].Text = "" // the act's own footnotes, which end the file
		}
	}
	doc := &Document{Name: filepath.Base(path), Title: meta["title"], Type: meta["rank"], Ref: meta["display_address"], ELI: meta["eli"]}
	doc.Promulgated, _ = corpus.ParseDate(meta["promulgation_date"])
	doc.EntryIntoForce, _ = corpus.ParseDate(meta["entry_into_force"])
	doc.Body, doc.Annexes = splitAnnexes(lines[body:])
	return doc
}

var (
	reFootRef  = regexp.MustCompile(` ?\[\^(\d+)\]`)
	reFootBody = regexp.MustCompile(`^\[\^(\d+)\]:`)
	// reRefBeforePunct is a marker whose space the PDF conversion put
	// before the punctuation after it: "ogłoszenia[^3] .".
	reRefBeforePunct = regexp.MustCompile(`\[\^\d+\] ([.,;:])`)
)

// consolidatedAct reads the act that a consolidated text of the dataset
// (an obwieszczenie whose annex holds the act) states, without footnotes, as in force from
// the obwieszczenie's date, with the obwieszczenie's reference as source
// and alias.
func consolidatedAct(t testing.TB, path, id string) *corpus.Act {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	meta := map[string]string{}
	for _, l := range strings.Split(text, "\n")[1:] {
		if l == "---" {
			break
		}
		if m := reFrontKey.FindStringSubmatch(l); m != nil {
			meta[m[1]] = m[2]
		}
	}
	_, annex, ok := strings.Cut(text, "## Załącznik do obwieszczenia")
	if !ok {
		t.Fatalf("%s: no annex", path)
	}
	var out []string
	for i, l := range strings.Split(annex, "\n") {
		if i == 0 {
			continue
		}
		if strings.HasPrefix(l, "## Załącznik") {
			// A marker on an annex heading, or the heading of several
			// annexes before the first one's, hides it from this crude
			// reading: keep "Załącznik nr N".
			l = reFootRef.ReplaceAllString(l, "")
			if m := reAnnexLabel.FindAllString(l, -1); len(m) > 0 {
				l = m[len(m)-1]
			}
		}
		if reFootBody.MatchString(l) {
			continue // footnotes are not compared: this reading drops them
		}
		l = reFootRef.ReplaceAllString(reRefBeforePunct.ReplaceAllString(l, "$1"), "")
		out = append(out, reMdHeading.ReplaceAllString(l, ""))
	}
	from, err := corpus.ParseDate(meta["announcement_date"])
	if err != nil {
		t.Fatal(err)
	}
	info, vs, err := corpus.ParsePlain(filepath.Base(path), []byte(strings.Join(out, "\n")), corpus.PlainOptions{Range: corpus.Range{From: from}, Source: meta["display_address"]})
	if err != nil {
		t.Fatal(err)
	}
	info.ID, info.Aliases = id, []string{meta["eli"]}
	a, err := corpus.NewAct(info, vs)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

package index

import (
	"strings"

	"lexdiff/corpus"
)

// openEnd stands for the open end of a range in the index, so that "in force
// on d" is the same test, from ≤ d ≤ to, for every wording.
var openEnd = corpus.MakeDate(9999, 12, 31)

// A doc is one indexed wording: a unit's own text (with its closing part)
// over the days it read so, merged across consecutive versions. From and
// To are days as YYYY-MM-DD, To being openEnd for a wording still in force.
// FirstKnown is "1" when From is only the first day the corpus knows the
// unit from (corpus.Act.SinceFirstKnown), else "".
type doc struct {
	Act        string `json:"act"`
	Unit       string `json:"unit"`
	Citation   string `json:"citation"`
	Kind       string `json:"kind"`
	Text       string `json:"text"`
	From       string `json:"from"`
	To         string `json:"to"`
	FirstKnown string `json:"firstKnown,omitempty"`

	from, to corpus.Date
}

// id is the document id: act, unit and the first day of the wording.
func (d *doc) id() string { return d.Act + "/" + d.Unit + "@" + d.From }

// eachDoc calls fn for every wording in c, act by act (see actDocs). It
// stops at the first error fn returns.
func eachDoc(c *corpus.Corpus, fn func(*doc) error) error {
	return c.Each(func(a *corpus.Act) error { return actDocs(a, fn) })
}

// actDocs calls fn with a doc for every wording of a: one doc per wording
// of each unit that has text of its own (see corpus.EachWording), so that
// a unit whose wording stayed the same over consecutive versions yields
// one doc with the merged range, whose From is the wording's "brzmienie
// od" as the act's pages show it.
func actDocs(a *corpus.Act, fn func(*doc) error) error {
	for _, top := range a.Units() {
		err := corpus.EachWording(a.Versions(top), func(w corpus.Wording) error {
			text := unitText(w.Unit)
			if text == "" {
				return nil
			}
			d := newDoc(a.ID, w.Unit, text, w.Range.From, w.Range.To)
			if a.SinceFirstKnown(w.Unit.ID, w.Range.From) {
				d.FirstKnown = "1"
			}
			return fn(d)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// newDoc returns the doc of u's text over the days from to to (zero: still
// in force).
func newDoc(act string, u *corpus.Unit, text string, from, to corpus.Date) *doc {
	if to.IsZero() {
		to = openEnd
	}
	return &doc{
		Act: act, Unit: u.ID, Citation: u.Citation(), Kind: string(u.Kind), Text: text,
		From: from.String(), To: to.String(), from: from, to: to,
	}
}

// unitText is the indexed text of u: its own words and its closing part,
// without footnote markers (the model keeps them apart already).
func unitText(u *corpus.Unit) string {
	return strings.TrimSpace(strings.TrimSpace(u.Text) + " " + strings.TrimSpace(u.Closing))
}

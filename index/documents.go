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
type doc struct {
	Act      string `json:"act"`
	Unit     string `json:"unit"`
	Citation string `json:"citation"`
	Kind     string `json:"kind"`
	Text     string `json:"text"`
	From     string `json:"from"`
	To       string `json:"to"`

	from, to corpus.Date
}

// id is the document id: act, unit and the first day of the wording.
func (d *doc) id() string { return d.Act + "/" + d.Unit + "@" + d.From }

// eachDoc calls fn for every wording in c, act by act: one doc per
// wording of each unit (see corpus.EachWording), so that a unit whose
// wording stayed the same over consecutive versions yields one doc with
// the merged range, whose From is the wording's "brzmienie od" as the
// act's pages show it. It stops at the first error fn returns.
func eachDoc(c *corpus.Corpus, fn func(*doc) error) error {
	return c.Each(func(a *corpus.Act) error {
		for _, top := range a.Units() {
			if err := eachWording(a.ID, a.Versions(top), fn); err != nil {
				return err
			}
		}
		return nil
	})
}

// eachWording calls fn with a doc for each wording of the units of one
// top-level unit's versions (oldest first) that has text of its own.
func eachWording(act string, versions []*corpus.Version, fn func(*doc) error) error {
	return corpus.EachWording(versions, func(w corpus.Wording) error {
		text := unitText(w.Unit)
		if text == "" {
			return nil
		}
		to := w.Range.To
		if to.IsZero() {
			to = openEnd
		}
		return fn(newDoc(act, w.Unit, text, w.Range.From, to))
	})
}

func newDoc(act string, u *corpus.Unit, text string, from, to corpus.Date) *doc {
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

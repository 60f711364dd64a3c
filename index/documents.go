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

// eachDoc calls fn for every wording in c, act by act. A unit whose text
// stayed the same over consecutive versions of its top-level unit yields one
// doc with the merged range. It stops at the first error fn returns.
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

// eachWording merges the wordings of the units of one top-level unit's
// versions (oldest first) and calls fn for each.
func eachWording(act string, versions []*corpus.Version, fn func(*doc) error) error {
	open := map[string]*doc{} // by unit id: the wording still being extended
	var order []string        // ids in open, first seen first
	emit := func(id string) error {
		d := open[id]
		delete(open, id)
		return fn(d)
	}
	for _, v := range versions {
		from, to := v.Range.From, v.Range.To
		if to.IsZero() {
			to = openEnd
		}
		seen := map[string]bool{}
		var err error
		v.Unit.Walk(func(u *corpus.Unit) bool {
			text := unitText(u)
			if text == "" {
				return true
			}
			seen[u.ID] = true
			if d, ok := open[u.ID]; ok {
				if d.Text == text && d.to.AddDays(1) == from {
					d.extend(to)
					return true
				}
				if err = emit(u.ID); err != nil {
					return false
				}
			} else {
				order = append(order, u.ID)
			}
			open[u.ID] = newDoc(act, u, text, from, to)
			return true
		})
		if err != nil {
			return err
		}
		if order, err = flush(order, func(id string) bool { return !seen[id] }, emit); err != nil {
			return err
		}
	}
	_, err := flush(order, func(string) bool { return true }, emit)
	return err
}

// flush emits the open wordings whose ids satisfy done and returns the ids
// left open, in order.
func flush(order []string, done func(string) bool, emit func(string) error) ([]string, error) {
	kept := order[:0]
	for _, id := range order {
		if !done(id) {
			kept = append(kept, id)
			continue
		}
		if err := emit(id); err != nil {
			return nil, err
		}
	}
	return kept, nil
}

func newDoc(act string, u *corpus.Unit, text string, from, to corpus.Date) *doc {
	return &doc{
		Act: act, Unit: u.ID, Citation: u.Citation(), Kind: string(u.Kind), Text: text,
		From: from.String(), To: to.String(), from: from, to: to,
	}
}

// extend makes d's wording apply until to.
func (d *doc) extend(to corpus.Date) { d.To, d.to = to.String(), to }

// unitText is the indexed text of u: its own words and its closing part,
// without footnote markers (the model keeps them apart already).
func unitText(u *corpus.Unit) string {
	return strings.TrimSpace(strings.TrimSpace(u.Text) + " " + strings.TrimSpace(u.Closing))
}

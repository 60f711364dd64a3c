package amend

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"lexdiff/corpus"
)

// An Import is what importing an amending act into a corpus does: the
// amending act read, the amending act as an act of its own (its
// provisions, in force from the day it enters into force), and its
// changes to the acts it amends.
type Import struct {
	Amending *Amending
	Act      *corpus.Act
	*Result
	// Unread are the instructions lexdiff could not read, to acts the
	// corpus does not hold (see Result.Missing): they change nothing here.
	Unread []*corpus.SyntaxError
}

// Acts returns the acts to store: the amending act, and each act it
// changed.
func (im *Import) Acts() []*corpus.Act {
	out := []*corpus.Act{im.Act}
	for _, ch := range im.Changes {
		if !ch.Skipped() {
			out = append(out, ch.Act)
		}
	}
	return out
}

// Plan reads an amending act and applies it to the acts of c it amends,
// without changing c: the acts to store come back in the Import. The
// errors are those of Parse and Apply, and of an amending act whose own
// text does not make an act.
//
// An instruction that cannot be read is an error only when the act it
// amends is in c, and no consolidated text of that act in c takes the
// amending act in (then nothing of it is applied to that act: see
// ActChange.CoveredBy): otherwise it changes nothing, and the amending
// act is stored all the same, with that act among the missing. An
// exception to the entry into force that cannot be read leaves every
// change's day unknown: it is an error unless each act of c the amending
// act amends has such a text (allCovered).
func Plan(c *corpus.Corpus, doc *Document) (*Import, error) {
	p := parse(doc)
	im := &Import{Amending: p.am}
	var fatal corpus.ErrorList
	var missing []*Target
	var unread []unreadInstruction
	for i, e := range p.errs {
		t := p.targetOf[i]
		if e == p.badException && allCovered(c, p.am) {
			for _, t := range p.am.Targets() {
				if _, err := t.Find(c); err == nil {
					unread = append(unread, unreadInstruction{t, e})
				}
			}
			continue
		}
		if t == nil {
			fatal = append(fatal, e)
			continue
		}
		a, err := t.Find(c)
		switch {
		case errors.Is(err, corpus.ErrNotFound):
			im.Unread = append(im.Unread, e)
			missing = append(missing, t)
		case err == nil && len(consolidatedTakingIn(a, p.am.Doc.Ref)) > 0:
			unread = append(unread, unreadInstruction{t, e})
		default:
			fatal = append(fatal, e)
		}
	}
	if err := fatal.Err(); err != nil {
		return nil, err
	}
	act, err := ownAct(c, p.am)
	if err != nil {
		return nil, err
	}
	if im.Result, err = apply(c, p.am, act.ID, unread); err != nil {
		return nil, err
	}
	im.Act = act
	for _, t := range missing {
		if !slices.Contains(im.Missing, t) {
			im.Missing = append(im.Missing, t)
		}
	}
	return im, nil
}

// Amends reports whether the amending act doc amends an act of c, as far
// as its instructions name one (those that cannot be read among them): a
// cheap test of whether planning it on a corpus that gained c's acts can
// change anything.
func Amends(c *corpus.Corpus, doc *Document) bool {
	return slices.ContainsFunc(parse(doc).am.Targets(), func(t *Target) bool {
		_, err := t.Find(c)
		return err == nil
	})
}

// allCovered reports whether the amending act amends some act of c, and
// each act of c it amends has a consolidated text there that takes it in.
func allCovered(c *corpus.Corpus, am *Amending) bool {
	held := 0
	for _, t := range am.Targets() {
		a, err := t.Find(c)
		if errors.Is(err, corpus.ErrNotFound) {
			continue
		}
		if err != nil || len(consolidatedTakingIn(a, am.Doc.Ref)) == 0 {
			return false
		}
		held++
	}
	return held > 0
}

// ownAct returns the amending act as an act of its own: its provisions in
// force from the day it enters into force, under the id of the act the
// corpus knows by its reference, or a new id made as for any act
// (corpus.ActIDFor), or of its ELI ("du-2026-53") when that one is taken.
func ownAct(c *corpus.Corpus, am *Amending) (*corpus.Act, error) {
	doc := am.Doc
	if len(doc.Own) == 0 {
		return nil, fmt.Errorf("%s: %w: the amending act's own text holds no provision", doc.Name, corpus.ErrInvalid)
	}
	info := corpus.ActInfo{Title: doc.Title, Type: doc.Type, Date: doc.Date, Ref: doc.Ref}
	existing := &corpus.Act{}
	if a, err := c.Act(doc.ELI); err == nil {
		info.ID, existing = a.ID, a
	} else if !errors.Is(err, corpus.ErrNotFound) {
		return nil, err
	}
	if info.ID == "" {
		info.ID = corpus.ActIDFor(info)
		if _, err := c.Act(info.ID); info.ID == "" || err == nil {
			info.ID = strings.ToLower(strings.ReplaceAll(doc.ELI, "/", "-"))
		}
	}
	if err := corpus.CheckActID(info.ID); err != nil {
		return nil, fmt.Errorf("%s: the amending act's ELI %q makes no act id: %w", doc.Name, doc.ELI, err)
	}
	vs := make([]*corpus.Version, len(doc.Own))
	for i, v := range doc.Own {
		dated := *v
		dated.Range = corpus.Range{From: am.InForce}
		dated.Warnings = corpus.WithBaseNames(v.Warnings)
		vs[i] = &dated
	}
	src := corpus.Source{Ref: doc.Ref, ELI: doc.ELI, Kind: corpus.Amending, Title: doc.Title, Date: am.InForce, Promulgated: doc.Promulgated, File: corpus.BaseName(doc.Name),
		Footnotes: doc.Footnotes, Signatures: doc.Signatures}
	return existing.Merge(info, vs, src)
}

package amend

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"lexdiff/corpus"
)

// A Result is what applying an amending act gives: for each act it amends
// that the corpus holds, the act with the new versions; and the acts it
// amends that the corpus does not hold.
type Result struct {
	Changes []*ActChange
	Missing []*Target
}

// An ActChange is what an amending act changed in one act.
type ActChange struct {
	Before     *corpus.Act       // the act as the corpus held it
	Act        *corpus.Act       // the act with the computed versions merged in
	Versions   []*corpus.Version // the computed versions stored (a published one of the same day takes a computed one's place)
	Published  int               // computed versions not stored: a published text of the same day was there, compared in Mismatches
	Mismatches []Mismatch        // where a published text of the same day says otherwise
	Operations []*Operation
	Unapplied  []Unapplied // operations read but not applied, with the reason
	Already    bool        // the act holds versions computed from this amending act already: nothing was applied again
	TakenIn    string      // a consolidated text of the act (its reference) takes this amending act in, and the corpus knows the act before it only from that text: nothing to apply to
	// CoveredBy is a consolidated text of the act (its reference) that
	// takes this amending act in, when some of its instructions to the act
	// cannot be read or applied (Failed): nothing of it is applied, the
	// text gives the wording it made.
	CoveredBy string
	Failed    corpus.ErrorList
}

// Skipped reports whether nothing of the amending act was applied to the
// act: it was applied already, or a consolidated text holds it.
func (ch *ActChange) Skipped() bool { return ch.Already || ch.TakenIn != "" || ch.CoveredBy != "" }

// An Unapplied operation is one lexdiff reads but cannot represent, and
// why. It changes no wording of a unit.
type Unapplied struct {
	Op     *Operation
	Reason string
}

// appliedBefore reports whether some version of a was computed by applying
// the amending act with the given id.
func appliedBefore(a *corpus.Act, id string) bool {
	for _, v := range a.AllVersions() {
		for _, ap := range v.Applied {
			if ap.Act == id {
				return true
			}
		}
	}
	return false
}

// takenIn returns the reference of a consolidated text of a that names
// the amending act ref among those it takes in, when every wording of a in
// force on the day before day (the first day the amending act changes it)
// comes from that text, or none does: the corpus knows the act before the
// change only as that text dates it back, and the text already says what
// the amending act made of it.
func takenIn(a *corpus.Act, ref string, day corpus.Date) string {
	for _, s := range consolidatedTakingIn(a, ref) {
		if !slices.ContainsFunc(a.InForce(day.AddDays(-1)), func(v *corpus.Version) bool { return v.Source != s.Ref }) {
			return s.Ref
		}
	}
	return ""
}

// consolidatedTakingIn returns the consolidated texts of a that name the
// amending act ref among the acts they take in (their ust. 1: "z
// uwzględnieniem zmian wprowadzonych …"), the oldest first.
func consolidatedTakingIn(a *corpus.Act, ref string) []corpus.Source {
	if ref == "" {
		return nil
	}
	key := corpus.LookupKey(ref)
	var out []corpus.Source
	for _, s := range a.Sources() {
		if s.Kind == corpus.Consolidated && slices.ContainsFunc(s.Amending, func(in string) bool { return corpus.LookupKey(in) == key }) {
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, func(x, y corpus.Source) int { return cmp.Compare(x.Date, y.Date) })
	return out
}

// firstDay is the first day on which one of the change's operations takes
// effect.
func (ch *ActChange) firstDay() corpus.Date {
	first := ch.Operations[0].InForce
	for _, op := range ch.Operations[1:] {
		first = min(first, op.InForce)
	}
	return first
}

// Apply applies the operations of am to the acts of c they amend. id is
// the amending act's own id in the corpus, which the attributions name.
//
// Each act's operations are applied day by day, in the order of the text,
// to the act as in force on the day before they take effect (or as
// another amending act already changed it on that day); each changed
// top-level unit gets a new version from that day, marked as computed and
// attributed to the provisions that changed it. A published version that
// starts on the same day is kept, and compared with the computed one
// (ActChange.Mismatches).
//
// The error, when an operation cannot be applied (the unit does not exist,
// the words are not found or occur more often than the instruction says,
// the new wording does not hold the units named), is a corpus.ErrorList
// naming every such operation, where it stands and why; then nothing is
// applied. When a consolidated text of the act in c takes am in, the
// failures are not errors: nothing is applied to that act, and the text
// gives the wording (ActChange.CoveredBy).
func Apply(c *corpus.Corpus, am *Amending, id string) (*Result, error) {
	return apply(c, am, id, nil)
}

// An unreadInstruction is an instruction that could not be read, and the
// act it amends.
type unreadInstruction struct {
	act *Target
	err *corpus.SyntaxError
}

// apply is Apply, given also the instructions to acts of c that could not
// be read (each act in c has a consolidated text that takes am in).
func apply(c *corpus.Corpus, am *Amending, id string, unread []unreadInstruction) (*Result, error) {
	res := &Result{}
	byAct := map[string]*ActChange{}
	found := map[*Target]*corpus.Act{}
	var errs corpus.ErrorList
	for _, op := range am.Operations {
		a, seen := found[op.Act]
		if !seen {
			var err error
			a, err = op.Act.Find(c)
			switch {
			case errors.Is(err, corpus.ErrNotFound):
				res.Missing = append(res.Missing, op.Act)
			case err != nil:
				return nil, fmt.Errorf("%s: %w", op.Act.Mention, err)
			}
			found[op.Act] = a
		}
		if a == nil {
			continue
		}
		ch := changeOf(res, byAct, a)
		ch.Operations = append(ch.Operations, op)
	}
	for _, u := range unread {
		a, err := u.act.Find(c)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", u.act.Mention, err)
		}
		if ch := changeOf(res, byAct, a); !slices.Contains(ch.Failed, u.err) {
			ch.Failed = append(ch.Failed, u.err)
		}
	}
	by := attribution{id: id, title: am.Doc.Title, ref: am.Doc.Ref, eli: am.Doc.ELI}
	for _, ch := range res.Changes {
		ch.Already = appliedBefore(ch.Before, id)
		if len(ch.Operations) > 0 {
			ch.TakenIn = takenIn(ch.Before, am.Doc.Ref, ch.firstDay())
		}
		if ch.Skipped() {
			continue
		}
		if len(ch.Failed) == 0 {
			ch.Failed = ch.apply(am, by)
		}
		if len(ch.Failed) == 0 {
			continue
		}
		if texts := consolidatedTakingIn(ch.Before, am.Doc.Ref); len(texts) > 0 {
			*ch = ActChange{Before: ch.Before, Act: ch.Before, Operations: ch.Operations, CoveredBy: texts[0].Ref, Failed: ch.Failed}
			continue
		}
		errs = append(errs, ch.Failed...)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return res, nil
}

// changeOf returns the change of act a in res, added when new.
func changeOf(res *Result, byAct map[string]*ActChange, a *corpus.Act) *ActChange {
	ch := byAct[a.ID]
	if ch == nil {
		ch = &ActChange{Before: a, Act: a}
		byAct[a.ID] = ch
		res.Changes = append(res.Changes, ch)
	}
	return ch
}

// attribution is what each applied change says of the amending act.
type attribution struct{ id, title, ref, eli string }

// source is the amending act as a source of the versions computed from it.
func (by attribution) source(am *Amending) corpus.Source {
	return corpus.Source{Ref: by.ref, ELI: by.eli, Kind: corpus.Amending, Title: by.title, Date: am.InForce, Promulgated: am.Doc.Promulgated, File: corpus.BaseName(am.Doc.Name)}
}

// apply applies the change's operations day by day.
func (ch *ActChange) apply(am *Amending, by attribution) corpus.ErrorList {
	var days []corpus.Date
	for _, op := range ch.Operations {
		days = append(days, op.InForce)
	}
	slices.Sort(days)
	var errs corpus.ErrorList
	for _, day := range slices.Compact(days) {
		st := &state{act: ch.Act, day: day, am: am, by: by, tops: map[string]*working{}}
		for _, op := range ch.Operations {
			if op.InForce != day {
				continue
			}
			err := st.apply(op)
			if err == nil {
				continue
			}
			e := &corpus.SyntaxError{Pos: op.Pos, Msg: fmt.Sprintf("%s (%s): %v", op.Provision, quoted(op.Text), err)}
			if n := len(errs); n > 0 && errs[n-1].Error() == e.Error() {
				continue // one instruction of several operations, failing alike
			}
			errs = append(errs, e)
		}
		if len(errs) > 0 {
			continue
		}
		if err := ch.store(st, am); err != nil {
			errs = append(errs, &corpus.SyntaxError{Pos: ch.Operations[0].Pos, Msg: err.Error()})
			continue
		}
		ch.Unapplied = append(ch.Unapplied, st.unapplied...)
		errs = append(errs, ch.reapply(st, am)...)
	}
	return errs
}

// store merges the versions the state computed into the act.
func (ch *ActChange) store(st *state, am *Amending) error {
	vs, ends := st.versions()
	act, stored, mismatches, err := merge(ch.Act, st.day, vs, ends, st.by.source(am))
	if err != nil {
		return err
	}
	ch.Act = act
	ch.Versions = append(ch.Versions, stored...)
	ch.Published += len(vs) - len(stored)
	ch.Mismatches = append(ch.Mismatches, mismatches...)
	return nil
}

// reapply applies the operations of done, a day of this amending act
// applied, again on each later version that another amending act computed
// for a top-level unit they changed: applied first, that act could not
// hold this change (an act published earlier may take effect later). The
// later versions are gone through day by day (laterChange): an operation
// is applied again while the later acts changed other parts of the units
// it names; it is left from the day one of them gave such a unit (or one
// above) a new wording or repealed it, which stands from then, and from a
// published text's day on (the text holds the change); it is refused when
// the two overlap otherwise, or when only some of its units have a later
// version.
func (ch *ActChange) reapply(done *state, am *Amending) corpus.ErrorList {
	later := map[corpus.Date]map[string]*corpus.Version{} // day → the versions computed from it by other acts, of the units changed on done's day
	published := map[string]corpus.Date{}                 // unit → the first day after done's of a published version
	for _, id := range done.ids {
		for _, v := range ch.Act.Versions(id) {
			switch {
			case v.Range.From <= done.day:
			case !v.Computed:
				if _, ok := published[id]; !ok {
					published[id] = v.Range.From
				}
			case !slices.ContainsFunc(v.Applied, func(p corpus.AppliedAmendment) bool { return p.Act == done.by.id }):
				if done.tops[id].ended {
					return corpus.ErrorList{&corpus.SyntaxError{Pos: ch.Operations[0].Pos, Msg: fmt.Sprintf("%s, renumbered from %s, has a version computed from %s (%s), which lexdiff cannot carry to its new number", corpus.CitationOf(id), done.day, v.Range.From, v.Source)}}
				}
				if later[v.Range.From] == nil {
					later[v.Range.From] = map[string]*corpus.Version{}
				}
				later[v.Range.From][id] = v
			}
		}
	}
	named := map[*Operation][]string{} // the units each operation of done's day names, read once
	for op := range done.touched {
		named[op] = done.named(op)
	}
	left := map[*Operation]bool{} // the operations no longer applied, from a day on
	var errs corpus.ErrorList
	for _, day := range slices.Sorted(maps.Keys(later)) {
		st := &state{act: ch.Act, day: day, again: true, am: am, by: done.by, tops: map[string]*working{}}
		for _, op := range ch.Operations {
			if left[op] {
				continue
			}
			verdict, err := laterChange(done.touched[op], named[op], later[day], published, day)
			left[op] = err == nil && verdict == laterStands
			if err == nil && verdict == applyAgain {
				err = st.apply(op)
			}
			if err != nil {
				errs = append(errs, &corpus.SyntaxError{Pos: op.Pos, Msg: fmt.Sprintf("%s (%s), applied again on the wording an amending act gives from %s: %v", op.Provision, quoted(op.Text), day, err)})
			}
		}
		if len(errs) > 0 {
			return errs
		}
		if len(st.ids) == 0 {
			continue
		}
		if err := ch.store(st, am); err != nil {
			return corpus.ErrorList{&corpus.SyntaxError{Pos: ch.Operations[0].Pos, Msg: err.Error()}}
		}
	}
	return nil
}

// named returns the units an operation names, as they were on the state's
// day: where it changes words, it may change them in units below those.
func (st *state) named(op *Operation) []string {
	ids, err := st.targets(op.Path)
	if err != nil {
		return nil
	}
	return ids
}

// A laterVerdict is what becomes of an operation on the versions another
// act computed from a later day.
type laterVerdict int

const (
	unaffected  laterVerdict = iota // they hold none of the units it changed
	applyAgain                      // it is applied again on their wording
	laterStands                     // their wording stands, from their day on
)

// laterChange says whether an operation that made the changes done, in
// the units named, must be applied again on the later versions (by
// top-level unit) another act computed from day: not when it changed
// none of their units, nor when that act gave a unit it changed or named
// (or one above) a new wording or repealed it, nor from a published
// text's day on; yes when that act changed other parts of the unit, or
// other words of a unit whose words it changed. It refuses when the two
// overlap otherwise (that act changed a unit it changed or named, or one
// inside), or when only some of the operation's units have a later
// version.
func laterChange(done []corpus.AppliedAmendment, named []string, later map[string]*corpus.Version, published map[string]corpus.Date, day corpus.Date) (laterVerdict, error) {
	var again, leave, without int
	for _, d := range done {
		top, _, _ := strings.Cut(d.Unit, ".")
		v := later[top]
		if v == nil {
			without++
			continue
		}
		if from, ok := published[top]; ok && from <= day {
			leave++ // a published text, from a day between, holds the change
			continue
		}
		units := append([]string{d.Unit}, named...)
		superseded := false
		for _, p := range v.Applied {
			if p.InForce != v.Range.From {
				continue // made the unit as it was before the later act
			}
			above := slices.ContainsFunc(units, func(u string) bool { return corpus.IsPathPrefix(p.Unit, u) })
			inside := slices.ContainsFunc(units, func(u string) bool { return corpus.IsPathPrefix(u, p.Unit) })
			switch {
			case above && (p.Kind == corpus.WordingSet || p.Kind == corpus.Removed):
				superseded = true
			case p.Unit == d.Unit && p.Kind == corpus.Changed && d.Kind == corpus.Changed:
				// both changed words of the unit: the earlier words again
			case above || inside:
				return unaffected, fmt.Errorf("%s, which %s changed from %s, lexdiff cannot change under it", corpus.CitationOf(p.Unit), p.Ref, p.InForce)
			}
		}
		if superseded {
			leave++
		} else {
			again++
		}
	}
	switch {
	case again+leave == 0:
		return unaffected, nil
	case without > 0 || again > 0 && leave > 0:
		return unaffected, fmt.Errorf("it changes units of which only some have a version another act computed from a later day, or gave a new wording")
	case again > 0:
		return applyAgain, nil
	}
	return laterStands, nil
}

// A state is an act being changed on one day: the top-level units the
// operations touched so far, as changed.
type state struct {
	act   *corpus.Act
	day   corpus.Date
	again bool // the operations are applied again, on a later day's version (reapply)
	am    *Amending
	by    attribution
	tops  map[string]*working
	ids   []string // of tops, in the order first touched

	touched   map[*Operation][]corpus.AppliedAmendment // the changes each operation made
	unapplied []Unapplied
}

// A working unit is a top-level unit as the operations leave it.
type working struct {
	unit    *corpus.Unit
	base    *corpus.Version // the version it was copied from; nil for a unit added
	groups  []corpus.Group
	applied []corpus.AppliedAmendment
	ended   bool // renumbered: the unit has no version from the day on
}

// baseVersion returns the version of top-level unit id that the day's
// operations change: one that another amending act computed for the day,
// or else the one in force the day before.
func (st *state) baseVersion(id string) *corpus.Version {
	vs := st.act.Versions(id)
	for _, v := range vs {
		if v.Range.From == st.day && v.Computed {
			return v
		}
	}
	for _, v := range vs {
		if v.Range.Contains(st.day.AddDays(-1)) {
			return v
		}
	}
	return nil
}

// get returns the working copy of top-level unit id.
func (st *state) get(id string) (*working, error) {
	if w, ok := st.tops[id]; ok {
		if w.ended {
			return nil, fmt.Errorf("%s was renumbered by an earlier instruction", corpus.CitationOf(id))
		}
		return w, nil
	}
	v := st.baseVersion(id)
	if v == nil {
		return nil, fmt.Errorf("%s has no %s in force on %s", st.act.ID, corpus.CitationOf(id), st.day.AddDays(-1))
	}
	w := &working{unit: clone(v.Unit), base: v, groups: v.Groups}
	if v.Range.From == st.day && v.Computed {
		w.applied = slices.Clone(v.Applied)
	}
	st.put(id, w)
	return w, nil
}

// exists reports whether top-level unit id is in force the day before, or
// was added by an earlier operation.
func (st *state) exists(id string) bool {
	if w, ok := st.tops[id]; ok {
		return !w.ended
	}
	return st.baseVersion(id) != nil
}

func (st *state) put(id string, w *working) {
	if _, ok := st.tops[id]; !ok {
		st.ids = append(st.ids, id)
	}
	st.tops[id] = w
}

// unit returns the unit with the given id, at any depth, from the working
// copy of its top-level unit.
func (st *state) unit(id string) (*corpus.Unit, *working, error) {
	top, _, _ := strings.Cut(id, ".")
	w, err := st.get(top)
	if err != nil {
		return nil, nil, err
	}
	if u := w.unit.Find(id); u != nil {
		return u, w, nil
	}
	return nil, nil, fmt.Errorf("%s has no %s in force on %s", st.act.ID, corpus.CitationOf(id), st.day.AddDays(-1))
}

// record attributes a change of the unit with the given id.
func (st *state) record(w *working, op *Operation, id string, kind corpus.AmendmentKind) {
	if st.again {
		return // applied again (reapply): the change is the version before's, from its own day
	}
	p := corpus.AppliedAmendment{Unit: id, Kind: kind, Provision: op.Provision,
		Act: st.by.id, Title: st.by.title, Ref: st.by.ref, ELI: st.by.eli, InForce: st.day}
	w.applied = append(w.applied, p)
	if st.touched == nil {
		st.touched = map[*Operation][]corpus.AppliedAmendment{}
	}
	st.touched[op] = append(st.touched[op], p)
}

// apply applies one operation.
func (st *state) apply(op *Operation) error {
	if len(op.Path) == 0 {
		return fmt.Errorf("the instruction names no unit")
	}
	if !inAnnex(op.Path) && slices.ContainsFunc(op.Path[:len(op.Path)-1], func(s seg) bool { return len(s.labels) != 1 || s.upTo }) {
		return st.applyInEach(op)
	}
	if inAnnex(op.Path) && op.Action != SetAnnex && op.Action != AddAnnex && !isWordsAction(op.Action) {
		return st.annexItemChange(op)
	}
	switch op.Action {
	case SetWording:
		if op.Part.kind != "" {
			return st.setPart(op)
		}
		return st.setUnits(op)
	case AddUnits:
		switch {
		case op.Part.kind != "":
			return st.addPart(op)
		case op.Path[len(op.Path)-1].kind == kindGroup:
			return st.addGroup(op)
		}
		return st.addUnits(op)
	case SetGroupTitle:
		return st.groupTitle(op)
	case Repeal:
		switch {
		case op.Part.kind != "":
			return st.removePart(op)
		case op.Path[len(op.Path)-1].kind == kindGroup:
			return st.repealGroup(op)
		}
		return st.repeal(op)
	case ReplaceWords, InsertWords, DeleteWords:
		return st.words(op)
	case ReplacePunct:
		return st.punctuation(op)
	case Renumber:
		return st.renumber(op)
	case SetAnnex, AddAnnex:
		return st.annex(op)
	case SetNote:
		st.unapplied = append(st.unapplied, Unapplied{op, "lexdiff keeps no footnotes of the act itself (of its title); the wording of its units is not affected"})
		return nil
	}
	return fmt.Errorf("unknown action %q", op.Action)
}

// applyInEach applies op in each unit its path names before the last step:
// "w ust. 2 i 6 w pkt 1 wyrazy …" changes the words in ust. 2 pkt 1 and in
// ust. 6 pkt 1.
func (st *state) applyInEach(op *Operation) error {
	paths := [][]seg{nil}
	for _, s := range op.Path[:len(op.Path)-1] {
		var next [][]seg
		for _, p := range paths {
			if len(s.labels) == 1 && !s.upTo {
				next = append(next, append(p, s))
				continue
			}
			err := st.eachTarget(append(slices.Clone(p), s), func(u *corpus.Unit, _ *working) error {
				next = append(next, append(slices.Clone(p), seg{kind: s.kind, labels: []string{u.Label}}))
				return nil
			})
			if err != nil {
				return err
			}
		}
		paths = next
	}
	for _, p := range paths {
		one := *op
		one.Path = append(p, op.Path[len(op.Path)-1])
		if err := st.apply(&one); err != nil {
			return err
		}
		if st.touched != nil {
			st.touched[op] = append(st.touched[op], st.touched[&one]...) // what the instruction changed, for reapply
			delete(st.touched, &one)
		}
	}
	return nil
}

// eachTarget calls fn with each unit the last step of path names, and the
// working copy of the top-level unit that holds it, stopping at the first
// error.
func (st *state) eachTarget(path []seg, fn func(u *corpus.Unit, w *working) error) error {
	ids, err := st.targets(path)
	if err != nil {
		return err
	}
	for _, id := range ids {
		u, w, err := st.unit(id)
		if err != nil {
			return err
		}
		if err := fn(u, w); err != nil {
			return err
		}
	}
	return nil
}

// parentOf returns the id of the unit the last step of path stands in,
// "" for the top level.
func parentOf(path []seg) (string, error) {
	id := ""
	for _, s := range path[:len(path)-1] {
		if len(s.labels) != 1 {
			return "", fmt.Errorf("%s names several units where one is wanted", s)
		}
		id = unitID(id, s.kind, s.labels[0])
	}
	return id, nil
}

// targets returns the ids of the units the last step of path names, all
// of which must exist. A range takes in every unit between its ends.
func (st *state) targets(path []seg) ([]string, error) {
	parent, err := parentOf(path)
	if err != nil {
		return nil, err
	}
	last := path[len(path)-1]
	if !last.upTo {
		out := make([]string, len(last.labels))
		for i, l := range last.labels {
			out[i] = unitID(parent, last.kind, l)
			if parent == "" && !st.exists(out[i]) {
				return nil, fmt.Errorf("%s has no %s in force on %s", st.act.ID, corpus.CitationOf(out[i]), st.day.AddDays(-1))
			}
		}
		return out, nil
	}
	if parent == "" {
		return st.topRange(last)
	}
	p, _, err := st.unit(parent)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, c := range p.Children {
		if c.Kind == last.kind && inRange(c.Label, last.labels) {
			out = append(out, c.ID)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s has no %s", corpus.CitationOf(parent), last)
	}
	return out, nil
}

// topRange lists the top-level units of a range ("art. 3–5") in force.
func (st *state) topRange(s seg) ([]string, error) {
	var out []string
	for _, id := range st.act.Units() {
		if strings.HasPrefix(id, idPrefix(s.kind)) && inRange(strings.TrimPrefix(id, idPrefix(s.kind)), s.labels) && st.exists(id) {
			out = append(out, id)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s has no %s", st.act.ID, s)
	}
	return out, nil
}

// inRange reports whether label falls between the two ends, both included.
func inRange(label string, ends []string) bool {
	return corpus.CompareLabels(ends[0], label) <= 0 && corpus.CompareLabels(label, ends[1]) <= 0
}

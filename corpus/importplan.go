package corpus

// The plan of an import: which act each file goes into (by its references,
// or its type, date and title), and the merge of each act's files.

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

// A pendingAct is an act an import changes: the stored one (nil for a new
// act), its info as the import leaves it, and the files that go into it.
type pendingAct struct {
	stored *Act
	info   ActInfo
	files  []*parsedFile
}

// An importPlan assigns the files of an import to acts.
type importPlan struct {
	c       *Corpus
	req     ImportRequest
	pending map[string]*pendingAct // by act id
	order   []string
	byKey   map[string]int // the pending acts by their lookup keys: their index in order
}

// index adds the lookup keys of info to those of the pending act with the
// given index in order.
func (pl *importPlan) index(info ActInfo, i int) {
	if pl.byKey == nil {
		pl.byKey = map[string]int{}
	}
	for _, k := range info.Keys() {
		if _, ok := pl.byKey[k]; !ok {
			pl.byKey[k] = i
		}
	}
}

// target finds the act a file goes into, and adds the file to it.
func (pl *importPlan) target(p *parsedFile) (string, error) {
	id, err := pl.actFor(p)
	if err != nil {
		return "", fmt.Errorf("%s: %w", p.name, err)
	}
	pa, err := pl.open(id, p)
	if err != nil {
		return "", fmt.Errorf("%s: %w", p.name, err)
	}
	pa.files = append(pa.files, p)
	pa.info = mergeInfo(pa.info, p.info)
	pl.index(pa.info, slices.Index(pl.order, id))
	return id, nil
}

// actFor returns the id of the act a file goes into.
func (pl *importPlan) actFor(p *parsedFile) (string, error) {
	if pl.req.Act != "" {
		if a, err := pl.c.Summary(pl.req.Act); err == nil {
			return a.ID, nil
		}
		if err := CheckActID(pl.req.Act); err != nil {
			return "", err
		}
		return pl.req.Act, nil
	}
	if p.info.Type == "" && len(p.info.Aliases) == 0 && p.info.Ref == "" {
		return pl.onlyAct()
	}
	keys := p.info.Keys()[1:] // its references; the id is not known yet
	first := -1
	for _, k := range keys {
		if i, ok := pl.byKey[k]; ok && (first < 0 || i < first) {
			first = i
		}
	}
	if first >= 0 {
		return pl.order[first], nil
	}
	for _, k := range keys {
		if s, err := pl.c.cat.Find(k); err == nil {
			return s.ID, nil
		}
	}
	named := p.info
	if p.published != "" {
		named.Title = p.published // the same id from a text printed before the act was retitled as after
	}
	id := ActIDFor(named)
	if id == "" {
		return pl.onlyAct()
	}
	return pl.freeID(id, p.info, named)
}

// freeID returns id, or id with a number after it when another act (of
// another type, date or title) has it. A file gives its act's title as
// it reads (info) and as published (named), which differ when an
// amendment retitled the act: either names the act that has the id.
func (pl *importPlan) freeID(id string, info, named ActInfo) (string, error) {
	for n := 1; ; n++ {
		cand := id
		if n > 1 {
			cand = fmt.Sprintf("%s-%d", id, n)
		}
		other, ok := pl.pending[cand]
		if !ok {
			s, err := pl.c.Summary(cand)
			if err != nil || s.ID != cand {
				return cand, nil
			}
			other = &pendingAct{info: s.ActInfo}
		}
		if sameAct(other.info, info) || sameAct(other.info, named) || retitledWithID(other.info, named, id) {
			return cand, nil
		}
	}
}

// sameAct reports whether two infos describe one act: same type and date,
// and the same title when both have one.
func sameAct(a, b ActInfo) bool {
	return a.Type == b.Type && a.Date == b.Date && (a.Title == "" || b.Title == "" || a.Title == b.Title)
}

// retitledWithID reports whether other, an act that has the id made from
// a file's published title (named), or that id numbered, is that act
// retitled since: of the same type and date, with a title that does not
// make the id. (Acts whose titles make one id, cut at its length, have it
// from their titles, numbered after the first.)
func retitledWithID(other, named ActInfo, id string) bool {
	return other.Type == named.Type && other.Date == named.Date && ActIDFor(other) != id
}

// onlyAct returns the corpus's only act, for a file that names none.
func (pl *importPlan) onlyAct() (string, error) {
	list, err := pl.c.Summaries()
	if err != nil {
		return "", err
	}
	if len(list) == 1 {
		return list[0].ID, nil
	}
	if len(list) == 0 {
		return "", fmt.Errorf("%w: the file does not say which act it holds, and the corpus is empty: name the act with -act (an id such as du-2017-1399)", ErrInvalid)
	}
	ids := make([]string, len(list))
	for i, s := range list {
		ids[i] = s.ID
	}
	return "", fmt.Errorf("%w: the file does not say which act it holds: name the act to import into with -act (the corpus holds %s)", ErrInvalid, strings.Join(ids, ", "))
}

// open returns the pending act with the given id, reading the stored act
// when the import has not touched it yet.
func (pl *importPlan) open(id string, p *parsedFile) (*pendingAct, error) {
	if pa, ok := pl.pending[id]; ok {
		return pa, nil
	}
	pa := &pendingAct{info: ActInfo{ID: id}}
	if _, err := pl.c.Summary(id); err == nil {
		a, err := pl.c.Act(id)
		if err != nil {
			return nil, err
		}
		pa.stored, pa.info = a, a.ActInfo
	}
	pl.pending[id] = pa
	pl.order = append(pl.order, id)
	pl.index(pa.info, len(pl.order)-1)
	return pa, nil
}

// mergeInfo fills in what info lacks from what a file says, and adds the
// file's references to the aliases.
func mergeInfo(info, from ActInfo) ActInfo {
	if info.Title == "" {
		info.Title = from.Title
	}
	if info.Type == "" {
		info.Type = from.Type
	}
	if info.Date.IsZero() {
		info.Date = from.Date
	}
	if info.Ref == "" {
		info.Ref = from.Ref
	}
	for _, a := range from.Aliases {
		if !slices.Contains(info.Aliases, a) && a != info.Ref {
			info.Aliases = append(info.Aliases, a)
		}
	}
	return info
}

// sortAliases puts an act's references in the order of publication, in
// each journal, each as written before its ELI ("Dz. U. z 2017 r. poz.
// 248", "DU/2017/248"), whatever the order of the imports that gave them;
// a reference lexdiff cannot read, or that names no year, stays after
// those, in its place.
func sortAliases(aliases []string) {
	type aliasKey struct {
		unread       bool
		journal      string
		year, number int
		eli          bool
	}
	keys := make(map[string]aliasKey, len(aliases))
	for _, a := range aliases {
		r, err := ParsePubRef(a)
		if err != nil || len(r.Items) == 0 || r.Items[0].Year == 0 {
			keys[a] = aliasKey{unread: true}
			continue
		}
		keys[a] = aliasKey{journal: r.Journal, year: r.Items[0].Year, number: r.Items[0].Position, eli: a == r.ELI()}
	}
	slices.SortStableFunc(aliases, func(a, b string) int {
		x, y := keys[a], keys[b]
		switch {
		case x.unread || y.unread:
			return cmp.Compare(boolRank(x.unread), boolRank(y.unread))
		case x.journal != y.journal:
			return cmp.Compare(x.journal, y.journal)
		case x.year != y.year:
			return cmp.Compare(x.year, y.year)
		case x.number != y.number:
			return cmp.Compare(x.number, y.number)
		}
		return cmp.Compare(boolRank(x.eli), boolRank(y.eli))
	})
}

// boolRank orders false before true.
func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

// newestTitle returns pa's title: that of the newest of its files (sorted
// oldest first) that is newer than every text the act holds already; the
// title the act has otherwise. An amendment may have retitled the act,
// and it is named as its newest text names it, in whatever order its
// texts are imported; a title given with -title stays until a newer text
// comes.
func newestTitle(pa *pendingAct) string {
	title := pa.info.Title
	var since Date
	if pa.stored != nil {
		if srcs := pa.stored.Sources(); len(srcs) > 0 {
			since = srcs[len(srcs)-1].Date
		}
	}
	for _, f := range pa.files {
		if f.info.Title != "" && f.source.Date > since {
			title = f.info.Title
		}
	}
	return title
}

// merge merges the files of each pending act, oldest source first, and
// returns the acts.
func (pl *importPlan) merge() ([]*Act, error) {
	var acts []*Act
	for _, id := range pl.order {
		pa := pl.pending[id]
		if pl.req.Ref != "" {
			pa.info.Ref = pl.req.Ref
		}
		pa.info.Aliases = slices.DeleteFunc(pa.info.Aliases, func(a string) bool { return LookupKey(a) == LookupKey(pa.info.Ref) && a == pa.info.Ref })
		sortAliases(pa.info.Aliases)
		sort.SliceStable(pa.files, func(i, j int) bool { return pa.files[i].source.Date < pa.files[j].source.Date })
		pa.info.Title = newestTitle(pa)
		if pl.req.Title != "" {
			pa.info.Title = pl.req.Title
		}
		a := pa.stored
		if a == nil {
			a = &Act{versions: map[string][]*Version{}}
		}
		var err error
		for _, f := range pa.files {
			var srcs []Source
			if f.source.Ref != "" {
				srcs = []Source{f.source}
			}
			if a, err = a.Merge(pa.info, f.versions, srcs...); err != nil {
				return nil, fmt.Errorf("%s: %w", f.name, err)
			}
		}
		acts = append(acts, a)
	}
	return acts, nil
}

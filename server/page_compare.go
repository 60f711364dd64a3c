package server

import (
	"errors"
	"net/http"
	"net/url"
	"strings"

	"lexdiff/corpus"
	"lexdiff/diff"
)

// A compareView is the compare page: the redline of the act, or of one
// unit, between two dates.
type compareView struct {
	Act        corpus.ActInfo
	From, To   corpus.Date
	Unit       string // unit id, or "" for the whole act
	Citation   string
	Side       bool // side by side, not inline
	HideMinor  bool
	Shown      int // changes shown
	Hidden     int // minor changes hidden
	Prev, Next *link
	At         string       // the unit whose change begins the part in view, "" for the first part
	Part       *comparePart // of a comparison of more than one part
	Changes    []changeView
	Unknown    []link // units not compared, their wording on From unknown: to their history
	InlineURL  string
	SideURL    string
	ActURL     string
}

// comparePartChanges is how many changes a part of the compare page
// holds at most; a part also ends before its texts pass maxPageBytes. The
// parts are cut from the first change on (diff.Listing.Parts); at=UNIT
// shows the part that holds the change of the unit.
const comparePartChanges = 500

// A comparePart says which changes of a long comparison the page shows,
// First to Last of Total (from 1), and links the parts around it.
type comparePart struct {
	First, Last, Total int
	PrevURL, NextURL   string
}

// A changeView is one changed unit: its labels, its redline and the
// amendment behind it.
type changeView struct {
	Unit        string
	Citation    string
	URL         string // the unit in the newer text
	Kind        string // diff.Kind
	KindLabel   string
	Class       string // diff.Class, or ""
	ClassLabel  string
	Minor       bool // a formatting or reference-only change
	Hidden      bool
	MovedFrom   string
	Replaced    string // the text of the unit that had this id and was removed, when this one moved in
	Ops         []diff.Op
	Attribution *attributionView
	Heading     *diff.HeadingChange
	Groups      *groupsView // the headings above a top-level unit, when they changed
	Footnotes   []diff.FootnoteChange
}

// compare serves /acts/{act}/compare?from=D1&to=D2[&unit=U][&view=side][&hide=minor][&at=U]:
// of a comparison of several parts, the part that holds the change of
// the unit at (default the first).
func (p *pages) compare(w http.ResponseWriter, r *http.Request) error {
	l := langOf(r)
	a, err := p.findAct(r, l)
	if err != nil {
		return err
	}
	retry := compareRetry(l, r, a.ID)
	unit, err := pageUnit(r, l, "unit", retry)
	if err != nil {
		return err
	}
	o, err := p.overviews.get(p.corpus(r), a)
	if err != nil {
		return err
	}
	changes := o.changeDates()
	from, to, err := p.compareDates(r, l, a, changes, retry)
	if err != nil {
		return err
	}
	listed, err := p.listing(r, a, from, to, unit, comparePartChanges)
	if isListError(err) {
		return compareError(l, a, unit, from, to, retry, err)
	}
	if err != nil {
		return err
	}
	at, err := pageUnit(r, l, "at", retry)
	if err != nil {
		return err
	}
	parts := listed.Parts(diff.Window{Limit: comparePartChanges, MaxBytes: maxPageBytes})
	cur := 0
	if at != "" {
		if cur = diff.PartOf(parts, at); cur < 0 {
			return &pageError{Status: http.StatusBadRequest, Title: l.T("error.badPart"),
				Detail: l.Tf("error.badPart.msg", r.URL.Query().Get("at")), Retry: retry,
				Choices: []link{{l.T("error.badPart.first"), withQuery(r, "at", "")}}}
		}
	}
	part := parts[cur]
	release, err := p.reserve(r.Context(), pageCost(part, true))
	if err != nil {
		return err
	}
	defer release()
	rep := part.Make(true)
	q := r.URL.Query()
	v := compareView{Act: a.ActInfo, From: from, To: to, Unit: unit, Citation: rep.Citation, At: partAt(parts, cur), Part: newComparePart(r, parts, cur, rep),
		Side: q.Get("view") == "side", HideMinor: q.Get("hide") == "minor", ActURL: actURL(a.ID, to, unit)}
	for _, u := range rep.Unknown {
		v.Unknown = append(v.Unknown, link{l.Tf("compare.unknownUnit", u.Citation, u.KnownFrom), historyURL(a.ID, u.Unit)})
	}
	v.Prev, v.Next = comparePresets(l, a.ID, presetDays(a, changes, unit), from, to, unit)
	v.InlineURL, v.SideURL = v.inView(l, false), v.inView(l, true)
	for _, c := range rep.Changes {
		cv := newChangeView(l, a.ID, to, c)
		cv.Hidden = v.HideMinor && cv.Minor
		if cv.Hidden {
			v.Hidden++
		}
		v.Changes = append(v.Changes, cv)
	}
	v.Shown = len(v.Changes) - v.Hidden
	title := l.Tf("compare.title", from, to)
	desc := l.Tf("compare.description", a.Title, from, to, listed.Len())
	return p.render(w, r, http.StatusOK, "compare.html", page{L: l, Title: title, Description: desc, Data: v, Permalink: comparePermalink(&v, l)})
}

// newComparePart places the part cur of parts, whose changes rep holds;
// nil when it is the whole.
func newComparePart(r *http.Request, parts []diff.Page, cur int, rep *diff.Report) *comparePart {
	if !rep.Paged() {
		return nil
	}
	cp := &comparePart{First: rep.First, Last: rep.Last(), Total: rep.Total}
	if cur > 0 {
		cp.PrevURL = withQuery(r, "at", partAt(parts, cur-1))
	}
	if cur+1 < len(parts) {
		cp.NextURL = withQuery(r, "at", partAt(parts, cur+1))
	}
	return cp
}

// partAt is the at parameter of the part i of parts: the unit of its
// first change, "" for the first part.
func partAt(parts []diff.Page, i int) string {
	if i == 0 {
		return ""
	}
	return parts[i].FirstUnit()
}

// inView is the permanent URL of the comparison v inline or side by side.
func (v compareView) inView(l lang, side bool) string {
	v.Side = side
	return comparePermalink(&v, l)
}

// compareDates reads from and to. Without to, the comparison ends today;
// without from, it starts the day before the last change up to to, so
// that /compare alone shows the latest change.
func (p *pages) compareDates(r *http.Request, l lang, a *corpus.Act, changes []corpus.Date, retry *retryForm) (from, to corpus.Date, err error) {
	if to, err = pageDate(r, l, "to", p.today(), retry); err != nil {
		return 0, 0, err
	}
	def := to
	if c := lastChangeUpTo(changes, to); !c.IsZero() {
		def = c.AddDays(-1)
	}
	if from, err = pageDate(r, l, "from", def, retry); err != nil {
		return 0, 0, err
	}
	if from > to {
		return 0, 0, &pageError{Status: http.StatusBadRequest, Title: l.T("error.badRange"),
			Detail: l.Tf("error.badRange.msg", from, to), Hint: l.T("error.badRange.hint"), Retry: retry,
			Choices: []link{{to.String() + " → " + from.String(), compareURL(a.ID, to, from, "")}}}
	}
	return from, to, nil
}

// lastChangeUpTo is the last change (changeDates) on or before d, or zero.
func lastChangeUpTo(changes []corpus.Date, d corpus.Date) corpus.Date {
	var last corpus.Date
	for _, c := range changes {
		if c <= d {
			last = c
		}
	}
	return last
}

// presetDays are the days of changes whose comparison (the day before
// against the day) a unit can have: those on the day before which its
// wording is known. Without a unit, all of them.
func presetDays(a *corpus.Act, changes []corpus.Date, unit string) []corpus.Date {
	if unit == "" {
		return changes
	}
	var out []corpus.Date
	for _, c := range changes {
		if !a.WordingUnknown(unit, c.AddDays(-1)) {
			out = append(out, c)
		}
	}
	return out
}

// comparePresets are the comparisons of the change before from and of the
// change after to, each as the day before it against its first day.
func comparePresets(l lang, act string, changes []corpus.Date, from, to corpus.Date, unit string) (prev, next *link) {
	if c := lastChangeUpTo(changes, from); !c.IsZero() {
		prev = &link{l.T("compare.prev") + " (" + c.String() + ")", compareURL(act, c.AddDays(-1), c, unit)}
	}
	for _, c := range changes {
		if c > to {
			next = &link{l.T("compare.next") + " (" + c.String() + ")", compareURL(act, c.AddDays(-1), c, unit)}
			break
		}
	}
	return prev, next
}

// A groupsView is a change of the headings of the groupings above a unit,
// each side on one line.
type groupsView struct{ Old, New string }

func newChangeView(l lang, act string, to corpus.Date, c diff.Change) changeView {
	cv := changeView{Unit: c.Unit, Citation: c.Citation, URL: actURL(act, to, c.Unit), Kind: string(c.Kind),
		KindLabel: l.Of("kind."+string(c.Kind), c.Unit), Class: string(c.Class), MovedFrom: c.MovedFromCitation,
		Ops: c.Ops, Heading: c.Heading, Footnotes: c.Footnotes}
	if g := c.Groups; g != nil {
		cv.Groups = &groupsView{Old: strings.Join(g.Old, " · "), New: strings.Join(g.New, " · ")}
	}
	if r := c.Replaces; r != nil {
		cv.Replaced = diff.Old(r.Ops)
	}
	if c.Status != "" && c.Kind != diff.Repealed {
		cv.KindLabel += " (" + l.Of("status."+string(c.Status), c.Unit) + ")" // lapsed: how
	}
	if c.Class != "" {
		cv.ClassLabel = l.T("class." + string(c.Class))
	}
	cv.Minor = c.Kind == diff.Modified && (c.Class == diff.Formatting || c.Class == diff.Reference)
	if at := c.Attribution; at != nil {
		cv.Attribution = newAttributionView(l, at)
	}
	return cv
}

// An attributionView says which amendment made a change: By in the words
// of l ("Changed by:"), the amending provision and act in Polish (Act), and
// when it came into force in l, or "".
type attributionView struct {
	By, Act, InForce string
}

func newAttributionView(l lang, at *diff.Attribution) *attributionView {
	v := &attributionView{By: l.T("compare.by"), Act: at.Amending()}
	if !at.InForce.IsZero() {
		v.InForce = l.Tf("compare.inForce", at.InForce)
	}
	return v
}

// compareError turns an error of diff.List (the errors of diff.Dates) into
// an error page.
func compareError(l lang, a *corpus.Act, unit string, from, to corpus.Date, retry *retryForm, err error) error {
	if errors.Is(err, corpus.ErrNotInForce) {
		pe := &pageError{Status: http.StatusNotFound, Title: l.T("error.notInForce"), Detail: l.Tf("error.notInForce.either", from, to),
			Hint: l.Tf("error.notInForce.hint", a.Span().From), Retry: retry, cause: err}
		if errors.Is(err, corpus.ErrWordingUnknown) {
			pe.Title, pe.Detail = l.T("error.unknown"), l.Tf("error.unknown.msg", from)
		}
		if span := a.Span(); !span.From.IsZero() {
			pe.Choices = append(pe.Choices, link{l.Tf("error.nearestAfter", span.From), actURL(a.ID, span.From, unit)})
		}
		return pe
	}
	return lookupError(l, a, unit, err, retry, func(u string, d corpus.Date) string {
		if d.IsZero() {
			return compareURL(a.ID, from, to, u)
		}
		return actURL(a.ID, d, u)
	})
}

// compareURL is the permanent URL of a comparison.
func compareURL(act string, from, to corpus.Date, unit string) string {
	q := url.Values{"from": {from.String()}, "to": {to.String()}}
	if unit != "" {
		q.Set("unit", unit)
	}
	return (&url.URL{Path: "/acts/" + act + "/compare", RawQuery: q.Encode()}).String()
}

// withQuery is the request's URL with one query parameter set (or removed
// when value is "").
func withQuery(r *http.Request, key, value string) string {
	q := r.URL.Query()
	if value == "" {
		q.Del(key)
	} else {
		q.Set(key, value)
	}
	return (&url.URL{Path: r.URL.Path, RawQuery: q.Encode()}).String()
}

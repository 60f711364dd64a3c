package corpus

import (
	"fmt"
	"strings"
)

// A UnitText is a unit as an answer shows it: its full text (the unit and
// everything under it, one item per line, without footnote markers), its
// own words, and its children in the same form.
type UnitText struct {
	ID       string     `json:"id"`
	Citation string     `json:"citation"`
	Kind     Kind       `json:"kind"`
	Label    string     `json:"label"`
	Status   Status     `json:"status"`
	Heading  string     `json:"heading,omitempty"`
	Text     string     `json:"text"`
	OwnText  string     `json:"ownText"`
	Closing  string     `json:"closing,omitempty"`
	Children []UnitText `json:"children"`
}

// NewUnitText returns u as an answer shows it.
func NewUnitText(u *Unit) UnitText {
	t := UnitText{ID: u.ID, Citation: u.Citation(), Kind: u.Kind, Label: u.Label, Status: u.Status,
		Heading: u.Heading, Text: u.FullText(), OwnText: u.Text, Closing: u.Closing, Children: []UnitText{}}
	for _, c := range u.Children {
		t.Children = append(t.Children, NewUnitText(c))
	}
	return t
}

// A VersionInfo is a version's range and source, without its text. To is
// nil when the version is open-ended. Computed is set when lexdiff computed
// the version by applying an amending act (see Version); Applied lists the
// changes it made that concern the unit asked about.
type VersionInfo struct {
	From     Date               `json:"from"`
	To       *Date              `json:"to"`
	Source   string             `json:"source"`
	Computed bool               `json:"computed,omitempty"`
	Applied  []AppliedAmendment `json:"applied,omitempty"`
}

// NewVersionInfo returns v's range and source, and every change applied
// to make it.
func NewVersionInfo(v *Version) VersionInfo { return versionInfoFor(v, v.Unit.ID) }

// versionInfoFor returns v's range and source, and the changes applied to
// make it that concern the unit with the given id: made to it, inside it,
// or to a unit that holds it.
func versionInfoFor(v *Version, id string) VersionInfo {
	info := VersionInfo{From: v.Range.From, Source: v.Source, Computed: v.Computed}
	if !v.Range.IsOpen() {
		to := v.Range.To
		info.To = &to
	}
	for _, a := range v.Applied {
		if isPathPrefix(id, a.Unit) || isPathPrefix(a.Unit, id) {
			info.Applied = append(info.Applied, a)
		}
	}
	return info
}

// An Answer says what one unit said on a date: the unit, the version it
// stands in, since when the unit has had this wording ("brzmienie od",
// which may be before the version starts: see Wording), the headings of
// the groupings its top-level unit stands in (Version.GroupNames), those
// of them in which footnotes are marked with their footnotes
// (Version.NotedGroupHeadings), and the footnotes attached at or below it.
//
// SinceFirstKnown is set when Since is only the first day the corpus knows
// the unit from (Act.SinceFirstKnown): the wording may be older.
type Answer struct {
	Unit            UnitText       `json:"unit"`
	Version         VersionInfo    `json:"version"`
	Since           Date           `json:"since"`
	SinceFirstKnown bool           `json:"sinceFirstKnown,omitempty"`
	Groups          []string       `json:"groups,omitempty"`
	GroupFootnotes  []GroupHeading `json:"groupFootnotes,omitempty"`
	Footnotes       []Footnote     `json:"footnotes"`
}

// A TextAnswer is the answer to "what did this act, or this unit of it, say
// on this date": one Answer for a unit, one per top-level unit in force for
// the whole act.
//
// Unknown lists, for the whole act, the top-level units whose wording on
// the date the corpus does not know (Act.UnknownOn): units that may well
// have been in force then, and that Units therefore lacks.
type TextAnswer struct {
	Act   string `json:"act"`
	Title string `json:"title"`
	Date  Date   `json:"date"`
	*Answer
	Units   []*Answer        `json:"units,omitempty"`
	Unknown []UnknownWording `json:"unknown,omitempty"`
}

// TextAt answers what the unit with the given id (or, with id "", the whole
// act) said on d. The errors are those of Act.At; for the whole act,
// ErrNotInForce when no unit was in force on d (and ErrWordingUnknown too
// when the corpus does not know what any said).
func (a *Act) TextAt(id string, d Date) (*TextAnswer, error) {
	t := &TextAnswer{Act: a.ID, Title: a.Title, Date: d}
	if id != "" {
		v, u, err := a.At(id, d)
		if err != nil {
			return nil, err
		}
		t.Answer = a.newAnswer(v, u, d)
		return t, nil
	}
	for _, v := range a.InForce(d) {
		t.Units = append(t.Units, a.newAnswer(v, v.Unit, d))
	}
	if len(t.Units) == 0 {
		return nil, a.notInForce(d)
	}
	t.Unknown = a.UnknownOn(d)
	return t, nil
}

func (a *Act) newAnswer(v *Version, u *Unit, d Date) *Answer {
	ans := &Answer{Unit: NewUnitText(u), Version: versionInfoFor(v, u.ID), Since: v.Range.From, Groups: v.GroupNames(), GroupFootnotes: v.NotedGroupHeadings(), Footnotes: v.FootnotesOf(u.ID)}
	if w, err := a.WordingAt(u.ID, d); err == nil {
		ans.Since = w.Since()
	}
	ans.SinceFirstKnown = a.SinceFirstKnown(u.ID, ans.Since)
	return ans
}

// FootnotesOf returns the footnotes of v attached at or below the unit id.
func (v *Version) FootnotesOf(id string) []Footnote {
	out := []Footnote{}
	for _, f := range v.Footnotes {
		if f.Unit == id || strings.HasPrefix(f.Unit, id+".") {
			out = append(out, f)
		}
	}
	return out
}

// notInForce is the error for a date on which no unit of the act applies.
func (a *Act) notInForce(d Date) error {
	e := &NotInForceError{Act: a.ID, Date: d}
	for _, v := range a.AllVersions() {
		switch {
		case v.Range.From > d && (e.After == nil || v.Range.From < e.After.Range.From):
			e.After = v
		case !v.Range.IsOpen() && v.Range.To < d && (e.Before == nil || v.Range.To > e.Before.Range.To):
			e.Before = v
		}
	}
	a.markUnknown(e)
	return e
}

// An ActSummary is an act's metadata with the dates its versions start on:
// the first and the last.
type ActSummary struct {
	ActInfo
	First Date `json:"first"`
	Last  Date `json:"last"`
}

// Summary returns the act's metadata and the first and last dates on which
// a version of it starts.
func (a *Act) Summary() ActSummary {
	s := ActSummary{ActInfo: a.ActInfo}
	if ds := a.ChangeDates(); len(ds) > 0 {
		s.First, s.Last = ds[0], ds[len(ds)-1]
	}
	return s
}

// A VersionEntry is one version of a unit in a list of versions, with
// since when the unit has had the wording it has in the version ("brzmienie
// od", the version's start or earlier, when an older version had the same
// wording), whether that is only the first day the corpus knows the unit
// from (Act.SinceFirstKnown, as in an Answer), and the number of footnotes
// attached at or below the unit.
type VersionEntry struct {
	Unit     string `json:"unit"`
	Citation string `json:"citation"`
	VersionInfo
	Since           Date `json:"since"`
	SinceFirstKnown bool `json:"sinceFirstKnown,omitempty"`
	Footnotes       int  `json:"footnotes"`
}

// VersionsOf lists the versions that hold the unit with the given id, oldest
// first; with id "", every version of the act, unit by unit. The error
// wraps ErrNotFound when no version holds the unit.
func (a *Act) VersionsOf(id string) ([]VersionEntry, error) {
	var out []VersionEntry
	since := map[*Version]Date{} // the wording's start, for the unit asked about in each version
	for _, top := range a.units {
		if id != "" && top != topOf(id) {
			continue
		}
		asked := id
		if id == "" {
			asked = top
		}
		for _, w := range a.wordingsOf(asked) {
			for _, v := range w.Versions {
				since[v] = w.Since()
			}
		}
	}
	for _, v := range a.AllVersions() {
		if id == "" || v.Unit.Find(id) != nil {
			unit := v.Unit.ID
			if id != "" {
				unit = id
			}
			out = append(out, VersionEntry{Unit: unit, Citation: CitationOf(unit), VersionInfo: versionInfoFor(v, unit), Since: since[v],
				SinceFirstKnown: a.SinceFirstKnown(unit, since[v]), Footnotes: len(v.FootnotesOf(unit))})
		}
	}
	if len(out) == 0 && id != "" {
		return nil, fmt.Errorf("%s has no unit %s: %w", a.ID, CitationOf(id), ErrNotFound)
	}
	return out, nil
}

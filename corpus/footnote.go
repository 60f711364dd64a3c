package corpus

// A Footnote is a numbered note attached to a unit of a version: its marker
// stands in the text of the unit named by Unit (the position is among that
// unit's Markers), and its body follows the text in the source. Unit is
// empty for a footnote on a grouping heading or on the act's title, and
// for one that another footnote refers to.
type Footnote struct {
	Label     string     `json:"label"`
	Unit      string     `json:"unit,omitempty"` // id of the unit holding the marker
	Body      string     `json:"body"`
	Amendment *Amendment `json:"amendment,omitempty"` // nil for an editorial note
}

// IsAmendment reports whether the footnote records an amendment (who gave
// the unit its wording and when), as opposed to an editorial explanation.
func (f Footnote) IsAmendment() bool { return f.Amendment != nil }

// Numbering returns the day on which f, a footnote of the unit id, says an
// amendment gave id its number ("Oznaczenie … nadane przez …"); ok is
// false when it says nothing of the kind.
func (f Footnote) Numbering(id string) (day Date, ok bool) {
	if f.Amendment == nil || f.Unit != id || !f.Amendment.Renumbers() {
		return 0, false
	}
	return f.Amendment.InForce, true
}

// An AmendmentKind says what an amending act did to a unit.
type AmendmentKind string

// The kinds of amendment notes.
const (
	WordingSet AmendmentKind = "wording"    // "w brzmieniu ustalonym przez"
	Added      AmendmentKind = "added"      // "dodany przez"
	Removed    AmendmentKind = "repealed"   // "uchylony przez", "Przez …"
	Changed    AmendmentKind = "changed"    // "zmieniony przez", "ze zmianą wprowadzoną przez"
	Renumbered AmendmentKind = "renumbered" // "oznaczenie … nadane przez"
)

// valid reports whether k is one of the kinds above.
func (k AmendmentKind) valid() bool {
	switch k {
	case WordingSet, Added, Removed, Changed, Renumbered:
		return true
	}
	return false
}

// An Amendment is what an amendment footnote says: what part of the unit
// it concerns when it says so ("Zdanie pierwsze", "Wprowadzenie do
// wyliczenia"), the amending provision as written ("§ 1 pkt 1 lit. a)"),
// the amending act as written, its publication reference, and the day the
// change came into force. A note that names its act by another footnote
// ("ustawy, o której mowa w odnośniku 2") gives that footnote's label in
// Refers, and takes the act, the reference and (unless it states its own)
// the date from it.
type Amendment struct {
	Kind      AmendmentKind `json:"kind"`
	Scope     string        `json:"scope,omitempty"`
	Provision string        `json:"provision,omitempty"`
	Act       string        `json:"act,omitempty"`
	Ref       *PubRef       `json:"ref,omitempty"`
	Refers    string        `json:"refers,omitempty"`
	InForce   Date          `json:"inForce,omitzero"`
	// nth is which of the acts the footnote Refers to names is meant
	// ("wymienionej jako druga w odnośniku 1": 2), 0 when the note does
	// not say.
	nth int
	// clauses are those of a note that names later changes after its
	// first ("…; ze zmianą wprowadzoną przez …"), first included, as read
	// (parseAmendment): resolved, the latest is the amendment.
	clauses []*Amendment
}

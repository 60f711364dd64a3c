package corpus

import (
	"fmt"
	"strings"
)

// An AppliedAmendment records one change that lexdiff made itself, by
// applying an instruction of an amending act to the version in force the day
// before, rather than reading the new wording from a published text: which
// unit it changed and how, the amending provision ("§ 1 pkt 1 lit. a"), the
// amending act (its id in the corpus, title, publication reference and ELI)
// and the day the change came into force.
type AppliedAmendment struct {
	Unit      string        `json:"unit"` // id of the unit changed, added, repealed or renumbered
	Kind      AmendmentKind `json:"kind"`
	Provision string        `json:"provision"`
	Act       string        `json:"act"` // id of the amending act
	Title     string        `json:"title,omitempty"`
	Ref       string        `json:"ref,omitempty"` // "Dz. U. z 2026 r. poz. 53"
	ELI       string        `json:"eli,omitempty"` // "DU/2026/53"
	InForce   Date          `json:"inForce"`
}

// String says what the amendment did, as a lawyer would: "§ 2 ust. 3:
// wording set by § 1 pkt 1 lit. a of Dz. U. z 2026 r. poz. 53, in force
// 2026-01-17".
func (a AppliedAmendment) String() string {
	by := a.Ref
	if by == "" {
		by = a.Act
	}
	return fmt.Sprintf("%s: %s by %s of %s, in force %s", CitationOf(a.Unit), a.Kind.verb(), a.Provision, by, a.InForce)
}

// verb is what an amendment of kind k did, in words.
func (k AmendmentKind) verb() string {
	switch k {
	case WordingSet:
		return "wording set"
	case Added:
		return "added"
	case Removed:
		return "repealed"
	case Renumbered:
		return "renumbered"
	}
	return "changed"
}

// appliedSep separates the fields of an "applied:" header line. The title
// comes last, so it may hold the separator itself.
const appliedSep = " | "

// formatApplied writes a as the value of an "applied:" header line: unit,
// kind, provision, act, reference, ELI, in-force date and title.
func formatApplied(a AppliedAmendment) string {
	return strings.Join([]string{a.Unit, string(a.Kind), a.Provision, a.Act, a.Ref, a.ELI, a.InForce.String(), a.Title}, appliedSep)
}

// parseApplied reads the value of an "applied:" header line.
func parseApplied(s string) (AppliedAmendment, error) {
	f := strings.SplitN(s, "|", 8)
	if len(f) != 8 {
		return AppliedAmendment{}, fmt.Errorf("want 8 fields separated by \"|\": unit | kind | provision | act | ref | eli | in-force date | title")
	}
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	a := AppliedAmendment{Unit: f[0], Kind: AmendmentKind(f[1]), Provision: f[2], Act: f[3], Ref: f[4], ELI: f[5], Title: f[7]}
	if _, err := splitID(a.Unit); err != nil {
		return a, err
	}
	if !a.Kind.valid() {
		return a, fmt.Errorf("unknown amendment kind %q: want wording, added, repealed, changed or renumbered", f[1])
	}
	d, err := ParseDate(f[6])
	if err != nil {
		return a, err
	}
	a.InForce = d
	return a, nil
}

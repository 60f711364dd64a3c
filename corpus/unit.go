package corpus

import "strings"

// A Kind is the kind of a unit of legal text (jednostka redakcyjna).
type Kind string

// The kinds of units, from the top level down.
const (
	Article     Kind = "art"  // artykuł, "Art. 5."
	Paragraph   Kind = "par"  // paragraf, "§ 3." (top level of a regulation, or inside an article of a code)
	Section     Kind = "ust"  // ustęp, "1."
	Point       Kind = "pkt"  // punkt, "1)"
	Letter      Kind = "lit"  // litera, "a)"
	Tiret       Kind = "tir"  // tiret, "–"
	DoubleTiret Kind = "dtir" // podwójne tiret, "– –"

	// The parts of an act that are not numbered provisions: they stand at
	// the top level beside the articles, and their text is free (one line
	// of the source per line of Text, nothing below them).
	Preamble Kind = "wstep" // wstęp: a preamble, or a regulation's legal basis ("Na podstawie …")
	Annex    Kind = "zal"   // załącznik, "Załącznik nr 1": forms and tables, as text
)

// Kinds lists every kind, from the top level down.
var Kinds = []Kind{Article, Paragraph, Section, Point, Letter, Tiret, DoubleTiret, Preamble, Annex}

// IsTop reports whether units of kind k stand at the top level of an act,
// each with versions of its own.
func (k Kind) IsTop() bool { return k == Article || k == Paragraph || k == Preamble || k == Annex }

// freeText reports whether the text of a unit of kind k keeps the lines of
// its source (joined by "\n") instead of being read as a tree of units.
func (k Kind) freeText() bool { return k == Preamble || k == Annex }

// ParseKind returns the Kind named s (one of Kinds: "art", "par", "ust",
// "pkt", "lit", "tir", "dtir", "wstep", "zal"), and whether s names one.
func ParseKind(s string) (Kind, bool) {
	for _, k := range Kinds {
		if string(k) == s {
			return k, true
		}
	}
	return "", false
}

// KindNames lists the names ParseKind accepts, for messages that say what
// is accepted: "art, par, ust, pkt, lit, tir, dtir, wstep, zal".
func KindNames() string {
	names := make([]string, len(Kinds))
	for i, k := range Kinds {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}

// idPrefix is the kind's prefix in a unit id. Both tiret kinds use "tir":
// the nesting tells them apart ("lita.tir1.tir2").
func (k Kind) idPrefix() string {
	if k == DoubleTiret {
		return string(Tiret)
	}
	return string(k)
}

// A Status says whether a unit has force.
type Status string

// The statuses a unit can have. A unit that is not in force keeps its
// number and a short body, such as "(uchylony)".
const (
	InForce   Status = "in-force"
	Repealed  Status = "repealed"   // (uchylony), (uchylona), (uchylone)
	Omitted   Status = "omitted"    // (pominięty): left out of a consolidated text
	LostForce Status = "lost-force" // (utracił moc)
	Expired   Status = "expired"    // (wygasł)
)

// statusBodies maps the body of a unit without force to its status.
var statusBodies = map[string]Status{
	"uchylony": Repealed, "uchylona": Repealed, "uchylone": Repealed, "uchylono": Repealed,
	"skreślony": Repealed, "skreślona": Repealed, "skreślone": Repealed,
	"pominięty": Omitted, "pominięta": Omitted, "pominięte": Omitted,
	"utracił moc": LostForce, "utraciła moc": LostForce, "utraciło moc": LostForce, "utraciły moc": LostForce,
	"wygasł": Expired, "wygasła": Expired, "wygasło": Expired, "wygasły": Expired,
}

// StatusOfBody returns the status that a unit body such as "(uchylony)"
// declares, and whether body is such a declaration. The punctuation of the
// list the unit stands in may follow: "(uchylony);".
func StatusOfBody(body string) (Status, bool) {
	b := strings.TrimSpace(body)
	b = strings.TrimRight(b, ".;,")
	if len(b) < 2 || b[0] != '(' || b[len(b)-1] != ')' {
		return InForce, false
	}
	s, ok := statusBodies[strings.ToLower(b[1:len(b)-1])]
	return s, ok
}

// A Unit is one unit of legal text in one version, with the units below it.
// A preamble or an annex has no units below it; its Text keeps the lines of
// the source, separated by "\n" (an annex's first line is its caption, such
// as "do ustawy z dnia … (Dz. U. …)", when the source gives one).
//
// Text is the unit's own words: for a unit with a list, the intro before the
// list; Closing is the part after the list (część wspólna), which belongs to
// this unit and not to its last item. Neither holds footnote markers; they
// are in Markers. Heading is the editorial heading a portal adds
// ("Wniosek o przyznanie danych dostępowych", without brackets); it is not
// legal text.
type Unit struct {
	Kind     Kind     `json:"kind"`
	Label    string   `json:"label"`
	ID       string   `json:"id"`
	Heading  string   `json:"heading,omitempty"`
	Text     string   `json:"text"`
	Closing  string   `json:"closing,omitempty"`
	Status   Status   `json:"status"`
	Markers  []Marker `json:"markers,omitempty"`
	Children []*Unit  `json:"children,omitempty"`
}

// A Marker is a footnote marker inside a unit's text. Offset is a byte
// offset into Text (or into Closing when InClosing is set) where the marker
// stood; the marker itself is not in the text.
type Marker struct {
	Label     string `json:"label"`
	Offset    int    `json:"offset"`
	InClosing bool   `json:"inClosing,omitempty"`

	// sup is set while parsing for a marker glued to a number as a
	// superscript would be ("art. 13[^3]"); footnote attachment decides
	// whether it was one, and clears it, and at, where it stands in the
	// source, for that warning.
	sup bool
	at  Pos
}

// Citation returns the unit's citation as lawyers write it, such as
// "§ 3 ust. 1 pkt 5 lit. c".
func (u *Unit) Citation() string { return CitationOf(u.ID) }

// Walk calls fn for u and every unit below it, parents before children, in
// document order. It stops early when fn returns false.
func (u *Unit) Walk(fn func(*Unit) bool) bool {
	if !fn(u) {
		return false
	}
	for _, c := range u.Children {
		if !c.Walk(fn) {
			return false
		}
	}
	return true
}

// Find returns the unit with the given id at or below u, or nil. It goes
// down one level per segment of the id.
func (u *Unit) Find(id string) *Unit {
	if !isPathPrefix(u.ID, id) {
		return nil
	}
	for u.ID != id {
		next := (*Unit)(nil)
		for _, c := range u.Children {
			if isPathPrefix(c.ID, id) {
				next = c
				break
			}
		}
		if next == nil {
			return nil
		}
		u = next
	}
	return u
}

// isPathPrefix reports whether the unit id prefix is id or one of its
// ancestors ("par3.ust1" of "par3.ust1.pkt2", not of "par3.ust10").
func isPathPrefix(prefix, id string) bool {
	return strings.HasPrefix(id, prefix) && (len(id) == len(prefix) || id[len(prefix)] == '.')
}

// FullText returns the unit and everything under it in the layout of the
// source, one item per line, with the unit markers ("§ 3.", "1)", "a)", "–")
// and without footnote markers or the editorial heading.
func (u *Unit) FullText() string {
	var b strings.Builder
	writeUnitText(&b, u, false, false)
	return strings.TrimSuffix(b.String(), "\n")
}

// LabelID returns the form of a label in a unit id: "2¹" gives "2_1",
// any other label is itself.
func LabelID(label string) string { return labelID(label) }

// childID returns the id of a child of parent with the given kind and label.
func childID(parentID string, k Kind, label string) string {
	if parentID == "" {
		return k.idPrefix() + labelID(label)
	}
	return parentID + "." + k.idPrefix() + labelID(label)
}

// IsPathPrefix reports whether the unit id prefix is id or one of its
// ancestors: "par3.ust1" of "par3.ust1.pkt2", not of "par3.ust10".
func IsPathPrefix(prefix, id string) bool { return isPathPrefix(prefix, id) }

// ParentID returns the id of the unit that holds the unit with the given
// id, or "" for a top-level unit.
func ParentID(id string) string {
	i := strings.LastIndexByte(id, '.')
	if i < 0 {
		return ""
	}
	return id[:i]
}

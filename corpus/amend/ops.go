package amend

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"lexdiff/corpus"
)

// An Action is what an operation does to the amended act.
type Action string

// The actions instructions call for.
const (
	SetWording    Action = "wording"     // "… otrzymuje brzmienie: „…”"
	AddUnits      Action = "add"         // "po ust. 3 dodaje się ust. 3a …", "dodaje się pkt 4 …"
	Repeal        Action = "repeal"      // "uchyla się pkt 4"
	ReplaceWords  Action = "replace"     // "wyrazy „…” zastępuje się wyrazami „…”"
	InsertWords   Action = "insert"      // "po wyrazach „…” dodaje się wyrazy „…”", "na końcu dodaje się …"
	DeleteWords   Action = "delete"      // "skreśla się wyrazy „…”"
	ReplacePunct  Action = "punctuation" // "kropkę zastępuje się średnikiem"
	Renumber      Action = "renumber"    // "… oznacza się jako …"
	SetAnnex      Action = "annex"       // "załącznik … otrzymuje brzmienie określone w załączniku do niniejszego rozporządzenia"
	AddAnnex      Action = "add-annex"   // "dodaje się załącznik nr 2 … w brzmieniu określonym w załączniku nr 2 do niniejszego …"
	SetGroupTitle Action = "group-title" // "tytuł rozdziału 2 otrzymuje brzmienie: „…”"
	SetNote       Action = "footnote"    // "odnośnik nr 2 otrzymuje brzmienie: „…”", "do tytułu … dodaje się odnośnik …"
)

// An Operation is one change an instruction calls for, in one act.
//
// Path locates what it acts on, from the outermost unit: "§ 2 ust. 3" is
// two steps; the last step may name several units ("pkt 2 i 3", "ust.
// 3–5"), or the units added. Part narrows the change to a part of the unit:
// a sentence, the introduction to a list, its closing part, the unit's
// own text before it is divided. Anchor is the unit after which (Before:
// before which) units or words are added.
type Operation struct {
	Act       *Target
	Provision string      // the amending provision: "§ 1 pkt 1 lit. a"
	provID    string      // its id in the amending act: "par1.pkt1.lita"
	Pos       corpus.Pos  // where the instruction starts
	Text      string      // the instruction as written
	InForce   corpus.Date // the day the change takes effect

	Action   Action
	Path     []seg
	Part     seg
	Anchor   *seg
	Before   bool
	Old, New string // words or punctuation replaced, added or deleted
	Count    int    // how many times Old occurs ("użyte dwukrotnie"); 0 for exactly once
	// Inflected: the new words are "użyte w odpowiednim przypadku", each
	// form of the old ones to take the new in its grammatical case.
	Inflected bool
	AtEnd     bool // the words are added at the end of the text
	// afterPunct: the words added at the end follow the punctuation mark
	// the same instruction has just put there.
	afterPunct bool
	Wording    *quotation
	Annexes    []string // the amending act's annexes that hold the wording ("" for its only one), one per annex named
	NewLabel   seg      // for Renumber: the new label
	// quoted, for an operation split from one whose units take effect on
	// different days, is the instruction's last step: Wording holds the
	// units it names, the operation acts on those of Path.
	quoted *seg
}

// Where writes the location an operation acts on: "§ 2 ust. 3a i 3b",
// "the title of rozdział 3".
func (op *Operation) Where() string {
	if op.Part.kind == kindTitle {
		return "the title of " + citePath(op.Path)
	}
	if op.Part.kind != "" {
		return citePath(append(slices.Clone(op.Path), op.Part))
	}
	return citePath(op.Path)
}

// String describes the operation in one line, as lexdiff amend -dry-run
// prints it: "§ 1 pkt 1 lit. a → § 2 ust. 3: new wording „3. Kwoty, …”".
func (op *Operation) String() string {
	return fmt.Sprintf("%s → %s: %s", op.Provision, op.Where(), op.Describe())
}

// Describe says what the operation does, without where: "new wording „…”".
func (op *Operation) Describe() string {
	switch op.Action {
	case SetWording:
		return "new wording " + quoted(op.Wording.text)
	case AddUnits:
		where := "in the order of its number"
		if op.Anchor != nil {
			where = "after " + op.Anchor.String()
			if op.Before {
				where = "before " + op.Anchor.String()
			}
		}
		return "added " + where + ": " + quoted(op.Wording.text)
	case Repeal:
		return "repealed"
	case ReplaceWords:
		return fmt.Sprintf("%s replaced by %s%s", quoted(op.Old), quoted(op.New), op.times())
	case InsertWords:
		switch {
		case op.AtEnd:
			return quoted(op.New) + " added at the end"
		case op.Before:
			return fmt.Sprintf("%s added before %s%s", quoted(op.New), quoted(op.Old), op.times())
		}
		return fmt.Sprintf("%s added after %s%s", quoted(op.New), quoted(op.Old), op.times())
	case DeleteWords:
		return quoted(op.Old) + " deleted" + op.times()
	case ReplacePunct:
		return fmt.Sprintf("final %q replaced by %q", op.Old, op.New)
	case Renumber:
		return "renumbered as " + op.NewLabel.String()
	case SetNote:
		return "footnote of the act " + quoted(op.Wording.text)
	case SetGroupTitle:
		return "new title " + quoted(op.Wording.text)
	case SetAnnex, AddAnnex:
		verb := "new wording"
		if op.Action == AddAnnex {
			verb = "added"
		}
		src := "the annex"
		if len(op.Annexes) != 1 || op.Annexes[0] != "" {
			src = "annex " + strings.Join(op.Annexes, ", ")
		}
		return verb + " from " + src + " of the amending act"
	}
	return string(op.Action)
}

func (op *Operation) times() string {
	switch op.Count {
	case 0:
		return ""
	case -1:
		return " (everywhere)"
	}
	return fmt.Sprintf(" (%d times)", op.Count)
}

// quoted writes a wording in quotation marks, shortened to a line.
func quoted(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > 72 {
		r := []rune(s)
		s = string(r[:70]) + " …"
	}
	return "„" + s + "”"
}

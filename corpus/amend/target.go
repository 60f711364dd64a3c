package amend

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"lexdiff/corpus"
)

// A Target is an amended act as the amending act names it: "rozporządzeniu
// Ministra Sprawiedliwości z dnia 22 grudnia 2017 r. w sprawie stypendium
// … (Dz. U. z 2025 r. poz. 1586)".
type Target struct {
	Mention string        // as written, from the type to the closing parenthesis
	Type    string        // "rozporządzenie", "ustawa", …
	Date    corpus.Date   // the day it was made ("z dnia …"); zero when not given
	Subject string        // what it is about: "w sprawie stypendium …", "o …", "– Kodeks pracy"
	Ref     corpus.PubRef // where it was published, or last consolidated
	Pos     corpus.Pos
}

// actNouns maps the word an instruction names an act by, in the locative
// ("W rozporządzeniu …") or the genitive ("W art. 5 ustawy …"), to the
// act's type.
var actNouns = map[string]string{
	"rozporządzeniu": "rozporządzenie", "rozporządzenia": "rozporządzenie",
	"ustawie": "ustawa", "ustawy": "ustawa",
	"uchwale": "uchwała", "uchwały": "uchwała",
	"zarządzeniu": "zarządzenie", "zarządzenia": "zarządzenie",
	"obwieszczeniu": "obwieszczenie", "obwieszczenia": "obwieszczenie",
	"dekrecie": "dekret", "dekretu": "dekret",
	"kodeksie": "kodeks", "kodeksu": "kodeks",
}

var (
	reActDate  = regexp.MustCompile(`z\s+dnia\s+(\d{1,2})\s+(\p{L}+)\s+(\d{4})\s*r\.`)
	reCloseRef = regexp.MustCompile(`^[^()]{0,40}?\)`)
)

// errNoTarget: the text does not open by naming an act ("W rozporządzeniu
// … (Dz. U. …)"), so it holds no instructions to another act.
var errNoTarget = errors.New("names no amended act")

// target reads the mention of the amended act that opens a provision:
// "W rozporządzeniu … (Dz. U. …)", or "W art. 5 ustawy … (Dz. U. …)", in
// which case the units before the act's name come back as the first steps
// of the instructions' location. It returns errNoTarget when the text does
// not open so.
func (s *scanner) target() (*Target, []seg, error) {
	save := s.i
	if !s.word("W") && !s.word("We") {
		return nil, nil, errNoTarget
	}
	var loc []seg
	for {
		sg, ok := s.seg()
		if !ok {
			break
		}
		loc = append(loc, sg)
	}
	s.space()
	start := s.i
	noun, ok := s.prefixed(keysOf(actNouns)...)
	typ := actNouns[noun]
	if !ok || typ == "" {
		s.i = save
		return nil, nil, errNoTarget
	}
	t := &Target{Type: typ, Pos: s.src.at(start)}
	rest := s.src.text[s.i:s.end]
	ref, ok := parenthesisedRef(rest)
	if !ok {
		s.i = save
		return nil, nil, errNoTarget
	}
	desc := strings.TrimSpace(rest[:ref.Start])
	desc = strings.TrimSpace(strings.TrimSuffix(desc, "("))
	t.Date, t.Subject = describe(desc)
	if !t.Date.IsZero() {
		ref = ref.WithYear(t.Date.Year()) // "(Dz. U. poz. 2670)": the year the act was made
	}
	t.Ref = ref
	end := ref.End
	if m := reCloseRef.FindString(rest[end:]); m != "" {
		end += len(m)
	}
	t.Mention = strings.Join(strings.Fields(s.src.text[start:s.i+end]), " ")
	s.i += end
	return t, loc, nil
}

// parenthesisedRef finds the first publication reference in s that stands
// in parentheses: "(Dz. U. z 2025 r. poz. 1586)".
func parenthesisedRef(s string) (corpus.PubRef, bool) {
	for _, r := range corpus.FindPubRefs(s) {
		before := strings.TrimRightFunc(s[:r.Start], unicode.IsSpace)
		if strings.HasSuffix(before, "(") {
			return r, true
		}
	}
	return corpus.PubRef{}, false
}

// describe reads the date an act was made and its subject from the words
// that name it: "Ministra Sprawiedliwości z dnia 22 grudnia 2017 r. w
// sprawie …".
func describe(desc string) (corpus.Date, string) {
	m := reActDate.FindStringSubmatchIndex(desc)
	if m == nil {
		return 0, normalizeTitle(desc)
	}
	return polishDate(desc[m[2]:m[3]], desc[m[4]:m[5]], desc[m[6]:m[7]]), normalizeTitle(desc[m[1]:])
}

// months are the month names as a Polish date writes them.
var months = map[string]time.Month{
	"stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
	"lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
}

// polishDate reads "1 września 2019": day, month name, year. It returns
// the zero Date for a day that does not exist.
func polishDate(day, month, year string) corpus.Date {
	mo, ok := months[strings.ToLower(month)]
	if !ok {
		return 0
	}
	y, _ := strconv.Atoi(year)
	dd, _ := strconv.Atoi(day)
	d, err := corpus.ParseDate(fmt.Sprintf("%04d-%02d-%02d", y, int(mo), dd))
	if err != nil {
		return 0
	}
	return d
}

// normalizeTitle makes words of a title comparable: lower case, one space
// between words, no footnote references, no final punctuation.
func normalizeTitle(s string) string {
	s = reAnyFootnoteRef.ReplaceAllString(s, "")
	return strings.TrimRight(strings.ToLower(strings.Join(strings.Fields(s), " ")), " .,;")
}

var reAnyFootnoteRef = regexp.MustCompile(`\[\^?\d+\]`)

func keysOf(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// Find returns the act of c that t names: the act known by t's reference,
// or else the one act of the same type made on the same day with the same
// subject. The error wraps corpus.ErrNotFound when c holds no such act.
func (t *Target) Find(c *corpus.Corpus) (*corpus.Act, error) {
	if len(t.Ref.Items) > 0 {
		if a, err := c.Act(t.Ref.ELI()); err == nil {
			return a, nil
		} else if !errors.Is(err, corpus.ErrNotFound) {
			return nil, err
		}
	}
	list, err := c.Summaries()
	if err != nil {
		return nil, err
	}
	var found []string
	for _, s := range list {
		if t.matches(s.ActInfo) {
			found = append(found, s.ID)
		}
	}
	switch len(found) {
	case 0:
		return nil, fmt.Errorf("%w: the corpus holds no act known as %s, nor a %s of that date and title", corpus.ErrNotFound, t.Ref.String(), t.Type)
	case 1:
		return c.Act(found[0])
	}
	return nil, fmt.Errorf("%w: %s could be any of %s: give the act the reference %s (an alias) to tell them apart", corpus.ErrInvalid, t.Mention, strings.Join(found, ", "), t.Ref.String())
}

// matches reports whether an act's info names the act t names: same type,
// same date, and the same subject.
func (t *Target) matches(info corpus.ActInfo) bool {
	if t.Date.IsZero() || t.Subject == "" || !strings.EqualFold(info.Type, t.Type) {
		return false
	}
	date, subject := describe(info.Title)
	return date == t.Date && subject == t.Subject
}

// String is the mention as written.
func (t *Target) String() string { return t.Mention }

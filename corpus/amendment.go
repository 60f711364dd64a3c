package corpus

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
)

var (
	// reAmendKinds are the set phrases of amendment notes. "Przez …" at the
	// start of a note means "repealed by".
	// Each has words it cannot match without (hints, in lower case), to
	// spare the expression the notes that lack them.
	reAmendKinds = []struct {
		re    *regexp.Regexp
		kind  AmendmentKind
		hints []string
	}{
		{regexp.MustCompile(`(?i)\bw\s+brzmieniu\s+ustalonym\s+przez\s+`), WordingSet, []string{"brzmieniu"}},
		{regexp.MustCompile(`(?i)\bdodan[yaeo]\s+przez\s+`), Added, []string{"dodan"}},
		{regexp.MustCompile(`(?i)\b(?:uchylon|skreślon)[yaeo]\s+przez\s+`), Removed, []string{"uchylon", "skreślon"}},
		{regexp.MustCompile(`(?i)\bze\s+zmian(?:[ąa]\s+wprowadzon[ąa]|ami\s+wprowadzonymi)\s+przez\s+`), Changed, []string{"wprowadzon"}},
		{regexp.MustCompile(`(?i)\bzmienion[yaeo]\s+przez\s+`), Changed, []string{"zmienion"}},
		{regexp.MustCompile(`(?i)\bnadan[yaeo]\s+przez\s+`), Renumbered, []string{"nadan"}},
		{regexp.MustCompile(`(?i)^przez\s+`), Removed, []string{"przez"}},
	}
	// reProvision is the amending provision at the start of the rest of a
	// note: "§ 1 pkt 1 lit. a)", "art. 6 pkt 3 lit. b tiret drugie", also
	// several: "art. 4 pkt 1a i 1b", "§ 1 pkt 2–4", "art. 2 i art. 5".
	reProvision = regexp.MustCompile(`^(?:(?:art\.|§)\s*\d+[a-z]*)(?:\s+(?:(?:§|ust\.|pkt|lit\.)\s*[0-9a-z]+\)?|tiret\s+\p{L}+|zdanie\s+\p{L}+)|\s*,\s*(?:(?:art\.|§|ust\.|pkt|lit\.)\s*)?\d+[a-z]{0,3}\)?|(?:\s+i|\s+oraz|\s*[–-])\s*(?:(?:art\.|§|ust\.|pkt|lit\.)\s*)?(?:\d+[a-z]{0,3}|[a-z])\)?)*\s+`)
	reActDate   = regexp.MustCompile(`z\s+dnia\s+(\d{1,2})\s+(\p{L}+)\s+(\d{4})\s*r\.`)
	// reInForce is a statement of the day a change took effect, in the
	// phrasings of consolidated texts and portals.
	reInForce = regexp.MustCompile(`(?i)(?:wesz(?:ła|ło|ły|li)|wszed(?:ł|łszy)|wchodz(?:i|ą)|wejd(?:zie|ą)|obowiązuj(?:e|ą))\s+(?:w\s+życie\s+|od\s+)(?:z\s+dniem\s+|w\s+dniu\s+|od\s+dnia\s+|dnia\s+)?(\d{1,2})(?:\s+(\p{L}+)\s+|\.(\d{1,2})\.)(\d{4})`)
	// reRetroactive is an act that took effect with effect from an earlier
	// day ("weszło w życie z dniem ogłoszenia, z mocą od dnia 1 stycznia
	// 2023 r."): its wording applies from that day.
	reRetroactive = regexp.MustCompile(`(?i)z\s+mocą\s+od\s+dnia\s+(\d{1,2})\s+(\p{L}+)\s+(\d{4})`)
	// reLaterClause starts a clause of a note that names a later change of
	// the wording the note's first clause gives: "W brzmieniu ustalonym
	// przez …; ze zmianą wprowadzoną przez …". (A clause "; w brzmieniu
	// ustalonym przez …" after "Oznaczenie … nadane przez …" names the same
	// amendment, not a later one.)
	reLaterClause = regexp.MustCompile(`(?i);\s*(?:ze\s+zmian(?:[ąa]\s+wprowadzon[ąa]|ami\s+wprowadzonymi)|zmienion[yaeo])\s+przez\s`)
	// reReferred is a note's reference to the act of another footnote:
	// "ustawy, o której mowa w odnośniku 2", "ustawy wymienionej w
	// odnośniku 1", "ustawy wymienionej jako druga w odnośniku 1" (the
	// second act that note names; reReferredNth). Its group is the label.
	reReferred    = regexp.MustCompile(`(?i)(?:o\s+któr(?:ym|ej|ych)\s+mowa|wymienion\p{L}*(?:\s+jako\s+\p{L}+)?)\s+w\s+odnośniku\s+(\d+)`)
	reReferredNth = regexp.MustCompile(`(?i)wymienion\p{L}*\s+jako\s+(\p{L}+)\s+w\s+odnośniku\s+\d+`)
	// reActEnd ends the name of the amending act where no reference does.
	reActEnd = regexp.MustCompile(`(?i),\s+o\s+któr|,\s+któr|;|\s+zmiana\s+wesz|\.\s*$`)
	// reActWord starts the name of an act in an editorial note.
	reActWord = regexp.MustCompile(`(?i)\b(?:ustaw[aąy]|rozporządzeni(?:e|a|em)|dekret(?:u|em)?|obwieszczeni(?:e|a)|uchwał(?:a|y)|zarządzeni(?:e|a))\s+z\s+dnia\b`)
)

// monthsGenitive are the month names as a Polish date writes them.
var monthsGenitive = map[string]time.Month{
	"stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
	"lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
}

// parseAmendment reads an amendment note ("§ 3 ust. 1 pkt 8 w brzmieniu
// ustalonym przez § 1 pkt 1 lit. a) rozporządzenia … (Dz.U. poz. 1557).
// Zmiana weszła w życie 1 września 2019 r."). It returns nil for a note that
// is not an amendment note: an editorial note. A note that names its act by
// another footnote ("ustawy, o której mowa w odnośniku 2") says so in
// Refers; resolveAmendments fills in that act.
func parseAmendment(body string) *Amendment {
	cuts := reLaterClause.FindAllStringIndex(body, -1)
	if len(cuts) == 0 {
		return parseClause(body)
	}
	first := parseClause(body[:cuts[0][0]])
	if first == nil {
		return nil
	}
	clauses := []*Amendment{first}
	for i, c := range cuts {
		end := len(body)
		if i+1 < len(cuts) {
			end = cuts[i+1][0]
		}
		if b := parseClause(strings.TrimSpace(body[c[0]+1 : end])); b != nil {
			clauses = append(clauses, b)
		}
	}
	return latestOfClauses(clauses)
}

// latestOfClauses is the amendment a note of several clauses records: the
// first clause's, or the latest of the later changes it names when one
// came after it, with that change's act, provision, reference, footnote
// referred to and day, as a change of the wording. It keeps the clauses.
func latestOfClauses(clauses []*Amendment) *Amendment {
	a := *clauses[0]
	for _, b := range clauses[1:] {
		if b.InForce > a.InForce {
			a.Kind, a.Provision, a.Act, a.Ref, a.Refers, a.InForce = Changed, b.Provision, b.Act, b.Ref, b.Refers, b.InForce
		}
	}
	a.clauses = clauses
	return &a
}

// AddedOn returns the day the note says an amendment added the unit, and
// whether it says so: in its first clause, though a later one names a
// later change ("Dodany przez …; ze zmianą wprowadzoną przez …").
func (a *Amendment) AddedOn() (Date, bool) {
	first := a
	if len(a.clauses) > 0 {
		first = a.clauses[0]
	}
	return first.InForce, first.Kind == Added
}

// parseClause reads one clause of an amendment note (parseAmendment).
func parseClause(body string) *Amendment {
	if a := lostForce(body); a != nil {
		return a
	}
	kind, loc := amendmentKind(body)
	if loc == nil {
		return datedChange(body)
	}
	a := &Amendment{Kind: kind, Scope: strings.TrimSpace(body[:loc[0]])}
	a.readAct(body[loc[1]:])
	a.InForce = inForceStated(body)
	return a
}

// readAct reads the amending provision, the act and its reference, and
// the footnote it refers to from rest, what follows a note's set phrase.
func (a *Amendment) readAct(rest string) {
	if m := reProvision.FindString(rest); m != "" {
		a.Provision = strings.TrimSpace(m)
		rest = rest[len(m):]
	}
	actEnd := len(rest)
	if m := reActEnd.FindStringIndex(rest); m != nil {
		actEnd = m[0]
	}
	if refs := FindPubRefs(rest); len(refs) > 0 && refs[0].Start < actEnd {
		ref := refs[0]
		actEnd = ref.Start
		if y := polishDate(reActDate, rest[:ref.Start]); !y.IsZero() {
			ref = ref.WithYear(y.Year())
		}
		a.Ref = &ref
	}
	a.Act = strings.TrimRight(strings.TrimSpace(rest[:actEnd]), "(,; ")
	if !strings.Contains(rest, "dnośnik") {
		return
	}
	if m := reReferred.FindStringSubmatch(rest); m != nil {
		a.Refers, a.nth = m[1], referredNth(m[0])
	}
}

// referredNth returns the number of the act a reference to another note
// picks among those that note names ("wymienionej jako druga w odnośniku
// 1": 2), or 0 when the reference picks none.
func referredNth(ref string) int {
	m := reReferredNth.FindStringSubmatch(ref)
	if m == nil {
		return 0
	}
	word := strings.ToLower(m[1])
	for i, stem := range OrdinalStems {
		if strings.HasPrefix(word, stem) {
			return i + 1
		}
	}
	return 0
}

var (
	// reLostForce is a note that a unit lost force on a day, by a ruling
	// of the Constitutional Tribunal or a provision of another act:
	// "Utracił moc z dniem 5 lutego 2025 r. na podstawie wyroku Trybunału
	// Konstytucyjnego z dnia … (Dz. U. poz. 120)", "Zdanie drugie
	// utraciło moc z dniem …".
	reLostForce = regexp.MustCompile(`(?i)\butraci(?:ł|ła|ło|ły)\s+moc\s+z\s+dniem\s+(\d{1,2})\s+(\p{L}+)\s+(\d{4})\s*r\.,?\s*(?:na\s+podstawie\s+)?`)
	// reLostForceScope is what may stand before reLostForce: nothing, or
	// the part of the unit that lost force. A note that starts otherwise
	// ("Ustawa utraciła moc z dniem …", on a unit citing that act) tells
	// of another act.
	// rePartialRuling stands after reLostForce, right after it or ("w
	// zakresie, w jakim …") after the ruling, in a note that a unit lost
	// force only in a scope: its words stand, and the note dates none of
	// them. "w zakresie" in the title of the act cited ("o zmianie
	// niektórych ustaw w zakresie …") is no scope.
	rePartialRuling  = regexp.MustCompile(`(?i)^[,\s]*w\s+zakresie\b|\bw\s+zakresie,?\s+w\s+jakim\b`)
	reLostForceScope = regexp.MustCompile(`(?i)^(?:(?:zdanie|wprowadzenie\s+do\s+wyliczenia|część\s+wspólna|tytuł)\b[^.;]{0,60})?$`)
)

// lostForce reads a note of the form reLostForce matches, or returns nil:
// the unit (or the part of it the note names) reads "(utracił moc)" from
// the day it gives, by what follows "na podstawie".
func lostForce(body string) *Amendment {
	if !strings.Contains(body, "traci") && !strings.Contains(body, "TRACI") {
		return nil
	}
	m := reLostForce.FindStringSubmatchIndex(body)
	if m == nil || !reLostForceScope.MatchString(strings.TrimSpace(body[:m[0]])) || rePartialRuling.MatchString(body[m[1]:]) {
		return nil
	}
	a := &Amendment{Kind: Removed, Scope: strings.TrimSpace(body[:m[0]])}
	a.readAct(body[m[1]:])
	a.InForce = polishDate(reLostForce, body[m[0]:m[1]])
	return a
}

// inForceStated is the day a note says its change took effect: the last
// it names ("…, która weszła w życie z dniem 15 kwietnia 2022 r., z mocą
// od dnia 24 lutego 2022 r.; wszedł w życie z dniem 15 kwietnia 2022 r."),
// or, when the last statement gives the earlier day it took effect from
// ("weszło w życie z dniem ogłoszenia, z mocą od dnia 1 stycznia 2023
// r."), that day.
func inForceStated(body string) Date {
	if !mayStateInForce(body) {
		return 0
	}
	stated := reInForce.FindAllStringIndex(body, -1)
	if back := reRetroactive.FindAllStringIndex(body, -1); len(back) > 0 {
		last := back[len(back)-1]
		if len(stated) == 0 || stated[len(stated)-1][0] < last[0] {
			return polishDate(reRetroactive, body[last[0]:last[1]])
		}
	}
	return lastPolishDate(reInForce, body)
}

// mayStateInForce reports whether a note has the words reInForce needs:
// it spares the expression most notes.
func mayStateInForce(body string) bool {
	return strings.Contains(body, "życi") || strings.Contains(body, "ŻYCI") || strings.Contains(body, "bowiązuj") || strings.Contains(body, "BOWIĄZUJ")
}

// lastPolishDate returns the last date re finds in s. A note that says when
// its act took effect and then when the provision did ("…, która wejdzie w
// życie z dniem 13 kwietnia 2026 r.; wejdzie w życie z dniem 1 stycznia
// 2027 r.") or that names a later change after the first ("W brzmieniu
// ustalonym przez …, która weszła w życie z dniem …; ze zmianą wprowadzoną
// przez …, która weszła w życie z dniem …") dates the wording by the last.
func lastPolishDate(re *regexp.Regexp, s string) Date {
	locs := re.FindAllStringIndex(s, -1)
	for i := len(locs) - 1; i >= 0; i-- {
		if d := polishDate(re, s[locs[i][0]:locs[i][1]]); d != 0 {
			return d
		}
	}
	return 0
}

// reDatedChange is a note that gives the day a unit's next wording takes
// effect, and the provision that makes it: "Z dniem 4 września 2024 r., na
// podstawie art. 29 pkt 6 ustawy z dnia … (Dz. U. poz. 1517), …", "Z dniem
// 5 lutego 2025 r. utracił moc na podstawie wyroku Trybunału …"; or the
// day a provision whose entry into force was put off took effect, and
// what set that day: "Wszedł w życie z dniem 13 listopada 2022 r. na
// podstawie komunikatu Ministra Cyfryzacji z dnia … (Dz. U. poz. 2209)".
var reDatedChange = regexp.MustCompile(`(?i)^(?:(?:wszedł|wesz(?:ła|ło|ły))\s+w\s+życie\s+)?z\s+dniem\s+(\d{1,2})\s+(\p{L}+)\s+(\d{4})\s*r\.,?\s*(?:utraci(?:ł|ła|ło|ły)\s+moc\s+)?(?:na\s+podstawie\s+)?`)

// datedChange reads a note of the form reDatedChange matches, or returns
// nil. The act of a change "Z dniem …, na podstawie …" is the one named;
// a provision that "Wszedł w życie z dniem …" names what set the day (a
// komunikat), not the act that gave the provision its words, so no act.
func datedChange(body string) *Amendment {
	m := reDatedChange.FindStringSubmatchIndex(body)
	if m == nil {
		return nil
	}
	var a *Amendment
	if strings.HasPrefix(strings.ToLower(body), "z dniem") {
		a = parseAmendment("zmieniony przez " + body[m[1]:])
	}
	if a == nil {
		a = &Amendment{}
	}
	a.Kind = Changed
	if strings.Contains(strings.ToLower(body), "uchyl") || strings.Contains(body, "utraci") {
		a.Kind = Removed
	}
	a.InForce = polishDate(reDatedChange, body[:m[1]])
	return a
}

// Renumbers reports whether the note says the amendment gave the unit its
// number ("Oznaczenie … nadane przez"), alone or in the scope of a note
// that sets its wording besides.
func (a *Amendment) Renumbers() bool {
	if a.Kind == Renumbered {
		return true
	}
	for _, k := range reAmendKinds {
		if k.kind == Renumbered {
			return k.re.MatchString(a.Scope)
		}
	}
	return false
}

// amendmentKind finds the set phrase of an amendment note: the one that
// sets a wording when there are several ("Oznaczenie … nadane przez …; w
// brzmieniu ustalonym przez …"), else the first. The phrase must stand in
// the note's first sentence.
func amendmentKind(body string) (AmendmentKind, []int) {
	var kind AmendmentKind
	var loc []int
	head := strings.ToLower(body[:min(len(body), 200)])
	for _, k := range reAmendKinds {
		if !slices.ContainsFunc(k.hints, func(h string) bool { return strings.Contains(head, h) }) {
			continue
		}
		l := k.re.FindStringIndex(body)
		if l == nil || l[0] > 160 {
			continue
		}
		if loc == nil || k.kind == WordingSet || (kind != WordingSet && l[0] < loc[0]) {
			kind, loc = k.kind, l
		}
	}
	return kind, loc
}

// referredLabels returns the labels of the footnotes a note refers to, in
// the order it does.
func referredLabels(body string) []string {
	if !strings.Contains(body, "dnośnik") {
		return nil
	}
	var labels []string
	for _, m := range reReferred.FindAllStringSubmatch(body, -1) {
		labels = append(labels, m[1])
	}
	return labels
}

// ResolveAmendments parses the amendment of each footnote of fs, as the
// parsers do: a store that keeps footnotes as labels and bodies calls it
// when it reads them back. See resolveAmendments.
func ResolveAmendments(fs []Footnote) []Footnote { return resolveAmendments(fs) }

// resolveAmendments parses the amendment of each footnote of fs, and fills
// in, for those that name their act by another footnote of fs, that act,
// its reference, and (when the note does not give its own) its in-force
// date.
func resolveAmendments(fs []Footnote) []Footnote { return amendMemo(nil).resolve(fs) }

// An amendMemo keeps the notes a parse has read, by body: a note on many
// units, or on a unit printed in several versions, is read once.
type amendMemo map[string]*Amendment

// parse returns parseAmendment(body), a copy of its own.
func (m amendMemo) parse(body string) *Amendment {
	if m == nil {
		return parseAmendment(body)
	}
	a, ok := m[body]
	if !ok {
		a = parseAmendment(body)
		m[body] = a
	}
	if a == nil {
		return nil
	}
	c := *a
	return &c
}

// resolve is resolveAmendments, reading each body once.
func (m amendMemo) resolve(fs []Footnote) []Footnote {
	for i := range fs {
		fs[i].Amendment = m.resolved(fs, fs[i].Body, 3)
	}
	return fs
}

// resolved is the amendment of the note body, the acts of its clauses
// taken from the footnotes they refer to. A note that goes on to name
// later changes ("W brzmieniu ustalonym przez …, o którym mowa w odnośniku
// 1; ze zmianą wprowadzoną przez …, o którym mowa w odnośniku 3") records
// the latest of them (latestOfClauses).
func (m amendMemo) resolved(fs []Footnote, body string, depth int) *Amendment {
	a := m.parse(body)
	if a == nil || depth == 0 {
		return a
	}
	if len(a.clauses) == 0 {
		m.follow(fs, a, depth)
		return a
	}
	clauses := make([]*Amendment, len(a.clauses)) // the parsed clauses are the memo's
	for i, b := range a.clauses {
		c := *b
		m.follow(fs, &c, depth)
		clauses[i] = &c
	}
	return latestOfClauses(clauses)
}

// follow fills in, for a clause that names its act by another footnote of
// fs, that act, its reference, and (when the clause does not give its
// own) its in-force day.
func (m amendMemo) follow(fs []Footnote, a *Amendment, depth int) {
	if a.Refers == "" {
		return
	}
	j := slices.IndexFunc(fs, func(f Footnote) bool { return f.Label == a.Refers })
	if j < 0 {
		return
	}
	act, ref, inForce := m.referred(fs, fs[j].Body, a.nth, depth)
	a.Act, a.Ref = act, ref
	if a.InForce.IsZero() {
		a.InForce = inForce
	}
}

// referred returns the act, its reference and the in-force day that the
// footnote body, referred to by another note, gives: of the nth act it
// names, when nth is not 0 ("wymienionej jako druga w odnośniku 1"), the
// latest change it records otherwise.
func (m amendMemo) referred(fs []Footnote, body string, nth, depth int) (string, *PubRef, Date) {
	if ra := m.resolved(fs, body, depth-1); ra != nil {
		switch {
		case nth > 0 && nth <= len(ra.clauses):
			c := ra.clauses[nth-1]
			return c.Act, c.Ref, c.InForce
		case nth <= 1:
			return ra.Act, ra.Ref, ra.InForce
		}
	}
	act, ref := actMentioned(body, max(nth, 1))
	if nth > 1 {
		return act, ref, 0 // the note's day, if it gives one, is not said to be this act's
	}
	return act, ref, inForceStated(body)
}

// actMentioned returns the nth act an editorial note names (from 1), and
// its reference.
func actMentioned(body string, nth int) (string, *PubRef) {
	refs := FindPubRefs(body)
	if len(refs) < nth {
		return "", nil
	}
	ref := refs[nth-1]
	before := body[:ref.Start]
	locs := reActWord.FindAllStringIndex(before, -1)
	if len(locs) == 0 {
		return "", &ref
	}
	act := before[locs[len(locs)-1][0]:]
	if y := polishDate(reActDate, act); !y.IsZero() {
		ref = ref.WithYear(y.Year())
	}
	return strings.TrimRight(strings.TrimSpace(act), "(,; "), &ref
}

// polishDate finds a date written "7 sierpnia 2019 r." (or "07.08.2019")
// by re in s. re's groups are the day, the month's name or number, and
// the year (reActDate has no month number).
func polishDate(re *regexp.Regexp, s string) Date {
	for _, m := range re.FindAllStringSubmatch(s, -1) {
		day, year := atoi(m[1]), atoi(m[len(m)-1])
		var month time.Month
		if len(m) > 4 && m[3] != "" {
			month = time.Month(atoi(m[3]))
		} else if mm, ok := monthsGenitive[strings.ToLower(m[2])]; ok {
			month = mm
		} else {
			continue
		}
		if d, err := ParseDate(fmt.Sprintf("%04d-%02d-%02d", year, month, day)); err == nil {
			return d
		}
	}
	return 0
}

package amend

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"lexdiff/corpus"
)

// The parts of an act an instruction names besides its units.
const (
	kindAnnex    corpus.Kind = "annex"    // załącznik
	kindSentence corpus.Kind = "sentence" // zdanie
	kindIntro    corpus.Kind = "intro"    // wprowadzenie do wyliczenia
	kindClosing  corpus.Kind = "closing"  // część wspólna
	kindContent  corpus.Kind = "content"  // dotychczasowa treść
	kindNote     corpus.Kind = "note"     // a footnote of the act (odnośnik)
	kindGroup    corpus.Kind = "group"    // a grouping: dział, rozdział, oddział, księga
	kindTitle    corpus.Kind = "title"    // the title of a grouping (tytuł rozdziału)
)

// A seg is one step of a reference to units: a kind and one label
// ("ust. 3"), several ("pkt 2 i 3"), or the two ends of a range
// ("ust. 3–5", with upTo set).
type seg struct {
	kind   corpus.Kind
	labels []string
	upTo   bool
	group  string // for a grouping: its word as headings print it, "Rozdział"
}

// String writes s as a citation: "pkt 2 i 3", "zdanie drugie".
func (s seg) String() string {
	sep := " i "
	if s.upTo {
		sep = "–"
	}
	switch s.kind {
	case kindAnnex:
		if len(s.labels) == 1 && s.labels[0] == "" {
			return "załącznik"
		}
		return "załącznik nr " + strings.Join(s.labels, sep)
	case kindSentence:
		return "zdanie " + strings.Join(ordinals(s.labels), sep)
	case kindIntro:
		return "wprowadzenie do wyliczenia"
	case kindClosing:
		return "część wspólna"
	case kindContent:
		return "dotychczasowa treść"
	case kindNote:
		return "odnośnik"
	case kindTitle:
		return "tytuł"
	case kindGroup:
		return strings.ToLower(s.group) + " " + strings.Join(s.labels, sep)
	case corpus.Tiret, corpus.DoubleTiret:
		word := "tiret "
		if s.kind == corpus.DoubleTiret {
			word = "podwójne tiret "
		}
		return word + strings.Join(ordinals(s.labels), sep)
	}
	return kindWord[s.kind] + " " + strings.Join(s.labels, sep)
}

// citePath writes a path of steps as a citation: "§ 2 ust. 3a i 3b".
func citePath(path []seg) string {
	parts := make([]string, len(path))
	for i, s := range path {
		parts[i] = s.String()
	}
	return strings.Join(parts, " ")
}

// kindWord is how a citation names a kind.
var kindWord = map[corpus.Kind]string{corpus.Article: "art.", corpus.Paragraph: "§", corpus.Section: "ust.", corpus.Point: "pkt", corpus.Letter: "lit."}

// isUnit reports whether s names units of the act's tree (not an annex, a
// sentence or a part of a list).
func (s seg) isUnit() bool {
	_, ok := kindWord[s.kind]
	return ok || s.kind == corpus.Tiret || s.kind == corpus.DoubleTiret
}

// ordinalStems are the stems of the ordinal numbers that count tirets,
// sentences and a code's groupings, in any case: "pierwsze", "pierwszym",
// "drugiego".
var ordinalStems = corpus.OrdinalStems

// groupWords maps the stem of a grouping's name to its word in headings.
var groupWords = map[string]string{"księg": "Księga", "dzia": "Dział", "rozdzia": "Rozdział", "oddzia": "Oddział"}

// ordinalWords are the ordinal numbers as a citation writes them.
var ordinalWords = []string{"pierwsze", "drugie", "trzecie", "czwarte", "piąte", "szóste", "siódme", "ósme", "dziewiąte", "dziesiąte", "jedenaste", "dwunaste"}

// ordinals writes labels "1", "2" as "pierwsze", "drugie".
func ordinals(labels []string) []string {
	out := make([]string, len(labels))
	for i, l := range labels {
		out[i] = l
		var n int
		if _, err := fmt.Sscan(l, &n); err == nil && n >= 1 && n <= len(ordinalWords) {
			out[i] = ordinalWords[n-1]
		}
	}
	return out
}

// The words that name each kind, in the cases instructions use.
var (
	reArt      = regexp.MustCompile(`^(?:art\.|artyku(?:ł|łu|le|łem))`)
	rePar      = regexp.MustCompile(`^(?:§|paragraf(?:ie|u)?)`)
	reUst      = regexp.MustCompile(`^(?:ust\.|ustęp(?:ie|u)?)`)
	rePkt      = regexp.MustCompile(`^(?:pkt\.?|punkt(?:cie|u)?)`)
	reLit      = regexp.MustCompile(`^(?:lit\.|liter(?:a|ze|y|ę))`)
	reDouble   = regexp.MustCompile(`^podwójn(?:e|ym|ego)\s+tiret`)
	reTiret    = regexp.MustCompile(`^tiret`)
	reSentence = regexp.MustCompile(`^zda(?:nie|niu|nia|ń|niem|niach)`)
	reAnnex    = regexp.MustCompile(`^załącznik(?:a|u|iem|i|ach|ów)?`)
	reIntro    = regexp.MustCompile(`^wprowadzeni(?:e|u|a)\s+do\s+wyliczenia`)
	reClosing  = regexp.MustCompile(`^częś(?:ć|ci|cią)\s+wspóln(?:a|ej|ą)(?:\s+wyliczenia)?`)
	reContent  = regexp.MustCompile(`^dotychczasow(?:a|ą|ej)\s+treś(?:ć|ci|cią)`)
	reGroup    = regexp.MustCompile(`^(księg|oddzia|rozdzia|dzia)(?:łem|łu|ła|ł|le|i|a)`)
	reGroupNo  = regexp.MustCompile(`^([IVXLCDM]+[a-z]*|\d+[a-z]*)`)
	// reGroupOrdinal is a grouping's number in words, in any case: "w
	// dziale drugim", "księgi pierwszej".
	reGroupOrdinal = regexp.MustCompile(`^((?:` + strings.Join(ordinalStems, "|") + `)\p{L}*)`)

	reNumLabel = regexp.MustCompile(`^(\d+[a-z]*(?:` + corpus.SupLabel + `|\b))`) // "2a", "2¹" (an inserted unit of a code)
	reLitLabel = regexp.MustCompile(`^([a-z]{1,4})\b`)
	reRangeSep = regexp.MustCompile(`^\s*[–-]\s*`)
	reListSep  = regexp.MustCompile(`^\s*(?:,|\bi\b|\boraz\b)\s*`)
	reNrWord   = regexp.MustCompile(`^nr\b\.?`)
	reActWord  = regexp.MustCompile(`^do\s+(?:rozporządzenia|ustawy|uchwały|zarządzenia|obwieszczenia|kodeksu)\b`)
)

// kindAt returns the kind that the word at the scanner names, and moves
// past it; "" when none does.
func (s *scanner) kindAt() corpus.Kind {
	for _, k := range []struct {
		re   *regexp.Regexp
		kind corpus.Kind
	}{
		{reArt, corpus.Article}, {rePar, corpus.Paragraph}, {reUst, corpus.Section}, {rePkt, corpus.Point},
		{reLit, corpus.Letter}, {reDouble, corpus.DoubleTiret}, {reTiret, corpus.Tiret}, {reSentence, kindSentence},
		{reAnnex, kindAnnex}, {reIntro, kindIntro}, {reClosing, kindClosing}, {reContent, kindContent},
	} {
		if s.reFold(k.re) != nil {
			return k.kind
		}
	}
	return ""
}

// foldWindow bounds the text reFold lowers for a match: the longest
// phrase it reads ("z pierwszym dniem miesiąca następującego po upływie
// czternastu dni od dnia jego ogłoszenia") is about 100 bytes.
const foldWindow = 160

// reFold accepts a match of re (written in lower case) against the text
// that follows, in any case, ending at the end of a word (Go's \b knows
// only ASCII letters, and Polish words end in others). A match is at most
// foldWindow bytes long.
func (s *scanner) reFold(re *regexp.Regexp) []string {
	s.space()
	end := min(s.end, s.i+foldWindow)
	for end < s.end && !utf8.RuneStart(s.src.text[end]) {
		end++
	}
	t := s.src.text[s.i:end]
	lower := strings.ToLower(t)
	if len(lower) != len(t) {
		lower = t // a case change that changes lengths: match as written
	}
	m := re.FindStringSubmatch(lower)
	if m == nil || !boundaryAfter(t, len(m[0])) {
		return nil
	}
	s.i += len(m[0])
	return m
}

// seg reads one step of a reference: a kind and its labels. It moves on
// only when it reads one.
func (s *scanner) seg() (seg, bool) {
	save := s.i
	if m := s.reFold(reGroup); m != nil {
		if n := s.re(reGroupNo); n != nil {
			return seg{kind: kindGroup, group: groupWords[m[1]], labels: []string{n[1]}}, true
		}
		if n := s.reFold(reGroupOrdinal); n != nil { // "w dziale drugim": a code's grouping numbered by a word
			return seg{kind: kindGroup, group: groupWords[m[1]], labels: []string{n[1]}}, true
		}
		s.i = save
		return seg{}, false
	}
	k := s.kindAt()
	if k == "" {
		return seg{}, false
	}
	sg := seg{kind: k}
	switch k {
	case kindIntro, kindClosing, kindContent:
		return sg, true
	case kindAnnex:
		sg.labels = []string{""}
		if s.reFold(reNrWord) != nil {
			if sg.labels = s.labels(k, reNumLabel, &sg.upTo); sg.labels == nil {
				s.i = save
				return seg{}, false
			}
		}
		s.reFold(reActWord) // "do rozporządzenia": the act amended
		return sg, true
	case kindSentence, corpus.Tiret, corpus.DoubleTiret:
		sg.labels = s.ordinalLabels()
	case corpus.Letter:
		sg.labels = s.labels(k, reLitLabel, &sg.upTo)
	default:
		sg.labels = s.labels(k, reNumLabel, &sg.upTo)
	}
	if sg.labels == nil {
		s.i = save
		return seg{}, false
	}
	return sg, true
}

// labels reads one label of a unit of kind, a list of them ("2, 3 i 5",
// "2 i pkt 3") or a range ("3–5").
func (s *scanner) labels(kind corpus.Kind, re *regexp.Regexp, upTo *bool) []string {
	first := s.label(re)
	if first == "" {
		return nil
	}
	out := []string{first}
	save := s.i
	if s.re(reRangeSep) != nil {
		if last := s.label(re); last != "" {
			*upTo = true
			return append(out, last)
		}
		s.i = save
	}
	for {
		save := s.i
		if s.re(reListSep) == nil {
			return out
		}
		named := s.sameKind(kind, re)
		l := s.label(re)
		if l == "" || named && s.deeperFollows() {
			// "art. 22, art. 24 pkt 4": "art. 24" opens a reference of its
			// own, read after the separator by the caller.
			s.i = save
			return out
		}
		out = append(out, l)
	}
}

// sameKind skips the word that names the kind again in a list, "§ 19b
// i § 19c", "pkt 2 i pkt 3", and reports whether there was one. A word
// of another kind is left: "pkt 6 oraz art. 23" lists no point 23.
func (s *scanner) sameKind(kind corpus.Kind, re *regexp.Regexp) bool {
	save := s.i
	if k := s.kindAt(); k != kind || k == kindAnnex || k == kindSentence || s.label(re) == "" {
		s.i = save
		return false
	}
	s.i = save
	s.kindAt()
	return true
}

// deeperFollows reports whether a word naming a unit comes next, without
// moving on.
func (s *scanner) deeperFollows() bool {
	save := s.i
	k := s.kindAt()
	s.i = save
	return k != ""
}

// label reads one label matched by re. A word that names a kind is no
// label ("pkt" in "lit. a i pkt 3"), nor is a letter followed by one that
// is not a tiret (the "w" of "lit. a i w lit. b"; but "lit. b tiret
// drugie").
func (s *scanner) label(re *regexp.Regexp) string {
	save := s.i
	if k := s.kindAt(); k != "" {
		s.i = save
		return ""
	}
	m := s.re(re)
	if m == nil || !boundaryAfter(s.src.text[:s.end], s.i) {
		s.i = save // "kt" of "który" is no label: Go's \b takes "ó" for a boundary
		return ""
	}
	after := s.i
	if k := s.kindAt(); re == reLitLabel && k != "" && k != corpus.Tiret && k != corpus.DoubleTiret {
		s.i = save
		return ""
	}
	s.i = after
	return m[1]
}

// ordinalLabels reads ordinal numbers ("pierwsze", "drugim i trzecim") as
// labels "1", "2", "3".
func (s *scanner) ordinalLabels() []string {
	var out []string
	for {
		save := s.i
		if len(out) > 0 && s.re(reListSep) == nil {
			return out
		}
		w, ok := s.prefixed(ordinalStems...)
		if !ok {
			s.i = save
			return out
		}
		for i, stem := range ordinalStems {
			if strings.HasPrefix(w, stem) {
				out = append(out, fmt.Sprint(i+1))
				break
			}
		}
	}
}

// chain reads a reference to units from the outermost: one or more steps,
// "art. 5 ust. 2 pkt 3", each deeper than the one before. Only the last may
// name several units.
func (s *scanner) chain() ([]seg, bool) {
	var out []seg
	for {
		save := s.i
		sg, ok := s.seg()
		if !ok {
			break
		}
		if n := len(out); n > 0 && (len(out[n-1].labels) > 1 || !deeper(out[n-1], sg)) {
			s.i = save
			break
		}
		out = append(out, sg)
	}
	return out, len(out) > 0
}

// deeper reports whether step b can stand inside step a.
func deeper(a, b seg) bool {
	if a.kind == kindGroup {
		return b.kind == kindGroup && groupRank(b) > groupRank(a)
	}
	if !a.isUnit() {
		return false
	}
	if !b.isUnit() {
		return b.kind != kindAnnex && b.kind != kindContent // "dotychczasowa treść" is never where a change stands, only what changes
	}
	return segDepth(b.kind, a.kind == corpus.Article) > segDepth(a.kind, false)
}

// segDepth orders the kinds of units from the top; a § in an article (as
// in codes) stands where an ustęp would.
func segDepth(k corpus.Kind, inArticle bool) int {
	if k == corpus.Paragraph && inArticle {
		return itemDepth[corpus.Section]
	}
	if k == corpus.Article || k == corpus.Paragraph {
		return 0
	}
	return itemDepth[k]
}

// groupRank orders groupings from the widest, as corpus.Group.Rank does.
func groupRank(s seg) int { return corpus.Group{Kind: s.group}.Rank() }

package corpus

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// tiretOrdinals are the ordinal words lawyers cite tirets by.
var tiretOrdinals = []string{"pierwsze", "drugie", "trzecie", "czwarte", "piąte",
	"szóste", "siódme", "ósme", "dziewiąte", "dziesiąte"}

// citationWords maps the words of a citation to the kinds they name.
// Words typed without diacritics ("zalacznik", "ustep") count too.
var citationWords = map[string]Kind{
	"art": Article, "art.": Article, "artykuł": Article, "artykul": Article,
	"§": Paragraph, "par": Paragraph, "par.": Paragraph, "paragraf": Paragraph,
	"ust": Section, "ust.": Section, "ustęp": Section, "ustep": Section,
	"pkt": Point, "pkt.": Point, "punkt": Point,
	"lit": Letter, "lit.": Letter, "litera": Letter,
	"tiret": Tiret, "tir": Tiret, "tir.": Tiret,
	"załącznik": Annex, "zał": Annex, "zał.": Annex, "zalacznik": Annex, "zal": Annex, "zal.": Annex,
}

// CitationOf returns the citation form of a unit id: "par3.ust1.pkt5.litc"
// gives "§ 3 ust. 1 pkt 5 lit. c", and "par3.ust1.pkt2.litb.tir1" gives
// "§ 3 ust. 1 pkt 2 lit. b tiret pierwsze".
func CitationOf(id string) string {
	var b strings.Builder
	b.Grow(len(id) + 16) // the words and spaces a citation adds to the labels
	var prev Kind
	err := eachSegment(id, func(s idSegment) {
		if prev != "" {
			b.WriteByte(' ')
		}
		writeSegment(&b, s, prev == Tiret)
		prev = s.kind
	})
	if err != nil {
		return id
	}
	return b.String()
}

// writeSegment writes the citation of one id segment to b. A tiret under a
// tiret is a double tiret.
func writeSegment(b *strings.Builder, s idSegment, underTiret bool) {
	switch s.kind {
	case Article:
		b.WriteString("art. ")
	case Paragraph:
		b.WriteString("§ ")
	case Section:
		b.WriteString("ust. ")
	case Point:
		b.WriteString("pkt ")
	case Letter:
		b.WriteString("lit. ")
	case Preamble:
		b.WriteString("wstęp")
		return
	case Annex:
		if s.label == "" {
			b.WriteString("załącznik")
			return
		}
		b.WriteString("załącznik nr ")
	default:
		if underTiret {
			b.WriteString("podwójne ")
		}
		b.WriteString("tiret ")
		b.WriteString(ordinal(s.label))
		return
	}
	b.WriteString(s.label)
}

func ordinal(label string) string {
	for i, w := range tiretOrdinals {
		if label == strconv.Itoa(i+1) {
			return w
		}
	}
	return label
}

// idSegment is one step of a unit id, such as "pkt8".
type idSegment struct {
	kind  Kind
	label string
}

// KindOfID returns the kind of the unit an id names ("art2.pkt1.litc": a
// letter), and false for a string that is no unit id.
func KindOfID(id string) (Kind, bool) {
	segs, err := splitID(id)
	if err != nil {
		return "", false
	}
	return segs[len(segs)-1].kind, true
}

// splitID splits a canonical id into its segments.
func splitID(id string) ([]idSegment, error) {
	var segs []idSegment
	err := eachSegment(id, func(s idSegment) { segs = append(segs, s) })
	if err != nil {
		return nil, err
	}
	return segs, nil
}

// eachSegment calls yield with each segment of a canonical id, in order,
// up to the first that is invalid, whose error it returns.
func eachSegment(id string, yield func(idSegment)) error {
	if id == "" {
		return fmt.Errorf("empty unit id")
	}
	var first idSegment
	i := 0
	for part := range strings.SplitSeq(id, ".") {
		seg, ok := parseSegment(part)
		if !ok || i > 0 && (seg.kind == Preamble || seg.kind == Annex || first.kind.freeText()) {
			return fmt.Errorf("invalid unit id segment %q", part)
		}
		if i == 0 {
			first = seg
		}
		yield(seg)
		i++
	}
	return nil
}

// parseSegment reads one segment of an id: a kind's prefix and a label
// ("pkt8"), "wstep" for the preamble, "zal" for an annex without a number.
func parseSegment(part string) (idSegment, bool) {
	switch {
	case part == string(Preamble):
		return idSegment{Preamble, ""}, true
	case part == string(Annex):
		return idSegment{Annex, ""}, true
	case len(part) < 4:
		return idSegment{}, false
	}
	k, ok := ParseKind(part[:3])
	label := labelOfID(part[3:])
	if !ok || k == Preamble || !validLabel(k, label) || labelID(label) != part[3:] {
		return idSegment{}, false
	}
	return idSegment{k, label}, true
}

// validLabel reports whether label can label a unit of kind k: a number with
// an optional letter suffix and superscript ("2a", "4¹"), letters for a
// litera ("ba"), a number for a tiret.
func validLabel(k Kind, label string) bool {
	if label == "" {
		return false
	}
	switch k {
	case Letter:
		return strings.IndexFunc(label, func(r rune) bool { return r < 'a' || r > 'z' }) < 0
	case Tiret, DoubleTiret:
		return strings.IndexFunc(label, func(r rune) bool { return r < '0' || r > '9' }) < 0
	}
	i := strings.IndexFunc(label, func(r rune) bool { return r < '0' || r > '9' })
	if i == 0 {
		return false
	}
	if i < 0 {
		return true
	}
	rest := strings.TrimLeft(label[i:], "abcdefghijklmnopqrstuvwxyz")
	if rest == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return supDigit(r) >= 0 && strings.IndexFunc(rest, func(r rune) bool { return !isSuperscript(r) }) < 0
}

// ParseCitation returns the canonical id of a unit cited as lawyers write it
// ("§ 3 ust. 1 pkt 8", "§3 ust.1 pkt 5 lit. c", "art. 2 pkt 1 lit. e",
// "§ 3 ust. 1 pkt 2 lit. b tiret pierwsze") or given by its id
// ("par3.ust1.pkt8"); an annex is cited as "załącznik nr 2",
// "załącznik 2", "zał. nr 2" or "zał. 2", an act's only annex as
// "załącznik". The error says what is accepted.
func ParseCitation(s string) (string, error) {
	s = strings.TrimSpace(s)
	if _, err := splitID(s); err == nil {
		return s, nil
	}
	if id := strings.ToLower(s); id != s {
		if _, err := splitID(id); err == nil { // "PAR3.UST1.PKT2"
			return id, nil
		}
	}
	id, err := parseCitationWords(citationTokens(s))
	if err != nil {
		return "", fmt.Errorf("invalid unit %q: %v; want a citation such as \"§ 3 ust. 1 pkt 8\", \"art. 5 ust. 2 lit. a\" or \"załącznik nr 2\", or an id such as \"par3.ust1.pkt8\"", s, err)
	}
	return id, nil
}

// citationTokens splits a citation into words, separating "§3" and "ust.1".
func citationTokens(s string) []string {
	s = strings.ReplaceAll(s, "§", " § ")
	s = strings.ReplaceAll(s, ".", ". ")
	s = strings.ReplaceAll(s, ")", " ")
	s = strings.ReplaceAll(s, ",", " ")
	return strings.Fields(strings.ToLower(s))
}

func parseCitationWords(toks []string) (string, error) {
	if len(toks) == 0 {
		return "", fmt.Errorf("empty")
	}
	id, depth := "", -1
	for i := 0; i < len(toks); i++ {
		if id == string(Preamble) || strings.HasPrefix(id, string(Annex)) {
			return "", fmt.Errorf("%q: a preamble or an annex has no units below it", toks[i])
		}
		word, double := toks[i], false
		if word == "podwójne" && i+1 < len(toks) && toks[i+1] == "tiret" {
			double, i = true, i+1
			word = toks[i]
		}
		if word == "wstęp" || word == "preambuła" || word == "wstep" || word == "preambula" {
			if id != "" {
				return "", fmt.Errorf("%q stands only at the top", word)
			}
			id, depth = string(Preamble), 0
			continue
		}
		k, ok := citationWords[word]
		if !ok {
			return "", fmt.Errorf("%q is not a unit word (art., §, ust., pkt, lit., tiret, załącznik, wstęp)", toks[i])
		}
		if k == Annex && i+1 < len(toks) && toks[i+1] == "nr" {
			i++
		} else if k == Annex && !numberedAnnex(toks[i+1:]) {
			if id != "" {
				return "", fmt.Errorf("%q stands only at the top", word)
			}
			id, depth = string(Annex), 0
			continue
		}
		if i+1 >= len(toks) {
			return "", fmt.Errorf("%q has no number", word)
		}
		i++
		label := labelOfID(strings.TrimSuffix(toks[i], "."))
		if k == Tiret {
			label = tiretNumber(label)
		}
		if double {
			k = DoubleTiret
		}
		d := citationDepth(k, id)
		if d <= depth {
			return "", fmt.Errorf("%q cannot stand below the unit before it", word+" "+toks[i])
		}
		if !validLabel(k, label) {
			return "", fmt.Errorf("%q is not a valid label for %s", toks[i], word)
		}
		depth = d
		id = childID(id, k, label)
	}
	return id, nil
}

// numberedAnnex reports whether the words after "załącznik" give its
// number: "nr 2" does, and so does a word that names no unit, often "2"
// alone ("załącznik 2", "zał. 2"), which must then be a number. Nothing
// after it, or a unit word, names an act's only annex, unnumbered.
func numberedAnnex(rest []string) bool {
	if len(rest) == 0 {
		return false
	}
	_, unitWord := citationWords[rest[0]]
	return !unitWord
}

// kindDepth orders kinds from the top down.
var kindDepth = map[Kind]int{Article: 0, Paragraph: 0, Preamble: 0, Annex: 0, Section: 1, Point: 2, Letter: 3, Tiret: 4, DoubleTiret: 5}

// citationDepth is k's depth; a § inside an article (as in codes) stands
// where an ustęp would.
func citationDepth(k Kind, parentID string) int {
	if k == Paragraph && strings.HasPrefix(parentID, "art") {
		return kindDepth[Section]
	}
	return kindDepth[k]
}

// tiretNumber turns an ordinal word such as "pierwsze" into "1"; anything
// else is returned as it is.
func tiretNumber(word string) string {
	for i, w := range tiretOrdinals {
		if word == w {
			return fmt.Sprint(i + 1)
		}
	}
	return word
}

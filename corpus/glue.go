package corpus

import (
	"regexp"
	"strings"
)

// reStatusGlued is the body of a unit without force followed by more text
// on its line: "1a. (uchylony) 1b. W przypadku …", "Art. 126–147.
// (pominięte) Art. 148. …" — two units that a PDF copy glued together.
var reStatusGlued = regexp.MustCompile(`\((?i:uchylon[yaeo]|pominięt[yaeo]|utraci(?:ł|ła|ło|ły) moc|wygas(?:ł|ła|ło|ły)|skreślon[yaeo])\)[.;,]?\s+`)

// splitGlued splits a line that holds two units a PDF copy glued
// together, into one line each: a unit without force followed by the
// marker of the next unit or grouping, or a unit followed by its next
// sibling ("1. Renta … Społecznych. 2. Podwyższenia …", "9) świadczenia …,
// 10) porada …").
func splitGlued(l line) []line {
	cut := -1
	if strings.IndexByte(l.text, '(') >= 0 {
		for _, loc := range reStatusGlued.FindAllStringIndex(l.text, -1) {
			if loc[1] >= len(l.text) {
				continue
			}
			if k := classify(l.text[loc[1]:]).kind; k == unitLine || k == groupLine {
				cut = loc[1]
				break
			}
		}
	}
	if cut < 0 {
		cut = gluedSibling(l.text)
	}
	if cut < 0 {
		return []line{l}
	}
	first, second := cutLine(l, cut)
	return append([]line{first}, splitGlued(second)...)
}

// cutLine cuts l at byte cut into the text before it, without the spaces
// that end it, and the text from it on, each with its footnote markers.
// The first keeps l's hint.
func cutLine(l line, cut int) (first, second line) {
	first = line{text: strings.TrimRight(l.text[:cut], " "), pos: l.pos, hint: l.hint, rewritten: l.rewritten}
	second = line{text: l.text[cut:], pos: l.at(cut), rewritten: l.rewritten}
	for _, m := range l.markers {
		if m.Offset <= len(first.text) {
			first.markers = append(first.markers, m)
		} else {
			m.Offset -= cut
			second.markers = append(second.markers, m)
		}
	}
	return first, second
}

var (
	// reGluedSection is a sentence's end and then the label of an ustęp
	// or paragraph that starts a sentence: "Społecznych. 2. Podwyższenia".
	reGluedSection = regexp.MustCompile(`(\p{L}{2,}|\d+|[)”%])\.\s+((?:§\s*)?\d+[a-z]*)\.\s+[\p{Lu}„(]`)
	// reGluedItem is the end of a point or letter and then the label of
	// the next: "dzieci i młodzieży, 10) porada".
	reGluedItem = regexp.MustCompile(`[,;]\s+(\d+[a-z]*|[a-z]{1,3})\)\s+\S`)
	// abbreviations end in a period that ends no sentence.
	abbreviations = map[string]bool{"art": true, "ust": true, "pkt": true, "lit": true, "poz": true, "nr": true,
		"zm": true, "późn": true, "tj": true, "Nr": true, "Dz": true, "U": true, "Urz": true, "str": true, "godz": true, "tzw": true, "np": true}
)

// gluedSibling returns where in s, a line that opens a unit, the next
// sibling of that unit starts, glued to it, or -1. Only the sibling's
// label that comes next in order counts ("2" or "1a" after "1"), after the
// end of a sentence for an ustęp or a paragraph, after a comma or a
// semicolon for a point or a letter.
func gluedSibling(s string) int {
	c := classify(s)
	if c.kind != unitLine || c.labelTo != "" {
		return -1
	}
	kind, label, rest := c.unit, c.label, c.rest
	if kind == Article || kind == Paragraph {
		// "Art. 6. 1. Renta …": the ustęp inline after the article's label.
		if in := classify(s[rest:]); in.kind == unitLine && (in.unit == Section || in.unit == Paragraph && kind == Article) && in.labelTo == "" {
			kind, label, rest = in.unit, in.label, rest+in.rest
		} else if kind == Article {
			return -1
		}
	}
	re := reGluedSection
	if kind == Point || kind == Letter {
		re = reGluedItem
	}
	if !mayGlue(s[rest:], re == reGluedItem) {
		return -1
	}
	for _, m := range re.FindAllStringSubmatchIndex(s[rest:], -1) {
		next := s[rest:][m[len(m)-2]:m[len(m)-1]]
		if re == reGluedSection {
			if abbreviations[s[rest:][m[2]:m[3]]] {
				continue
			}
			hasPar := strings.HasPrefix(next, "§")
			if hasPar != (kind == Paragraph) {
				continue
			}
			next = strings.TrimSpace(strings.TrimPrefix(next, "§"))
		}
		if !followsInOrder(kind, label, next) {
			continue
		}
		cut := rest + m[len(m)-2]
		if re == reGluedSection && kind == Paragraph {
			cut = rest + strings.LastIndex(s[rest:rest+m[len(m)-2]], "§")
		}
		return cut
	}
	return -1
}

// mayGlue reports whether s has what a glued sibling needs, which is rare:
// ". " and a label closed by ". " (an ustęp, a paragraph: "kwoty. 2. Pod"),
// or ", " or "; " and a label closed by ") " (a point, a letter). It spares
// the regular expressions most lines.
func mayGlue(s string, item bool) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i+1] != ' ' || !(item && (s[i] == ',' || s[i] == ';') || !item && s[i] == '.') {
			continue
		}
		j := i + 2
		if !item && strings.HasPrefix(s[j:], "§") {
			j = skipSpaces(s, j+len("§"))
		}
		start := j
		for j < len(s) && j < start+6 && (isDigit(s[j]) || s[j] >= 'a' && s[j] <= 'z') {
			j++
		}
		end := byte('.')
		if item {
			end = ')'
		}
		if j > start && j+1 < len(s) && s[j] == end && s[j+1] == ' ' && (item || isDigit(s[start])) {
			return true
		}
	}
	return false
}

func skipSpaces(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// followsInOrder reports whether next is the label that may come right
// after label among units of kind k: "2" or "1a" after "1", "1b" or "2"
// after "1a", "b" after "a".
func followsInOrder(k Kind, label, next string) bool {
	if k == Letter {
		return len(label) == 1 && len(next) == 1 && next[0] == label[0]+1 ||
			len(next) == len(label)+1 && strings.HasPrefix(next, label) && next[len(next)-1] == 'a'
	}
	n, letters, sup := splitLabel(label)
	nn, nletters, nsup := splitLabel(next)
	switch {
	case n < 0 || nn < 0 || sup != "" || nsup != "":
		return false
	case nn == n+1:
		return nletters == ""
	case nn != n:
		return false
	case letters == "":
		return nletters == "a"
	}
	return len(nletters) == len(letters) && nletters[:len(letters)-1] == letters[:len(letters)-1] &&
		nletters[len(nletters)-1] == letters[len(letters)-1]+1 ||
		nletters == letters+"a"
}

package corpus

import (
	"strings"
	"unicode"
)

// maxIDLen bounds an act id made from a title (ids are at most 100
// characters): long enough to tell acts of one day apart.
const maxIDLen = 100

// idStopWords do not end an id cut short.
var idStopWords = map[string]bool{"i": true, "oraz": true, "w": true, "z": true, "o": true, "do": true, "na": true, "dla": true, "ich": true, "lub": true, "albo": true, "od": true, "po": true, "przez": true, "a": true}

// asciiFold spells the Polish letters in ASCII, for ids.
var asciiFold = strings.NewReplacer("ą", "a", "ć", "c", "ę", "e", "ł", "l", "ń", "n", "ó", "o", "ś", "s", "ź", "z", "ż", "z",
	"Ą", "a", "Ć", "c", "Ę", "e", "Ł", "l", "Ń", "n", "Ó", "o", "Ś", "s", "Ź", "z", "Ż", "z")

// ActIDFor returns an id that reads well for an act of the given type,
// date and title: "ustawa-2010-08-12-o-wspieraniu-przedsiebiorcow-…",
// "rozporzadzenie-2017-12-22-stypendium-aplikantow-…". The title's words
// after its date make the rest, without "w sprawie", cut at a word to at
// most 100 characters. It returns "" when the act has no type or date.
func ActIDFor(info ActInfo) string {
	if info.Type == "" || info.Date.IsZero() {
		return ""
	}
	words := []string{slugWords(info.Type), info.Date.String()}
	subject := info.Title
	if i := strings.Index(subject, " r. "); i >= 0 && strings.Contains(subject[:i], "z dnia") {
		subject = subject[i+len(" r. "):]
	}
	subject = strings.TrimPrefix(subject, "w sprawie ")
	id := strings.Join(words, "-")
	for _, w := range strings.Split(slugWords(subject), "-") {
		if w == "" {
			continue
		}
		if len(id)+1+len(w) > maxIDLen {
			for i := strings.LastIndexByte(id, '-'); i > 0 && idStopWords[id[i+1:]]; i = strings.LastIndexByte(id, '-') {
				id = id[:i]
			}
			break
		}
		id += "-" + w
	}
	return id
}

// slugWords writes s in lower-case ASCII words joined by "-".
func slugWords(s string) string {
	s = strings.ToLower(asciiFold.Replace(s))
	var b strings.Builder
	dash := true
	for _, r := range s {
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
			dash = false
		} else if !dash {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

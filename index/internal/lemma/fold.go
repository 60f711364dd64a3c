package lemma

import (
	"strings"
	"unicode"
)

// folds maps letters with diacritics to their base letters: the Polish ones,
// and the Latin letters that foreign names in Polish law carry.
var folds = map[rune]rune{
	'ą': 'a', 'ć': 'c', 'ę': 'e', 'ł': 'l', 'ń': 'n', 'ó': 'o', 'ś': 's', 'ź': 'z', 'ż': 'z',
	'á': 'a', 'à': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'å': 'a', 'ç': 'c', 'č': 'c', 'ď': 'd',
	'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e', 'ě': 'e', 'í': 'i', 'ì': 'i', 'î': 'i', 'ï': 'i',
	'ľ': 'l', 'ĺ': 'l', 'ň': 'n', 'ñ': 'n', 'ô': 'o', 'ö': 'o', 'õ': 'o', 'ő': 'o', 'ŕ': 'r',
	'ř': 'r', 'š': 's', 'ş': 's', 'ť': 't', 'ţ': 't', 'ú': 'u', 'ù': 'u', 'û': 'u', 'ü': 'u',
	'ů': 'u', 'ű': 'u', 'ý': 'y', 'ÿ': 'y', 'ž': 'z', 'ß': 's',
}

// Fold returns s in lower case with diacritics removed: "Placówkę" gives
// "placowke". Table keys and lemmas are folded, so that a query typed
// without Polish letters finds the text written with them.
func Fold(s string) string {
	return strings.Map(func(r rune) rune {
		r = unicode.ToLower(r)
		if f, ok := folds[r]; ok {
			return f
		}
		return r
	}, s)
}

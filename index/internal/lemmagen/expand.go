package main

import (
	"strings"

	"lexdiff/index/internal/lemma"
)

// expand appends to pairs every form of e with its lemma. A form made with a
// prefix ("nie" + "publiczny") keeps the prefix in its lemma
// ("niepubliczny"): the prefix changes the meaning, and a search for
// "publiczna" must not find "niepubliczna".
func expand(pairs []lemma.Pair, e entry, classes map[rune]*affixClass) []lemma.Pair {
	add := func(form, lem string) {
		pairs = append(pairs, lemma.Pair{Form: lemma.Fold(form), Lemma: lemma.Fold(lem)})
	}
	add(e.word, e.word)
	var prefixes, suffixes []*affixClass
	for _, f := range e.flags {
		if c, ok := classes[f]; ok {
			if c.prefix {
				prefixes = append(prefixes, c)
			} else {
				suffixes = append(suffixes, c)
			}
		}
	}
	for _, s := range suffixes {
		for _, r := range s.rules {
			form, ok := applySuffix(e.word, r)
			if !ok {
				continue
			}
			add(form, e.word)
			for _, p := range prefixes {
				if !p.cross || !s.cross {
					continue
				}
				for _, pr := range p.rules {
					if pf, ok := applyPrefix(form, pr); ok {
						pl, _ := applyPrefix(e.word, pr)
						add(pf, pl)
					}
				}
			}
		}
	}
	for _, p := range prefixes {
		for _, r := range p.rules {
			if form, ok := applyPrefix(e.word, r); ok {
				add(form, form)
			}
		}
	}
	return pairs
}

func applySuffix(w string, a affix) (string, bool) {
	rs := []rune(w)
	if len(a.cond) > len(rs) || !strings.HasSuffix(w, a.strip) {
		return "", false
	}
	tail := rs[len(rs)-len(a.cond):]
	for i, c := range a.cond {
		if !c.match(tail[i]) {
			return "", false
		}
	}
	return strings.TrimSuffix(w, a.strip) + a.add, true
}

func applyPrefix(w string, a affix) (string, bool) {
	rs := []rune(w)
	if len(a.cond) > len(rs) || !strings.HasPrefix(w, a.strip) {
		return "", false
	}
	for i, c := range a.cond {
		if !c.match(rs[i]) {
			return "", false
		}
	}
	return a.add + strings.TrimPrefix(w, a.strip), true
}

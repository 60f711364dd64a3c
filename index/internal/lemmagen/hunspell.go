package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// An affix is one rule of a Hunspell PFX or SFX class: remove strip from the
// word's start (prefix) or end (suffix), add add, if the word matches cond.
type affix struct {
	strip, add string
	cond       []charSet // one set per character, matched at the word's end (suffix) or start (prefix)
}

// An affixClass is the set of rules named by one flag.
type affixClass struct {
	prefix bool
	cross  bool // may combine with a class of the other side
	rules  []affix
}

// A charSet is one position of a condition: "." or a letter or "[...]"/"[^...]".
type charSet struct {
	any, negate bool
	chars       string
}

func (c charSet) match(r rune) bool {
	if c.any {
		return true
	}
	return strings.ContainsRune(c.chars, r) != c.negate
}

// An entry is one line of the dictionary: a word and its affix flags.
type entry struct {
	word  string
	flags string
}

// readAffixes reads the PFX and SFX classes of an .aff file, by flag.
func readAffixes(path string) (map[rune]*affixClass, error) {
	lines, err := readLatin2Lines(path)
	if err != nil {
		return nil, err
	}
	classes := map[rune]*affixClass{}
	for n, line := range lines {
		f := strings.Fields(line)
		if len(f) < 4 || (f[0] != "PFX" && f[0] != "SFX") {
			continue
		}
		flag := []rune(f[1])[0]
		c, ok := classes[flag]
		if !ok {
			classes[flag] = &affixClass{prefix: f[0] == "PFX", cross: f[2] == "Y"}
			continue
		}
		if len(f) < 5 {
			return nil, fmt.Errorf("%s:%d: want FLAG STRIP ADD CONDITION", path, n+1)
		}
		a := affix{strip: zero(f[2]), add: zero(strings.SplitN(f[3], "/", 2)[0]), cond: parseCond(f[4])}
		c.rules = append(c.rules, a)
	}
	return classes, nil
}

func zero(s string) string {
	if s == "0" {
		return ""
	}
	return s
}

func parseCond(s string) []charSet {
	var sets []charSet
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		switch {
		case rs[i] == '.':
			sets = append(sets, charSet{any: true})
		case rs[i] == '[':
			j := i + 1
			for j < len(rs) && rs[j] != ']' {
				j++
			}
			body := string(rs[i+1 : j])
			cs := charSet{chars: strings.TrimPrefix(body, "^"), negate: strings.HasPrefix(body, "^")}
			sets = append(sets, cs)
			i = j
		default:
			sets = append(sets, charSet{chars: string(rs[i])})
		}
	}
	return sets
}

// readDic reads the entries of a .dic file (its first line is a count).
func readDic(path string) ([]entry, error) {
	lines, err := readLatin2Lines(path)
	if err != nil {
		return nil, err
	}
	var es []entry
	for _, line := range lines[1:] {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		w, flags, _ := strings.Cut(line, "/")
		es = append(es, entry{word: w, flags: flags})
	}
	return es, nil
}

// latin2 holds the ISO-8859-2 characters 0xA0–0xFF.
var latin2 = []rune("\u00a0Ą˘Ł¤ĽŚ§¨ŠŞŤŹ\u00adŽŻ°ą˛ł´ľśˇ¸šşťź˝žżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙")

func readLatin2Lines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lines = append(lines, decodeLatin2(sc.Bytes()))
	}
	return lines, sc.Err()
}

func decodeLatin2(b []byte) string {
	rs := make([]rune, len(b))
	for i, c := range b {
		if c >= 0xA0 {
			rs[i] = latin2[c-0xA0]
		} else {
			rs[i] = rune(c)
		}
	}
	return string(rs)
}

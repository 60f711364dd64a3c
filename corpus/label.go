package corpus

import (
	"strconv"
	"strings"
)

// compareLabels orders unit labels as the law numbers them: "2" < "2a" <
// "2b" < "3" < "10", "4" < "4¹" < "4²" < "4¹⁰", "01" < "1" (a unit
// inserted before the first), and for litery "b" < "ba" < "c". A label may also be given in its id form ("4_1"). It returns -1,
// 0 or 1.
func compareLabels(a, b string) int {
	an, as, asup := splitLabel(a)
	bn, bs, bsup := splitLabel(b)
	switch az, bz := leadingZeros(a), leadingZeros(b); {
	case az != bz:
		return cmpInt(bz, az) // "01", inserted before "1", comes first
	case an != bn:
		return cmpInt(an, bn)
	case as != bs:
		return strings.Compare(as, bs)
	}
	switch {
	case asup == bsup:
		return 0
	case asup == "":
		return -1
	case bsup == "":
		return 1
	}
	return compareLabels(asup, bsup)
}

// leadingZeros counts the zeros a label's number starts with, when more
// digits follow: a unit inserted before the first is numbered "01" (and
// before that "001").
func leadingZeros(l string) int {
	n := 0
	for n+1 < len(l) && l[n] == '0' && l[n+1] >= '0' && l[n+1] <= '9' {
		n++
	}
	return n
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// splitLabel splits "12ab" into 12 and "ab", and "4¹⁰" (or "4_10") into 4,
// "" and "10" (the superscript, itself a label: "99²ᵃ" has "2a"). A label
// with no digits has number -1, so it compares by its letters.
func splitLabel(l string) (int, string, string) {
	l = labelID(l)
	sup := ""
	if i := strings.IndexByte(l, '_'); i >= 0 {
		sup = l[i+1:]
		l = l[:i]
	}
	i := 0
	for i < len(l) && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	if i == 0 {
		return -1, l, sup
	}
	n, err := strconv.Atoi(l[:i])
	if err != nil {
		return -1, l, sup
	}
	return n, l[i:], sup
}

// compareIDs orders unit ids segment by segment in document order: the
// preamble first, then the articles or paragraphs, then the annexes.
func compareIDs(a, b string) int {
	for {
		sa, restA, moreA := strings.Cut(a, ".")
		sb, restB, moreB := strings.Cut(b, ".")
		if sa != sb {
			if ra, rb := topRank(sa), topRank(sb); ra != rb {
				return ra - rb
			}
			if len(sa) < 3 || len(sb) < 3 || sa[:3] != sb[:3] {
				return strings.Compare(sa, sb)
			}
			return compareLabels(sa[3:], sb[3:])
		}
		switch {
		case moreA && moreB:
			a, b = restA, restB
		case moreA:
			return 1
		case moreB:
			return -1
		default:
			return 0
		}
	}
}

// topRank places a top-level segment in an act: preamble, provisions,
// annexes.
func topRank(seg string) int {
	switch {
	case seg == string(Preamble):
		return 0
	case strings.HasPrefix(seg, string(Annex)):
		return 2
	}
	return 1
}

// CompareLabels orders unit labels as the law numbers them: "2" < "2a" <
// "2b" < "3" < "10", and for litery "b" < "ba" < "c". It returns -1, 0 or 1.
func CompareLabels(a, b string) int { return compareLabels(a, b) }

// CompareIDs orders unit ids of one act in document order: the preamble,
// the articles or paragraphs as numbered ("art2" < "art2a" < "art10"),
// each before the units under it, then the annexes. It returns a negative
// number, zero or a positive one.
func CompareIDs(a, b string) int { return compareIDs(a, b) }

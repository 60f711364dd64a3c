package corpus

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

var (
	reAmendKind = []struct {
		re   *regexp.Regexp
		kind AmendmentKind
	}{
		{regexp.MustCompile(`(?i)w\s+brzmieniu\s+ustalonym\s+przez\s+`), WordingSet},
		{regexp.MustCompile(`(?i)\bdodan[yaeo]\s+przez\s+`), Added},
		{regexp.MustCompile(`(?i)\buchylon[yaeo]\s+przez\s+`), Removed},
		{regexp.MustCompile(`(?i)\bzmienion[yaeo]\s+przez\s+`), Changed},
	}
	// reProvision is the amending provision at the start of the rest of a
	// note: "§ 1 pkt 1 lit. a)", "art. 2 pkt 3".
	reProvision = regexp.MustCompile(`^(?:(?:art\.|§)\s*\d+[a-z]*)(?:\s+(?:§|ust\.|pkt|lit\.)\s*[0-9a-z]+\)?)*\s+`)
	reActDate   = regexp.MustCompile(`z\s+dnia\s+(\d{1,2})\s+(\p{L}+)\s+(\d{4})\s*r\.`)
	reInForce   = regexp.MustCompile(`(?i)wesz(?:ła|ło|ły|edł)\s+w\s+życie\s+(?:z\s+dniem\s+)?(\d{1,2})\s+(\p{L}+)\s+(\d{4})\s*r\.`)
)

// monthsGenitive are the month names as a Polish date writes them.
var monthsGenitive = map[string]time.Month{
	"stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
	"lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
}

// parseAmendment reads an amendment note ("§ 3 ust. 1 pkt 8 w brzmieniu
// ustalonym przez § 1 pkt 1 lit. a) rozporządzenia … (Dz.U. poz. 1557).
// Zmiana weszła w życie 1 września 2019 r."). It returns nil for a note that
// is not an amendment note: an editorial note.
func parseAmendment(body string) *Amendment {
	for _, k := range reAmendKind {
		loc := k.re.FindStringIndex(body)
		if loc == nil {
			continue
		}
		a := &Amendment{Kind: k.kind}
		rest := body[loc[1]:]
		if m := reProvision.FindString(rest); m != "" {
			a.Provision = strings.TrimSpace(m)
			rest = rest[len(m):]
		}
		actEnd := len(rest)
		if refs := FindPubRefs(rest); len(refs) > 0 {
			ref := refs[0]
			actEnd = ref.Start
			if y := polishDate(reActDate, "dnia", rest[:ref.Start]); !y.IsZero() {
				ref = ref.WithYear(y.Year())
			}
			a.Ref = &ref
		}
		a.Act = strings.TrimRight(strings.TrimSpace(rest[:actEnd]), "( ")
		a.InForce = polishDate(reInForce, "życie", body)
		return a
	}
	return nil
}

// polishDate finds a date written "7 sierpnia 2019 r." by re (whose three
// groups are day, month name and year) in s. anchor is a word every match
// holds: re runs only from a little before it, since notes are long.
func polishDate(re *regexp.Regexp, anchor, s string) Date {
	i := strings.Index(s, anchor)
	if i < 0 {
		return 0
	}
	m := re.FindStringSubmatch(s[max(0, i-16):])
	if m == nil {
		return 0
	}
	month, ok := monthsGenitive[strings.ToLower(m[2])]
	if !ok {
		return 0
	}
	d, err := ParseDate(fmt.Sprintf("%04d-%02d-%02d", atoi(m[3]), month, atoi(m[1])))
	if err != nil {
		return 0
	}
	return d
}

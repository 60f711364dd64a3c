package amend

import (
	"fmt"
	"regexp"
	"strings"

	"lexdiff/corpus"
)

// reProvisionLabel opens a provision of the amending act: "§ 1.", "Art. 2.".
var reProvisionLabel = regexp.MustCompile(`^(§|Art\.)\s*(\d+[a-z]*)\.(?:\s|$)`)

// The markers that open an item of a provision's own structure, at the
// start of a line outside any quotation.
var (
	reItemSection = regexp.MustCompile(`^(\d+[a-z]*)\.\s`)
	reItemPoint   = regexp.MustCompile(`^(\d+[a-z]*)\)(?:\s|$)`)
	reItemLetter  = regexp.MustCompile(`^([a-z]{1,3})\)(?:\s|$)`)
	reItemDouble  = regexp.MustCompile(`^[–-]\s*[–-](?:\s|$)`)
	reItemTiret   = regexp.MustCompile(`^[–-](?:\s|$)`)
)

// itemDepth orders the kinds of items from the provision down.
var itemDepth = map[corpus.Kind]int{corpus.Section: 1, corpus.Point: 2, corpus.Letter: 3, corpus.Tiret: 4, corpus.DoubleTiret: 5}

// An item is a provision of the amending act or a unit inside it (ustęp,
// point, letter, tiret), with its own text — the words before its first
// sub-item, quotations included — and its sub-items.
type item struct {
	id         string // in the amending act: "par1.pkt1.lita"
	kind       corpus.Kind
	src        *source
	start, end int // its own text: src.text[start:end]
	children   []*item
}

// lastEnd returns where the item's text ends, with its sub-items'.
func (it *item) lastEnd() int {
	for len(it.children) > 0 {
		it = it.children[len(it.children)-1]
	}
	return it.end
}

// citation is the item's citation: "§ 1 pkt 1 lit. a".
func (it *item) citation() string { return corpus.CitationOf(it.id) }

// splitProvisions splits an act's body into its provisions, each an item
// holding its sub-items. The lines before the first provision (the title
// block) are left out.
func splitProvisions(body []Line) []*item {
	var provs []*item
	var q quoteDepth
	first := -1
	flush := func(end int) {
		if first >= 0 {
			provs = append(provs, newProvision(body[first:end]))
		}
	}
	for i, l := range body {
		t := strings.TrimSpace(l.Text)
		if q.open() == 0 && reProvisionLabel.MatchString(t) {
			flush(i)
			first = i
		}
		q.scan(t)
	}
	flush(len(body))
	return provs
}

// newProvision reads the lines of one provision, the first opening with
// its label, into an item tree.
func newProvision(lines []Line) *item {
	src := newSource(lines)
	lead := len(src.text) - len(strings.TrimLeft(src.text, " \t"))
	m := reProvisionLabel.FindStringSubmatch(src.text[lead:])
	kind := corpus.Paragraph
	if m[1] != "§" {
		kind = corpus.Article
	}
	root := &item{id: string(kind) + m[2], kind: kind, src: src, start: lead + len(m[0]), end: len(src.text)}
	splitItems(root)
	return root
}

// splitItems finds the sub-items of a provision: lines outside quotations
// that open with an item marker. An item's own text runs to the start of
// the next item, whatever its depth.
func splitItems(root *item) {
	src := root.src
	type frame struct {
		it    *item
		depth int
		tir   int // tirets opened under it so far
	}
	stack := []*frame{{it: root}}
	last := root
	var q quoteDepth
	for i := src.line(root.start); i < len(src.starts); i++ {
		from := max(src.starts[i], root.start)
		line := src.text[from:src.lineEnd(i)]
		trimmed := strings.TrimLeft(line, " \t")
		if q.open() == 0 {
			if kind, label, n := itemMarker(trimmed, len(stack) == 1); n > 0 {
				depth := itemDepth[kind]
				for len(stack) > 1 && stack[len(stack)-1].depth >= depth {
					stack = stack[:len(stack)-1]
				}
				parent := stack[len(stack)-1]
				if kind == corpus.Tiret || kind == corpus.DoubleTiret {
					parent.tir++
					label = fmt.Sprint(parent.tir)
				}
				at := from + len(line) - len(trimmed)
				last.end = at
				it := &item{id: unitID(parent.it.id, kind, label), kind: kind, src: src, start: at + n, end: len(src.text)}
				parent.it.children = append(parent.it.children, it)
				stack = append(stack, &frame{it: it, depth: depth})
				last = it
			}
		}
		q.scan(line)
	}
}

// itemMarker returns the kind and label of the item that s opens, and the
// length of its marker; n is 0 when s opens none. An ustęp opens only
// directly in the provision.
func itemMarker(s string, top bool) (kind corpus.Kind, label string, n int) {
	if top {
		if m := reItemSection.FindStringSubmatch(s); m != nil {
			return corpus.Section, m[1], len(m[0])
		}
	}
	if m := reItemPoint.FindStringSubmatch(s); m != nil {
		return corpus.Point, m[1], len(m[0])
	}
	if m := reItemLetter.FindStringSubmatch(s); m != nil {
		return corpus.Letter, m[1], len(m[0])
	}
	if m := reItemDouble.FindString(s); m != "" {
		return corpus.DoubleTiret, "", len(m)
	}
	if m := reItemTiret.FindString(s); m != "" {
		return corpus.Tiret, "", len(m)
	}
	return "", "", 0
}

// idPrefix is a kind's prefix in a unit id; both tiret kinds use "tir",
// an annex "zal".
func idPrefix(k corpus.Kind) string {
	switch k {
	case corpus.DoubleTiret:
		return string(corpus.Tiret)
	case kindAnnex:
		return string(corpus.Annex)
	}
	return string(k)
}

package server

import (
	"bytes"
	"html/template"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"lexdiff/corpus"
)

// An actText is the bulk of the act page: the top-level units in force,
// each after the headings of the groupings that open before it, and their
// table of contents. It is the same on every day the same versions are in
// force (the same state of the act), so it is assembled from the units'
// kept fragments once per state of the act and language, and kept, as
// keptPieces that the page writes in place of the marks its template
// prints. Ranging over the units in the template cost a reflective call
// per unit and field, and compressing the text anew cost more than all
// the rest of the page.
type actText struct {
	toc, text keptPiece
}

// The marks the act page's content prints where the table of contents
// and the text go. They start and end with NUL, which nothing else on the
// page can print (html/template and escapeHTML write it as U+FFFD, and
// normalizeURL as %00), so that writeKept finds a mark in one pass of
// IndexByte, where a "<" would stop it at every tag.
const (
	tocMark  template.HTML = "\x00act-toc\x00"
	textMark template.HTML = "\x00act-text\x00"
)

// textCacheBytes bounds the texts that the act pages keep, per corpus
// state.
const textCacheBytes = 32 << 20

// A textKey names an actText by what it prints: the act, the language, and
// the versions in force in order, each as its fragmentKey names it (the
// unit, its first day, whether its next wording is pending).
type textKey struct {
	act      string
	lang     lang
	versions string
}

// A textCache keeps the texts of the act pages printed last. Each state
// has its own (a swap starts afresh), as the fragments they are made of.
type textCache = sizedLRU[textKey, actText]

func newTextCache() *textCache {
	return newSizedLRU[textKey](textCacheBytes, func(t actText) int { return t.toc.size() + t.text.size() + 64 })
}

// actText returns the text of the act page of the versions vs, the
// top-level units in force (or the part of them in view), in l on today.
func (p *pages) actText(r *http.Request, l lang, act string, o *actOverview, vs []*corpus.Version, today corpus.Date) (actText, error) {
	var versions strings.Builder
	keys := make([]fragmentKey, len(vs))
	for i, ver := range vs {
		k := fragmentKeyOf(l, act, o, ver, today)
		keys[i] = k
		versions.WriteString(k.unit)
		versions.WriteByte(' ')
		versions.WriteString(strconv.Itoa(int(k.from)))
		if k.pending {
			versions.WriteByte('+')
		}
		versions.WriteByte(';')
	}
	key := textKey{act, l, versions.String()}
	cache := p.texts(r)
	if t, ok := cache.get(key); ok {
		return t, nil
	}
	t, err := p.assembleText(r, o, vs, keys)
	if err != nil {
		return actText{}, err
	}
	cache.put(key, t)
	return t, nil
}

// assembleText joins the kept fragments of the versions vs, named by keys
// (see unitFragments), into the text of the act page.
func (p *pages) assembleText(r *http.Request, o *actOverview, vs []*corpus.Version, keys []fragmentKey) (actText, error) {
	var text bytes.Buffer
	var toc bytes.Buffer
	var groups []string
	for i, ver := range vs {
		f, err := p.unitFragments(r, keys[i], o, ver)
		if err != nil {
			return actText{}, err
		}
		if i == 0 {
			toc.WriteString("\n    <ol>")
		}
		text.WriteString("\n    ")
		if !slices.Equal(f.groups, groups) {
			groups = f.groups
			text.WriteString(string(f.groupHeads))
			toc.WriteString(string(f.tocGroups))
		}
		text.WriteString("\n    ")
		text.WriteString(string(f.section))
		toc.WriteString("\n      ")
		toc.WriteString(string(f.toc))
	}
	if len(vs) > 0 {
		toc.WriteString("\n    </ol>")
	}
	return actText{toc: newKeptPiece(tocMark, toc.Bytes()), text: newKeptPiece(textMark, text.Bytes())}, nil
}

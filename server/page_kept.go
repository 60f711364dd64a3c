package server

import (
	"bytes"
	"html/template"
)

// A keptPiece is HTML that a page keeps made, and compressed besides
// (deflateAlone) with its CRC-32, to write in place of the mark the
// page's content prints for it: the page around it is all that is left
// to compress (and to sum) for a client that accepts gzip.
type keptPiece struct {
	mark template.HTML
	html []byte
	z    []byte
	sum  crcPart
}

func newKeptPiece(mark template.HTML, html []byte) keptPiece {
	html = bytes.Clone(html) // without the room a buffer grew
	return keptPiece{mark: mark, html: html, z: deflateAlone(html), sum: newCRCPart(html)}
}

func (k keptPiece) size() int { return len(k.html) + len(k.z) }

// A pageWriter writes a page of its own text and kept pieces: plainly, or
// gzipped (gzipStream).
type pageWriter interface {
	text(b []byte)
	kept(k keptPiece)
}

// plainPage writes a page as it is.
type plainPage struct{ *bytes.Buffer }

func (p plainPage) text(b []byte)    { p.Write(b) }
func (p plainPage) kept(k keptPiece) { p.Write(k.html) }

// gzipPage writes a page gzipped, its kept pieces as they were compressed,
// and its text between them compressed, but for a short run of it, which
// is stored: compressing it alone, in a block of its own
// between two pieces, would cost more to make its Huffman codes than to
// compress the whole page's runs, for a few dozen bytes saved.
type gzipPage struct{ *gzipStream }

// maxStoredText is the longest run of a page's text that a gzipped page
// stores rather than compresses.
const maxStoredText = 512

func (g gzipPage) text(b []byte) {
	if len(b) <= maxStoredText {
		g.stored(b)
	} else {
		g.gzipStream.text(b)
	}
}

func (g gzipPage) kept(k keptPiece) { g.piece(k.z, k.sum, len(k.html)) }

// writeKept writes page, the page as rendered, to b with the pieces kept
// in place of their marks, which page holds in the pieces' order; gzipped
// when gzipped is set. It reports whether it found every mark.
func writeKept(b *bytes.Buffer, page []byte, kept []keptPiece, gzipped bool) bool {
	var w pageWriter = plainPage{b}
	if gzipped {
		g := newGzipStream(b)
		defer g.close()
		w = gzipPage{g}
	}
	for _, k := range kept {
		i := bytes.Index(page, []byte(k.mark))
		if i < 0 {
			return false
		}
		w.text(page[:i])
		w.kept(k)
		page = page[i+len(k.mark):]
	}
	w.text(page)
	return true
}

package server

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"sync"

	"github.com/klauspost/compress/flate"
)

// A gzipStream writes one gzip member (RFC 1952) of text it compresses
// and of pieces compressed before, alone (deflateAlone): deflate blocks
// can follow one another whatever compressed them, as long as each
// starts on a byte and refers back only to bytes of its own run. So a
// page keeps its large pieces compressed and compresses only the rest.
type gzipStream struct {
	w     *bytes.Buffer // writes to it do not fail
	fw    *flate.Writer
	crc   uint32
	size  uint32 // of the text, modulo 2³²
	dirty bool   // fw holds text not flushed
}

// gzipHeader starts a gzip member: no name, no time, compressed fast
// (XFL 4), from an unknown system.
var gzipHeader = []byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 4, 255}

// flateWriters are the compressors of pieces and streams, reused.
var flateWriters = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.BestSpeed)
	return w
}}

// newGzipStream starts a gzip member on w; end it with close.
func newGzipStream(w *bytes.Buffer) *gzipStream {
	w.Write(gzipHeader)
	fw := flateWriters.Get().(*flate.Writer)
	fw.Reset(w)
	return &gzipStream{w: w, fw: fw}
}

// text compresses b into the stream.
func (g *gzipStream) text(b []byte) {
	if len(b) == 0 {
		return
	}
	g.sum(b)
	g.fw.Write(b)
	g.dirty = true
}

// piece writes a piece of n bytes compressed before, alone, into the
// stream as it is: z is its deflateAlone, sum its newCRCPart. What comes
// after is compressed afresh: it cannot refer back into the piece, which
// the compressor has not seen.
func (g *gzipStream) piece(z []byte, sum crcPart, n int) {
	g.flush()
	g.crc = sum.after(g.crc)
	g.size += uint32(n)
	g.w.Write(z)
	g.fw.Reset(g.w)
}

// stored writes b into the stream as it is, in stored blocks, which cost
// no Huffman codes to make. What comes after is compressed afresh, as
// after a piece.
func (g *gzipStream) stored(b []byte) {
	if len(b) == 0 {
		return
	}
	g.flush()
	g.sum(b)
	for {
		n := min(len(b), maxStoredBlock)
		g.w.Write([]byte{0, byte(n), byte(n >> 8), ^byte(n), ^byte(n >> 8)}) // not final, stored; LEN and NLEN
		g.w.Write(b[:n])
		b = b[n:]
		if len(b) == 0 {
			break
		}
	}
	g.fw.Reset(g.w)
}

// maxStoredBlock is the most bytes a stored deflate block holds.
const maxStoredBlock = 1<<16 - 1

// close ends the stream: a last, empty block, the text's CRC-32 and its
// size.
func (g *gzipStream) close() {
	g.flush()
	var tail [10]byte
	tail[0], tail[1] = 0x03, 0x00 // a final block of fixed codes holding nothing but its end
	binary.LittleEndian.PutUint32(tail[2:], g.crc)
	binary.LittleEndian.PutUint32(tail[6:], g.size)
	g.w.Write(tail[:])
	flateWriters.Put(g.fw)
	g.fw = nil
}

// flush ends the text compressed so far on a byte boundary.
func (g *gzipStream) flush() {
	if g.dirty {
		g.fw.Flush()
		g.dirty = false
	}
}

func (g *gzipStream) sum(b []byte) {
	g.crc = crc32.Update(g.crc, crc32.IEEETable, b)
	g.size += uint32(len(b))
}

// deflateAlone compresses b into deflate blocks that refer to nothing
// before b and end on a byte boundary, none of them final: a piece that
// a gzipStream can put between others.
func deflateAlone(b []byte) []byte {
	var buf bytes.Buffer
	fw := flateWriters.Get().(*flate.Writer)
	fw.Reset(&buf)
	fw.Write(b) // writes to a bytes.Buffer do not fail
	fw.Flush()
	flateWriters.Put(fw)
	return bytes.Clone(buf.Bytes())
}

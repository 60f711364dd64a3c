package server

import "hash/crc32"

// A crcPart is what a stream needs to add bytes to its CRC-32 (IEEE)
// without reading them again: their own CRC-32, and x to the power of
// their length in bits modulo the polynomial, by which the stream's sum
// is multiplied to put them after it (zlib's crc32_combine). A page can
// so sum a piece it keeps once, with the piece.
type crcPart struct {
	crc, shift uint32
}

func newCRCPart(b []byte) crcPart {
	return crcPart{crc: crc32.ChecksumIEEE(b), shift: crcShift(len(b))}
}

// after returns the CRC-32 of bytes whose CRC-32 is crc followed by p's.
func (p crcPart) after(crc uint32) uint32 {
	return crcMultiply(p.shift, crc) ^ p.crc
}

// crcPoly is the IEEE polynomial, bits reversed, as hash/crc32 has it.
const crcPoly = 0xedb88320

// crcMultiply returns a times b modulo crcPoly, bits reversed (the top bit
// is x⁰).
func crcMultiply(a, b uint32) uint32 {
	var p uint32
	for m := uint32(1) << 31; m != 0; m >>= 1 {
		if a&m != 0 {
			p ^= b
			if a&(m-1) == 0 {
				break
			}
		}
		if b&1 != 0 {
			b = b>>1 ^ crcPoly
		} else {
			b >>= 1
		}
	}
	return p
}

// crcPowers are x to the power 2ⁿ modulo crcPoly, n from 0 to 31: x to
// the power 2³² is x again (x's order divides 2³²-1), so they repeat.
var crcPowers = func() (t [32]uint32) {
	t[0] = 1 << 30 // x¹
	for n := 1; n < len(t); n++ {
		t[n] = crcMultiply(t[n-1], t[n-1])
	}
	return t
}()

// crcShift returns x to the power of n bytes' bits (8n) modulo crcPoly.
func crcShift(n int) uint32 {
	p := uint32(1) << 31 // x⁰
	for k := 3; n != 0; n, k = n>>1, k+1 {
		if n&1 != 0 {
			p = crcMultiply(crcPowers[k%32], p)
		}
	}
	return p
}

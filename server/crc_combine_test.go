package server

import (
	"hash/crc32"
	"strings"
	"testing"
)

// TestCRCPartAfter checks the CRC-32 of two texts combined (crcPart.after)
// against the CRC-32 of the two read one after the other, for lengths
// from none to tens of kilobytes.
func TestCRCPartAfter(t *testing.T) {
	text := strings.Repeat("Art. 1. Ustawa określa zasady <a href=\"#art1\">ochrony</a> danych. ", 3000)
	for _, la := range []int{0, 1, 7, 1000, 65537} {
		for _, lb := range []int{0, 1, 3, 8, 255, 4096, 70001} {
			a, b := text[:la], text[la:la+lb]
			want := crc32.ChecksumIEEE([]byte(a + b))
			if got := newCRCPart([]byte(b)).after(crc32.ChecksumIEEE([]byte(a))); got != want {
				t.Errorf("combining %d and %d bytes: %08x, want %08x", la, lb, got, want)
			}
		}
	}
}

package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"testing"
)

// TestGzipStream writes text and pieces compressed alone in every order
// (a piece first, last, two in a row, text between, nothing at all) and
// gunzips the stream with the standard library, which checks its CRC-32
// and size: it must give back the bytes in order.
func TestGzipStream(t *testing.T) {
	long := strings.Repeat(`<p class="text">Art. 1. Przepis w brzmieniu <a href="/acts/x?date=2020-01-01&amp;at=art1">zmienionym</a>.</p>`, 500)
	type part struct {
		b     string
		piece bool
	}
	cases := map[string][]part{
		"nothing":          nil,
		"text only":        {{long, false}},
		"piece only":       {{long, true}},
		"piece first":      {{long, true}, {"<p>ogon</p>", false}},
		"piece last":       {{"<p>głowa</p>", false}, {long, true}},
		"pieces in a row":  {{"<p>a</p>", false}, {long, true}, {long[:1000], true}, {"<p>b</p>", false}},
		"text around each": {{long, false}, {long, true}, {long, false}, {"x", true}, {long, false}},
		"empty piece":      {{"a", false}, {"", true}, {"b", false}},
	}
	for name, parts := range cases {
		t.Run(name, func(t *testing.T) {
			var out bytes.Buffer
			var want strings.Builder
			g := newGzipStream(&out)
			for _, p := range parts {
				want.WriteString(p.b)
				if p.piece {
					g.piece(deflateAlone([]byte(p.b)), newCRCPart([]byte(p.b)), len(p.b))
				} else {
					g.text([]byte(p.b))
				}
			}
			g.close()
			zr, err := gzip.NewReader(&out)
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(zr)
			if err != nil {
				t.Fatalf("gunzipping: %v", err)
			}
			if string(got) != want.String() {
				t.Errorf("gunzipped %d bytes, want %d:\n%.200q", len(got), want.Len(), got)
			}
		})
	}
}

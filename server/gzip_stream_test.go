package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"testing"
)

// TestGzipStream writes text, pieces compressed alone and text stored in
// every order (a piece first, last, two in a row, text between, nothing
// at all) and gunzips the stream with the standard library, which checks
// its CRC-32 and size: it must give back the bytes in order.
func TestGzipStream(t *testing.T) {
	long := strings.Repeat(`<p class="text">Art. 1. Przepis w brzmieniu <a href="/acts/x?date=2020-01-01&amp;at=art1">zmienionym</a>.</p>`, 500)
	const (
		text = iota
		piece
		stored
	)
	type part struct {
		b    string
		kind int
	}
	cases := map[string][]part{
		"nothing":          nil,
		"text only":        {{long, text}},
		"piece only":       {{long, piece}},
		"piece first":      {{long, piece}, {"<p>ogon</p>", text}},
		"piece last":       {{"<p>głowa</p>", text}, {long, piece}},
		"pieces in a row":  {{"<p>a</p>", text}, {long, piece}, {long[:1000], piece}, {"<p>b</p>", text}},
		"text around each": {{long, text}, {long, piece}, {long, text}, {"x", piece}, {long, text}},
		"empty piece":      {{"a", text}, {"", piece}, {"b", text}},
		"stored between":   {{long, text}, {"<p>a</p>", stored}, {long, piece}, {"<p>b</p>", stored}, {long, piece}, {"", stored}, {"c", text}},
		"stored only":      {{"<p>a</p>", stored}},
		"stored long":      {{"a", text}, {long + long, stored}, {"b", text}}, // more than one stored block holds
	}
	for name, parts := range cases {
		t.Run(name, func(t *testing.T) {
			var out bytes.Buffer
			var want strings.Builder
			g := newGzipStream(&out)
			for _, p := range parts {
				want.WriteString(p.b)
				switch p.kind {
				case piece:
					g.piece(deflateAlone([]byte(p.b)), newCRCPart([]byte(p.b)), len(p.b))
				case stored:
					g.stored([]byte(p.b))
				default:
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

// TestGzipPageStoresShortText checks that a gzipped page stores the short
// run of its text between its kept pieces, as it is, and
// compresses a long one, and that the page gunzips to what it printed.
func TestGzipPageStoresShortText(t *testing.T) {
	short := "</ol>\n    </details>\n  </nav>\n  <article class=\"act-text\" lang=\"pl\" aria-labelledby=\"inforce-h\">\n    " +
		`<p class="inforce wide-only" id="inforce-h" lang="pl">Tekst w brzmieniu z dnia 2020-01-01 · część art. 1–40 · <a href="/acts/x?date=2020-01-01&amp;at=art41">art. 41–80 →</a></p>`
	long := strings.Repeat(`<a class="change-mark" href="/acts/x/compare?from=2019-12-31&amp;to=2020-01-01">2020-01-01</a>`, 40)
	kept := []keptPiece{newKeptPiece(tocMark, []byte("<ol><li>art. 1</li>")), newKeptPiece(textMark, []byte("<section>Art. 1.</section>"))}
	page := long + string(tocMark) + short + string(textMark)
	var out bytes.Buffer
	if !writeKept(&out, []byte(page), kept, true) {
		t.Fatal("writeKept did not find the marks")
	}
	zr, err := gzip.NewReader(bytes.NewReader(out.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("gunzipping: %v", err)
	}
	if want := long + "<ol><li>art. 1</li>" + short + "<section>Art. 1.</section>"; string(got) != want {
		t.Errorf("gunzipped %q, want %q", got, want)
	}
	if !bytes.Contains(out.Bytes(), []byte(short)) {
		t.Errorf("the short run is not stored as it is")
	}
	if bytes.Contains(out.Bytes(), []byte(long[:200])) {
		t.Errorf("the long run is not compressed")
	}
}

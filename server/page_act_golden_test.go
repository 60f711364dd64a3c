package server

import (
	"bytes"
	"compress/gzip"
	"flag"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/corpustest"
	"lexdiff/corpus/embedded"
	"lexdiff/corpus/synth"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden act pages in testdata/actpage from what the server prints")

// TestActPageGolden prints act pages of real and generated acts, on dates
// before, between and after their changes, in both languages, a long act
// in parts among them, and compares each with the page kept in
// testdata/actpage (gzipped: a long act's part is hundreds of kB). The
// golden pages were printed by html/template ranging over every unit, the
// table of contents, the changes and the timeline's marks; the page
// assembled from kept pieces must print them byte for byte, and gzip
// them so that they gunzip to the same bytes.
func TestActPageGolden(t *testing.T) {
	real, err := embedded.Load()
	if err != nil {
		t.Fatal(err)
	}
	generated, err := synth.Acts(synth.Config{Acts: 2, Units: 30, Versions: 6, Kind: synth.Mixed, Seed: 1, Gaps: 0.05, UnitsPerChapter: 10})
	if err != nil {
		t.Fatal(err)
	}
	long, err := synth.Acts(synth.Config{Units: 150, Versions: 5, Seed: 1, UnitsPerChapter: 50})
	if err != nil {
		t.Fatal(err)
	}
	servers := []struct {
		name    string
		c       *corpus.Corpus
		targets []string
	}{
		{"real", real, []string{
			"/acts/du-2017-1399?date=2019-09-01",
			"/acts/du-2017-1399?date=2018-03-01&lang=en",
			"/acts/" + realAct + "?date=2026-03-01",
			"/acts/" + realAct + "?date=2026-03-01&lang=en",
			"/acts/" + realAct + "?date=2026-08-01",
			"/acts/ustawa-1980-01-31-o-godle-barwach-i-hymnie-rzeczypospolitej-polskiej-oraz-o-pieczeciach-panstwowych?date=2025-02-01",
		}},
		{"generated", corpustest.Corpus(t, generated...), []string{
			"/acts/" + generated[0].ID + "?date=" + generated[0].ChangeDates()[2].AddDays(10).String(),
			"/acts/" + generated[1].ID + "?date=" + generated[1].ChangeDates()[4].String() + "&lang=en",
		}},
		{"long", corpustest.Corpus(t, long...), []string{
			"/acts/" + long[0].ID + "?date=" + long[0].ChangeDates()[3].String(),
			"/acts/" + long[0].ID + "?date=" + long[0].ChangeDates()[1].String() + "&at=art120&lang=en",
		}},
	}
	for _, s := range servers {
		h := newPageServerAt(t, s.c, nil, realToday)
		for i, target := range s.targets {
			res, body := getPage(t, h, target)
			if res.StatusCode != 200 {
				t.Fatalf("%s: status %d", target, res.StatusCode)
			}
			checkGolden(t, filepath.Join("testdata", "actpage", s.name+"-"+string(rune('a'+i))+".html.gz"), target, body)
			if gzipped := getGzipped(t, h, target); gzipped != body {
				t.Errorf("%s: the gzipped page differs from the plain one", target)
			}
		}
	}
}

// getGzipped requests target as a client that accepts gzip does, and
// returns the body gunzipped (its CRC-32 and size checked): the act page
// gzips itself, putting in its text kept compressed.
func getGzipped(t *testing.T, h http.Handler, target string) string {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	req.Header.Set("Accept-Encoding", "gzip")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if got := rec.Header().Get("Content-Encoding"); got != "gzip" {
		t.Fatalf("%s: Content-Encoding %q, want gzip", target, got)
	}
	if got := rec.Header().Values("Vary"); !slices.Contains(got, "Accept-Encoding") {
		t.Errorf("%s: Vary %q lacks Accept-Encoding", target, got)
	}
	zr, err := gzip.NewReader(rec.Body)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("%s: gunzipping: %v", target, err)
	}
	return string(b)
}

// checkGolden compares the page printed for target with the gzipped
// golden file, or rewrites the file with -update. A mismatch names the
// first line that differs.
func checkGolden(t *testing.T, file, target, got string) {
	t.Helper()
	if *updateGolden {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(target + "\n" + got))
		zw.Close()
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	wantTarget, want, _ := strings.Cut(string(b), "\n")
	if wantTarget != target {
		t.Fatalf("%s holds the page of %s, not %s: run the test with -update", file, wantTarget, target)
	}
	if got == want {
		return
	}
	gotLines, wantLines := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range max(len(gotLines), len(wantLines)) {
		g, w := line(gotLines, i), line(wantLines, i)
		if g != w {
			t.Errorf("%s differs from %s at line %d:\n-want %q\n+got  %q", target, file, i+1, w, g)
			return
		}
	}
}

func line(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return "(end)"
}

package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParseDocument checks that the reader of dziennik-ustaw-md files never
// panics, that every non-blank line of a text it accepts ends up somewhere
// (a unit, a heading, the preamble, an annex, a footnote, the notice, the
// title, a signature, or a warning's remainder), and that every version it
// gives survives the on-disk format unchanged.
func FuzzParseDocument(f *testing.F) {
	for _, name := range []string{"DU-2025-301.md", "DU-2026-936.md", "DU-2025-1586.md", "DU-2025-1695.md"} {
		if data, err := os.ReadFile(filepath.Join("../../shared/realtexts", name)); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(notice + "##### § 1.\n\n[^1] 1. Tekst:\n\n1)[^1] a;\n\n1) b.\n\n## Załącznik nr 1\n\nTabela\n\n[^1]: " + amended + "\n"))
	f.Add([]byte("OBWIESZCZENIE\nz dnia 1 marca 2025 r.\nZałącznik do obwieszczenia (Dz. U. poz. 3)\nUSTAWA\nz dnia 1 lutego 2020 r.\no próbie\nArt. 1. „Art. 5. x\n2. y”.\nArt. 2–3. (uchylone) Art. 4. z\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d := diag{seen: map[int]bool{}}
		doc, err := parseDocument("fuzz.md", data, &d)
		if err != nil {
			return
		}
		for i, l := range strings.Split(string(data), "\n") {
			if strings.TrimSpace(normalizeSpaces(l)) != "" && !d.seen[i+1] {
				t.Errorf("line %d is lost: %q", i+1, l)
			}
		}
		for _, v := range doc.Versions {
			roundTrip(t, v)
		}
	})
}

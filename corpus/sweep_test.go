package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sweepDirs are folders of real dziennik-ustaw-md documents beside the
// repository; LEXDIFF_REAL_TEXTS adds more (separated as in PATH).
func sweepDirs() []string {
	dirs := []string{"../../shared/realtexts"}
	if env := os.Getenv("LEXDIFF_REAL_TEXTS"); env != "" {
		dirs = append(dirs, filepath.SplitList(env)...)
	}
	return dirs
}

// TestSweepRealDocuments reads every real document it finds: a document
// with units never fails, every non-blank line of it ends up somewhere,
// and every version survives the on-disk format. Only a document without
// a single unit (a government statement) may be refused, and for that.
func TestSweepRealDocuments(t *testing.T) {
	n := 0
	for _, dir := range sweepDirs() {
		files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
		for _, f := range files {
			if base := filepath.Base(f); base == "README.md" || base == "INDEX.md" {
				continue
			}
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			n++
			d := diag{seen: map[int]bool{}}
			doc, err := parseDocument(filepath.Base(f), data, &d)
			if err != nil {
				if !strings.Contains(err.Error(), "no unit found") || strings.Contains(string(data), "\n##### ") {
					t.Errorf("%s: %v", f, err)
				}
				continue
			}
			for i, l := range strings.Split(string(data), "\n") {
				if strings.TrimSpace(normalizeSpaces(l)) != "" && !d.seen[i+1] {
					t.Errorf("%s:%d is lost: %.80q", f, i+1, l)
				}
			}
			for _, v := range doc.Versions {
				roundTrip(t, v)
				if v.Range.To != 0 && v.Range.To < v.Range.From {
					t.Errorf("%s: %s has the range %s", f, v.Unit.ID, v.Range)
				}
			}
		}
	}
	if n == 0 {
		t.Skip("no real documents beside the repository")
	}
	t.Logf("%d documents", n)
}

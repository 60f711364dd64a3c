package amend

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDumpReal(t *testing.T) {
	paths, _ := filepath.Glob("/work/extra-texts/*.md")
	for _, name := range []string{"DU-2026-53.md", "DU-2025-1695.md", "DU-2025-969.md"} {
		paths = append(paths, realText(t, name))
	}
	for _, path := range paths {
		data, _ := os.ReadFile(path)
		if !strings.Contains(string(data), "\nrank: \"rozporządzenie\"") && !strings.Contains(string(data), "\nrank: \"ustawa\"") {
			continue
		}
		doc := mdDocument(t, path)
		am, err := Parse(doc)
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(path), err)
			continue
		}
		t.Logf("%s: in force %s, exceptions %v, annexes %d", filepath.Base(path), am.InForce, am.Exceptions, len(doc.Annexes))
		for _, op := range am.Operations {
			t.Logf("  %s [%s] %s", op, op.InForce, op.Act.Ref.ELI())
		}
	}
}

package amend

import "testing"

func TestDumpReal(t *testing.T) {
	for _, name := range []string{"DU-2026-53.md", "DU-2025-1695.md", "DU-2025-969.md", "/work/extra-texts/DU-2025-839.md", "/work/extra-texts/DU-2025-1523.md", "/work/extra-texts/DU-2026-391.md"} {
		path := name
		if name[0] != '/' {
			path = realText(t, name)
		}
		doc := mdDocument(t, path)
		am, err := Parse(doc)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		t.Logf("%s: in force %s, exceptions %v, annexes %d", name, am.InForce, am.Exceptions, len(doc.Annexes))
		for _, op := range am.Operations {
			t.Logf("  %s [%s] %s", op, op.InForce, op.Act.Ref.ELI())
		}
	}
}

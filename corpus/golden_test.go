package corpus

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden parses each test input and compares the model, as JSON, and
// its on-disk form with the golden files beside it. Run with -update after
// a deliberate change, and read the diff.
func TestGolden(t *testing.T) {
	plainRange := Range{From: MakeDate(2020, 4, 1)}
	inputs := []struct {
		name  string
		parse func([]byte) ([]*Version, error)
	}{
		{"portal-par3.txt", func(b []byte) ([]*Version, error) { return ParsePortal("portal-par3.txt", b, "") }},
		{"portal-variants.txt", func(b []byte) ([]*Version, error) { return ParsePortal("portal-variants.txt", b, "art. 12") }},
		{"plain-act.txt", func(b []byte) ([]*Version, error) {
			_, vs, err := ParsePlain("plain-act.txt", b, PlainOptions{Range: plainRange, Source: "Dz. U. z 2020 r. poz. 400"})
			return vs, err
		}},
	}
	for _, in := range inputs {
		t.Run(in.name, func(t *testing.T) {
			vs, err := in.parse(readTestdata(t, in.name))
			if err != nil {
				t.Fatal(err)
			}
			model, err := json.MarshalIndent(vs, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			var disk bytes.Buffer
			for _, v := range vs {
				disk.WriteString("==> " + versionPath(v) + "\n")
				disk.Write(FormatVersion(v))
			}
			base := filepath.Join("testdata", "golden", in.name)
			checkGolden(t, base+".json", append(model, '\n'))
			checkGolden(t, base+".disk", disk.Bytes())
		})
	}
}

func checkGolden(t *testing.T, file string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the parse (run go test ./corpus -run TestGolden -update and read the diff):\n%s", file, firstDiff(want, got))
	}
}

// firstDiff shows the first line where two texts differ.
func firstDiff(want, got []byte) string {
	w, g := bytes.Split(want, []byte("\n")), bytes.Split(got, []byte("\n"))
	for i := 0; i < len(w) && i < len(g); i++ {
		if !bytes.Equal(w[i], g[i]) {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, w[i], g[i])
		}
	}
	return "one is a prefix of the other"
}

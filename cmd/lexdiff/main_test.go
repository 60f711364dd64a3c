package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs lexdiff with args and returns its exit status and output.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), &env{stdout: &out, stderr: &errOut}, args)
	return code, out.String(), errOut.String()
}

// A cliCase is one run of lexdiff: its arguments, the exit status it must
// end with, and a piece of what it must print (on stdout when it answers,
// on stderr when it does not).
type cliCase struct {
	name string
	args []string
	code int
	out  string
}

func runCases(t *testing.T, cases []cliCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr: %s", code, tt.code, errOut)
			}
			got := out
			if tt.code != 0 {
				got = errOut
			}
			if !strings.Contains(got, tt.out) {
				t.Errorf("output lacks %q:\n%s", tt.out, got)
			}
		})
	}
}

func TestAt(t *testing.T) {
	runCases(t, []cliCase{
		{"before the amendment", []string{"at", "-act", "du-2017-1399", "-date", "2019-05-01", "§ 3 ust. 1 pkt 8"}, 0, "art. 50 ust. 3–7 ustawy.\n\nversion: 2017-07-24 – 2019-08-31  source: Dz. U. z 2017 r. poz. 1399"},
		{"after it, flags after the unit", []string{"at", "§3", "ust.1", "pkt", "8", "-act", "Dz.U. 2017 poz. 1399", "-date", "2019-09-01"}, 0, "art. 50 ust. 3 i 4–7 ustawy.\n\nversion: 2019-09-01 – 2020-12-06"},
		{"by id", []string{"at", "-act", "DU/2017/1399", "-date", "2021-01-01", "par3.ust1.pkt3"}, 0, "(Dz. U. z 2019 r. poz. 2215)"},
		{"footnotes listed, markers not in text", []string{"at", "-act", "du-2017-1399", "-date", "2020-01-01", "§ 3 ust. 2"}, 0, "art. 70 ust. 1 i 2 ustawy, wniosek"},
		{"whole act", []string{"at", "-act", "du-2017-1399", "-date", "2018-01-01"}, 0, "§ 3. 1. Wniosek o przyznanie"},
		{"not in force", []string{"at", "-act", "du-2017-1399", "-date", "2010-01-01", "§ 3"}, 1, "not in force on 2010-01-01; nearest version: 2017-07-24 – 2019-08-31 (after)"},
		{"wording unknown", []string{"at", "-act", "DU/2026/594", "-date", "2025-09-01", "§ 1"}, 1, "does not know what § 1 of rozporzadzenie-2017-12-22-stypendium-aplikantow-krajowej-szkoly-sadownictwa-i-prokuratury said on 2025-09-01: it holds § 1 only from 2025-10-30 on, as a consolidated text gives it"},
		{"whole act, units unknown", []string{"at", "-act", "DU/2026/594", "-date", "2025-09-01"}, 0, "\nnot known on 2025-09-01 (the oldest wording the corpus holds applies from the day given; it may well have been in force before):\n  wstęp: from 2025-10-30\n  § 1: from 2025-10-30\n"},
		{"wording known since", []string{"at", "-act", "DU/2026/594", "-date", "2026-05-01", "§ 1"}, 0, "wording since 2025-10-30 (brzmienie od), the same in the versions before, at least: the corpus knows the unit from then on\n"},
		{"no such unit", []string{"at", "-act", "du-2017-1399", "§ 4"}, 1, "has no unit § 4"},
		{"no such act", []string{"at", "-act", "du-1999-1", "§ 3"}, 1, `no act "du-1999-1"`},
		{"impossible date", []string{"at", "-act", "du-2017-1399", "-date", "2019-02-30", "§ 3"}, 2, `-date: invalid date "2019-02-30"`},
		{"bad citation", []string{"at", "-act", "du-2017-1399", "ust. 3 § 1"}, 2, "invalid unit"},
		{"unknown flag", []string{"at", "-colour"}, 2, "flag provided but not defined: -colour"},
		{"unknown command", []string{"frobnicate"}, 2, `unknown command "frobnicate"`},
	})
}

func TestAtJSON(t *testing.T) {
	code, out, errOut := runCLI(t, "at", "-act", "du-2017-1399", "-date", "2019-10-01", "-json", "§ 3 ust. 1 pkt 8")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Act  string
		Date string
		Unit struct {
			ID, Citation, Status, Text string
			Children                   []any
		}
		Version struct {
			From   string
			To     *string
			Source string
		}
		Footnotes []struct {
			Unit      string
			Amendment struct{ InForce string }
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Act != "du-2017-1399" || got.Date != "2019-10-01" || got.Unit.ID != "par3.ust1.pkt8" || got.Unit.Citation != "§ 3 ust. 1 pkt 8" ||
		got.Unit.Status != "in-force" || !strings.HasPrefix(got.Unit.Text, "8) w przypadku") || got.Unit.Children == nil ||
		got.Version.From != "2019-09-01" || got.Version.To == nil || *got.Version.To != "2020-12-06" ||
		len(got.Footnotes) != 1 || got.Footnotes[0].Amendment.InForce != "2019-09-01" {
		t.Errorf("unexpected JSON:\n%s", out)
	}
}

func TestImportThenQuery(t *testing.T) {
	dir := t.TempDir()
	code, _, errOut := runCLI(t, "import", "-data", dir, "-act", "du-2017-1399", "-title", "Rozporządzenie", "../../corpus/testdata/portal-par3.txt")
	if code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	plain := filepath.Join(dir, "..", "p3.txt")
	os.WriteFile(plain, []byte("§ 3. 1. Wniosek zawiera imię i nazwisko.\n"), 0o644)
	code, _, errOut = runCLI(t, "import", "-data", dir, "-act", "du-2017-1399", "-from", "2023-01-01", "-source", "Dz.U.2023.9 tekst jednolity", plain)
	if code != 0 {
		t.Fatalf("import plain: exit %d: %s", code, errOut)
	}
	code, out, _ := runCLI(t, "versions", "-data", dir, "-act", "du-2017-1399", "§ 3")
	if code != 0 || !strings.Contains(out, "2020-12-07 – 2022-12-31") || !strings.Contains(out, "2023-01-01 – …") {
		t.Errorf("versions after importing a newer text:\n%s", out)
	}
	_, before, _ := runCLI(t, "at", "-data", dir, "-act", "du-2017-1399", "-date", "2030-01-01", "-json")
	os.WriteFile(plain, []byte("§ 3. 1. A:\n2) b\xff\n1) c\n"), 0o644)
	code, _, errOut = runCLI(t, "import", "-data", dir, "-act", "du-2017-1399", "-from", "2024-01-01", "-source", "x", plain)
	if code != 2 || !strings.Contains(errOut, "p3.txt:2:5: invalid UTF-8") {
		t.Errorf("bad import: exit %d: %s", code, errOut)
	}
	_, after, _ := runCLI(t, "at", "-data", dir, "-act", "du-2017-1399", "-date", "2030-01-01", "-json")
	if before != after || !strings.Contains(after, "imię i nazwisko") {
		t.Errorf("a failed import changed the stored corpus:\n%s", after)
	}
	code, _, errOut = runCLI(t, "import", "-data", dir, "-act", "du-2017-1399", "-from", "2024-01-01", "../../corpus/testdata/portal-par3.txt")
	if code != 2 || !strings.Contains(errOut, "refused for a portal export") {
		t.Errorf("portal export with -from: exit %d: %s", code, errOut)
	}
}

func TestActsAndVersionsJSON(t *testing.T) {
	code, out, _ := runCLI(t, "acts", "-json")
	var acts []struct{ ID, Title, Date, First, Last string }
	if code != 0 || json.Unmarshal([]byte(out), &acts) != nil {
		t.Fatalf("acts -json: exit %d:\n%s", code, out)
	}
	byID := map[string]int{}
	for i, a := range acts {
		byID[a.ID] = i
	}
	// The sample, the nine acts of the thirteen real consolidated texts
	// (four in pairs) of ../shared/realtexts, and its three amending acts.
	sample, powodz := acts[byID["du-2017-1399"]], acts[byID["ustawa-2010-08-12-o-wspieraniu-przedsiebiorcow-dotknietych-skutkami-powodzi-z-2010-r"]]
	if len(acts) != 13 || sample.First != "2017-07-24" || sample.Last != "2020-12-07" ||
		powodz.Date != "2010-08-12" || powodz.First != "2024-11-09" || powodz.Last != "2026-02-20" {
		t.Errorf("acts -json: %d acts:\n%s", len(acts), out)
	}
	code, out, _ = runCLI(t, "versions", "-act", "du-2017-1399", "-json", "§ 3 ust. 2")
	var vs struct {
		Versions []struct{ Unit, From string }
	}
	if code != 0 || json.Unmarshal([]byte(out), &vs) != nil || len(vs.Versions) != 3 || vs.Versions[0].Unit != "par3.ust2" {
		t.Errorf("versions -json: exit %d:\n%s", code, out)
	}
}

package store

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lexdiff/corpus/synth"
)

// TestCheckFindsDamage damages a stored corpus in each way a database can
// be damaged behind lexdiff's back, and checks that Check says what is
// wrong, and that an undamaged one passes.
func TestCheckFindsDamage(t *testing.T) {
	acts, err := synth.Acts(synth.Config{Acts: 2, Units: 5, Versions: 4, Kind: synth.Regulation, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	act := acts[0].ID
	middle := `(SELECT id FROM versions WHERE act = '` + act + `' AND unit = 'par1' ORDER BY valid_from LIMIT 1 OFFSET 1)`
	tests := []struct {
		name   string
		damage string // SQL run with foreign keys off
		want   string
	}{
		{"sound", "", ""},
		{"version deleted", "DELETE FROM versions WHERE id = " + middle, act + ": § 1 has no version from"},
		{"versions overlap", "UPDATE versions SET valid_to = '2099-12-31' WHERE id = (SELECT id FROM versions WHERE act = '" + act + "' AND unit = 'par1' ORDER BY valid_from LIMIT 1)", "overlap"},
		{"text unreadable", "UPDATE versions SET text = '1) bez paragrafu' WHERE id = " + middle, act + ": cannot be read back: stored version"},
		{"text changed", "UPDATE versions SET text = replace(text, 'ust', 'USt') WHERE id = " + middle, act + ": its rows are not what the last import stored"},
		{"listing wrong", "UPDATE acts SET last_change = '1999-01-01' WHERE id = '" + act + "'", "the listing says its versions change from"},
		{"orphan row", "INSERT INTO footnotes (version, seq, label, unit, body) VALUES (999999, 0, '1', 'par1', 'x')", "refers to a row of versions that does not exist"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := openTemp(t, Options{})
			put(t, s, acts...)
			if tt.damage != "" {
				s.db.SetMaxOpenConns(1)
				if _, err := s.db.Exec("PRAGMA foreign_keys = OFF; " + tt.damage + "; PRAGMA foreign_keys = ON"); err != nil {
					t.Fatal(err)
				}
			}
			assertProblems(t, s, tt.want)
		})
	}
}

// TestCheckFindsDamagedPages overwrites pages of the database file: the
// integrity check of SQLite reports them.
func TestCheckFindsDamagedPages(t *testing.T) {
	acts, err := synth.Acts(synth.Config{Acts: 3, Units: 20, Versions: 4, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	s, dir := openTemp(t, Options{})
	put(t, s, acts...)
	s.Close()
	path := filepath.Join(dir, FileName)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) < 20*4096 {
		t.Fatalf("database of %d bytes: too small to damage its middle", len(data))
	}
	for i := len(data) / 2; i < len(data)/2+3*4096; i++ {
		data[i] = byte(i)
	}
	os.WriteFile(path, data, 0o644)
	s, err = Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	assertProblems(t, s, "database damaged")
	problems, err := s.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		if strings.Contains(p.Msg, "\n") {
			t.Errorf("a problem of several lines: %q: each line is a problem of its own", p.Msg)
		}
	}
}

func assertProblems(t *testing.T, s *Store, want string) {
	t.Helper()
	problems, err := s.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var msgs []string
	for _, p := range problems {
		msgs = append(msgs, p.String())
	}
	got := strings.Join(msgs, "\n")
	switch {
	case want == "" && len(problems) > 0:
		t.Errorf("a sound corpus has problems:\n%s", got)
	case want != "" && !strings.Contains(got, want):
		t.Errorf("problems %q, want one saying %q", got, want)
	}
}

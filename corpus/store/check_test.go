package store

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lexdiff/corpus"
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

// TestDigestLeavesOutTheCitation: an act's digest covers its sources, not
// the consolidated text it is cited by, which NewAct derives from them;
// so stores written before acts carried it still check sound.
func TestDigestLeavesOutTheCitation(t *testing.T) {
	a := citedAct(t)
	before := *a
	before.Consolidated = ""
	if Digest(a) != Digest(&before) {
		t.Error("the digest changes with the consolidated text the act is cited by")
	}
}

// TestSummaryCitesTheNewestConsolidatedText: the acts list read from the
// store names the consolidated text the act is cited by, as the act
// itself does, without reading the act.
func TestSummaryCitesTheNewestConsolidatedText(t *testing.T) {
	a := citedAct(t)
	s, dir := openTemp(t, Options{})
	put(t, s, a)
	r, err := Open(dir, Options{Existing: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	sn, err := r.Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer sn.Close()
	list, err := sn.Corpus().Summaries()
	if err != nil || len(list) != 1 || list[0].Consolidated != a.Consolidated {
		t.Errorf("summaries %+v, %v: want cited by %q", list, err, a.Consolidated)
	}
}

// citedAct is an act first published in one journal position and then
// consolidated twice: it is cited by the newer consolidated text.
func citedAct(t *testing.T) *corpus.Act {
	t.Helper()
	original := corpus.Source{Ref: "Dz. U. z 2017 r. poz. 1399", Kind: corpus.Original, Date: corpus.MakeDate(2017, 7, 14)}
	first := corpus.Source{Ref: "Dz. U. z 2020 r. poz. 2170", Kind: corpus.Consolidated, Date: corpus.MakeDate(2020, 11, 17)}
	newer := corpus.Source{Ref: "Dz. U. z 2023 r. poz. 900", Kind: corpus.Consolidated, Date: corpus.MakeDate(2023, 5, 10)}
	version := func(from, to corpus.Date, src corpus.Source) *corpus.Version {
		u := &corpus.Unit{ID: "par1", Kind: corpus.Paragraph, Label: "1", Text: "Rozporządzenie wchodzi w życie z dniem ogłoszenia."}
		return &corpus.Version{Unit: u, Range: corpus.Range{From: from, To: to}, Source: src.Ref}
	}
	vs := []*corpus.Version{
		version(corpus.MakeDate(2017, 7, 24), corpus.MakeDate(2020, 12, 6), original),
		version(corpus.MakeDate(2020, 12, 7), corpus.MakeDate(2023, 5, 31), first),
		version(corpus.MakeDate(2023, 6, 1), 0, newer),
	}
	a, err := corpus.NewAct(corpus.ActInfo{ID: "du-2017-1399", Title: "Rozporządzenie", Ref: original.Ref}, vs, newer, original, first)
	if err != nil {
		t.Fatal(err)
	}
	if a.Consolidated != newer.Ref {
		t.Fatalf("cited by %q, want the consolidated text of 2023", a.Consolidated)
	}
	return a
}

package index

import (
	"bytes"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestProgress(t *testing.T) {
	var term, log bytes.Buffer
	opts := Options{Terminal: &term, Logger: slog.New(slog.NewTextHandler(&log, nil))}
	p := newProgress(1000, opts)
	p.start = p.start.Add(-10 * time.Second) // 250 done in 10 s: 25/s, 30 s left
	p.last = p.start
	p.update(250)
	p.done(1000)
	if got := term.String(); !strings.Contains(got, "\rindexing 250/1000 unit versions, 25/s, 30s left") ||
		!strings.Contains(got, "\rindexed 1000 unit versions in ") {
		t.Errorf("terminal output = %q", got)
	}

	log.Reset()
	p = newProgress(1000, Options{Logger: slog.New(slog.NewTextHandler(&log, nil))})
	p.start = p.start.Add(-10 * time.Second)
	p.last = p.start
	p.update(250)
	if got := log.String(); !strings.Contains(got, "msg=indexing done=250 total=1000 per_second=") || !strings.Contains(got, "left=30s") {
		t.Errorf("log = %q", got)
	}

	ix, err := Open(filepath.Join(t.TempDir(), ".index"), plainCorpus(t, textOne), opts)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if !strings.Contains(term.String(), "indexed 2 unit versions") {
		t.Errorf("Open did not report its build: %q", term.String())
	}
}

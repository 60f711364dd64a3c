package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/corpustest"
	"lexdiff/corpus/synth"
)

// The crash tests run an import in a helper process (this test binary,
// re-executed into TestCrashHelper) that kills itself with SIGKILL at the
// N-th step crashPoint marks: after the transaction began, after an act's
// old rows were deleted, after each version written, before and after the
// commit.
const (
	envCrashDir = "LEXDIFF_CRASH_DIR"
	envCrashAt  = "LEXDIFF_CRASH_AT"
)

// crashActs are the corpus before the import (old) and what the import
// stores (new): one act changed, one added.
func crashActs(t testing.TB) (old, new []*corpus.Act) {
	acts, err := synth.Acts(synth.Config{Acts: 3, Units: 6, Versions: 3, Kind: synth.Mixed, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	changed := corpustest.Act(t, acts[0].ActInfo, acts[0].AllVersions()[:len(acts[0].AllVersions())-2]...)
	return acts[:2], []*corpus.Act{changed, acts[2]}
}

// TestCrashHelper is the helper process; it does nothing in a normal run.
func TestCrashHelper(t *testing.T) {
	dir := os.Getenv(envCrashDir)
	if dir == "" {
		t.Skip("the helper process of TestImportKilled")
	}
	at, _ := strconv.Atoi(os.Getenv(envCrashAt))
	n := 0
	crashPoint = func(string) {
		if n++; n == at {
			syscall.Kill(os.Getpid(), syscall.SIGKILL)
			select {} // the signal is on its way
		}
	}
	s, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, newActs := crashActs(t)
	put(t, s, newActs...)
}

// TestImportKilled kills an import at every step, and checks each time
// that the corpus is the old one or the new one, whole, that the database
// is sound, and that the next import works.
func TestImportKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process per step")
	}
	oldActs, newActs := crashActs(t)
	base, _ := openTemp(t, Options{})
	put(t, base, oldActs...)
	base.Close()
	oldJSON := modelJSON(t, corpustest.Corpus(t, oldActs...))
	newJSON := modelJSON(t, corpustest.Corpus(t, append([]*corpus.Act{oldActs[1]}, newActs...)...))

	killed, sawOld, sawNew := 0, 0, 0
	for at := 1; ; at++ {
		dir := copyStore(t, filepath.Dir(base.Path()))
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashHelper$", "-test.count=1")
		cmd.Env = append(os.Environ(), envCrashDir+"="+dir, envCrashAt+"="+strconv.Itoa(at))
		out, err := cmd.CombinedOutput()
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			if err != nil {
				t.Fatalf("helper: %v\n%s", err, out)
			}
			break // the import ran to its end: every step has been tried
		}
		if ws, ok := exit.Sys().(syscall.WaitStatus); !ok || ws.Signal() != syscall.SIGKILL {
			t.Fatalf("step %d: the helper failed without being killed: %v\n%s", at, err, out)
		}
		killed++
		s, err := Open(dir, Options{})
		if err != nil {
			t.Fatalf("step %d: reopening after the kill: %v", at, err)
		}
		checkSound(t, s)
		switch got := snapshotJSON(t, s); got {
		case oldJSON:
			sawOld++
		case newJSON:
			sawNew++
		default:
			t.Fatalf("step %d: the corpus is neither the old nor the new one:\n%s", at, firstDiff(newJSON, got))
		}
		put(t, s, newActs...)
		if got := snapshotJSON(t, s); got != newJSON {
			t.Fatalf("step %d: the import after the kill did not land:\n%s", at, firstDiff(newJSON, got))
		}
		s.Close()
	}
	t.Logf("import killed at %d steps: the old corpus after %d, the new one after %d", killed, sawOld, sawNew)
	if killed < 10 || sawOld == 0 || sawNew == 0 {
		t.Errorf("killed at %d steps (%d old, %d new): the import has fewer steps than the test expects", killed, sawOld, sawNew)
	}
}

// checkSound runs SQLite's own integrity check.
func checkSound(t *testing.T, s *Store) {
	t.Helper()
	var res string
	if err := s.db.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity check: %s %v", res, err)
	}
}

// copyStore copies the database files of the corpus directory dir (the
// database, its WAL and shared-memory index when there are) into a new
// directory.
func copyStore(t testing.TB, dir string) string {
	t.Helper()
	to := t.TempDir()
	for _, suffix := range []string{"", "-wal", "-shm"} {
		src, err := os.Open(filepath.Join(dir, FileName+suffix))
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		dst, err := os.Create(filepath.Join(to, FileName+suffix))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(dst, src); err != nil {
			t.Fatal(err)
		}
		src.Close()
		dst.Close()
	}
	return to
}

// TestPowerCut simulates a power cut while an import's commit is written:
// the write-ahead log holds the import's pages, and the disk kept only a
// prefix of them, or a torn last page. Opened again, the corpus is the old
// one or the new one, and the database is sound.
func TestPowerCut(t *testing.T) {
	oldActs, newActs := crashActs(t)
	s, dir := openTemp(t, Options{})
	put(t, s, oldActs...)
	if _, err := s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		t.Fatal(err)
	}
	oldJSON := snapshotJSON(t, s)
	// Keep the new pages in the log: a connection held open stops the
	// checkpoint that closing the last one would run.
	hold, err := s.db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer hold.Close()
	put(t, s, newActs...)
	newJSON := snapshotJSON(t, s)
	db, _ := os.ReadFile(filepath.Join(dir, FileName))
	wal, _ := os.ReadFile(filepath.Join(dir, FileName+"-wal"))
	if len(wal) < 3*4096 {
		t.Fatalf("the log holds %d bytes: the import's pages are not in it", len(wal))
	}
	sawOld, sawNew := 0, 0
	cut := func(name string, log []byte) {
		to := t.TempDir()
		os.WriteFile(filepath.Join(to, FileName), db, 0o644)
		os.WriteFile(filepath.Join(to, FileName+"-wal"), log, 0o644)
		r, err := Open(to, Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		defer r.Close()
		checkSound(t, r)
		switch got := snapshotJSON(t, r); got {
		case oldJSON:
			sawOld++
		case newJSON:
			sawNew++
		default:
			t.Fatalf("%s: neither the old corpus nor the new one:\n%s", name, firstDiff(newJSON, got))
		}
	}
	for n := 0; n <= len(wal); n += 1531 { // prefixes ending anywhere in a frame
		cut(fmt.Sprintf("log cut at %d of %d bytes", n, len(wal)), wal[:n])
	}
	cut("whole log", wal)
	torn := append([]byte(nil), wal...)
	for i := len(torn) - 2000; i < len(torn); i++ {
		torn[i] ^= 0x5a
	}
	cut("last page torn", torn)
	t.Logf("%d cuts of the log: the old corpus after %d, the new one after %d", sawOld+sawNew, sawOld, sawNew)
	if sawOld == 0 || sawNew == 0 {
		t.Errorf("old %d, new %d: expected both", sawOld, sawNew)
	}
}

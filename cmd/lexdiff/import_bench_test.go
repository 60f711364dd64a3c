package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"lexdiff/corpus/synth"
)

// BenchmarkImport runs lexdiff import as a process, into a new corpus
// directory each time, on the real documents beside the repository
// (../shared/realtexts) and on 2,000 generated obwieszczenia (500 acts,
// four consolidated texts of each, in one command):
//
//	go test -run '^$' -bench Import -benchtime 5x ./cmd/lexdiff/
//
// It reports files/s and MB/s of input, the CPU time per import
// (ms-cpu/op, which a busy machine disturbs less than the wall time) and
// the peak resident memory (MB-maxRSS).
func BenchmarkImport(b *testing.B) {
	bin := buildBinary(b)
	real, err := filepath.Glob("../../../shared/realtexts/DU-*.md")
	if err != nil || len(real) == 0 {
		b.Logf("no real texts beside the repository: %v", err)
	} else {
		b.Run("realtexts", func(b *testing.B) { benchImport(b, bin, real) })
	}
	b.Run("obwieszczenia=2000", func(b *testing.B) { benchImport(b, bin, generatedNotices(b)) })
}

func benchImport(b *testing.B, bin string, files []string) {
	var size int64
	for _, f := range files {
		fi, err := os.Stat(f)
		if err != nil {
			b.Fatal(err)
		}
		size += fi.Size()
	}
	var peak int64
	var cpu, wall time.Duration
	for b.Loop() {
		dir := filepath.Join(b.TempDir(), "corpus")
		if err := os.Mkdir(dir, 0o755); err != nil {
			b.Fatal(err)
		}
		cmd := exec.Command(bin, append([]string{"import", "-data", dir}, files...)...)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		start := time.Now()
		if err := cmd.Run(); err != nil {
			b.Fatalf("%s: %v\n%s", bin, err, stderr.String())
		}
		wall += time.Since(start)
		peak = max(peak, cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss) // kB on Linux
		cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	secs := wall.Seconds()
	b.ReportMetric(float64(len(files)*b.N)/secs, "files/s")
	b.ReportMetric(float64(size)*float64(b.N)/secs/1e6, "MB/s")
	b.ReportMetric(float64(peak)/1024, "MB-maxRSS")
	b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "ms-cpu/op")
}

// generatedNotices writes, on the first run, 2,000 obwieszczenia under
// the system temp directory: four consolidated texts of each of 500
// generated acts, spread over each act's history, each citing the one
// before it; it returns their file names.
func generatedNotices(b *testing.B) []string {
	b.Helper()
	dir := filepath.Join(os.TempDir(), "lexdiff-bench-obwieszczenia-2000")
	done := filepath.Join(dir, ".complete")
	if _, err := os.Stat(done); err != nil {
		os.RemoveAll(dir)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			b.Fatal(err)
		}
		acts, err := synth.Acts(synth.Config{Acts: 500, Units: 20, Versions: 5, Kind: synth.Mixed, Seed: 11, UnitsPerChapter: 8})
		if err != nil {
			b.Fatal(err)
		}
		next := map[int]int{} // positions taken by year, above the generator's
		for _, a := range acts {
			dates := a.ChangeDates()
			cites := a.Ref
			for i := range 4 {
				d := dates[min(len(dates)-1, (i+1)*len(dates)/4)].AddDays(i)
				next[d.Year()]++
				c := synth.Consolidation{Date: d, Position: 20000 + next[d.Year()], Cites: cites}
				data := synth.Obwieszczenie(a, c)
				if data == nil {
					continue
				}
				name := filepath.Join(dir, fmt.Sprintf("DU-%d-%d.md", d.Year(), c.Position))
				if err := os.WriteFile(name, data, 0o644); err != nil {
					b.Fatal(err)
				}
				cites = c.Ref()
			}
		}
		if err := os.WriteFile(done, nil, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	files, err := filepath.Glob(filepath.Join(dir, "DU-*.md"))
	if err != nil {
		b.Fatal(err)
	}
	return files
}

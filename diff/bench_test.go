package diff

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"lexdiff/corpus"
	"lexdiff/corpus/corpustest"
	"lexdiff/corpus/synth"
)

// synthAct generates an act with the given number of top-level units, each
// in five versions.
func synthAct(b *testing.B, units int) *corpus.Act {
	b.Helper()
	acts, err := synth.Acts(synth.Config{Units: units, Versions: 5, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	return acts[0]
}

func countUnits(vs []*corpus.Version) int {
	n := 0
	for _, v := range vs {
		v.Unit.Walk(func(*corpus.Unit) bool { n++; return true })
	}
	return n
}

// BenchmarkDates compares a generated act between its first and its last
// change date (every unit in a different version), and between two
// consecutive change dates (the cheap "changes" listing). units=200 is
// the "act of 2,000 units": 200 top-level units hold about 2,100
// units in all (the units metric); units=2000 is ten times that. With
// LEXDIFF_BENCH_DIR set it also writes both sides of the first comparison
// there as plain text, for timing `git diff --no-index --word-diff`.
func BenchmarkDates(b *testing.B) { benchmarkCompare(b, Dates) }

// BenchmarkChanges is BenchmarkDates for Changes, which leaves out the
// inline diffs.
func BenchmarkChanges(b *testing.B) { benchmarkCompare(b, Changes) }

func benchmarkCompare(b *testing.B, compare func(*corpus.Act, corpus.Date, corpus.Date, string) (*Report, error)) {
	for _, size := range []struct {
		name  string
		units int
	}{{"units=200", 200}, {"units=2000", 2000}} {
		a := synthAct(b, size.units)
		dates := a.ChangeDates()
		first, last := dates[0], dates[len(dates)-1]
		mid := dates[len(dates)/2]
		if dir := os.Getenv("LEXDIFF_BENCH_DIR"); dir != "" {
			writeSide(b, filepath.Join(dir, size.name+"-old.txt"), synth.PlainText(a, first))
			writeSide(b, filepath.Join(dir, size.name+"-new.txt"), synth.PlainText(a, last))
		}
		for _, cmp := range []struct {
			name     string
			from, to corpus.Date
		}{{"first-last", first, last}, {"consecutive", dates[len(dates)/2-1], mid}} {
			b.Run(size.name+"/"+cmp.name, func(b *testing.B) {
				var r *Report
				cpu := cpuTime()
				for b.Loop() {
					var err error
					if r, err = compare(a, cmp.from, cmp.to, ""); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(cpuTime()-cpu)/1e6/float64(b.N), "cpu-ms/op")
				b.ReportMetric(float64(countUnits(a.InForce(cmp.to))), "units")
				b.ReportMetric(float64(len(r.Changes)), "changes")
			})
		}
	}
}

// cpuTime returns the CPU time the process has used, in nanoseconds. The
// machine these benchmarks run on is shared, so wall time per op overstates
// the work; CPU time per op (GC included) says what one comparison costs.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

func writeSide(b *testing.B, path string, text []byte) {
	if err := os.WriteFile(path, text, 0o644); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkWords diffs one long unit text against a reworded copy.
func BenchmarkWords(b *testing.B) {
	a := sampleAct(b)
	_, old, _ := a.At("par3.ust1.pkt3", corpustest.Date(b, "2019-01-01"))
	_, new, _ := a.At("par3.ust1.pkt3", corpustest.Date(b, "2021-01-01"))
	for b.Loop() {
		Words(old.Text, new.Text)
	}
}

// BenchmarkSample diffs every pair of consecutive versions of the embedded
// corpus: the issue asks that this be instant.
func BenchmarkSample(b *testing.B) {
	a := sampleAct(b)
	dates := a.ChangeDates()
	for b.Loop() {
		for i := 1; i < len(dates); i++ {
			if _, err := Dates(a, dates[i-1], dates[i], ""); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkRealPairs compares each act of realPairs, with the inline
// diffs, between the dates of its two texts: the tokenizer, go-diff and
// the classes on real wording, as a service compares the same wordings
// again and again.
func BenchmarkRealPairs(b *testing.B) {
	pairs := realComparisons(b)
	cpu := cpuTime()
	for b.Loop() {
		for _, p := range pairs {
			if _, err := Dates(p.a, p.from, p.to, ""); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(cpuTime()-cpu)/1e3/float64(b.N), "cpu-µs/op")
}

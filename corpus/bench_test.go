package corpus_test

import (
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"lexdiff/corpus"
	"lexdiff/corpus/synth"
)

// bigAct is an act of 2,000 articles × 20 versions, generated once.
var bigAct = sync.OnceValues(func() (*corpus.Act, error) {
	acts, err := synth.Acts(synth.Config{Units: 2000, Versions: 20, Seed: 1, Gaps: 0.05, UnitsPerChapter: 25})
	if err != nil {
		return nil, err
	}
	return acts[0], nil
})

func loadBigAct(b *testing.B) *corpus.Act {
	b.Helper()
	a, err := bigAct()
	if err != nil {
		b.Fatal(err)
	}
	return a
}

// A lookup is one question to Act.At.
type lookup struct {
	id   string
	date corpus.Date
}

// lookups returns n questions about units of a, drawn at random: for each,
// a top-level unit and one of its versions, then pick chooses the unit
// inside it and the date.
func lookups(a *corpus.Act, n int, pick func(r *rand.Rand, vs []*corpus.Version, i int) lookup) []lookup {
	r := rand.New(rand.NewPCG(1, 2))
	tops := a.Units()
	out := make([]lookup, n)
	for i := range out {
		vs := a.Versions(tops[r.IntN(len(tops))])
		out[i] = pick(r, vs, r.IntN(len(vs)))
	}
	return out
}

// deepest returns one of the units of u that lie deepest in its tree.
func deepest(r *rand.Rand, u *corpus.Unit) *corpus.Unit {
	for len(u.Children) > 0 {
		u = u.Children[r.IntN(len(u.Children))]
	}
	return u
}

// dateIn returns a day of v's range (of its first year, when open).
func dateIn(r *rand.Rand, v *corpus.Version) corpus.Date {
	span := 365
	if !v.Range.IsOpen() {
		span = int(v.Range.To-v.Range.From) + 1
	}
	return v.Range.From.AddDays(r.IntN(span))
}

// BenchmarkAt times Act.At on an act of 2,000 articles × 20 versions: for
// a unit deep in a tree (found), for an article (found), and for a date
// before the unit's first version (not in force: the error names the
// nearest versions).
func BenchmarkAt(b *testing.B) {
	a := loadBigAct(b)
	cases := []struct {
		name    string
		pick    func(r *rand.Rand, vs []*corpus.Version, i int) lookup
		wantErr error
	}{
		{"deep", func(r *rand.Rand, vs []*corpus.Version, i int) lookup {
			return lookup{deepest(r, vs[i].Unit).ID, dateIn(r, vs[i])}
		}, nil},
		{"top", func(r *rand.Rand, vs []*corpus.Version, i int) lookup {
			return lookup{vs[i].Unit.ID, dateIn(r, vs[i])}
		}, nil},
		{"not-in-force", func(r *rand.Rand, vs []*corpus.Version, i int) lookup {
			return lookup{vs[0].Unit.ID, vs[0].Range.From.AddDays(-1 - r.IntN(365))}
		}, corpus.ErrNotInForce},
	}
	for _, c := range cases {
		qs := lookups(a, 4096, c.pick)
		for _, q := range qs {
			if _, _, err := a.At(q.id, q.date); !errors.Is(err, c.wantErr) {
				b.Fatalf("At(%s, %s) = %v, want %v", q.id, q.date, err, c.wantErr)
			}
		}
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				q := qs[i%len(qs)]
				a.At(q.id, q.date)
				i++
			}
		})
	}
}

// BenchmarkParsePortal measures ParsePortal's throughput on the exports of
// every article of a generated act (100 articles × 20 versions).
func BenchmarkParsePortal(b *testing.B) {
	acts, err := synth.Acts(synth.Config{Units: 100, Versions: 20, Seed: 2, Gaps: 0.05, UnitsPerChapter: 25})
	if err != nil {
		b.Fatal(err)
	}
	a := acts[0]
	var files [][]byte
	size := 0
	for _, id := range a.Units() {
		data := synth.PortalExport(a, id)
		files = append(files, data)
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, data := range files {
			if _, err := corpus.ParsePortal("export.txt", data, ""); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParsePlain measures ParsePlain's throughput on the plain text of
// the 2,000-article act as in force on its last change date.
func BenchmarkParsePlain(b *testing.B) {
	a := loadBigAct(b)
	dates := a.ChangeDates()
	d := dates[len(dates)-1]
	data := synth.PlainText(a, d)
	opts := corpus.PlainOptions{Range: corpus.Range{From: d}, Source: "Dz.U.2024.1 tekst jednolity"}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := corpus.ParsePlain("act.txt", data, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseDocument parses the real documents beside the repository
// (../shared/realtexts: obwieszczenia, originals and amending acts) one
// after the other on one goroutine; MB/s is the input read per second.
func BenchmarkParseDocument(b *testing.B) {
	files, _ := filepath.Glob("../../shared/realtexts/DU-*.md")
	if len(files) == 0 {
		b.Skip("no real texts beside the repository")
	}
	var data [][]byte
	var size int64
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		data, size = append(data, d), size+int64(len(d))
	}
	b.SetBytes(size)
	cpu := cpuTime()
	for b.Loop() {
		for i, d := range data {
			if _, err := corpus.ParseDocument(filepath.Base(files[i]), d); err != nil {
				b.Fatal(err)
			}
		}
	}
	// On a busy machine the wall time says little: MB per second of the
	// CPU time the process used (GC included) says what the parser costs.
	b.ReportMetric(float64(size)*float64(b.N)/(cpuTime()-cpu).Seconds()/1e6, "MB/cpu-s")
}

// cpuTime returns the user and system time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

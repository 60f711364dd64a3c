package index

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"lexdiff/corpus"
	"lexdiff/corpus/embedded"
	"lexdiff/corpus/synth"
)

// Benchmarks on synthetic corpora of about 100,000 and 1,000,000 indexed
// unit wordings (run with -bench; -benchtime 1x for BenchmarkBuild):
//
//	go test -run XXX -bench 'Build|Search|Grep' -benchtime 1x ./index/
//	go test -run XXX -bench '/docs=100000' -benchtime 1x ./index/
//
// The indexes are kept under the system temp directory between runs
// (reused by fingerprint) so that query benchmarks need not rebuild.

var benchSizes = []int{100_000, 1_000_000}

// benchQueries is the fixed query mix: inflected words, several words, a
// phrase, an exclusion, a prefix, a number.
var benchQueries = []string{
	"kuratorem", "decyzji wojewody", "wniosku dyrektora szkoły", `"organ prowadzący"`,
	"minister zdrowia -finansów", "przepis*", "starostą", "ochrony danych osobowych", "opinii", "2015",
}

var (
	benchCorpora = map[int]*corpus.Corpus{}
	benchMu      sync.Mutex
)

// benchCorpus returns a synthetic corpus of about docs indexed wordings
// (the generator gives about 14 per top-level unit of 5 versions).
func benchCorpus(b *testing.B, docs int) *corpus.Corpus {
	benchMu.Lock()
	defer benchMu.Unlock()
	if c, ok := benchCorpora[docs]; ok {
		return c
	}
	c, err := synth.Corpus(synth.Config{Acts: max(1, docs/1400), Units: 100, Versions: 5, Kind: synth.Mixed, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	benchCorpora[docs] = c
	return c
}

func benchDir(docs int) string {
	return filepath.Join(os.TempDir(), "lexdiff-index-bench-"+strconv.Itoa(docs))
}

func BenchmarkBuild(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			c := benchCorpus(b, n)
			_, docs, _ := fingerprint(c)
			dir := benchDir(n)
			for b.Loop() {
				os.RemoveAll(dir)
				ix, err := Open(dir, c, Options{})
				if err != nil {
					b.Fatal(err)
				}
				ix.Close()
			}
			secs := b.Elapsed().Seconds() / float64(b.N)
			b.ReportMetric(float64(docs), "docs")
			b.ReportMetric(float64(docs)/secs, "docs/s")
			b.ReportMetric(float64(dirSize(b, dir))/1e6, "MB-disk")
			b.ReportMetric(float64(rssKB("VmHWM"))/1e3, "MB-peak-RSS")
		})
	}
}

func BenchmarkSearch(b *testing.B) {
	for _, n := range benchSizes {
		for _, mode := range []string{"date", "all"} {
			b.Run(fmt.Sprintf("docs=%d/mode=%s", n, mode), func(b *testing.B) {
				ix := openBench(b, n)
				defer ix.Close()
				req := benchRequest(mode)
				var lat []time.Duration
				var hits uint64
				i := 0
				for b.Loop() {
					req.Query = benchQueries[i%len(benchQueries)]
					i++
					start := time.Now()
					res, err := ix.Search(context.Background(), req)
					if err != nil {
						b.Fatal(err)
					}
					lat = append(lat, time.Since(start))
					hits += res.Total
				}
				slices.Sort(lat)
				b.ReportMetric(ms(lat[len(lat)/2]), "p50-ms")
				b.ReportMetric(ms(lat[len(lat)*99/100]), "p99-ms")
				b.ReportMetric(float64(hits)/float64(len(lat)), "hits/query")
				b.ReportMetric(float64(rssKB("VmRSS"))/1e3, "MB-RSS")
			})
		}
	}
}

// BenchmarkEachQuery times the queries of the mix one at a time, on the
// law in force on one day, to show which of them set the tail:
//
//	go test -run XXX -bench 'EachQuery/docs=1000000' -benchtime 20x ./index/
func BenchmarkEachQuery(b *testing.B) {
	for _, n := range benchSizes {
		for _, q := range benchQueries {
			b.Run(fmt.Sprintf("docs=%d/q=%s", n, q), func(b *testing.B) {
				ix := openBench(b, n)
				defer ix.Close()
				req := benchRequest("date")
				req.Query = q
				var hits uint64
				for b.Loop() {
					res, err := ix.Search(context.Background(), req)
					if err != nil {
						b.Fatal(err)
					}
					hits = res.Total
				}
				b.ReportMetric(float64(hits), "hits")
			})
		}
	}
}

// openBench opens the index of the benchmark corpus of about docs wordings,
// building it only when no index of that corpus is kept.
func openBench(b *testing.B, docs int) *Index {
	ix, err := Open(benchDir(docs), benchCorpus(b, docs), Options{})
	if err != nil {
		b.Fatal(err)
	}
	return ix
}

// benchRequest is the request of a benchmark in mode "date" (the law in
// force on one day) or "all" (all history), without its query.
func benchRequest(mode string) Request {
	if mode == "all" {
		return Request{All: true}
	}
	return Request{Date: corpus.MakeDate(2012, 6, 1)}
}

// BenchmarkGrep times grep -ri over the same text, one query word at a
// time: the baseline a user would otherwise reach for.
func BenchmarkGrep(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			c := benchCorpus(b, n)
			file := filepath.Join(b.TempDir(), "corpus.txt")
			var sb strings.Builder
			eachDoc(c, func(d *doc) error { sb.WriteString(d.Text + "\n"); return nil })
			if err := os.WriteFile(file, []byte(sb.String()), 0o644); err != nil {
				b.Fatal(err)
			}
			var lat []time.Duration
			i := 0
			for b.Loop() {
				word := strings.Fields(strings.Trim(benchQueries[i%len(benchQueries)], `"*-`))[0]
				i++
				start := time.Now()
				// Output to a pipe: GNU grep writing to /dev/null stops at the
				// first match. It exits 1 when nothing matches.
				cmd := exec.Command("grep", "-ric", word, file)
				cmd.Stdout = io.Discard
				if err := cmd.Run(); err != nil && !isExit1(err) {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
			}
			slices.Sort(lat)
			b.ReportMetric(ms(lat[len(lat)/2]), "p50-ms")
			b.ReportMetric(float64(sb.Len())/1e6, "MB-text")
		})
	}
}

func isExit1(err error) bool {
	ee, ok := err.(*exec.ExitError)
	return ok && ee.ExitCode() == 1
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func dirSize(b *testing.B, dir string) int64 {
	var n int64
	err := filepath.Walk(dir, func(_ string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			n += info.Size()
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	return n
}

// rssKB reads a memory figure of this process from /proc (0 elsewhere).
func rssKB(field string) int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb
		}
	}
	return 0
}

// BenchmarkNewMemEmbedded measures indexing the embedded corpus in memory,
// as the server does at start-up without -data.
func BenchmarkNewMemEmbedded(b *testing.B) {
	c, err := embedded.Load()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		ix, err := NewMem(c)
		if err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
}

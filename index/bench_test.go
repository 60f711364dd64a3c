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
	"sync/atomic"
	"testing"
	"time"

	"lexdiff/corpus"
	"lexdiff/corpus/embedded"
	"lexdiff/corpus/synth"
)

// Benchmarks on synthetic corpora of about 100,000 and 1,000,000 indexed
// unit wordings, named docs=100k and docs=1M (neither name is a prefix of
// the other). The README lists the commands and what each figure means:
//
//	go test -run '^$' -bench 'Build/docs=100k$' -benchtime 1x ./index/
//	go test -run '^$' -bench 'Search/docs=1M/' -benchtime 2000x -count 3 ./index/
//
// A search benchmark's op is one query of benchQueries, in turn; it reports
// the latency percentiles of its own run only from enough of them: p50 from
// minP50Samples, p99 from minP99Samples (at 1,000 the p99 is the tenth
// slowest, not the slowest). The indexes are kept under the system temp
// directory between runs (reused by fingerprint), so that query benchmarks
// need not rebuild.

// benchSizes are the corpora of the benchmarks, by name.
var benchSizes = []struct {
	name string
	docs int
}{{"100k", 100_000}, {"1M", 1_000_000}}

// The fewest samples a percentile is reported from.
const (
	minP50Samples = 100
	minP99Samples = 1000
)

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
	for _, size := range benchSizes {
		b.Run("docs="+size.name, func(b *testing.B) {
			c := benchCorpus(b, size.docs)
			_, docs, _ := fingerprint(c)
			dir := benchDir(size.docs)
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

// BenchmarkSearch times the query mix, each op one query in turn, on the
// law in force on one day (mode=date) and on all history (mode=all).
func BenchmarkSearch(b *testing.B) {
	for _, size := range benchSizes {
		for _, mode := range []string{"date", "all"} {
			b.Run(fmt.Sprintf("docs=%s/mode=%s", size.name, mode), func(b *testing.B) {
				ix := openBench(b, size.docs)
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
				reportPercentiles(b, lat)
				b.ReportMetric(float64(hits)/float64(len(lat)), "hits/query")
				b.ReportMetric(float64(rssKB("VmRSS"))/1e3, "MB-RSS")
			})
		}
	}
}

// reportPercentiles reports the p50 and p99 of lat, each only when lat
// holds enough samples for it; otherwise it says how many it needs.
func reportPercentiles(b *testing.B, lat []time.Duration) {
	slices.Sort(lat)
	at := func(q float64) time.Duration { return lat[int(q*float64(len(lat)-1))] }
	if len(lat) >= minP50Samples {
		b.ReportMetric(ms(at(0.50)), "p50-ms")
	}
	if len(lat) >= minP99Samples {
		b.ReportMetric(ms(at(0.99)), "p99-ms")
	} else {
		b.Logf("%d samples: p99 needs %d, p50 %d (-benchtime %dx)", len(lat), minP99Samples, minP50Samples, minP99Samples)
	}
}

// BenchmarkEachQuery times the queries of the mix one at a time, on the
// law in force on one day, to show which of them set the tail (ns/op is
// the mean):
//
//	go test -run '^$' -bench 'EachQuery/docs=1M/' -benchtime 100x ./index/
func BenchmarkEachQuery(b *testing.B) {
	for _, size := range benchSizes {
		for _, q := range benchQueries {
			b.Run(fmt.Sprintf("docs=%s/q=%s", size.name, q), func(b *testing.B) {
				ix := openBench(b, size.docs)
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

// BenchmarkPrefixQueries times prefix queries on the in-memory index of
// the real acts, in all history, where every one has hits to highlight:
// each query searched again and again (again); each in a new wording, a
// query string never searched before that differs only in its spacing, so
// that its queries are built anew (new); and each on an index that keeps
// fewer of a prefix's terms than the query has (over), so that its terms
// are read on every search:
//
//	go test -run '^$' -bench 'PrefixQueries' -benchtime 1000x -count 6 ./index/
func BenchmarkPrefixQueries(b *testing.B) {
	for _, mode := range []string{"again", "new", "over"} {
		for _, q := range []string{"przepis*", "egzamin*", "samorząd*", "prz* pod* nie*"} {
			b.Run(fmt.Sprintf("mode=%s/q=%s", mode, q), func(b *testing.B) {
				ix := realActs(b)
				if mode == "over" {
					ix = indexKeeping(b, embedded.Load, 0) // fewer terms of a prefix than any of these has
				}
				req := Request{Query: q, All: true}
				for b.Loop() {
					if mode == "new" {
						req.Query = newSpacing() + q
					}
					if _, err := ix.Search(context.Background(), req); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// spacings counts the spacings newSpacing has given.
var spacings atomic.Int64

// newSpacing returns white space that no earlier call returned: the
// binary digits of a count, as spaces and tabs.
func newSpacing() string {
	return strings.NewReplacer("0", " ", "1", "\t").Replace(strconv.FormatInt(spacings.Add(1), 2))
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
	for _, size := range benchSizes {
		b.Run("docs="+size.name, func(b *testing.B) {
			c := benchCorpus(b, size.docs)
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
			reportPercentiles(b, lat)
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

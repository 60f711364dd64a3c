package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"lexdiff/corpus"
	"lexdiff/corpus/store"
	"lexdiff/corpus/synth"
)

// Benchmarks of lexdiff as a process on corpus directories of generated
// acts, kept under the system temp directory between runs (the first run
// generates them, which takes minutes):
//
//	go test -run '^$' -bench PerAct -benchtime 10x ./cmd/lexdiff/
//	go test -run '^$' -bench ServeRSS -benchtime 1x ./cmd/lexdiff/
//
// BenchmarkPerAct asks the same question of one act in a corpus holding
// that act alone and in one holding 10,000 acts besides; a question about
// one act must cost the same in both: time per process (ns/op, and the CPU
// time it took, ms-cpu/op, which a busy machine disturbs less) and its
// peak resident memory (MB-maxRSS). BenchmarkServeRSS serves a corpus of about
// a million indexed unit wordings and reports the resident memory of the
// server after it answered about every act, with two act cache sizes.

// bigAct is the act the questions are about: 1,000 articles in 3 versions.
var bigAct = synth.Config{Acts: 1, Units: 1000, Versions: 3, Kind: synth.Statute, Seed: 2}

// perActQuestions are the questions, by name; ACT is the big act's id.
var perActQuestions = []struct {
	name string
	args []string
}{
	{"at", []string{"at", "-act", "ACT", "-date", "2010-06-01", "art. 500"}},
	{"versions", []string{"versions", "-act", "ACT", "art. 500"}},
	{"history", []string{"history", "-act", "ACT", "art. 500"}},
	{"diff", []string{"diff", "-act", "ACT", "-from", "2005-06-01", "-to", "2015-06-01"}},
	{"acts", []string{"acts"}},
}

func BenchmarkPerAct(b *testing.B) {
	bin := buildBinary(b)
	big, err := synth.Acts(bigAct)
	if err != nil {
		b.Fatal(err)
	}
	alone := benchStore(b, "peract-alone", func(yield func([]*corpus.Act) error) error { return yield(big) })
	many := benchStore(b, "peract-10000", func(yield func([]*corpus.Act) error) error {
		if err := yield(big); err != nil {
			return err
		}
		// The generator numbers acts by the year they are signed (up to a
		// year before the batch starts, three after) and their consolidated
		// texts up to nine years later: batches of 500 acts starting
		// sixteen years apart (1650, 1666…) never share a number.
		for i := range 20 {
			acts, err := synth.Acts(synth.Config{Acts: 500, Units: 5, Versions: 3, Kind: synth.Mixed, Seed: int64(100 + i),
				Start: corpus.MakeDate(1650+16*i, 1, 1)})
			if err == nil {
				err = yield(acts)
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
	for _, q := range perActQuestions {
		args := make([]string, len(q.args))
		for i, a := range q.args {
			args[i] = strings.ReplaceAll(a, "ACT", big[0].ID)
		}
		for _, c := range []struct{ name, dir string }{{"alone", alone}, {"10000", many}} {
			b.Run(q.name+"/corpus="+c.name, func(b *testing.B) {
				var peak int64
				var cpu time.Duration
				for b.Loop() {
					cmd := exec.Command(bin, append(args, "-data", c.dir)...) // stdout: the null device
					var stderr strings.Builder
					cmd.Stderr = &stderr
					if err := cmd.Run(); err != nil {
						b.Fatalf("%s: %v\n%s", cmd, err, stderr.String())
					}
					peak = max(peak, cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss) // kB on Linux
					cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
				}
				b.ReportMetric(float64(peak)/1024, "MB-maxRSS")
				b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "ms-cpu/op")
			})
		}
	}
}

// BenchmarkServeRSS serves the corpus of index's 1M benchmark (714 acts of
// 100 units in 5 versions: about 1,000,000 indexed unit wordings), asks
// for the text of every act and a few searches, and reports the server's
// resident memory then (MB-RSS) and at its peak (MB-peak-RSS, which
// includes building the index when it is not there yet).
func BenchmarkServeRSS(b *testing.B) {
	bin := buildBinary(b)
	dir := benchStore(b, "serve-1M", func(yield func([]*corpus.Act) error) error {
		acts, err := synth.Acts(synth.Config{Acts: 714, Units: 100, Versions: 5, Kind: synth.Mixed, Seed: 1})
		if err != nil {
			return err
		}
		return yield(acts)
	})
	for _, cacheMB := range []int{64, 256} {
		b.Run(fmt.Sprintf("cache=%dMB", cacheMB), func(b *testing.B) {
			for b.Loop() {
				rss, peak := serveAndMeasure(b, bin, dir, cacheMB)
				b.ReportMetric(float64(rss)/1024, "MB-RSS")
				b.ReportMetric(float64(peak)/1024, "MB-peak-RSS")
			}
		})
	}
}

// serveAndMeasure serves dir, asks about every act, and returns the
// server's resident memory and its peak, in kB.
func serveAndMeasure(b *testing.B, bin, dir string, cacheMB int) (rss, peak int64) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(bin, "serve", "-data", dir, "-addr", addr, "-cache", strconv.Itoa(cacheMB))
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	defer func() { cmd.Process.Signal(os.Interrupt); cmd.Wait() }()
	base := "http://" + addr
	deadline := time.Now().Add(30 * time.Minute) // a first run builds the index
	for status, _ := get(base + "/healthz"); status != http.StatusOK; status, _ = get(base + "/healthz") {
		if time.Now().After(deadline) {
			b.Fatal("not ready")
		}
		time.Sleep(200 * time.Millisecond)
	}
	_, list := get(base + "/api/v1/acts")
	ids := strings.Split(list, `"id":"`)[1:]
	var wg sync.WaitGroup
	work := make(chan string)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := range work {
				if status, body := get(base + "/api/v1/acts/" + id + "/text?date=2012-01-01"); status != http.StatusOK && status != http.StatusNotFound {
					b.Errorf("%s: %d %s", id, status, body)
				}
			}
		}()
	}
	for _, id := range ids {
		work <- id[:strings.IndexByte(id, '"')]
	}
	close(work)
	wg.Wait()
	for _, q := range []string{"kuratorem", "przepis*", "decyzji+wojewody"} {
		get(base + "/api/v1/search?all=1&q=" + q)
	}
	return procStatusKB(cmd.Process.Pid, "VmRSS"), procStatusKB(cmd.Process.Pid, "VmHWM")
}

func get(url string) (int, string) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, ""
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// procStatusKB reads a field of /proc/PID/status, in kB.
func procStatusKB(pid int, field string) int64 {
	data, _ := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb
		}
	}
	return 0
}

// buildBinary builds lexdiff into a temporary directory.
func buildBinary(b *testing.B) string {
	b.Helper()
	bin := filepath.Join(b.TempDir(), "lexdiff")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// benchStore returns the corpus directory name under the system temp
// directory, storing there, on the first run, the acts gen yields, one
// import per batch.
func benchStore(b *testing.B, name string, gen func(yield func([]*corpus.Act) error) error) string {
	b.Helper()
	dir := filepath.Join(os.TempDir(), "lexdiff-bench-"+name)
	done := filepath.Join(dir, ".complete")
	if _, err := os.Stat(done); err == nil {
		return dir
	}
	os.RemoveAll(dir)
	st, err := store.Open(dir, store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	err = gen(func(acts []*corpus.Act) error {
		_, err := st.Update(context.Background(), func(*corpus.Corpus) ([]*corpus.Act, error) { return acts, nil })
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(done, nil, 0o644); err != nil {
		b.Fatal(err)
	}
	return dir
}

package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"lexdiff/corpus"
	"lexdiff/corpus/synth"
)

// BenchmarkWholeAct has 64 clients read a long act (about 66,000 units in
// force, the size of the longest codes) as in force on 64 different days,
// at once, through a server on 127.0.0.1: the API's text page by page
// (mode=text), the act's web page (mode=page), or the API's comparison
// from before the act, when every unit is added, page by page
// (mode=diff). It reports the RSS of the process before, at its highest
// during the op, and eleven seconds after (MB-RSS-*), the memory the Go
// heap holds then (MB-heap-after, all of it live), and the answers the
// server could not build for lack of memory (503s, which clients then
// retry):
//
//	go test -run '^$' -bench 'WholeAct' -benchtime 1x ./server/
func BenchmarkWholeAct(b *testing.B) {
	a, c := synthAct(b, synth.Config{Units: 6700, Versions: 5, Kind: synth.Statute, Seed: 1, UnitsPerChapter: 50})
	n := 0
	for _, v := range a.InForce(corpus.MakeDate(2015, 1, 1)) {
		v.Unit.Walk(func(*corpus.Unit) bool { n++; return true })
	}
	base := serveBench(b, c)
	for _, mode := range []string{"text", "page", "diff"} {
		b.Run("mode="+mode, func(b *testing.B) {
			runtime.GC()
			before := rssMB("VmRSS")
			var peak atomic.Int64
			stop := sampleRSS(&peak)
			var busy atomic.Int64
			for b.Loop() {
				var wg sync.WaitGroup
				for i := range 64 {
					d := corpus.MakeDate(2009, 1, 1).AddDays(i * 37)
					wg.Go(func() {
						if err := readWholeAct(base, a.ID, d, mode, &busy); err != nil {
							b.Error(err)
						}
					})
				}
				wg.Wait()
			}
			stop()
			time.Sleep(listingIdle + time.Second) // what the server keeps for a burst lapses
			runtime.GC()
			var heap runtime.MemStats
			runtime.ReadMemStats(&heap)
			time.Sleep(5 * time.Second) // for the runtime to hand freed memory back
			b.ReportMetric(float64(n), "units")
			b.ReportMetric(float64(before), "MB-RSS-before")
			b.ReportMetric(float64(peak.Load()), "MB-RSS-peak")
			b.ReportMetric(float64(rssMB("VmRSS")), "MB-RSS-after")
			b.ReportMetric(float64(heap.HeapAlloc>>20), "MB-heap-after")
			b.ReportMetric(float64(busy.Load())/float64(b.N), "503s/op")
		})
	}
}

// serveBench serves c on 127.0.0.1 without the answer cache, until b ends.
func serveBench(b *testing.B, c *corpus.Corpus) string {
	s, err := New(Config{Corpus: c, Logger: slog.New(slog.DiscardHandler), NoAnswerCache: true})
	if err != nil {
		b.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- Serve(ctx, NewHTTPServer(s.Handler(), slog.New(slog.DiscardHandler)), ln, 5*time.Second)
	}()
	b.Cleanup(func() { cancel(); <-done })
	return "http://" + ln.Addr().String()
}

// readWholeAct reads the act as in force on d: the API's pages of its
// text or of its comparison, following next, or the web page. A 503 is
// counted and asked again after its Retry-After.
func readWholeAct(base, act string, d corpus.Date, mode string, busy *atomic.Int64) error {
	client := &http.Client{Timeout: 5 * time.Minute}
	first := map[string]string{
		"page": base + "/acts/" + act + "?date=" + d.String(),
		"text": base + "/api/v1/acts/" + act + "/text?date=" + d.String(),
		"diff": base + "/api/v1/acts/" + act + "/diff?from=1990-01-01&to=" + d.String(),
	}[mode]
	for target := first; target != ""; {
		resp, err := client.Get(target)
		if err != nil {
			return err
		}
		var page struct{ Next string }
		if mode != "page" && resp.StatusCode == http.StatusOK {
			err = json.NewDecoder(resp.Body).Decode(&page)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		switch {
		case err != nil:
			return err
		case resp.StatusCode == http.StatusServiceUnavailable:
			busy.Add(1)
			secs, _ := strconv.Atoi(resp.Header.Get("Retry-After"))
			time.Sleep(time.Duration(secs) * time.Second)
			continue
		case resp.StatusCode != http.StatusOK:
			return fmt.Errorf("%s: %s", target, resp.Status)
		}
		target = ""
		if page.Next != "" {
			target = first + "&cursor=" + url.QueryEscape(page.Next)
		}
	}
	return nil
}

// sampleRSS records in peak the highest RSS of the process, in MB, every
// 10 ms until stop is called.
func sampleRSS(peak *atomic.Int64) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			if mb := rssMB("VmRSS"); mb > peak.Load() {
				peak.Store(mb)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	})
	return func() { close(done); wg.Wait() }
}

// rssMB reads a memory figure of this process from /proc, in MB (0 where
// there is no /proc).
func rssMB(field string) int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb >> 10
		}
	}
	return 0
}

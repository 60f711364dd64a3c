package server

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"lexdiff/corpus"
	"lexdiff/corpus/embedded"
	"lexdiff/corpus/synth"
	"lexdiff/index"
)

// Flags of TestLoad and TestLoadWrk: go test ./server -run 'TestLoad$' -load 30s -v
var (
	loadFor   = flag.Duration("load", 0, "run TestLoad and TestLoadWrk for this long: the mix of text, diff, search and act pages, and /healthz, in alternate seconds, 64 clients")
	loadCache = flag.Bool("load.cache", false, "TestLoad and TestLoadWrk with the answer cache on (by default it is off, so that every answer is built)")
)

// loadDistinct is how many questions of each route TestLoad asks, each
// once in turn.
const loadDistinct = 5000

// TestLoad runs 64 clients against a real server on 127.0.0.1, without the
// answer cache: in alternate seconds (so that other processes on the
// machine weigh on both alike), the mix of text, diff, search and act page
// questions from loadURLs, and /healthz. It reports requests/s, p50 and
// p99 by route, and the ratio of the mix's requests/s to /healthz's, for a
// client that asks for gzip and reads the bytes as sent (as wrk does; a
// browser decodes on its own machine), and one that does not ask for it.
// The two clients take turns, second by second, in an order that changes
// each round, asking the questions in one sequence (from its start again
// when they reach its end), after a second of the mix that is not counted:
// the first seconds of a server run far slower than the rest (its
// connections, heap and kept HTML are still to be made), and whichever
// client had them would seem the slower. Any answer but 200 fails it.
func TestLoad(t *testing.T) {
	if *loadFor == 0 {
		t.Skip("opt-in: go test ./server -run 'TestLoad$' -load 30s -v")
	}
	base, c := startLoadServer(t)
	mix := loadMix(t, c)
	health := []loadTarget{{"healthz", "/healthz"}}
	raw := &http.Transport{MaxIdleConnsPerHost: 64, DisableCompression: true}
	clients := []struct {
		name   string
		client *http.Client
		mix    map[string]*loadStats
		health *loadStats
	}{
		{"gzip, as sent", &http.Client{Transport: askGzip{raw}, Timeout: 30 * time.Second}, map[string]*loadStats{}, &loadStats{}},
		{"identity", &http.Client{Transport: raw, Timeout: 30 * time.Second}, map[string]*loadStats{}, &loadStats{}},
	}
	// Both clients ask the mix's questions in one sequence, after a
	// second of it that is not counted.
	var next atomic.Int64
	runLoad(t, clients[0].client, base, mix, &next, time.Second)
	for round := range max(1, int(*loadFor/time.Duration(2*len(clients))/time.Second)) {
		for i := range clients {
			c := clients[(round+i)%len(clients)]
			for route, st := range runLoad(t, c.client, base, mix, &next, time.Second) {
				if c.mix[route] == nil {
					c.mix[route] = &loadStats{}
				}
				c.mix[route].add(st)
			}
			c.health.add(runLoad(t, c.client, base, health, new(atomic.Int64), time.Second)["healthz"])
		}
	}
	t.Logf("asked %d questions of the mix, %.1f times its %d", next.Load(), float64(next.Load())/float64(len(mix)), len(mix))
	for _, c := range clients {
		total := &loadStats{}
		for _, route := range loadRoutes {
			t.Logf("%-14s %-7s %s", c.name, route, c.mix[route])
			total.add(c.mix[route])
		}
		total.took = c.health.took
		t.Logf("%-14s %-7s %s", c.name, "mix", total)
		t.Logf("%-14s %-7s %s", c.name, "healthz", c.health)
		t.Logf("%-14s mix requests/s ÷ /healthz requests/s = %.2f (target ≥ 0.5)", c.name, total.rate()/c.health.rate())
	}
}

// loadMix returns the questions of the load on c, loadDistinct of each
// route, in turn, and logs how many differ.
func loadMix(t *testing.T, c *corpus.Corpus) []loadTarget {
	gen, err := newLoadURLs(c, 1)
	if err != nil {
		t.Fatal(err)
	}
	var mix []loadTarget
	var all []string
	for range loadDistinct {
		for _, route := range loadRoutes {
			tg := loadTarget{route, gen.next(route)}
			mix = append(mix, tg)
			all = append(all, tg.url)
		}
	}
	urls, days := distinct(all)
	t.Logf("%d acts, %d questions: %d distinct, naming %d distinct days", len(gen.acts), len(mix), urls, days)
	return mix
}

// loadCorpus is the corpus of the load: the embedded act and synthetic
// acts of every shape, with chapters and gaps.
func loadCorpus() (*corpus.Corpus, error) {
	sample, err := embedded.Load()
	if err != nil {
		return nil, err
	}
	acts, err := synth.Acts(synth.Config{Acts: 8, Units: 30, Versions: 6, Kind: synth.Mixed, Seed: 1, Gaps: 0.05, UnitsPerChapter: 10})
	if err != nil {
		return nil, err
	}
	err = sample.Each(func(a *corpus.Act) error { acts = append(acts, a); return nil })
	if err != nil {
		return nil, err
	}
	return corpus.New(acts...)
}

// startLoadServer serves the load corpus on a free port of 127.0.0.1,
// until the test ends, and returns its URL and the corpus.
func startLoadServer(t *testing.T) (string, *corpus.Corpus) {
	c, err := loadCorpus()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.NewMem(c)
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewJSONHandler(io.Discard, nil)) // log lines are made, as in production, then dropped
	s, err := New(Config{Corpus: c, Searcher: ix, Logger: log, NoAnswerCache: !*loadCache})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, NewHTTPServer(s.Handler(), log), ln, 5*time.Second) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	})
	return "http://" + ln.Addr().String(), c
}

// A loadTarget is one question of the load and its route.
type loadTarget struct{ route, url string }

// loadStats are the latencies of one route's requests over a run.
type loadStats struct {
	latencies []time.Duration
	errors    int
	took      time.Duration
}

func (s *loadStats) add(o *loadStats) {
	s.latencies = append(s.latencies, o.latencies...)
	s.errors += o.errors
	s.took += o.took
}

func (s *loadStats) rate() float64 { return float64(len(s.latencies)) / s.took.Seconds() }

func (s *loadStats) String() string {
	slices.Sort(s.latencies)
	p := func(q float64) time.Duration {
		if len(s.latencies) == 0 {
			return 0
		}
		return s.latencies[int(q*float64(len(s.latencies)-1))]
	}
	return fmt.Sprintf("%8d requests %7.0f/s  p50 %8v  p99 %8v  errors %d",
		len(s.latencies), s.rate(), p(0.5).Round(time.Microsecond), p(0.99).Round(time.Microsecond), s.errors)
}

// runLoad runs 64 clients for d, asking the targets in turn from next on,
// and returns the stats by route. It fails the test on any error.
func runLoad(t *testing.T, client *http.Client, base string, targets []loadTarget, next *atomic.Int64, d time.Duration) map[string]*loadStats {
	const clients = 64
	var mu sync.Mutex
	stats := map[string]*loadStats{}
	for _, tg := range targets {
		stats[tg.route] = &loadStats{took: d}
	}
	stop := time.Now().Add(d)
	var wg sync.WaitGroup
	for range clients {
		wg.Go(func() {
			local := map[string]*loadStats{}
			for time.Now().Before(stop) {
				tg := targets[int(next.Add(1)-1)%len(targets)]
				st := local[tg.route]
				if st == nil {
					st = &loadStats{}
					local[tg.route] = st
				}
				start := time.Now()
				if err := fetch(client, base+tg.url); err != nil {
					st.errors++
					t.Errorf("%s: %v", tg.url, err)
					continue
				}
				st.latencies = append(st.latencies, time.Since(start))
			}
			mu.Lock()
			defer mu.Unlock()
			for r, st := range local {
				stats[r].latencies = append(stats[r].latencies, st.latencies...)
				stats[r].errors += st.errors
			}
		})
	}
	wg.Wait()
	return stats
}

// askGzip asks for gzip on every request. On a transport with compression
// disabled, the body then comes as the server sent it, not decoded.
type askGzip struct{ http.RoundTripper }

func (a askGzip) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("Accept-Encoding", "gzip")
	return a.RoundTripper.RoundTrip(r)
}

// fetch GETs url and reads the body; anything but 200 is an error.
func fetch(client *http.Client, url string) error {
	resp, err := client.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("status %d", resp.StatusCode)
	}
	return nil
}

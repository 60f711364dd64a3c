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
	"testing"
	"time"
)

// loadFor turns on TestLoad: go test ./server -run TestLoad -load 30s.
var loadFor = flag.Duration("load", 0, "run TestLoad: the mix for this long, then /text and a trivial handler for a third of it each, in alternate seconds, by three kinds of client")

// loadTargets are the questions of the load mix, by route.
var loadTargets = map[string][]string{
	"text": {
		"/api/v1/acts/du-2017-1399/text?date=2019-05-01&unit=%C2%A7%203%20ust.%201%20pkt%208",
		"/api/v1/acts/du-2017-1399/text?date=2019-09-01&unit=par3.ust1",
		"/api/v1/acts/du-2017-1399/text?date=2021-01-01",
		"/api/v1/acts/Dz.U.%202017%20poz.%201399/text?date=2020-12-06&unit=par3.ust2",
	},
	"diff": {
		"/api/v1/acts/du-2017-1399/diff?from=2019-08-31&to=2019-09-01",
		"/api/v1/acts/du-2017-1399/diff?from=2020-12-06&to=2020-12-07&unit=par3.ust1",
		"/api/v1/acts/du-2017-1399/diff?from=2018-01-01&to=2021-01-01&format=html",
	},
	"search": {
		"/api/v1/search?q=kuratora",
		"/api/v1/search?q=wniosek%20szko%C5%82y&all=1",
		"/api/v1/search?q=%22dane%20dost%C4%99powe%22&date=2019-09-01",
	},
	"trivial": {"/trivial"},
}

// TestLoad runs 64 clients against a real server on 127.0.0.1: first the
// mix of /text, /diff and /search, then /text alone and a trivial handler
// alone behind the same middleware, and reports requests/s and p99 by
// route and the ratio of /text to the trivial handler. Any error fails it.
func TestLoad(t *testing.T) {
	if *loadFor == 0 {
		t.Skip("opt-in: go test ./server -run TestLoad -load 30s")
	}
	base := startLoadServer(t)
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}, Timeout: 10 * time.Second}
	mix := runLoad(t, client, base, []string{"text", "diff", "search"}, *loadFor)
	for _, name := range []string{"text", "diff", "search"} {
		t.Logf("mix     %-7s %s", name, mix[name])
	}
	// /text and the trivial handler alone, in alternate slices of a second
	// so that the load of other processes on the machine weighs on both
	// alike; by a client that asks for gzip and decodes it, one that asks
	// for it and reads the bytes as they come, and one that does not ask.
	// The first measures this client's own gunzip of /text (several kB
	// against the trivial 3 bytes) too, on the cores the server runs on; a
	// real client decodes on its own machine.
	raw := &http.Transport{MaxIdleConnsPerHost: 64, DisableCompression: true}
	for _, c := range []struct {
		name   string
		client *http.Client
	}{
		{"gzip, decoded", client},
		{"gzip, not decoded", &http.Client{Transport: askGzip{raw}, Timeout: 10 * time.Second}},
		{"identity", &http.Client{Transport: raw, Timeout: 10 * time.Second}},
	} {
		text, trivial := &loadStats{}, &loadStats{}
		for range max(1, int(*loadFor/9/time.Second)) {
			text.add(runLoad(t, c.client, base, []string{"text"}, time.Second)["text"])
			trivial.add(runLoad(t, c.client, base, []string{"trivial"}, time.Second)["trivial"])
		}
		t.Logf("alone (%s)   text    %s", c.name, text)
		t.Logf("alone (%s)   trivial %s", c.name, trivial)
		t.Logf("/text requests/s ÷ trivial requests/s, %s client = %.2f (target ≥ 0.5)", c.name, text.rate()/trivial.rate())
	}
}

// startLoadServer serves the test server, and /trivial behind the same
// middleware, on a free port of 127.0.0.1, until the test ends.
func startLoadServer(t *testing.T) string {
	c, err := testCorpus()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := testIndex()
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewJSONHandler(io.Discard, nil)) // log lines are made, as in production, then dropped
	s, err := New(Config{Corpus: c, Searcher: ix, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/", s.Handler())
	mux.Handle("/trivial", s.middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "ok\n")
	})))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, NewHTTPServer(mux, log), ln, 5*time.Second) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	})
	return "http://" + ln.Addr().String()
}

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
	return fmt.Sprintf("%8d requests %9.0f/s  p50 %8v  p99 %8v  errors %d",
		len(s.latencies), s.rate(), p(0.5).Round(time.Microsecond), p(0.99).Round(time.Microsecond), s.errors)
}

// runLoad runs 64 clients for d, each going round the targets of routes,
// and returns the stats by route. It fails the test on any error.
func runLoad(t *testing.T, client *http.Client, base string, routes []string, d time.Duration) map[string]*loadStats {
	const clients = 64
	var targets [][2]string // route, target
	for _, r := range routes {
		for _, target := range loadTargets[r] {
			targets = append(targets, [2]string{r, target})
		}
	}
	var mu sync.Mutex
	stats := map[string]*loadStats{}
	for _, r := range routes {
		stats[r] = &loadStats{took: d}
	}
	stop := time.Now().Add(d)
	var wg sync.WaitGroup
	for i := range clients {
		wg.Go(func() {
			local := map[string]*loadStats{}
			for j := i; time.Now().Before(stop); j++ {
				tg := targets[j%len(targets)]
				st := local[tg[0]]
				if st == nil {
					st = &loadStats{}
					local[tg[0]] = st
				}
				start := time.Now()
				if err := fetch(client, base+tg[1]); err != nil {
					st.errors++
					t.Errorf("%s: %v", tg[1], err)
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

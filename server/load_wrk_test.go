package server

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestLoadWrk runs the load of TestLoad with wrk (Debian's package wrk),
// the client the load was first measured with: a C program in a process of
// its own, which costs far less a request than Go's client in the server's
// process, so that /healthz runs faster beside it and the ratio of the mix
// to /healthz comes out lower than TestLoad's. With 64 connections on two
// threads it runs the mix and /healthz in alternate seconds, after a
// second of the mix that is not counted, each run of the mix going on
// through the questions from where the last left off, and reports their
// requests/s and ratio; then each route alone for two seconds, with its
// requests/s, p50 and p99 (wrk gives the latencies of a run, not of a
// request's route). wrk asks for no compression. Any answer of 400 or
// more, or a socket error, fails it.
func TestLoadWrk(t *testing.T) {
	if *loadFor == 0 {
		t.Skip("opt-in: go test ./server -run TestLoadWrk -load 30s -v (needs wrk: apt-get install wrk)")
	}
	wrk, err := exec.LookPath("wrk")
	if err != nil {
		t.Skip("TestLoadWrk needs wrk on the PATH: apt-get install wrk")
	}
	script, err := filepath.Abs(filepath.Join("testdata", "wrk", "urls.lua"))
	if err != nil {
		t.Fatal(err)
	}
	base, c := startLoadServer(t)
	dir := t.TempDir()
	lists := map[string][]string{"healthz": {"/healthz"}}
	for _, tg := range loadMix(t, c) {
		lists["mix"] = append(lists["mix"], tg.url)
		lists[tg.route] = append(lists[tg.route], tg.url)
	}
	files := map[string]string{}
	for name, paths := range lists {
		files[name] = filepath.Join(dir, name+".txt")
		if err := os.WriteFile(files[name], []byte(strings.Join(paths, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// run runs wrk on the paths of list name for d, its threads starting
	// from the line after skip and spread evenly from there.
	run := func(name string, d time.Duration, skip int) wrkRun {
		out, err := exec.Command(wrk, fmt.Sprintf("-t%d", wrkThreads), "-c64", fmt.Sprintf("-d%ds", int(d.Seconds())), "-s", script, base,
			"--", files[name], strconv.Itoa(wrkThreads), strconv.Itoa(skip)).CombinedOutput()
		if err != nil {
			t.Fatalf("wrk on %s: %v\n%s", name, err, out)
		}
		r, err := parseWrkRun(string(out))
		if err != nil {
			t.Fatalf("wrk on %s: %v\n%s", name, err, out)
		}
		if r.statusErrors+r.socketErrors > 0 {
			t.Errorf("wrk on %s: %d answers of 400 or more, %d socket errors", name, r.statusErrors, r.socketErrors)
		}
		return r
	}
	// Each run of the mix goes on from where the last left off, as
	// TestLoad's clients do: each thread asked about its share of the
	// requests.
	var mix, health wrkRun
	skip := run("mix", time.Second, 0).requests / wrkThreads
	for range max(1, int(*loadFor/(2*time.Second))) {
		r := run("mix", time.Second, skip)
		skip += r.requests / wrkThreads
		mix.add(r)
		health.add(run("healthz", time.Second, 0))
	}
	t.Logf("wrk     asked %d questions of the mix, %.1f times its %d", skip*wrkThreads, float64(skip*wrkThreads)/float64(len(lists["mix"])), len(lists["mix"]))
	t.Logf("wrk     mix     %s", mix.rate())
	t.Logf("wrk     healthz %s", health.rate())
	t.Logf("wrk     mix requests/s ÷ /healthz requests/s = %.2f (target ≥ 0.5)", mix.perSecond()/health.perSecond())
	for _, route := range loadRoutes {
		r := run(route, 2*time.Second, 0)
		t.Logf("wrk     %-7s %s  p50 %8v  p99 %8v", route, r.rate(), r.p50, r.p99)
	}
}

// wrkThreads is the number of wrk's threads: one a core of the machine
// the load was first measured on.
const wrkThreads = 2

// A wrkRun is what the script of TestLoadWrk reports of one or more runs
// of wrk: their requests, the time they took, their errors, and the p50
// and p99 of the last.
type wrkRun struct {
	requests, statusErrors, socketErrors int
	took, p50, p99                       time.Duration
}

func (r *wrkRun) add(o wrkRun) {
	r.requests += o.requests
	r.statusErrors += o.statusErrors
	r.socketErrors += o.socketErrors
	r.took += o.took
}

func (r wrkRun) perSecond() float64 { return float64(r.requests) / r.took.Seconds() }

func (r wrkRun) rate() string {
	return fmt.Sprintf("%8d requests %7.0f/s", r.requests, r.perSecond())
}

// parseWrkRun reads the line the script of TestLoadWrk prints in wrk's
// output.
func parseWrkRun(out string) (wrkRun, error) {
	const prefix = "lexdiff-wrk "
	i := strings.Index(out, prefix)
	if i < 0 {
		return wrkRun{}, fmt.Errorf("no line %q in wrk's output", prefix)
	}
	line, _, _ := strings.Cut(out[i:], "\n")
	var r wrkRun
	var tookUS, p50US, p99US int64
	_, err := fmt.Sscanf(line, prefix+"requests=%d duration_us=%d status_errors=%d socket_errors=%d p50_us=%d p99_us=%d",
		&r.requests, &tookUS, &r.statusErrors, &r.socketErrors, &p50US, &p99US)
	r.took, r.p50, r.p99 = time.Duration(tookUS)*time.Microsecond, time.Duration(p50US)*time.Microsecond, time.Duration(p99US)*time.Microsecond
	return r, err
}

func TestParseWrkRun(t *testing.T) {
	out := `Running 1s test @ http://127.0.0.1:40163
  2 threads and 64 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     9.79ms   15.59ms 116.78ms   88.04%
  21954 requests in 1.00s, 8.21MB read
lexdiff-wrk requests=21954 duration_us=1001370 status_errors=3 socket_errors=1 p50_us=3115 p99_us=94408
Requests/sec:  21924.58
`
	got, err := parseWrkRun(out)
	want := wrkRun{requests: 21954, statusErrors: 3, socketErrors: 1, took: 1001370 * time.Microsecond, p50: 3115 * time.Microsecond, p99: 94408 * time.Microsecond}
	if err != nil || got != want {
		t.Errorf("parseWrkRun = %+v, %v; want %+v", got, err, want)
	}
	if _, err := parseWrkRun("Requests/sec:  21924.58\n"); err == nil {
		t.Error("parseWrkRun of output without the script's line: no error")
	}
	if _, err := parseWrkRun("lexdiff-wrk requests=1 duration_us=x\n"); err == nil {
		t.Error("parseWrkRun of a broken line: no error")
	}
}

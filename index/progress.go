package index

import (
	"fmt"
	"io"
	"log/slog"
	"time"
)

// A progress reports a build: a line redrawn on a terminal, or a log line
// every logEvery. A nil *progress reports nothing.
type progress struct {
	total    int
	term     io.Writer
	log      *slog.Logger
	start    time.Time
	last     time.Time
	logEvery time.Duration
}

func newProgress(total int, opts Options) *progress {
	now := time.Now()
	opts.Logger.Info("building the search index", "unit_versions", total)
	return &progress{total: total, term: opts.Terminal, log: opts.Logger, start: now, last: now, logEvery: 5 * time.Second}
}

// update reports that n wordings are indexed.
func (p *progress) update(n int) {
	if p == nil {
		return
	}
	now := time.Now()
	every := p.logEvery
	if p.term != nil {
		every = 200 * time.Millisecond
	}
	if now.Sub(p.last) < every {
		return
	}
	p.last = now
	rate, left := p.rate(n, now)
	if p.term != nil {
		fmt.Fprintf(p.term, "\rindexing %d/%d unit versions, %.0f/s, %v left   ", n, p.total, rate, left)
		return
	}
	p.log.Info("indexing", "done", n, "total", p.total, "per_second", int(rate), "left", left)
}

// done reports the end of the build.
func (p *progress) done(n int) {
	if p == nil {
		return
	}
	took := time.Since(p.start)
	rate, _ := p.rate(n, time.Now())
	if p.term != nil {
		fmt.Fprintf(p.term, "\rindexed %d unit versions in %v, %.0f/s%20s\n", n, took.Round(time.Millisecond), rate, "")
	}
	p.log.Info("search index built", "unit_versions", n, "took", took.Round(time.Millisecond), "per_second", int(rate))
}

func (p *progress) rate(n int, now time.Time) (float64, time.Duration) {
	secs := now.Sub(p.start).Seconds()
	if secs <= 0 || n == 0 {
		return 0, 0
	}
	rate := float64(n) / secs
	left := time.Duration(float64(p.total-n) / rate * float64(time.Second))
	return rate, left.Round(time.Second)
}

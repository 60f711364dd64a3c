package store

import (
	"context"
	"sync/atomic"
	"testing"

	"lexdiff/corpus/synth"
)

// BenchmarkParallelMisses reads acts through one snapshot from many
// goroutines at once with no cache, as requests of a server do when its
// cache is smaller than what they ask for: an op is one act read and
// parsed (200 articles in 3 versions).
//
//	go test -run '^$' -bench ParallelMisses -count 6 ./corpus/store/
func BenchmarkParallelMisses(b *testing.B) {
	acts, err := synth.Acts(synth.Config{Acts: 16, Units: 200, Versions: 3, Seed: 2})
	if err != nil {
		b.Fatal(err)
	}
	s, _ := openTemp(b, Options{CacheBytes: 0})
	put(b, s, acts...)
	sn, err := s.Snapshot(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	defer sn.Close()
	c, err := sn.Listed()
	if err != nil {
		b.Fatal(err)
	}
	var next atomic.Int64
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := c.Act(acts[next.Add(1)%int64(len(acts))].ID); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

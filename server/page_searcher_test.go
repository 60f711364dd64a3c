package server

import (
	"testing"

	"lexdiff/corpus/embedded"
	"lexdiff/index"
)

// pageSearcher indexes the embedded corpus in memory.
func pageSearcher(t testing.TB) Searcher {
	t.Helper()
	c, err := embedded.Load()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.NewMem(c)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

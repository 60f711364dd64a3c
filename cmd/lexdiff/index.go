package main

import (
	"fmt"
	"path/filepath"

	"lexdiff/corpus"
	"lexdiff/index"
	"lexdiff/server"
)

// The index is what the server searches, and tells the metrics its size;
// on disk, it heals, and says when it cannot answer while it does.
var (
	_ servedIndex         = (*index.Index)(nil)
	_ servedIndex         = (*index.Healing)(nil)
	_ server.Availability = (*index.Healing)(nil)
)

// A servedIndex is an index as the server uses it.
type servedIndex interface {
	server.Searcher
	server.DocCounter
	Close() error
}

// indexDir is where the search index of the corpus kept in dataDir lives.
func indexDir(dataDir string) string { return filepath.Join(dataDir, ".index") }

// An indexOpener opens the index of c kept in dir, building it there when
// it is missing or stale.
type indexOpener func(dir string, c *corpus.Corpus, opts index.Options) (servedIndex, error)

// The two ways to open an index on disk: as a command that answers and
// exits does (index.Open), and as a server does (index.OpenHealing: a
// damaged index is rebuilt while the server runs).
var (
	onDisk indexOpener = func(dir string, c *corpus.Corpus, opts index.Options) (servedIndex, error) {
		return index.Open(dir, c, opts)
	}
	healing indexOpener = func(dir string, c *corpus.Corpus, opts index.Options) (servedIndex, error) {
		return index.OpenHealing(dir, c, opts)
	}
)

// openIndex opens with open the search index of the corpus c read from
// dataDir, kept beside the corpus in DIR/.index; for the embedded corpus
// (dataDir ""), it builds one in memory.
func openIndex(dataDir string, c *corpus.Corpus, opts index.Options, open indexOpener) (servedIndex, error) {
	if dataDir == "" {
		return index.NewMem(c)
	}
	ix, err := open(indexDir(dataDir), c, opts)
	if err != nil {
		return nil, fmt.Errorf("index of %s: %w", dataDir, err)
	}
	return ix, nil
}

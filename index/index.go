package index

import (
	"fmt"
	"log/slog"
	"math"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"lexdiff/corpus"
)

// An Index finds the units of a corpus by their words. It is safe for
// concurrent use.
type Index struct {
	bleve    bleve.Index
	corpus   *corpus.Corpus
	analyzer analysis.Analyzer
	table    *table
	close    func() error
	shingled bool // the analyzer indexes shingles: phrases are found through them
	// scoreLemmasUpTo is the package's scoreLemmasUpTo, but in tests (see
	// lemmasQuery).
	scoreLemmasUpTo int
	queries         queryCache
	prefixes        *prefixCache // the terms of the prefixes its queries search

	// Of an index on disk: its directory, where Open logs, and the error
	// that found it damaged, after which every search fails with it.
	path    string
	log     *slog.Logger
	damaged atomic.Pointer[error]
}

// batchSize is the number of wordings indexed per batch.
const batchSize = 2000

// NewMem indexes c in memory: for the embedded corpus and for tests.
func NewMem(c *corpus.Corpus) (*Index, error) { return newMem(c, analyzerName) }

// newMem indexes c in memory with text analysed by the named analyzer.
func newMem(c *corpus.Corpus, analyzer string) (*Index, error) {
	// Scorch with no path keeps the index in memory, with the document
	// numbers the table needs (Bleve's NewMemOnly is another index type).
	b, err := bleve.NewUsing("", newMapping(analyzer), scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, err
	}
	// One batch makes one segment: a query looks each term up once.
	if err := fill(b, c, nil, math.MaxInt); err != nil {
		b.Close()
		return nil, err
	}
	return wrap(b, c, analyzer)
}

// wrap returns the Index of an opened Bleve index of c, searched with the
// named analyzer.
func wrap(b bleve.Index, c *corpus.Corpus, analyzer string) (*Index, error) {
	a := b.Mapping().AnalyzerNamed(analyzer)
	if a == nil {
		b.Close()
		return nil, fmt.Errorf("index: analyzer %s is not registered", analyzer)
	}
	t, err := newTable(b)
	if err != nil {
		b.Close()
		return nil, err
	}
	return &Index{bleve: b, corpus: c, analyzer: a, table: t, close: sync.OnceValue(b.Close), shingled: analyzer == analyzerName,
		scoreLemmasUpTo: scoreLemmasUpTo, prefixes: newPrefixCache(maxPrefixTerms), log: slog.New(slog.DiscardHandler)}, nil
}

// DocCount returns the number of wordings in the index.
func (ix *Index) DocCount() (uint64, error) { return ix.bleve.DocCount() }

// fill indexes every wording of c into b, in batches of size wordings,
// reporting to p when it is not nil.
func fill(b bleve.Index, c *corpus.Corpus, p *progress, size int) error {
	batch := b.NewBatch()
	n := 0
	err := eachDoc(c, func(d *doc) error {
		if err := batch.Index(d.id(), d); err != nil {
			return err
		}
		if n++; batch.Size() >= size {
			if err := b.Batch(batch); err != nil {
				return err
			}
			batch.Reset()
			p.update(n)
		}
		return nil
	})
	if err == nil {
		err = b.Batch(batch)
	}
	if err != nil {
		return fmt.Errorf("indexing: %w", err)
	}
	p.done(n)
	return nil
}

// Close releases the index. Calling it again does nothing.
func (ix *Index) Close() error { return ix.close() }

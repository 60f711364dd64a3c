// Package embedded holds lexdiff's default corpus, built into the binary:
// the regulation of the Minister of National Education of 14 July 2017 on
// access data to the SIO database (Dz. U. 2017 poz. 1399, the sample), § 3
// in its three versions; and the acts of the real documents of the
// Dziennik Ustaw in ../shared/realtexts (both consolidated texts of each
// pair; the amending acts, as acts and applied), as lexdiff imports them. It is stored in the text layout of package corpus
// under data/; to refresh it, import the data and the texts into a corpus
// directory and export it:
//
//	lexdiff import -data /tmp/emb corpus/embedded/data
//	lexdiff import -data /tmp/emb ../shared/realtexts
//	lexdiff export -data /tmp/emb corpus/embedded/data
package embedded

import (
	"embed"
	"io/fs"
	"sync"

	"lexdiff/corpus"
)

//go:embed data
var data embed.FS

// FS returns the embedded corpus files, in the on-disk layout.
func FS() fs.FS {
	sub, err := fs.Sub(data, "data")
	if err != nil {
		panic(err) // the directory is embedded above; this cannot fail
	}
	return sub
}

var load = sync.OnceValues(func() (*corpus.Corpus, error) { return corpus.ReadDir(FS()) })

// Load returns the embedded corpus. It is parsed once; every call returns
// the same immutable *corpus.Corpus.
func Load() (*corpus.Corpus, error) { return load() }

// SampleID is the id of the sample regulation.
const SampleID = "du-2017-1399"

var sample = sync.OnceValues(func() (*corpus.Corpus, error) {
	c, err := load()
	if err != nil {
		return nil, err
	}
	a, err := c.Act(SampleID)
	if err != nil {
		return nil, err
	}
	return corpus.New(a)
})

// Sample returns a corpus of the sample regulation alone, for the tests
// that count on its words and nothing else.
func Sample() (*corpus.Corpus, error) { return sample() }

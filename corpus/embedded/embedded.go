// Package embedded holds lexdiff's default corpus, built into the binary:
// the regulation of the Minister of National Education of 14 July 2017 on
// access data to the SIO database (Dz. U. 2017 poz. 1399), § 3 in its three
// versions. It is stored in the text format of package corpus under
// data/; refresh it by importing into a store and exporting there
// ("lexdiff export -data DIR corpus/embedded/data").
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

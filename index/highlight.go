package index

import (
	"github.com/blevesearch/bleve/v2/search/highlight/fragmenter/simple"
	simplehl "github.com/blevesearch/bleve/v2/search/highlight/highlighter/simple"
)

// fragmentSize is the length of a fragment, in characters.
const fragmentSize = 320

// highlighter highlights hits: HTML with <mark> (see markFormatter), in
// fragments long enough to hold most units whole (Bleve's default of 200
// characters cuts a typical punkt in two).
var highlighter = simplehl.NewHighlighter(simple.NewFragmenter(fragmentSize), markFormatter{}, simplehl.DefaultSeparator)

package index

import (
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/bleve/v2/search/highlight"
	htmlformat "github.com/blevesearch/bleve/v2/search/highlight/format/html"
	"github.com/blevesearch/bleve/v2/search/highlight/fragmenter/simple"
	simplehl "github.com/blevesearch/bleve/v2/search/highlight/highlighter/simple"
)

// highlighterName is the highlighter of hits: HTML with <mark>, in
// fragments long enough to hold most units whole (Bleve's default of 200
// characters cuts a typical punkt in two).
const highlighterName = "lexdiff_html"

// fragmentSize is the length of a fragment, in characters.
const fragmentSize = 320

func init() {
	registry.RegisterHighlighter(highlighterName, func(map[string]any, *registry.Cache) (highlight.Highlighter, error) {
		return simplehl.NewHighlighter(simple.NewFragmenter(fragmentSize),
			htmlformat.NewFragmentFormatter("<mark>", "</mark>"), simplehl.DefaultSeparator), nil
	})
}

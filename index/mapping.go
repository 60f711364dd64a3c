package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
)

// Field names of an indexed unit wording.
const (
	fieldAct      = "act"
	fieldUnit     = "unit"
	fieldCitation = "citation"
	fieldKind     = "kind"
	fieldText     = "text"
	fieldFrom     = "from"
	fieldTo       = "to"
	// fieldFirstKnown is kept, not searched: "1" on a wording whose first
	// day is only the first the corpus knows the unit from.
	fieldFirstKnown = "firstKnown"
)

// newMapping returns the index mapping for documents of type doc, with text
// analysed by analyzerName (or by the named analyzer, for comparisons).
func newMapping(textAnalyzer string) mapping.IndexMapping {
	// Keyword fields need no doc values: filters and facets are answered
	// from the table of documents (see table.go), read from their terms.
	keywordField := func() *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Store = true
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	text := bleve.NewTextFieldMapping()
	text.Analyzer = textAnalyzer
	text.Store = true
	text.IncludeTermVectors = true
	text.IncludeInAll = false

	dm := bleve.NewDocumentStaticMapping()
	for _, f := range []string{fieldAct, fieldUnit, fieldCitation, fieldKind, fieldFrom, fieldTo} {
		dm.AddFieldMappingsAt(f, keywordField())
	}
	dm.AddFieldMappingsAt(fieldText, text)
	kept := keywordField()
	kept.Index = false
	dm.AddFieldMappingsAt(fieldFirstKnown, kept)

	im := bleve.NewIndexMapping()
	im.DefaultMapping = dm
	im.DefaultAnalyzer = textAnalyzer
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false
	return im
}

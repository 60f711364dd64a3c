package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
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
	fieldYear     = "year"
)

// newMapping returns the index mapping for documents of type doc, with text
// analysed by analyzerName (or by the named analyzer, for comparisons).
func newMapping(textAnalyzer string) mapping.IndexMapping {
	keywordField := func(store bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = store
		f.IncludeInAll = false
		f.DocValues = true
		return f
	}
	number := func() *mapping.FieldMapping {
		f := bleve.NewNumericFieldMapping()
		f.IncludeInAll = false
		return f
	}
	text := bleve.NewTextFieldMapping()
	text.Analyzer = textAnalyzer
	text.Store = true
	text.IncludeTermVectors = true
	text.IncludeInAll = false

	dm := bleve.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt(fieldAct, keywordField(true))
	dm.AddFieldMappingsAt(fieldUnit, keywordField(true))
	dm.AddFieldMappingsAt(fieldCitation, keywordField(true))
	dm.AddFieldMappingsAt(fieldKind, keywordField(true))
	dm.AddFieldMappingsAt(fieldYear, keywordField(false))
	dm.AddFieldMappingsAt(fieldText, text)
	dm.AddFieldMappingsAt(fieldFrom, number())
	dm.AddFieldMappingsAt(fieldTo, number())

	im := bleve.NewIndexMapping()
	im.DefaultMapping = dm
	im.DefaultAnalyzer = textAnalyzer
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false
	return im
}

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
	fieldYear     = "year"
	fieldSpan     = "span"
)

// newMapping returns the index mapping for documents of type doc, with text
// analysed by analyzerName (or by the named analyzer, for comparisons).
func newMapping(textAnalyzer string) mapping.IndexMapping {
	keywordField := func(store bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Store = store
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = true
		return f
	}
	// from and to are only shown: the span terms answer date queries.
	number := func() *mapping.FieldMapping {
		f := bleve.NewNumericFieldMapping()
		f.Index = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	span := bleve.NewKeywordFieldMapping()
	span.Store = false
	span.IncludeTermVectors = false
	span.IncludeInAll = false
	span.DocValues = false
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
	dm.AddFieldMappingsAt(fieldSpan, span)

	im := bleve.NewIndexMapping()
	im.DefaultMapping = dm
	im.DefaultAnalyzer = textAnalyzer
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false
	return im
}

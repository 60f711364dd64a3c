package diff

import (
	"bytes"
	"html/template"
	"io"
)

// diffHTML is the fragment RenderHTML writes. html/template escapes every
// piece of text.
var diffHTML = template.Must(template.New("diff").Funcs(template.FuncMap{"statusNote": statusNote, "join": joinHeadings}).Parse(`<section class="lexdiff-diff" data-act="{{.Act}}" data-from="{{.From}}" data-to="{{.To}}">
<p class="summary">{{if .Unit}}{{.Citation}} of {{end}}{{.Act}}: {{.From}} → {{.To}}: {{if .Paged}}changed units {{.First}}–{{.Last}} of {{.Total}}{{else}}{{len .Changes}} changed units{{end}}</p>
{{- with .Unknown}}
<p class="unknown">Not compared: the corpus does not know their wording on {{$.From}} (the oldest wording it holds applies from the day given): {{range $i, $u := .}}{{if $i}}, {{end}}<span class="citation">{{$u.Citation}}</span> from {{$u.KnownFrom}}{{end}}.</p>
{{- end}}
{{- range .Changes}}
<article class="change kind-{{.Kind}}{{with .Status}} status-{{.}}{{end}}{{with .Class}} class-{{.}}{{end}}" id="unit-{{.Unit}}">
<h3><span class="citation">{{.Citation}}</span> <span class="kind">{{.Kind}}</span>{{with statusNote .}} <span class="status">({{.}})</span>{{end}}{{with .Class}} <span class="class">{{.}}</span>{{end}}{{with .MovedFromCitation}} <span class="moved-from">from {{.}}</span>{{end}}</h3>
{{- with .Attribution}}
<p class="attribution">{{.String}}</p>
{{- end}}
{{- if ne .Kind "annotated"}}
<p class="text">{{template "ops" .Ops}}</p>
{{- end}}
{{- with .Heading}}
<p class="heading">heading: <del>{{.Old}}</del><ins>{{.New}}</ins></p>
{{- end}}
{{- with .Groups}}
<p class="groups">under: <del>{{join .Old}}</del><ins>{{join .New}}</ins></p>
{{- end}}
{{- template "footnotes" .Footnotes}}
{{- with .Replaces}}
<div class="replaces">
<p>replacing the former <span class="citation">{{.Citation}}</span> <span class="kind">{{.Kind}}</span></p>
<p class="text">{{template "ops" .Ops}}</p>
{{- template "footnotes" .Footnotes}}
</div>
{{- end}}
</article>
{{- end}}
{{- with .Next}}
<p class="next">The next page begins with the change of <span class="unit">{{.}}</span>.</p>
{{- end}}
</section>
{{define "ops"}}{{range .}}{{if eq .Op "insert"}}<ins>{{.Text}}</ins>{{else if eq .Op "delete"}}<del>{{.Text}}</del>{{else}}{{.Text}}{{end}}{{end}}{{end}}
{{define "footnotes"}}{{with .}}
<ul class="footnotes">
{{- range .}}
<li class="footnote-{{.Change}}">[{{.Label}}] {{.Change}}: {{.Body}}</li>
{{- end}}
</ul>
{{- end}}{{end}}`))

// RenderHTML writes r as an HTML fragment: a <section> with the units not
// compared (their wording on From unknown), one <article> per change, the inline diff marked with <del> and <ins>, and the old unit
// a change replaces in a <div class="replaces">, every piece of text
// escaped. Line breaks in a unit's text (before its closing part) are
// kept as they are; style the text with white-space: pre-line.
func RenderHTML(w io.Writer, r *Report) error {
	var b bytes.Buffer
	if err := diffHTML.Execute(&b, r); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}

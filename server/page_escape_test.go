package server

import (
	"html/template"
	"strings"
	"testing"
)

// TestEscapeAsTemplate checks that escapeHTML and escapeHref write what
// html/template writes for the same value in HTML text, a quoted
// attribute and a quoted href.
func TestEscapeAsTemplate(t *testing.T) {
	tmpl := template.Must(template.New("").Parse(`{{.}}|<p title="{{.}}">|<a href="{{.}}">`))
	for _, s := range []string{
		"", "plain", `<b>"Ustawa" & 'to'</b>`, "a+b", "nul\x00", "§ 3 ust. 2–4 — żółć",
		"/acts/du-2017-1399?date=2019-09-01&lang=en", "/acts/x/compare?from=2019-08-31&to=2019-09-01#art1",
		"/acts/a b(c)'d\"<e>", "/acts/%41%zz%4", "#par3-ust2", "/acts/żółw?q=a+b", "/a:b?x=javascript:1",
	} {
		var b strings.Builder
		if err := tmpl.Execute(&b, s); err != nil {
			t.Fatal(err)
		}
		want := b.String()
		got := escapeHTML(s) + `|<p title="` + escapeHTML(s) + `">|<a href="` + escapeHref(s) + `">`
		if got != want {
			t.Errorf("%q:\n got %s\nwant %s", s, got, want)
		}
	}
}

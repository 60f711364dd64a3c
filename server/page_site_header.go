package server

import "html/template"

// siteHeader prints what every page starts with: the link that skips to
// its content, and the site's header: the search box, holding query, and
// the links home and to the same page in the other language (switchURL, a
// path from the server's root). It is written in Go, as the rest of the
// layout (writeLayoutHead), to spare every page the escapers html/template
// calls by reflection on each value (page_escape.go); and all of it but
// query and switchURL is made once per language (siteHeaderTexts).
func siteHeader(l lang, query, switchURL string) template.HTML {
	h := siteHeaderTexts[l]
	return template.HTML(h.beforeQuery + escapeHTML(query) + h.beforeSwitch + escapeHref(switchURL) + h.end)
}

// A siteHeaderText is the site's header in one language, escaped, but for
// the two values that depend on the request: the search box's text,
// which goes between beforeQuery and beforeSwitch, and the switch's URL,
// between beforeSwitch and end.
type siteHeaderText struct {
	beforeQuery, beforeSwitch, end string
}

// siteHeaderTexts are the site's header in each language. They are made
// at start-up and only read, so pages may share them.
var siteHeaderTexts = map[lang]siteHeaderText{polish: newSiteHeaderText(polish), english: newSiteHeaderText(english)}

func newSiteHeaderText(l lang) siteHeaderText {
	other := escapeHTML(string(l.Other()))
	return siteHeaderText{
		beforeQuery: `<a class="skip" href="#main">` + escapeHTML(l.T("nav.skip")) + "</a>\n" +
			`<header class="site">` + "\n" +
			`  <a class="brand" href="/">lexdiff</a>` + "\n" +
			`  <form class="site-search" action="/search" method="get" role="search" aria-label="` + escapeHTML(l.T("search.site")) + `">` + "\n" +
			`    <label for="site-q" class="visually-hidden">` + escapeHTML(l.T("search.label")) + "</label>\n" +
			`    <input id="site-q" type="search" name="q" value="`,
		beforeSwitch: `" placeholder="` + escapeHTML(l.T("search.placeholder")) + `">` + "\n" +
			`    <button type="submit">` + escapeHTML(l.T("search.submit")) + "</button>\n" +
			"  </form>\n" +
			`  <nav class="site-nav">` + "\n" +
			`    <a href="/search" class="narrow-only">` + escapeHTML(l.T("nav.search")) + "</a>\n" +
			`    <a href="/">` + escapeHTML(l.T("nav.home")) + "</a>\n" +
			`    <a href="`,
		end: `" lang="` + other + `" hreflang="` + other + `">` + escapeHTML(l.T("lang.switch")) + "</a>\n" +
			"  </nav>\n" +
			"</header>",
	}
}

package server

import "bytes"

// writeLayoutHead writes what every page starts with, up to its content:
// the document's head (language, title, description, canonical link, and
// for an error page the robots' noindex), the site's header (siteHeader,
// switchURL being the same page in the other language) and the opening of
// the main element. writeLayoutTail closes it. They are written here, not
// by a layout template, to spare every page the escapers html/template
// calls by reflection on each value (page_escape.go); the values are
// escaped byte for byte as the template escaped them.
func writeLayoutHead(b *bytes.Buffer, pg page, switchURL string) {
	desc := pg.Description
	if desc == "" {
		desc = pg.L.T("site.tagline")
	}
	b.WriteString("<!doctype html>\n<html lang=\"" + escapeHTML(string(pg.L)) + "\">\n<head>\n<meta charset=\"utf-8\">\n" +
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
		"<title>" + escapeHTML(pg.Title) + " · lexdiff</title>\n" +
		"<meta name=\"description\" content=\"" + escapeHTML(desc) + "\">\n")
	if pg.Canonical != "" {
		b.WriteString("<link rel=\"canonical\" href=\"" + escapeHref(pg.Canonical) + "\">")
	}
	if pg.NoIndex {
		b.WriteString("<meta name=\"robots\" content=\"noindex\">")
	}
	b.WriteString("\n<link rel=\"icon\" href=\"/favicon.ico\" sizes=\"32x32\">\n" +
		"<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">\n" +
		"<link rel=\"stylesheet\" href=\"/static/style.css\">\n" +
		"<script src=\"/static/app.js\" defer></script>\n</head>\n<body>\n")
	b.WriteString(string(siteHeader(pg.L, pg.Query, switchURL)))
	b.WriteString("\n<main id=\"main\" tabindex=\"-1\">\n")
}

// writeLayoutTail writes what every page ends with, after its content.
func writeLayoutTail(b *bytes.Buffer, l lang) {
	b.WriteString("\n</main>\n<footer class=\"site\">" + escapeHTML(l.T("site.tagline")) + "</footer>\n</body>\n</html>\n")
}

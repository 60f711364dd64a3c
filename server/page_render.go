package server

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"lexdiff/corpus"
)

//go:embed templates
var templateFS embed.FS

// contentSecurityPolicy allows only the server's own script and style
// sheet: no inline script, style or event handler can run.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// A page is what every page template gets: the language, the page's title
// and description, the search box's text, and the page's own data.
type page struct {
	L           lang
	Title       string
	Description string // the meta description: what the page shows, in a sentence
	Query       string // the search box's text
	Permalink   string // the view with every date explicit, or "" when it has none
	Canonical   string // Permalink as an absolute URL, set by render
	NoIndex     bool   // an error page: not for search engines
	Data        any
}

// pageTemplates holds the parsed page templates. They are embedded, so a
// template that does not parse is a bug, caught at start-up and by tests.
var pageTemplates = mustParsePages()

func mustParsePages() map[string]*template.Template {
	t, err := parsePages()
	if err != nil {
		panic(err)
	}
	return t
}

// parsePages parses every page template with the shared partials: one
// template set per page, each named by its file name ("act.html"), whose
// "content" template the page's layout (writeLayoutHead) holds.
func parsePages() (map[string]*template.Template, error) {
	base, err := template.New("partials").Funcs(templateFuncs).ParseFS(templateFS, "templates/partial_*.html")
	if err != nil {
		return nil, err
	}
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	sets := map[string]*template.Template{}
	for _, name := range names {
		file := strings.TrimPrefix(name, "templates/")
		if strings.HasPrefix(file, "partial_") {
			continue
		}
		t, err := template.Must(base.Clone()).ParseFS(templateFS, name)
		if err != nil {
			return nil, err
		}
		sets[file] = t
	}
	return sets, nil
}

var templateFuncs = template.FuncMap{
	"add":       func(a, b int) int { return a + b },
	"dateRange": dateRangeHTML,
	"legal":     legalSpaces,
	"legalOps":  legalOps,
	"redline":   redline,
}

// dateRangeHTML prints the days of r, "<time>2017-07-24</time> –
// <time>2019-08-31</time>", or for an open range "<time>2020-12-07</time> –".
// It is the one markup of a range: the templates call it as dateRange, and
// the act page's banner, written in Go, calls it directly.
func dateRangeHTML(r corpus.Range) template.HTML {
	if r.IsOpen() {
		return template.HTML("<time>" + escapeHTML(r.From.String()) + "</time> –")
	}
	return template.HTML("<time>" + escapeHTML(r.From.String()) + "</time> – <time>" + escapeHTML(r.To.String()) + "</time>")
}

// render writes the page's content into a buffer, in the layout
// (writeLayoutHead, writeLayoutTail): what its Data writes when that is a
// pageContent, or else what the named page template's "content" prints.
// Then it writes the buffer with the security headers, so a template
// failure becomes an error page rather than half a page. A page with kept
// pieces (the act page) has each written in place of the mark its content
// prints for it, and is gzipped here for a client that accepts gzip, the
// pieces' kept compressed form put in as it is. (The gzip middleware
// passes a body that is encoded already.)
func (p *pages) render(w http.ResponseWriter, r *http.Request, status int, name string, pg page, kept ...keptPiece) error {
	t, ok := pageTemplates[name]
	if !ok {
		return fmt.Errorf("no page template %q", name)
	}
	if pg.Permalink != "" {
		pg.Canonical = origin(r) + pg.Permalink
	}
	buf := pageBuffers.Get().(*bytes.Buffer)
	defer putPageBuffer(buf)
	writeLayoutHead(buf, pg, switchURL(r, pg.L.Other()))
	if write, ok := pg.Data.(pageContent); ok {
		write(buf)
	} else if err := t.ExecuteTemplate(buf, "content", pg); err != nil {
		return fmt.Errorf("rendering %s: %w", name, err)
	}
	writeLayoutTail(buf, pg.L)
	out := buf
	if kept != nil {
		out = pageBuffers.Get().(*bytes.Buffer)
		defer putPageBuffer(out)
		gzipped := acceptsGzip(r)
		if !writeKept(out, buf.Bytes(), kept, gzipped) {
			return fmt.Errorf("rendering %s: the page does not print the marks of its kept pieces in order", name)
		}
		if gzipped {
			w.Header().Set("Content-Encoding", "gzip")
		}
	}
	rememberLang(w, r)
	setPageHeaders(w.Header())
	// The length spares the client chunked framing and the server a write;
	// gzipResponses drops it when it compresses the page.
	w.Header().Set("Content-Length", strconv.Itoa(out.Len()))
	w.WriteHeader(status)
	w.Write(out.Bytes()) // a failure here is the client's going away: nothing is left to answer
	return nil
}

// A pageContent writes a page's content made in Go (the act page's,
// actView.write) straight into the page that render builds.
type pageContent func(b *bytes.Buffer)

// pageBuffers are the buffers pages are rendered into, reused: a page of
// a long act is hundreds of kilobytes, which a new buffer reaches by
// growing, copying and clearing at each size on the way.
var pageBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledPage bounds the buffers kept for reuse: a larger one is left
// to the garbage collector.
const maxPooledPage = 1 << 20

func putPageBuffer(b *bytes.Buffer) {
	if b.Cap() <= maxPooledPage {
		b.Reset()
		pageBuffers.Put(b)
	}
}

// origin is the scheme and host the request was made to,
// "https://lexdiff.example". Behind a proxy that terminates TLS, the
// proxy's X-Forwarded-Proto tells the scheme.
func origin(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	if p := r.Header.Get("X-Forwarded-Proto"); p == "http" || p == "https" {
		scheme = p
	}
	return scheme + "://" + r.Host
}

func setPageHeaders(h http.Header) {
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("Vary", "Cookie")
}

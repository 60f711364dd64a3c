package server

import (
	"fmt"
	"net/http"
	pathpkg "path"
	"strings"

	"github.com/gorilla/mux"
)

// apiPath reports whether a path belongs to the API and the service's own
// routes, which answer problem+json, rather than to the pages.
func apiPath(path string) bool {
	return path == apiPrefix || strings.HasPrefix(path, apiPrefix+"/") ||
		path == "/openapi.json" || path == "/healthz" || path == "/metrics"
}

// problemPath reports whether an error at path is answered as a problem
// (under the API and /static/) rather than as an HTML page.
func problemPath(path string) bool { return apiPath(path) || strings.HasPrefix(path, "/static/") }

// notFound answers a path no route serves. Under the API and /static/ it
// is a problem; elsewhere a reader typed or followed it, so it is an HTML
// page: /acts
// and /acts/ lead to the list of acts, a page path with a trailing slash
// to the page without it (when that path is clean: see isCleanPath), anything
// else gets a 404 page offering search.
func (s *Server) notFound(router *mux.Router, p *pages) http.Handler {
	api := s.api(func(_ http.ResponseWriter, r *http.Request) error {
		return fmt.Errorf("%w: nothing is served at %s; /openapi.json lists the routes", errNoRoute, r.URL.Path)
	})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		path := r.URL.Path
		switch {
		case problemPath(path):
			api.ServeHTTP(w, r)
		case path == "/acts" || path == "/acts/":
			redirect(w, r, "/")
		case len(path) > 1 && strings.HasSuffix(path, "/") && isCleanPath(strings.TrimRight(path, "/")) && matches(router, r, strings.TrimRight(path, "/")):
			redirect(w, r, strings.TrimRight(path, "/"))
		default:
			l := langOf(r)
			p.renderError(w, r, &pageError{Status: http.StatusNotFound, Title: l.T("error.notFound"),
				Detail: l.Tf("error.noPage", strings.ToValidUTF8(path, replacementChar)), Hint: l.T("error.noPage.hint"), Choices: []link{{l.T("error.actList"), "/"}}})
		}
	})
}

// isCleanPath reports whether p has no empty, "." or ".." segment, which a
// redirect would remove (http.Redirect cleans the path it is given),
// leading to another act than the one asked about: "/acts/../2017/1399"
// to "/2017/1399".
func isCleanPath(p string) bool { return pathpkg.Clean(p) == p }

// matches reports whether a GET of path, with r's query, has a route.
func matches(router *mux.Router, r *http.Request, path string) bool {
	req := r.Clone(r.Context())
	req.URL.Path, req.URL.RawPath = path, ""
	req.Method = http.MethodGet
	var m mux.RouteMatch
	return router.Match(req, &m) && m.MatchErr == nil
}

// redirect sends a GET or HEAD for good to path, keeping the query.
func redirect(w http.ResponseWriter, r *http.Request, path string) {
	if r.URL.RawQuery != "" {
		path += "?" + r.URL.RawQuery
	}
	http.Redirect(w, r, path, http.StatusMovedPermanently)
}

// methodNotAllowed answers a method other than GET or HEAD: a problem
// under the API, an HTML page elsewhere.
func (s *Server) methodNotAllowed(p *pages) http.Handler {
	api := s.api(func(_ http.ResponseWriter, r *http.Request) error {
		return fmt.Errorf("%w: %s is not answered here: the service is read-only, use GET or HEAD", errMethod, r.Method)
	})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodOptions { // a route's path, asked what it serves
			w.Header().Set("Allow", "GET, HEAD, OPTIONS")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if apiPath(r.URL.Path) {
			api.ServeHTTP(w, r)
			return
		}
		l := langOf(r)
		w.Header().Set("Allow", "GET, HEAD, OPTIONS")
		p.renderError(w, r, &pageError{Status: http.StatusMethodNotAllowed, Title: l.T("error.method"),
			Detail: l.Tf("error.method.msg", r.Method), Choices: []link{{l.T("error.actList"), "/"}}})
	})
}

package server

import (
	"net/http"
	"regexp"
	"strings"

	"github.com/gorilla/mux"
)

// apiPrefix is where the JSON API lives.
const apiPrefix = "/api/v1"

// actVar is the {act} path variable: an act id, a reference without
// slashes ("Dz.U. 2017 poz. 1399") or one with them ("DU/2017/1399"),
// which arrives with its slashes decoded.
const actVar = `{act:[A-Za-z.]+/\d+/\d+|[^/]+}`

// routeName is a route's template without the patterns of its variables:
// "/api/v1/acts/{act}/text".
func routeName(template string) string { return varPattern.ReplaceAllString(template, "{$1}") }

var varPattern = regexp.MustCompile(`\{(\w+):[^{}]*\}`)

// router registers every route the server serves, in this one place. API
// handlers are adapted with s.api, or s.cached when their answer depends
// only on the path, the query and the day, and take only the query
// parameters the OpenAPI document gives them (but /metrics, whose
// scrapers may add parameters of their own); web pages register here too,
// adapted with s.errorHandler and an HTML problem renderer. Every route answers GET
// (and HEAD); other methods get 405, but a plain OPTIONS gets 204 with
// what the route serves (methodNotAllowed; a CORS preflight is answered
// before routing, by cors).
func (s *Server) router() *mux.Router {
	// mux would answer a path with an empty, "." or ".." segment with a
	// redirect to the path cleaned of them, cleaning the decoded path: an
	// act asked for as "a%2F..%2Fdu-2017-1399" became du-2017-1399, and
	// "%2F" no act at all. Paths are taken as sent instead: such an act
	// is not found, and static names it no file.
	r := mux.NewRouter().SkipClean(true)
	get := func(path string, h http.Handler) {
		route := r.NewRoute()
		if ends := literalEnds(path); ends != nil {
			route.MatcherFunc(ends)
		}
		route.Path(path).Name(routeName(path)).Handler(h).Methods(http.MethodGet, http.MethodHead)
	}

	api := func(path string, h handlerFunc) { get(path, s.cached(onlyDocumented(routeName(path), h))) }
	// An act's own route comes after those below it, which fail fast on
	// each other's paths (see literalEnds); its own could not.
	api(apiPrefix+"/acts", s.serveActs)
	api(apiPrefix+"/acts/"+actVar+"/text", s.serveText)
	api(apiPrefix+"/acts/"+actVar+"/versions", s.serveVersions)
	api(apiPrefix+"/acts/"+actVar+"/history", s.serveHistory)
	api(apiPrefix+"/acts/"+actVar+"/matrix", s.serveMatrix)
	api(apiPrefix+"/acts/"+actVar+"/diff", s.serveDiff)
	api(apiPrefix+"/acts/"+actVar+"/changes", s.serveChanges)
	api(apiPrefix+"/acts/"+actVar, s.serveAct)
	api(apiPrefix+"/search", s.serveSearch)

	api("/openapi.json", s.serveOpenAPI)
	api(apiPrefix+"/openapi.json", s.serveOpenAPI)
	get("/healthz", s.api(onlyDocumented("/healthz", s.serveHealth))) // never cached: it tells the state of now
	get("/metrics", s.metrics.handler())

	p := newPages(s)
	get("/static/{file:.+}", s.api(s.serveStatic))
	get("/favicon.ico", s.api(s.staticNamed("favicon.ico")))
	get("/robots.txt", s.api(s.staticNamed("robots.txt")))
	get("/", p.handle(p.home))
	get("/acts/"+actVar+"/history", p.handle(p.history))
	get("/acts/"+actVar+"/compare", p.handle(p.compare))
	get("/acts/"+actVar, p.handle(p.act))
	get("/search", p.handle(p.searchPage))

	r.MethodNotAllowedHandler = s.methodNotAllowed(p)
	r.NotFoundHandler = s.notFound(r, p)
	r.Use(s.routeLabel, s.wellFormedQuery(p))
	return r
}

// literalEnds returns a matcher, to try before a route's path, of the
// requests whose path is template when it has no variables, or begins and
// ends as template does around them: "/api/v1/acts/" and "/diff" for
// "/api/v1/acts/{act}/diff". mux tries a request on the routes in turn,
// each with its path's regular expression, and actVar's cannot be run in
// one pass: on a long act id, a route that failed cost about 4 µs, and a
// comparison, the seventh route, about 30 µs before its handler ran. The
// literal ends fail fast instead; the regular expression still decides.
//
// A template that ends with a variable ("/acts/{act}") gets none (nil):
// its prefix alone would match the paths of other routes, and mux forgets
// that an earlier route matched a request's path but not its method (405)
// when a later route's first matcher matches.
func literalEnds(template string) mux.MatcherFunc {
	first, last := strings.IndexByte(template, '{'), strings.LastIndexByte(template, '}')
	switch {
	case first < 0:
		return func(r *http.Request, _ *mux.RouteMatch) bool { return r.URL.Path == template }
	case last == len(template)-1:
		return nil
	}
	prefix, suffix := template[:first], template[last+1:]
	return func(r *http.Request, _ *mux.RouteMatch) bool {
		return len(r.URL.Path) > len(prefix)+len(suffix) && strings.HasPrefix(r.URL.Path, prefix) && strings.HasSuffix(r.URL.Path, suffix)
	}
}

package server

import (
	"fmt"
	"net/http"

	"github.com/gorilla/mux"
)

// apiPrefix is where the JSON API lives.
const apiPrefix = "/api/v1"

// router registers every route the server serves, in this one place. API
// handlers are adapted with s.api; web pages register here too, adapted
// with s.errorHandler and an HTML problem renderer. Every route answers GET
// (and HEAD); other methods get 405.
func (s *Server) router() *mux.Router {
	r := mux.NewRouter()
	get := func(path string, h http.Handler) { r.Handle(path, h).Methods(http.MethodGet, http.MethodHead) }

	get(apiPrefix+"/acts", s.api(s.serveActs))
	get(apiPrefix+"/acts/{act}", s.api(s.serveAct))
	get(apiPrefix+"/acts/{act}/text", s.api(s.serveText))
	get(apiPrefix+"/acts/{act}/versions", s.api(s.serveVersions))
	get(apiPrefix+"/acts/{act}/diff", s.api(s.serveDiff))
	get(apiPrefix+"/acts/{act}/changes", s.api(s.serveChanges))
	get(apiPrefix+"/search", s.api(s.serveSearch))

	get("/openapi.json", s.api(s.serveOpenAPI))
	get("/healthz", s.api(s.serveHealth))
	get("/metrics", s.metrics.handler())
	registerPages(r, s)

	r.MethodNotAllowedHandler = s.api(func(_ http.ResponseWriter, r *http.Request) error {
		return fmt.Errorf("%w: %s is not answered here: the service is read-only, use GET or HEAD", errMethod, r.Method)
	})
	r.NotFoundHandler = s.api(func(_ http.ResponseWriter, r *http.Request) error {
		return fmt.Errorf("%w: nothing is served at %s; /openapi.json lists the routes", errNoRoute, r.URL.Path)
	})
	r.Use(s.routeLabel)
	return r
}

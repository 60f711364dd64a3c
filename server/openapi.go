package server

import (
	_ "embed"
	"net/http"
)

// openAPI is the OpenAPI 3 document of the API, written by hand; a test
// checks that it is valid and lists exactly the routes the router serves.
//
//go:embed openapi.json
var openAPI []byte

func (s *Server) serveOpenAPI(w http.ResponseWriter, r *http.Request) error {
	s.writeBody(w, r, "application/json", openAPI, dated)
	return nil
}

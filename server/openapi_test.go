package server

import (
	"context"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"
	"github.com/gorilla/mux"

	"lexdiff/corpus"
)

// specRouter finds a request's operation in the OpenAPI document.
var specRouter = sync.OnceValues(func() (routers.Router, error) {
	openapi3filter.RegisterBodyDecoder("text/html", openapi3filter.PlainBodyDecoder)
	doc, err := loadSpec()
	if err != nil {
		return nil, err
	}
	return gorillamux.NewRouter(doc)
})

func loadSpec() (*openapi3.T, error) {
	doc, err := openapi3.NewLoader().LoadFromData(openAPI)
	if err != nil {
		return nil, err
	}
	return doc, doc.Validate(context.Background())
}

func TestOpenAPIValid(t *testing.T) {
	if _, err := loadSpec(); err != nil {
		t.Fatal(err)
	}
}

// TestOpenAPIRoutes checks that the document lists exactly the routes the
// router serves, other than the web pages, each with GET only.
func TestOpenAPIRoutes(t *testing.T) {
	doc, err := loadSpec()
	if err != nil {
		t.Fatal(err)
	}
	var served []string
	err = newTestServer(t).router().Walk(func(route *mux.Route, _ *mux.Router, _ []*mux.Route) error {
		tmpl, err := route.GetPathTemplate()
		if err != nil {
			return err
		}
		if name := routeName(tmpl); apiPath(name) {
			served = append(served, name)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var documented []string
	for path, item := range doc.Paths.Map() {
		documented = append(documented, path)
		if len(item.Operations()) != 1 || item.Get == nil {
			t.Errorf("%s: the document lists methods other than GET", path)
		}
	}
	slices.Sort(served)
	slices.Sort(documented)
	if !slices.Equal(served, documented) {
		t.Errorf("routes served and documented differ:\nserved:     %q\ndocumented: %q", served, documented)
	}
}

// checkSpec validates a request and its response against the OpenAPI
// document. Requests it does not describe (a wrong method, an unknown
// route) are skipped.
func checkSpec(t *testing.T, method, target string, w *httptest.ResponseRecorder) {
	t.Helper()
	router, err := specRouter()
	if err != nil {
		t.Fatal(err)
	}
	r := httptest.NewRequest(method, target, nil)
	if len(target) > 200 {
		target = target[:200] + "…"
	}
	route, params, err := router.FindRoute(r)
	if err != nil {
		return
	}
	in := &openapi3filter.RequestValidationInput{Request: r, PathParams: params, Route: route,
		Options: &openapi3filter.Options{MultiError: true}}
	if w.Code < 400 {
		if err := openapi3filter.ValidateRequest(r.Context(), in); err != nil {
			t.Errorf("request %s %s does not fit the document: %v", method, target, err)
		}
	}
	out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: w.Code, Header: w.Header(),
		Options: &openapi3filter.Options{MultiError: true, IncludeResponseStatus: true}}
	out.SetBodyBytes(w.Body.Bytes())
	if err := openapi3filter.ValidateResponse(r.Context(), out); err != nil {
		t.Errorf("response %d to %s %s does not fit the document: %v", w.Code, method, target, err)
	}
}

// TestOpenAPIAmendmentKinds: every kind of amendment a footnote can name
// is in the document's enum (a client that validates enums rejected
// "renumbered").
func TestOpenAPIAmendmentKinds(t *testing.T) {
	doc, err := loadSpec()
	if err != nil {
		t.Fatal(err)
	}
	enum := doc.Components.Schemas["Amendment"].Value.Properties["kind"].Value.Enum
	for _, k := range []corpus.AmendmentKind{corpus.WordingSet, corpus.Added, corpus.Removed, corpus.Changed, corpus.Renumbered} {
		if !slices.Contains(enum, any(string(k))) {
			t.Errorf("%q is not in the enum %v", k, enum)
		}
	}
}

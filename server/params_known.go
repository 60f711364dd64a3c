package server

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"sync"
)

// documentedParams are the query parameters the OpenAPI document gives
// each path of the API ("/api/v1/acts/{act}/text": date, unit, limit,
// cursor), read from it once: the document is the one list of them.
var documentedParams = sync.OnceValue(func() map[string][]string {
	var doc struct {
		Paths map[string]struct {
			Get struct {
				Parameters []struct{ Name, In string }
			}
		}
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		return nil // every parameter is refused: TestKnownParams fails
	}
	out := map[string][]string{}
	for path, item := range doc.Paths {
		names := []string{}
		for _, p := range item.Get.Parameters {
			if p.In == "query" {
				names = append(names, p.Name)
			}
		}
		out[path] = names
	}
	return out
})

// ignored reports whether a query parameter means nothing to any API
// path and is sent by clients and links on their own: a cache-buster
// ("_=1701…") or a campaign tag ("utm_source").
func ignored(name string) bool { return name == "_" || strings.HasPrefix(name, "utm_") }

// onlyDocumented answers 400 for a query parameter the API path does not
// take (a misspelt "dat=" would silently give today's law), one with an
// empty name ("?=2019-05-01") or one given twice with different values
// (which of two dates?), before h; those of ignored pass.
func onlyDocumented(path string, h handlerFunc) handlerFunc {
	accepted := documentedParams()[path]
	takes := "this path takes none"
	if len(accepted) > 0 {
		takes = "this path takes " + strings.Join(accepted, ", ")
	}
	return func(w http.ResponseWriter, r *http.Request) error {
		for name, values := range query(r) {
			switch {
			case ignored(name):
			case name == "":
				return invalid(name, "the parameter's name is empty (%q): give each parameter as name=value; %s", "="+values[0], takes)
			case !slices.Contains(accepted, name):
				return invalid(name, "unknown parameter: %s", takes)
			case slices.ContainsFunc(values[1:], func(v string) bool { return v != values[0] }):
				return invalid(name, "given %d times, with different values: give it once", len(values))
			}
		}
		return h(w, r)
	}
}

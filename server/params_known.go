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

// onlyDocumented answers 400 for a query parameter the API path does not
// take (a misspelt "dat=" would silently give today's law) or one given
// twice (which of two dates?), before h.
func onlyDocumented(path string, h handlerFunc) handlerFunc {
	accepted := documentedParams()[path]
	return func(w http.ResponseWriter, r *http.Request) error {
		for name, values := range r.URL.Query() {
			switch {
			case !slices.Contains(accepted, name) && len(accepted) == 0:
				return invalid(name, "unknown parameter: this path takes none")
			case !slices.Contains(accepted, name):
				return invalid(name, "unknown parameter: this path takes %s", strings.Join(accepted, ", "))
			case len(values) > 1:
				return invalid(name, "given %d times: give it once", len(values))
			}
		}
		return h(w, r)
	}
}

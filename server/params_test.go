package server

import (
	"net/http"
	"net/http/httptest"
	"reflect"
	"testing"
)

// query gives what URL.Query gives, a malformed pair left out, and parses
// the query once for all the parameters of a question.
func TestQueryParsedOnce(t *testing.T) {
	r := httptest.NewRequest(http.MethodGet, "/api/v1/acts/a/diff?from=2020-01-01&bad=%zz&unit=art.+5&from=2021-01-01", nil)
	want := r.URL.Query()
	if got := query(r); !reflect.DeepEqual(got, want) {
		t.Fatalf("query %v, want %v", got, want)
	}
	r.URL.RawQuery = ""
	if got := query(r); !reflect.DeepEqual(got, want) {
		t.Errorf("query parsed again: %v, want %v", got, want)
	}
}

package server

import (
	"net/http"
	"slices"
	"strings"
	"testing"
)

// TestSearchKindNames asks for a kind of unit no act has, and checks that
// the answer lists exactly the kinds a search accepts: every listed one
// is accepted, and the preamble (wstep) and the annexes (zal), which the
// search page offers as facets, are among them.
func TestSearchKindNames(t *testing.T) {
	h := newTestServer(t).Handler()
	w := do(h, http.MethodGet, "/api/v1/search?q=kurator&kind=rozdzial")
	if w.Code != http.StatusBadRequest {
		t.Fatalf("status %d, want 400; body %s", w.Code, w.Body)
	}
	detail := decodeProblem(t, w).Detail
	_, list, ok := strings.Cut(detail, "want one of ")
	if !ok {
		t.Fatalf("detail %q lists no kinds", detail)
	}
	names := strings.Split(strings.TrimSuffix(list, "."), ", ")
	for _, want := range []string{"art", "par", "ust", "pkt", "lit", "tir", "dtir", "wstep", "zal"} {
		if !slices.Contains(names, want) {
			t.Errorf("detail %q lacks %q", detail, want)
		}
	}
	for _, k := range names {
		if w := do(h, http.MethodGet, "/api/v1/search?q=kurator&kind="+k); w.Code != http.StatusOK {
			t.Errorf("kind=%s, listed as accepted: status %d; body %s", k, w.Code, w.Body)
		}
	}
}

package server

import (
	"net/http"
	"testing"
	"time"

	"lexdiff/corpus"
)

// A comparison of more than a page is listed once and kept for its next
// pages; one that fits a page is not kept; the listings are all dropped
// once the cache has been idle for listingIdle, and kept while it is not.
func TestListingsKeptForNextPages(t *testing.T) {
	s := newTestServer(t)
	const act = realAct
	from, to := corpus.MakeDate(2024, 10, 30), corpus.MakeDate(2026, 7, 8)
	cache := s.state().listings
	for _, tt := range []struct {
		limit string
		kept  bool
	}{{"1000", false}, {"5", true}} {
		w := get(s.Handler(), "/api/v1/acts/"+act+"/diff?from="+from.String()+"&to="+to.String()+"&limit="+tt.limit)
		if w.Code != http.StatusOK {
			t.Fatalf("%d %s", w.Code, w.Body)
		}
		if _, kept := cache.get(listingKey{act, "", from, to}); kept != tt.kept {
			t.Errorf("limit %s: kept %v, want %v", tt.limit, kept, tt.kept)
		}
	}
	cache.mu.Lock()
	cache.lastUsed = time.Now().Add(-listingIdle / 2)
	cache.mu.Unlock()
	cache.expire() // used lately: kept
	if _, ok := cache.lru.get(listingKey{act, "", from, to}); !ok {
		t.Error("a listing used lately was dropped")
	}
	if cache.lru.total() == 0 {
		t.Error("the cache counts no size for the listing it keeps")
	}
	cache.mu.Lock()
	cache.lastUsed = time.Now().Add(-listingIdle)
	cache.mu.Unlock()
	cache.expire()
	if _, ok := cache.lru.get(listingKey{act, "", from, to}); ok || cache.lru.total() != 0 {
		t.Errorf("listings idle for listingIdle were kept (%d bytes)", cache.lru.total())
	}
}

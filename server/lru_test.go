package server

import (
	"fmt"
	"testing"
)

// TestSizedLRU checks the bound of the cache: the least recently used
// values go first, a value too large for it is not kept, and a key keeps
// its first value.
func TestSizedLRU(t *testing.T) {
	c := newSizedLRU[string](16*4, func(s string) int { return len(s) })
	for i := range 16 {
		c.put(fmt.Sprint(i), fmt.Sprintf("v%03d", i)) // 4 bytes each: the cache is full
	}
	c.get("0") // now the most recent
	c.put("16", "v016")
	for k, want := range map[string]bool{"0": true, "1": false, "2": true, "15": true, "16": true} {
		if _, ok := c.get(k); ok != want {
			t.Errorf("%s kept: %v, want %v", k, ok, want)
		}
	}
	c.put("big", "v0017")
	if _, ok := c.get("big"); ok {
		t.Error("a value over a sixteenth of the limit was kept")
	}
	c.put("0", "v999")
	if v, _ := c.get("0"); v != "v000" {
		t.Errorf("0 = %q after a second put, want its first value", v)
	}
	if c.size != c.limit || c.order.Len() != 16 {
		t.Errorf("size %d in %d values, want %d in 16", c.size, c.order.Len(), c.limit)
	}
}

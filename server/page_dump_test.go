package server

import (
	"os"
	"testing"
)

func TestDumpTmp(t *testing.T) {
	h := newPageServer(t, nil, nil)
	for _, u := range []string{"/", "/acts/du-2017-1399?date=2019-09-01", "/acts/du-2017-1399?date=2019-02-30", "/acts/du-2017-1399?date=2010-01-01"} {
		res, body := getPage(t, h, u)
		t.Log(u, res.StatusCode)
		os.WriteFile("/tmp/pagedump"+string(rune('a'+len(u)%20))+".html", []byte(body), 0o644)
	}
}

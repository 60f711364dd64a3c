package server

import (
	"net/http"
	"testing"
)

// TestActReferenceForms names the act in the path in every form a user
// may type: any case, slashes as they are or encoded.
func TestActReferenceForms(t *testing.T) {
	h := newTestServer(t).Handler()
	for _, act := range []string{"du-2017-1399", "DU-2017-1399", "DU/2017/1399", "du/2017/1399", "du%2F2017%2F1399", "Du%2f2017%2f1399",
		"Dz.U.%202017%20poz.%201399", "dz.u.%202017%20poz.%201399", "DZ.%20U.%20Z%202017%20R.%20POZ.%201399"} {
		for _, target := range []string{"/api/v1/acts/" + act + "/text?date=2019-05-01&unit=par3.ust1", "/acts/" + act + "?date=2019-05-01"} {
			if w := get(h, target); w.Code != http.StatusOK {
				t.Errorf("%s: %d %.200s", target, w.Code, w.Body)
			}
		}
	}
}

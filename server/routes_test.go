package server

import (
	"net/http/httptest"
	"regexp"
	"testing"

	"github.com/gorilla/mux"
)

// TestLiteralEndsKeepEveryMatch: on the paths of the load mix and on odd
// ones, the matcher each route tries before its path never turns away a
// path the route's regular expression takes, and every question of the
// load finds its route.
func TestLiteralEndsKeepEveryMatch(t *testing.T) {
	c, err := loadCorpus()
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{Corpus: c, NoAnswerCache: true})
	if err != nil {
		t.Fatal(err)
	}
	gen, err := newLoadURLs(c, 3)
	if err != nil {
		t.Fatal(err)
	}
	paths := []string{"/", "/healthz", "/api/v1/acts", "/api/v1/acts/DU/2017/1399/diff", "/acts/Dz.U./2017/1399/history",
		"/api/v1/acts/du-2017-1399", "/api/v1/acts/x/diff/text", "/static/app.css", "/acts/text", "/api/v1/acts//text"}
	var questions []string
	for range 200 {
		for _, route := range loadRoutes {
			questions = append(questions, gen.next(route))
		}
	}
	for _, q := range questions {
		paths = append(paths, httptest.NewRequest("GET", q, nil).URL.Path)
	}
	router := s.router()
	checked := 0
	err = router.Walk(func(route *mux.Route, _ *mux.Router, _ []*mux.Route) error {
		template, err := route.GetPathTemplate()
		if err != nil {
			return err
		}
		re, err := route.GetPathRegexp()
		if err != nil {
			return err
		}
		ends, pathRE := literalEnds(template), regexp.MustCompile(re)
		for _, p := range paths {
			if ends != nil && pathRE.MatchString(p) && !ends(httptest.NewRequest("GET", p, nil), nil) {
				t.Errorf("%s: literalEnds turns away %q, which the route's path takes", template, p)
			}
			checked++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range questions {
		var m mux.RouteMatch
		if !router.Match(httptest.NewRequest("GET", q, nil), &m) || m.MatchErr != nil {
			t.Errorf("%s: no route (%v)", q, m.MatchErr)
		}
	}
	if checked == 0 {
		t.Fatal("no route walked")
	}
}

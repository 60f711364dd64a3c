package store

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"lexdiff/corpus"
)

// The awaiting files an import keeps reach the next import, with the acts,
// in the same transaction: an import that fails keeps none, one that
// changes only them leaves the generation, and nil drops one.
func TestAwaitingFiles(t *testing.T) {
	s, _ := openTemp(t, Options{})
	ctx := context.Background()
	file := Awaiting{Name: "zm.txt", Data: []byte("§ 1. W rozporządzeniu …"), Ref: "Dz. U. z 2025 r. poz. 1695", Promulgated: corpus.MakeDate(2025, 12, 3)}
	importing := func(fn func(map[string]Awaiting) (Import, error)) (Result, map[string]Awaiting, error) {
		var seen map[string]Awaiting
		res, err := s.Import(ctx, func(_ *corpus.Corpus, awaiting map[string]Awaiting) (Import, error) {
			seen = awaiting
			return fn(awaiting)
		})
		return res, seen, err
	}
	failed := errors.New("stop")
	if _, _, err := importing(func(map[string]Awaiting) (Import, error) {
		return Import{Awaiting: map[string]*Awaiting{"DU/2025/1695": &file}}, failed
	}); !errors.Is(err, failed) {
		t.Fatalf("err %v", err)
	}
	res, seen, err := importing(func(map[string]Awaiting) (Import, error) {
		return Import{Acts: []*corpus.Act{sourcedAct(t)}, Awaiting: map[string]*Awaiting{"DU/2025/1695": &file}}, nil
	})
	if err != nil || len(seen) != 0 || res.Generation != 1 {
		t.Fatalf("generation %d, err %v, awaiting after a failed import %v", res.Generation, err, seen)
	}
	res, seen, err = importing(func(map[string]Awaiting) (Import, error) {
		return Import{Awaiting: map[string]*Awaiting{"DU/2025/1695": nil, "DU/2026/53": &file}}, nil
	})
	if err != nil || !reflect.DeepEqual(seen, map[string]Awaiting{"DU/2025/1695": file}) || res.Generation != 1 || len(res.Changed) != 0 || !res.Awaiting {
		t.Fatalf("generation %d, changed %v, err %v, awaiting %+v", res.Generation, res.Changed, err, seen)
	}
	if _, seen, _ = importing(func(map[string]Awaiting) (Import, error) { return Import{}, nil }); len(seen) != 1 || seen["DU/2026/53"].Name != "zm.txt" {
		t.Errorf("awaiting after a drop and a keep: %+v", seen)
	}
}

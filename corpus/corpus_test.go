package corpus

import (
	"errors"
	"sync/atomic"
	"testing"
)

// TestLoadedReadsActsOnDemand checks that a corpus backed by a loader lists
// and finds acts from their summaries alone, and reads an act only when it
// is asked for.
func TestLoadedReadsActsOnDemand(t *testing.T) {
	a := variantsAct(t)
	other := &Act{ActInfo: ActInfo{ID: "other", Title: "Inna", Ref: "Dz. U. z 2016 r. poz. 1"}}
	var loads atomic.Int32
	broken := errors.New("disk on fire")
	c, err := Loaded([]ActSummary{other.Summary(), a.Summary()}, func(id string) (*Act, error) {
		loads.Add(1)
		if id == "other" {
			return nil, broken
		}
		return a, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got, err := c.Summaries(); err != nil || len(got) != 2 || got[0].ID != "other" || got[1].ID != "test-act" || got[1].First != a.Summary().First {
		t.Errorf("summaries %+v", got)
	}
	if s, err := c.Summary("Dz.U.2020.400"); err != nil || s.ID != "test-act" {
		t.Errorf("Summary by alias = %+v, %v", s, err)
	}
	if loads.Load() != 0 {
		t.Fatalf("listing read %d acts", loads.Load())
	}
	if got, err := c.Act("DU/2015/7"); err != nil || got != a || loads.Load() != 1 {
		t.Errorf("Act = %v, %v after %d loads", got, err, loads.Load())
	}
	if _, err := c.Act("other"); !errors.Is(err, broken) || errors.Is(err, ErrNotFound) {
		t.Errorf("a failed read: %v, want the loader's error, not ErrNotFound", err)
	}
	if _, err := c.Summary("DU/2015/8"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Summary(DU/2015/8) err = %v, want ErrNotFound", err)
	}
	var seen []string
	err = c.Each(func(a *Act) error { seen = append(seen, a.ID); return nil })
	if !errors.Is(err, broken) || len(seen) != 0 {
		t.Errorf("Each: %v after %v, want the read error of the first act", err, seen)
	}
}

func TestLoadedRejectsSharedReferences(t *testing.T) {
	one := ActSummary{ActInfo: ActInfo{ID: "one", Ref: "Dz. U. z 2015 r. poz. 7"}}
	two := ActSummary{ActInfo: ActInfo{ID: "two", Aliases: []string{"DU/2015/7"}}}
	if _, err := Loaded([]ActSummary{one, two}, nil); !errors.Is(err, ErrInvalid) {
		t.Errorf("two acts known as one reference: %v", err)
	}
	if _, err := Loaded([]ActSummary{one, one}, nil); !errors.Is(err, ErrInvalid) {
		t.Errorf("two acts with one id: %v", err)
	}
}

// keyCatalog finds acts by the lookup keys it was given, as a store that
// indexes ActInfo.Keys does.
type keyCatalog struct {
	acts map[string]*Act // by lookup key
}

func (k keyCatalog) Summaries() ([]ActSummary, error) { return nil, errors.New("not listed") }

func (k keyCatalog) Find(key string) (ActSummary, error) {
	if a, ok := k.acts[key]; ok {
		return a.Summary(), nil
	}
	return ActSummary{}, ErrNotFound
}

func (k keyCatalog) Load(id string) (*Act, error) { return k.acts[id], nil }

func TestOpenFindsByStoredKeys(t *testing.T) {
	a := variantsAct(t)
	cat := keyCatalog{map[string]*Act{}}
	for _, k := range a.Keys() {
		cat.acts[k] = a
	}
	c := Open(cat)
	for _, key := range []string{"TEST-ACT", "dz.u. 2015 poz. 7", "DU/2015/7", "Dz. U. z 2020 r. poz. 400"} {
		if got, err := c.Act(key); err != nil || got != a {
			t.Errorf("Act(%q) = %v, %v", key, got, err)
		}
	}
	if _, err := c.Act("DU/2015/8"); !errors.Is(err, ErrNotFound) || err.Error() != `no act "DU/2015/8" (give an act id such as "du-2017-1399", or a reference such as "Dz. U. 2017 poz. 1399"): not found` {
		t.Errorf("Act(DU/2015/8) err = %v", err)
	}
}

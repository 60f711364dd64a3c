package amend

import (
	"os"
	"path/filepath"
	"testing"

	"lexdiff/corpus"
)

// realText returns the path of a file of ../shared/realtexts, skipping the
// test when the folder is not beside the repository.
func realText(t testing.TB, name string) string {
	t.Helper()
	path := filepath.Join("..", "..", "..", "shared", "realtexts", name)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s not found: the real texts stand beside the repository in ../shared/realtexts", path)
	}
	return path
}

// readDocument reads a file of the dziennik-ustaw-md dataset.
func readDocument(t testing.TB, path string) *corpus.Document {
	t.Helper()
	doc, err := parseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// parseFile reads a file of the dataset as corpus.ParseDocument does.
func parseFile(path string) (*corpus.Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return corpus.ParseDocument(filepath.Base(path), data)
}

// mdDocument reads an amending act of the dataset.
func mdDocument(t testing.TB, path string) *Document { return FromDocument(readDocument(t, path)) }

// consolidatedAct reads the act that a consolidated text of the dataset
// states, and the day it states it on (the obwieszczenie's).
func consolidatedAct(t testing.TB, path, id string) (*corpus.Act, corpus.Date) {
	t.Helper()
	doc := readDocument(t, path)
	if doc.Kind != corpus.Consolidated {
		t.Fatalf("%s is %s, not a consolidated text", path, doc.Kind)
	}
	info := doc.Act
	info.ID = id
	a, err := corpus.NewAct(info, doc.Versions, doc.Source)
	if err != nil {
		t.Fatal(err)
	}
	return a, doc.Source.Date
}

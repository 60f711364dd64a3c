package server

import "testing"

func pageSearcher(t testing.TB) Searcher { return nil }

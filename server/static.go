package server

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"io/fs"
	"net/http"
	"time"
	"unicode/utf8"

	"github.com/gorilla/mux"

	"lexdiff/corpus"
)

//go:embed static
var staticFS embed.FS

// A staticFile is an embedded file of static/ with its strong ETag.
type staticFile struct {
	data []byte
	etag string
}

// staticFiles are the files of static/, by name, read once.
var staticFiles = mustReadStatic()

func mustReadStatic() map[string]staticFile {
	files := map[string]staticFile{}
	err := fs.WalkDir(staticFS, "static", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := staticFS.ReadFile(path)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		files[path[len("static/"):]] = staticFile{data, `"` + base64.RawURLEncoding.EncodeToString(sum[:18]) + `"`}
		return nil
	})
	if err != nil {
		panic(err) // the directory is embedded above: this cannot fail
	}
	return files
}

// serveStatic serves the embedded style sheet and script. Any other path
// is a 404, and a path that cannot name a file (not UTF-8, "..") a 400:
// never a 500.
func (s *Server) serveStatic(w http.ResponseWriter, r *http.Request) error {
	name := mux.Vars(r)["file"]
	if !utf8.ValidString(name) || !fs.ValidPath(name) {
		return invalid("file", "%q is not a file name", name)
	}
	return sendStatic(w, r, name)
}

// staticNamed serves one file of static/ at a path of its own, as
// /favicon.ico and /robots.txt must be.
func (s *Server) staticNamed(name string) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error { return sendStatic(w, r, name) }
}

// sendStatic writes the static file name, or returns ErrNotFound.
func sendStatic(w http.ResponseWriter, r *http.Request, name string) error {
	f, ok := staticFiles[name]
	if !ok {
		return fmt.Errorf("no static file %q: %w", name, corpus.ErrNotFound)
	}
	h := w.Header()
	h.Set("Cache-Control", "public, max-age=3600")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("ETag", f.etag)
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(f.data))
	return nil
}

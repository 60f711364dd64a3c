package server

import (
	"bytes"
	"github.com/klauspost/compress/gzip"
	"net/http"
	"strconv"
	"strings"
	"sync"
)

// gzipSuffix marks the ETag of a gzipped body, which differs from the
// plain body's: a strong ETag names one sequence of bytes.
const gzipSuffix = "-gzip"

var gzipWriters = sync.Pool{New: func() any {
	w, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed)
	return w
}}

// gzipETag is the ETag of the gzipped body whose plain ETag is etag.
func gzipETag(etag string) string { return strings.TrimSuffix(etag, `"`) + gzipSuffix + `"` }

// gzipBytes returns b gzipped.
func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	g := newGzipStream(&buf)
	g.text(b)
	g.close()
	return buf.Bytes()
}

// gzipResponses compresses text and JSON responses for clients that accept
// gzip. It keeps ETags strong: a gzipped body's ETag gets gzipSuffix, which
// is removed again from If-None-Match before the handler compares it.
func gzipResponses(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !acceptsGzip(r) {
			h.ServeHTTP(&varyWriter{ResponseWriter: w}, r)
			return
		}
		if inm := r.Header.Get("If-None-Match"); inm != "" {
			r = r.Clone(r.Context())
			r.Header.Set("If-None-Match", strings.ReplaceAll(inm, gzipSuffix+`"`, `"`))
		}
		gw := &gzipWriter{varyWriter: varyWriter{ResponseWriter: w}}
		defer gw.close()
		h.ServeHTTP(gw, r)
	})
}

// acceptsGzip reports whether the request's Accept-Encoding lists gzip
// with a non-zero weight.
func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		coding, params, _ := strings.Cut(part, ";")
		if strings.EqualFold(strings.TrimSpace(coding), "gzip") {
			_, q, ok := strings.Cut(strings.ReplaceAll(params, " ", ""), "q=")
			weight, err := strconv.ParseFloat(q, 64)
			return !ok || err != nil || weight > 0
		}
	}
	return false
}

// gzipMinBytes is the smallest body worth compressing: below it the bytes
// saved are fewer than compressing costs in time (an answer about one unit
// is often smaller), and the answer fits a packet or two either way.
const gzipMinBytes = 1024

// compressible reports whether a response with header h is worth
// compressing: text or JSON, not compressed already, not known to be
// shorter than gzipMinBytes.
func compressible(h http.Header) bool {
	if n, err := strconv.Atoi(h.Get("Content-Length")); err == nil && n < gzipMinBytes {
		return false
	}
	return h.Get("Content-Encoding") == "" && compressibleType(h.Get("Content-Type"))
}

// compressibleType reports whether a content type is text or JSON.
func compressibleType(ct string) bool {
	return strings.HasPrefix(ct, "text/") || strings.HasPrefix(ct, "application/json") ||
		strings.HasPrefix(ct, "application/problem+json") || strings.HasPrefix(ct, "image/svg+xml") ||
		strings.HasPrefix(ct, "application/javascript")
}

// A varyWriter says, on every compressible response, that it varies by
// Accept-Encoding, so caches keep the plain and the gzipped body apart.
type varyWriter struct {
	http.ResponseWriter
	wroteHeader bool
}

func (v *varyWriter) WriteHeader(code int) {
	if !v.wroteHeader {
		v.wroteHeader = true
		if compressibleType(v.Header().Get("Content-Type")) {
			v.Header().Add("Vary", "Accept-Encoding")
		}
	}
	v.ResponseWriter.WriteHeader(code)
}

func (v *varyWriter) Write(b []byte) (int, error) {
	if !v.wroteHeader {
		v.WriteHeader(http.StatusOK)
	}
	return v.ResponseWriter.Write(b)
}

func (v *varyWriter) Unwrap() http.ResponseWriter { return v.ResponseWriter }

// A gzipWriter compresses a compressible response's body.
type gzipWriter struct {
	varyWriter
	gz *gzip.Writer // nil unless compressing
}

func (g *gzipWriter) WriteHeader(code int) {
	if g.wroteHeader {
		return
	}
	h := g.Header()
	if compressible(h) && (code == http.StatusOK || code == http.StatusNotModified) {
		if etag := h.Get("ETag"); etag != "" {
			h.Set("ETag", gzipETag(etag))
		}
		if code == http.StatusOK {
			h.Set("Content-Encoding", "gzip")
			h.Del("Content-Length")
			g.gz = gzipWriters.Get().(*gzip.Writer)
			g.gz.Reset(g.ResponseWriter)
		}
	}
	g.varyWriter.WriteHeader(code)
}

func (g *gzipWriter) Write(b []byte) (int, error) {
	if !g.wroteHeader {
		g.WriteHeader(http.StatusOK)
	}
	if g.gz != nil {
		return g.gz.Write(b)
	}
	return g.ResponseWriter.Write(b)
}

// close ends the gzip stream, if there is one.
func (g *gzipWriter) close() {
	if g.gz != nil {
		g.gz.Close()
		gzipWriters.Put(g.gz)
		g.gz = nil
	}
}

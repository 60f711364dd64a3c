package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"

	"lexdiff/corpus"
)

// A cachePolicy says how long a response may be reused without asking
// again; after that, clients and caches revalidate it with its ETag.
type cachePolicy func(now time.Time) string

// dated is for answers to questions about given dates, and for listings of
// the corpus: they change only when the corpus does, so a day is safe
// unless the server reloads the corpus (Config.MaxAge bounds it then).
func dated(time.Time) string { return "public, max-age=86400" }

// untilMidnight is for answers about "today" (no date given): they may
// change when the day does in Poland, where the law applies.
func untilMidnight(now time.Time) string {
	return "public, max-age=" + strconv.Itoa(secondsToMidnight(now))
}

// secondsToMidnight is the number of seconds from now to the next midnight
// in Warsaw, at least 1.
func secondsToMidnight(now time.Time) int {
	t := now.In(corpus.Poland)
	next := time.Date(t.Year(), t.Month(), t.Day()+1, 0, 0, 0, 0, corpus.Poland)
	return max(1, int(next.Sub(t).Seconds()))
}

// writeJSON renders v into a buffer and writes it with writeBody.
func (s *Server) writeJSON(w http.ResponseWriter, r *http.Request, v any, policy cachePolicy) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	s.writeBody(w, r, "application/json", buf.Bytes(), policy)
	return nil
}

// writeBody writes a rendered body with a strong ETag (a hash of the body:
// right whatever the answer depends on) and the Cache-Control of policy,
// or 304 when the client already holds it, with the Link header set
// before it. Under s.cached, it hands the rendered answer to the cache too.
func (s *Server) writeBody(w http.ResponseWriter, r *http.Request, contentType string, body []byte, policy cachePolicy) {
	sum := sha256.Sum256(body)
	ans := newRendered(contentType, body, `"`+base64.RawURLEncoding.EncodeToString(sum[:18])+`"`, policy)
	ans.link = w.Header().Get("Link")
	if slot, ok := r.Context().Value(renderedKey{}).(**rendered); ok {
		*slot = ans
	}
	s.send(w, r, ans)
}

// send writes a rendered answer, or 304 when the request's If-None-Match
// holds its ETag.
func (s *Server) send(w http.ResponseWriter, r *http.Request, ans *rendered) {
	h := w.Header()
	if ans.link != "" {
		h.Set("Link", ans.link)
	}
	h.Set("ETag", ans.etag)
	h.Set("Cache-Control", capMaxAge(ans.policy(s.now()), s.maxAge))
	h.Set("Content-Type", ans.contentType)
	zip := acceptsGzip(r) && len(ans.body) >= gzipMinBytes
	if matchesETag(r.Header.Get("If-None-Match"), ans.etag) {
		if !zip { // the length tells gzipResponses to leave the ETag plain, as the body would be
			h.Set("Content-Length", strconv.Itoa(len(ans.body)))
		}
		w.WriteHeader(http.StatusNotModified) // gzipResponses tags the ETag as it would the body
		return
	}
	body := ans.body
	if zip { // compressed once per answer, not once per response
		body = ans.gzipped()
		h.Set("Content-Encoding", "gzip")
		h.Set("ETag", gzipETag(ans.etag))
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	w.Write(body)
}

// matchesETag reports whether an If-None-Match header holds etag, by the
// weak comparison RFC 9110 prescribes for it.
func matchesETag(header, etag string) bool {
	for _, tag := range strings.Split(header, ",") {
		tag = strings.TrimPrefix(strings.TrimSpace(tag), "W/")
		if tag == etag || tag == "*" {
			return true
		}
	}
	return false
}

// capMaxAge lowers the max-age of the Cache-Control value cc to limit,
// unless limit is 0.
func capMaxAge(cc string, limit time.Duration) string {
	before, age, ok := strings.Cut(cc, "max-age=")
	if n, err := strconv.Atoi(age); limit == 0 || !ok || err != nil || n <= int(limit.Seconds()) {
		return cc
	}
	return before + "max-age=" + strconv.Itoa(int(limit.Seconds()))
}

// noStore is for answers about the server itself, which must be fresh.
func noStore(time.Time) string { return "no-store" }

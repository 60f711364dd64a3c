package server

import (
	"context"
	"net/http"
	"sync"
)

// answerCacheBytes bounds the bodies the answer cache keeps.
const answerCacheBytes = 64 << 20

// A rendered answer is a body ready to send, with its ETag and cache
// policy, and the Link header of a page (setNextLink), if any.
type rendered struct {
	contentType string
	body        []byte
	etag        string
	policy      cachePolicy
	gzipped     func() []byte // the body gzipped, made on first use
	link        string
}

func newRendered(contentType string, body []byte, etag string, policy cachePolicy) *rendered {
	return &rendered{contentType: contentType, body: body, etag: etag, policy: policy, gzipped: sync.OnceValue(func() []byte { return gzipBytes(body) })}
}

// An answerCache keeps rendered answers by question, least recently used
// out first, up to answerCacheBytes. Each State has its own (a swap starts
// afresh): within a state the corpus and the index do not change, so an
// answer changes only with the day, for questions about today; the key
// holds the day.
type answerCache = sizedLRU[string, *rendered]

func newAnswerCache() *answerCache {
	return newSizedLRU[string](answerCacheBytes, (*rendered).footprint)
}

// footprint bounds the memory an answer may come to hold: its body, and the
// gzipped copy made on first use, which is no larger than the body but for
// a few bytes of framing.
func (a *rendered) footprint() int { return 2*len(a.body) + 64 }

type renderedKey struct{}

// cached adapts an API handler whose answer depends only on the request's
// path and query (and the day): a question asked before is answered from
// the cache, and a new answer that writeBody sends is kept.
func (s *Server) cached(h handlerFunc) http.Handler {
	if s.noCache {
		return s.api(h)
	}
	return s.api(func(w http.ResponseWriter, r *http.Request) error {
		key := r.URL.Path + "?" + query(r).Encode() + "#" + s.today().String()
		answers := stateOf(r).answers
		if ans, ok := answers.get(key); ok {
			s.send(w, r, ans)
			return nil
		}
		var ans *rendered
		if err := h(w, r.WithContext(context.WithValue(r.Context(), renderedKey{}, &ans))); err != nil {
			return err
		}
		if ans != nil {
			answers.put(key, ans)
		}
		return nil
	})
}

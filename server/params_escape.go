package server

import (
	"net/http"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/gorilla/mux"
)

// A malformedPair is a name=value pair of a query that url.ParseQuery
// leaves out of what it returns: one whose name or value holds a "%" that
// begins no %-escape, or one holding a ";", which Go no longer takes for
// a separator. A handler would act as if it had not been sent.
type malformedPair struct {
	name  string // the parameter's name, decoded as far as it can be
	fault string // the "%" that begins no escape with up to two characters after it ("%zz", "%"), or ";"
}

// malformedQuery returns the first pair of the raw query that
// url.ParseQuery leaves out, or nil when it reads every pair.
func malformedQuery(rawQuery string) *malformedPair {
	for pair := range strings.SplitSeq(rawQuery, "&") {
		name, value, _ := strings.Cut(pair, "=")
		fault := badEscape(name)
		if fault == "" {
			fault = badEscape(value)
		}
		if fault == "" && strings.Contains(pair, ";") {
			fault = ";"
		}
		if fault != "" {
			return &malformedPair{unescapeLenient(name), fault}
		}
	}
	return nil
}

// badEscape returns the first "%" of the query component s that does not
// begin a %-escape, with up to two characters after it; "" when every "%"
// begins one.
func badEscape(s string) string {
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] != '%':
		case isEscape(s, i):
			i += 2
		default:
			end := i + 1
			for n := 0; n < 2 && end < len(s); n++ {
				_, size := utf8.DecodeRuneInString(s[end:])
				end += size
			}
			return s[i:end]
		}
	}
	return ""
}

// isEscape reports whether s holds a %-escape at i: "%" and two hex digits.
func isEscape(s string, i int) bool {
	return s[i] == '%' && i+2 < len(s) && isHexDigit(s[i+1]) && isHexDigit(s[i+2])
}

// unescapeLenient decodes the query component s as far as it can: "+" is
// a space and each %-escape its byte, while a "%" that begins none stays as
// it is; bytes that are not UTF-8 become U+FFFD.
func unescapeLenient(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && !isEscape(s, i) {
			b.WriteString("%25")
		} else {
			b.WriteByte(s[i])
		}
	}
	v, _ := url.QueryUnescape(b.String()) // every "%" now begins an escape
	return strings.ToValidUTF8(v, replacementChar)
}

// err is the error the API answers for m: a 400 naming the parameter.
func (m *malformedPair) err() error {
	if m.fault == ";" {
		return invalid(m.name, `";" does not separate parameters: separate them with "&", and write ";" in a value as %%3B`)
	}
	return invalid(m.name, "%q is not a %%-escape, which is %% and two hex digits: write %% itself as %%25", m.fault)
}

// page is the error page the pages answer for m, in l.
func (m *malformedPair) page(l lang) *pageError {
	detail := l.Tf("error.badEscape.msg", m.name, m.fault)
	if m.fault == ";" {
		detail = l.Tf("error.badSemicolon.msg", m.name)
	}
	return &pageError{Status: http.StatusBadRequest, Title: l.T("error.badParam"), Detail: detail,
		Choices: []link{{l.T("error.actList"), "/"}}, cause: m.err()}
}

// wellFormedQuery answers 400 to a request whose query holds a pair that
// url.ParseQuery leaves out (see malformedQuery), before any route's
// handler reads the query as if the pair had not been sent ("?date=%zz"
// would give today's text): a problem naming the parameter under the API
// and /static/, an error page elsewhere.
func (s *Server) wellFormedQuery(p *pages) mux.MiddlewareFunc {
	return func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			bad := malformedQuery(r.URL.RawQuery)
			switch {
			case bad == nil:
				h.ServeHTTP(w, r)
			case problemPath(r.URL.Path):
				prob, _ := problemFor(bad.err())
				writeProblem(w, r, prob)
			default:
				p.renderError(w, r, bad.page(langOf(r)))
			}
		})
	}
}

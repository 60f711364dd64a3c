package server

import (
	"fmt"
	"strings"
)

// The act page writes a few of its date-dependent parts in Go rather than
// through html/template, whose escaper functions, called by reflection on
// every action, cost more than the rest of those parts. These functions
// escape the values written there byte for byte as html/template does in
// the same context, so the page reads the same either way.

// htmlEscaper is html/template's escaper of HTML text and quoted
// attribute values (its htmlEscaper and attrEscaper for a plain string).
var htmlEscaper = strings.NewReplacer("\x00", "\uFFFD", `"`, "&#34;", "&", "&amp;", "'", "&#39;", "+", "&#43;", "<", "&lt;", ">", "&gt;")

// escapeHTML escapes s as html/template does in HTML text or a quoted
// attribute value.
func escapeHTML(s string) string { return htmlEscaper.Replace(s) }

// escapeHref escapes u, a URL the server made (a path from its root, or
// a fragment "#…"), as html/template does in a quoted href: normalised
// (normalizeURL), then escaped for the attribute.
func escapeHref(u string) string { return escapeHTML(normalizeURL(u)) }

// normalizeURL percent-encodes, as html/template's URL normaliser does,
// every byte of u but ASCII letters and digits, RFC 3986's reserved and
// unreserved characters other than ' ( and ), and a % that starts an
// escape (followed by two hex digits, not at the very end).
func normalizeURL(u string) string {
	var b strings.Builder
	written := 0
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			strings.IndexByte("!#$&*+,/:;=?@[]-._~", c) >= 0,
			isEscape(u, i):
			continue
		}
		b.WriteString(u[written:i])
		fmt.Fprintf(&b, "%%%02x", c)
		written = i + 1
	}
	if written == 0 {
		return u
	}
	b.WriteString(u[written:])
	return b.String()
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

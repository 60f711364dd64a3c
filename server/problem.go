package server

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"lexdiff/corpus"
)

// A Problem is an error as a client sees it: an RFC 9457 problem detail,
// with the parameter at fault and, when a unit was not in force on the
// date asked, its nearest versions.
type Problem struct {
	Type   string `json:"type"`
	Title  string `json:"title"`
	Status int    `json:"status"`
	// Detail says what was wrong and what is accepted.
	Detail string `json:"detail"`
	// Param names the path or query parameter at fault; nil when none is.
	// A query may give a parameter with an empty name ("?=x").
	Param   *string  `json:"param,omitempty"`
	Nearest *Nearest `json:"nearest,omitempty"`
	// Was is, of a unit not in force because an amendment gave it its
	// number later, the unit it was before (corpus.NotInForceError.Was).
	Was string `json:"was,omitempty"`
	// retryAfter is the Retry-After of a 503, in seconds; 0 for none.
	retryAfter int
}

// Nearest are the versions closest to a date on which a unit was not in
// force: the last one before it and the first one after it (either may be
// nil).
type Nearest struct {
	Before *corpus.VersionInfo `json:"before"`
	After  *corpus.VersionInfo `json:"after"`
}

// problemFor returns the problem that answers err, and whether err is of a
// known kind. An error of no kind gives a 500 problem whose detail says
// nothing of the error.
func problemFor(err error) (*Problem, bool) {
	k, known := kindOf(err)
	p := &Problem{Type: problemTypeBase + k.slug, Title: k.title, Status: k.status, retryAfter: retryAfter(err, k.status)}
	if !known {
		p.Detail = "The server failed to answer; the failure is logged. Please try again later."
		return p, false
	}
	p.Detail = sentence(err)
	var pe *ParamError
	if errors.As(err, &pe) {
		p.Param = &pe.Param
		p.Detail = sentence(pe.Err)
	}
	if k.detail != nil {
		p.Param, p.Detail = nil, k.detail(p.retryAfter)
	}
	var nf *corpus.NotInForceError
	if errors.As(err, &nf) {
		p.Nearest = &Nearest{Before: versionInfo(nf.Before), After: versionInfo(nf.After)}
		p.Was = nf.Was
	}
	return p, true
}

func versionInfo(v *corpus.Version) *corpus.VersionInfo {
	if v == nil {
		return nil
	}
	info := corpus.NewVersionInfo(v)
	return &info
}

// sentence turns an error string into a sentence for people: the words
// naming its kind ("bad parameter: " in front, ": not found" at the end)
// go, the first letter is capitalised unless the first word is an
// identifier ("du-2017-1399 has no unit § 9"), and a period ends it.
func sentence(err error) string {
	msg := err.Error()
	for _, k := range errorKinds {
		msg = strings.TrimPrefix(msg, k.err.Error()+": ")
		msg = strings.TrimSuffix(msg, ": "+k.err.Error())
	}
	if msg == "" {
		return msg
	}
	if first, _, _ := strings.Cut(msg, " "); strings.IndexFunc(first, unicode.IsDigit) < 0 {
		r, n := utf8.DecodeRuneInString(msg)
		msg = string(unicode.ToUpper(r)) + msg[n:] // not an identifier such as an act id: a word to capitalise
	}
	if !strings.HasSuffix(msg, ".") {
		msg += "."
	}
	return msg
}

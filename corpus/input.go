package corpus

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// checkInput reports, in d, input that cannot be a legal text at all: an
// empty file, binary data, or bytes that are not UTF-8 (naming the
// encoding they look like, so that the user can convert them). It returns
// whether the input may be parsed.
func checkInput(file string, data []byte, d *diag) bool {
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\ufeff")))) == 0 {
		d.errorf(Pos{File: file, Line: 1, Col: 1}, "empty input: want the text of an act or of a unit")
		return false
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		d.errorf(posOf(file, data, i), "binary data (a NUL byte): want a text file, such as a dziennik-ustaw-md file, a plain text or a portal export")
		return false
	}
	if utf8.Valid(data) {
		return true
	}
	d.errorf(posOf(file, data, firstInvalid(data)), "%s", invalidUTF8(data))
	return false
}

// invalidUTF8 is the message for data that is not UTF-8, with the
// encoding it looks like.
func invalidUTF8(data []byte) string {
	msg := "invalid UTF-8: the file must be UTF-8 text"
	if enc := polishEncoding(data); enc != "" {
		msg += "; it looks like " + enc + ": convert it first, e.g. iconv -f " + strings.Fields(enc)[0] + " -t UTF-8"
	}
	return msg
}

// firstInvalid returns the offset of the first byte that is not UTF-8.
func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// posOf returns the position of byte offset off in data.
func posOf(file string, data []byte, off int) Pos {
	line := bytes.Count(data[:off], []byte("\n")) + 1
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return Pos{File: file, Line: line, Col: utf8.RuneCount(data[start:off]) + 1}
}

// The bytes of the Polish letters that Windows-1250 and ISO-8859-2 put in
// different places (ą ś ź Ą Ś Ź), and those they share (ć ę ł ń ó ż Ć Ę Ł
// Ń Ó Ż).
var (
	cp1250Only = []byte{0xb9, 0x9c, 0x9f, 0xa5, 0x8c, 0x8f}
	latin2Only = []byte{0xb1, 0xb6, 0xbc, 0xa1, 0xa6, 0xac}
	polishBoth = []byte{0xe6, 0xea, 0xb3, 0xf1, 0xf3, 0xbf, 0xc6, 0xca, 0xa3, 0xd1, 0xd3, 0xaf}
)

// polishEncoding names the one-byte encoding of Polish that data looks
// like: "WINDOWS-1250", "ISO-8859-2", both when their shared letters are
// all it has, or "" when most of its high bytes are no Polish letter.
func polishEncoding(data []byte) string {
	var high, cp, latin, both int
	for _, c := range data {
		if c < 0x80 {
			continue
		}
		high++
		switch {
		case bytes.IndexByte(cp1250Only, c) >= 0:
			cp++
		case bytes.IndexByte(latin2Only, c) >= 0:
			latin++
		case bytes.IndexByte(polishBoth, c) >= 0:
			both++
		}
	}
	if high == 0 || (cp+latin+both)*2 < high {
		return ""
	}
	switch {
	case cp > latin:
		return "WINDOWS-1250 (Polish)"
	case latin > cp:
		return "ISO-8859-2 (Polish)"
	}
	return "WINDOWS-1250 or ISO-8859-2 (Polish)"
}

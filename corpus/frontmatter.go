package corpus

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// FrontMatter is the YAML front matter of a dziennik-ustaw-md file: flat
// "key: value" pairs (eli, title, rank, announcement_date, …). It is read
// by a small strict reader: a value is a plain scalar, a quoted string, or
// a list of such ("key:" then "- item" lines, joined by ", "); anything
// else is an error with its position.
type FrontMatter struct {
	fields map[string]string
	pos    map[string]Pos
	keys   []string
}

// Get returns the value of key, or "".
func (f FrontMatter) Get(key string) string { return f.fields[key] }

// Keys returns the keys in the order of the file.
func (f FrontMatter) Keys() []string { return f.keys }

// Pos returns the position of key's value, for messages.
func (f FrontMatter) Pos(key string) Pos { return f.pos[key] }

// date returns the value of key read as a date, reporting a malformed or
// impossible one; zero when the key is absent.
func (f FrontMatter) date(key string, d *diag) Date {
	v := f.fields[key]
	if v == "" {
		return 0
	}
	t, err := ParseDate(v)
	if err != nil {
		d.errorf(f.pos[key], "front matter %s: %v", key, err)
	}
	return t
}

var reFrontKey = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_-]*):(?:\s+|$)`)

// splitFrontMatter reads the front matter at the start of data, if any
// ("---" on the first line), and returns it with the offset of the body
// and the number of lines before the body.
func splitFrontMatter(file string, data []byte, d *diag) (FrontMatter, int, int) {
	fm := FrontMatter{fields: map[string]string{}, pos: map[string]Pos{}}
	body := bytes.TrimPrefix(data, []byte("\ufeff"))
	off := len(data) - len(body)
	// next returns the next line, with its end of line; the lines after
	// the front matter are never copied.
	next := func() string {
		n := bytes.IndexByte(data[off:], '\n') + 1
		if n == 0 {
			n = len(data) - off
		}
		l := string(data[off : off+n])
		off += n
		return l
	}
	if strings.TrimRight(next(), "\r\n ") != "---" {
		return fm, 0, 0
	}
	listKey := ""
	i := 0
	for off < len(data) {
		i++
		text := strings.TrimRight(next(), "\r\n")
		pos := Pos{File: file, Line: i + 1, Col: 1}
		switch trimmed := strings.TrimSpace(text); {
		case strings.TrimRight(text, " ") == "---":
			return fm, off, i + 1
		case trimmed == "" || strings.HasPrefix(trimmed, "#"):
		case strings.HasPrefix(trimmed, "- ") || trimmed == "-":
			pos.Col = col(text, trimmed)
			if listKey == "" {
				d.errorf(pos, "front matter: a list item with no key before it: want \"key: value\"")
				continue
			}
			v, ok := frontValue(strings.TrimSpace(trimmed[1:]))
			if !ok {
				d.errorf(pos, "front matter: malformed value %q: want a plain word or a \"quoted string\"", trimmed[1:])
			}
			if fm.fields[listKey] != "" {
				fm.fields[listKey] += ", "
			}
			fm.fields[listKey] += v
		default:
			listKey = ""
			m := reFrontKey.FindStringSubmatch(text)
			if m == nil {
				d.errorf(pos, "front matter: malformed line %q: want \"key: value\"", text)
				continue
			}
			key, valText := m[1], text[len(m[0]):]
			pos.Col = utf8.RuneCountInString(text[:len(m[0])]) + 1
			if _, dup := fm.fields[key]; dup {
				d.errorf(Pos{File: file, Line: i + 1, Col: 1}, "front matter: key %q given twice", key)
				continue
			}
			v, ok := frontValue(strings.TrimSpace(valText))
			if !ok {
				d.errorf(pos, "front matter: malformed value %q: want a plain word or a \"quoted string\"", valText)
			}
			if strings.TrimSpace(valText) == "" {
				listKey = key
			}
			fm.fields[key], fm.pos[key] = v, pos
			fm.keys = append(fm.keys, key)
		}
	}
	d.errorf(Pos{File: file, Line: i + 1, Col: 1}, "front matter: no closing \"---\" line: the front matter opened on line 1 must end with a line \"---\"")
	return fm, len(data), i + 1
}

func col(text, trimmed string) int {
	return utf8.RuneCountInString(text[:strings.Index(text, trimmed)]) + 1
}

// frontValue reads a scalar: "double quoted" (with Go-like escapes),
// 'single quoted' (” for '), or plain (not starting with a character
// YAML reserves, not holding ": " or " #").
func frontValue(s string) (string, bool) {
	switch {
	case s == "":
		return "", true
	case s[0] == '"':
		v, err := strconv.Unquote(s)
		if err != nil {
			return "", false
		}
		return v, true
	case s[0] == '\'':
		if len(s) < 2 || s[len(s)-1] != '\'' {
			return "", false
		}
		inner := s[1 : len(s)-1]
		if strings.Count(inner, "'")%2 != 0 {
			return "", false
		}
		return strings.ReplaceAll(inner, "''", "'"), true
	case strings.ContainsAny(s[:1], "[]{}&*!|>%@`"), strings.Contains(s, ": "), strings.Contains(s, " #"):
		return "", false
	}
	return s, true
}

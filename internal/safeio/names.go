package safeio

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// NamePattern is the safe set of names (scenarios, services, observations,
// groups): letters, digits, _ and -, starting with a letter. Names reach
// CSV cells, HTML, file names, TOML and the terminal, so they must not
// start a spreadsheet formula, hold markup or control characters, or
// change the direction of text.
var NamePattern = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_-]*$`)

// MaxNameLen is the longest name.
const MaxNameLen = 64

// CheckName checks name against NamePattern and MaxNameLen; what says
// which name it is ("scenario name").
func CheckName(what, name string) error {
	if !NamePattern.MatchString(name) || len(name) > MaxNameLen {
		return fmt.Errorf("%s %s: use up to %d letters, digits, _ and -, starting with a letter (a-z, A-Z)",
			what, Quote(name), MaxNameLen)
	}
	return nil
}

// CheckText checks a title, description or source: valid UTF-8, at most
// max characters, and no character for which Invisible is true (line
// breaks and tabs are allowed when multiline).
func CheckText(s string, max int, multiline bool) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("is not valid UTF-8")
	}
	if n := utf8.RuneCountInString(s); n > max {
		return fmt.Errorf("has %d characters; at most %d are allowed", n, max)
	}
	for i, r := range s {
		if multiline && (r == '\n' || r == '\t') {
			continue
		}
		if Invisible(r) {
			return fmt.Errorf("holds the invisible or control character %U at byte %d; remove it (bidi and control characters can make text show other than it reads)", r, i)
		}
	}
	return nil
}

// Invisible reports whether r is a control character, a format character
// (bidi controls U+202A–U+202E and U+2066–U+2069, zero-width spaces and
// joiners, the byte order mark, the soft hyphen), a line or paragraph
// separator, a private-use character, a noncharacter or U+FFFD.
func Invisible(r rune) bool {
	return unicode.IsControl(r) || unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp, unicode.Co, unicode.Cs) ||
		r == utf8.RuneError || (r >= 0xFDD0 && r <= 0xFDEF) || r&0xFFFE == 0xFFFE
}

// EscapeInvisible replaces every invisible character of s (see Invisible)
// and every invalid byte by its Go escape, for a message that passes on
// text from elsewhere (a decoder's) which may quote an input's bytes raw.
func EscapeInvisible(s string) string {
	if strings.IndexFunc(s, Invisible) < 0 && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case Invisible(r):
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

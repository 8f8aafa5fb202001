package scenarios

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vwnw/vwnw/internal/safeio"
)

// maxNameLen is the longest scenario or service name.
const maxNameLen = 64

// Longest titles and descriptions, in characters.
const (
	maxTitleLen       = 200
	maxDescriptionLen = 4000
)

// checkName checks a scenario or service name against the safe set that
// vwnw init enforces (validName): names reach CSV cells, HTML, file names
// and the terminal, so they must not start a spreadsheet formula, hold
// markup or control characters, or change the direction of text.
func checkName(what, name string) error {
	if !validName.MatchString(name) || len(name) > maxNameLen {
		return fmt.Errorf("%s %s: use up to %d letters, digits, _ and -, starting with a letter (a-z, A-Z)",
			what, safeio.Quote(name), maxNameLen)
	}
	return nil
}

// checkText checks a title or description: valid UTF-8, at most max
// characters, and no control, bidi or other invisible formatting
// character (line breaks and tabs are allowed when multiline).
func checkText(s string, max int, multiline bool) error {
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
		if invisible(r) {
			return fmt.Errorf("holds the invisible or control character %U at byte %d; remove it (bidi and control characters can make text show other than it reads)", r, i)
		}
	}
	return nil
}

// invisible reports whether r is a control character, a format character
// (bidi controls U+202A–U+202E and U+2066–U+2069, zero-width spaces and
// joiners, the byte order mark, the soft hyphen), a line or paragraph
// separator, a private-use character or a noncharacter.
func invisible(r rune) bool {
	return unicode.IsControl(r) || unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp, unicode.Co, unicode.Cs) ||
		r == utf8.RuneError || (r >= 0xFDD0 && r <= 0xFDEF) || r&0xFFFE == 0xFFFE
}

// escapeInvisible replaces every invisible character of s (see invisible)
// by its Go escape, for a message that passes on text from elsewhere (the
// TOML decoder's) which may quote an input's bytes raw.
func escapeInvisible(s string) string {
	if strings.IndexFunc(s, invisible) < 0 && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case invisible(r):
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// CheckName checks a name given in an input file (what says which, e.g.
// "observation name") against the safe set of scenario names: letters,
// digits, _ and -, starting with a letter, at most 64 characters.
func CheckName(what, name string) error { return checkName(what, name) }

// CheckText checks a title, description or source given in an input file:
// valid UTF-8, at most max characters, no control, bidi or other invisible
// character (line breaks and tabs allowed when multiline).
func CheckText(s string, max int, multiline bool) error { return checkText(s, max, multiline) }

// EscapeInvisible escapes the control, bidi and other invisible characters
// of a message taken from elsewhere (a decoder's), which may quote input
// raw.
func EscapeInvisible(s string) string { return escapeInvisible(s) }

// MaxDescriptionLen is the most characters of a description.
const MaxDescriptionLen = maxDescriptionLen

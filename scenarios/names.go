package scenarios

import "github.com/vwnw/vwnw/internal/safeio"

// maxNameLen is the longest scenario or service name.
const maxNameLen = safeio.MaxNameLen

// Longest titles and descriptions, in characters.
const (
	maxTitleLen       = 200
	maxDescriptionLen = 4000
)

// checkName checks a scenario or service name against the safe set that
// vwnw init enforces (safeio.NamePattern).
func checkName(what, name string) error { return safeio.CheckName(what, name) }

// checkText checks a title or description (see safeio.CheckText).
func checkText(s string, max int, multiline bool) error { return safeio.CheckText(s, max, multiline) }

// invisible reports whether r must not appear raw in a name, a title or a
// message (see safeio.Invisible).
func invisible(r rune) bool { return safeio.Invisible(r) }

// escapeInvisible escapes the invisible characters and invalid bytes of a
// message taken from the TOML decoder (see safeio.EscapeInvisible).
func escapeInvisible(s string) string { return safeio.EscapeInvisible(s) }

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

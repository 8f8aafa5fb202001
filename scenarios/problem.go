package scenarios

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Problem is one thing wrong with an input file.
type Problem struct {
	File string // as the user named it, or "<name> (shipped)"
	Line int    // 1-based; 0 when unknown
	Key  string // dotted key, or "" for the file as a whole
	Msg  string
}

// String formats p as "file:line: key: message".
func (p Problem) String() string {
	var b strings.Builder
	if p.File != "" {
		b.WriteString(p.File)
		if p.Line > 0 {
			fmt.Fprintf(&b, ":%d", p.Line)
		}
		b.WriteString(": ")
	}
	if p.Key != "" {
		b.WriteString(printableKey(p.Key))
		b.WriteString(": ")
	}
	b.WriteString(p.Msg)
	return b.String()
}

// Error is the error of a file with problems; it lists all of them.
type Error struct {
	Problems []Problem
}

// Error lists the problems, one per line.
func (e *Error) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// problems collects Problems.
type problems []Problem

func (ps *problems) add(file string, line int, key, format string, args ...any) {
	for i, a := range args {
		if s, ok := a.(string); ok {
			// A line break of the input must not start a line of the
			// message; the message's own (a cohort file's problems) may.
			s = strings.NewReplacer("\n", `\n`, "\r", `\r`).Replace(shorten(s, maxArgLen))
			args[i] = s
		}
	}
	msg := strings.Split(fmt.Sprintf(format, args...), "\n")
	for i, l := range msg {
		msg[i] = escapeInvisible(l) // bidi and control characters of the input
	}
	*ps = append(*ps, Problem{File: file, Line: line, Key: key, Msg: strings.Join(msg, "\n")})
}

// maxArgLen is the longest piece of text (a key, a value) a message
// quotes in full, in bytes; longer ones are cut, so that a key of a
// million characters makes a short message.
const maxArgLen = 1000

// shorten cuts s to at most n bytes at a character boundary and marks the
// cut with "…".
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// err returns nil without problems, else an *Error.
// err returns nil without problems, else an *Error with the problems in
// the order of files and lines.
func (ps problems) err() error {
	if len(ps) == 0 {
		return nil
	}
	slices.SortStableFunc(ps, func(a, b Problem) int {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		return a.Line - b.Line
	})
	if n := len(ps); n > maxProblems {
		ps = append(ps[:maxProblems:maxProblems], Problem{Msg: fmt.Sprintf("… and %d more problems", n-maxProblems)})
	}
	return &Error{Problems: ps}
}

// maxProblems is how many problems an *Error lists before the rest are
// only counted, so that a file of thousands of unknown keys gives a
// message one can read.
const maxProblems = 20

// printableKey returns key, or key quoted with its invisible and control
// characters escaped when it has any (a key can hold any quoted TOML
// text), cut when it is long.
func printableKey(key string) string {
	if strings.IndexFunc(key, invisible) >= 0 {
		return strconv.Quote(shorten(key, maxKeyLen))
	}
	return shorten(key, maxKeyLen)
}

// maxKeyLen is the longest key a message shows in full, in bytes.
const maxKeyLen = 200

package safeio

import (
	"bytes"
	"fmt"

	"github.com/BurntSushi/toml"
)

// Limits on the shape of one TOML file (a scenario, an observation), checked
// by CheckTOML before the TOML decoder sees the file: the decoder's memory grows
// steeply with nesting (10,000 nested inline tables, 40 KB of text, take
// gigabytes), and merging and validating are quadratic in the number of
// keys. The shipped scenarios nest 2 deep and have under 200 keys.
const (
	// MaxTOMLDepth is the deepest nesting of arrays and inline tables,
	// and the most parts of a dotted key (a.b.c has 3).
	MaxTOMLDepth = 16
	// MaxTOMLKeys is the most keys (key = value pairs, counted in inline
	// tables too) and table headers of one file.
	MaxTOMLKeys = 5000
)

// TOMLError is a TOML text's shape beyond the limits.
type TOMLError struct {
	Line int // 1-based line where the limit was passed
	Msg  string
}

// Error returns "line N: message".
func (e *TOMLError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// CheckTOML checks the nesting depth, the parts of dotted keys and the number of keys of a TOML text
// without decoding it, so that a decoder never sees a text beyond
// MaxTOMLDepth and MaxTOMLKeys: it follows strings and comments as TOML
// lexes them, so brackets, braces and = signs inside them do not count. It
// returns the problem found, or nil. It does not allocate.
func CheckTOML(data []byte) *TOMLError {
	s := scanner{data: data, line: 1}
	return s.run()
}

type scanner struct {
	data  []byte
	i     int
	line  int
	depth int
	keys  int
	dots  int // dots since the last separator: the parts of a dotted key
}

func (s *scanner) run() *TOMLError {
	for s.i < len(s.data) {
		c := s.data[s.i]
		switch c {
		case '\n':
			s.line++
		case '#':
			s.skipComment()
			continue
		case '"', '\'':
			s.skipString(c)
			continue
		case '[', '{':
			s.depth++
			if s.depth > MaxTOMLDepth {
				return &TOMLError{Line: s.line, Msg: fmt.Sprintf("arrays and inline tables nest more than %d deep; vwnw allows at most %d", MaxTOMLDepth, MaxTOMLDepth)}
			}
		case ']', '}':
			if s.depth > 0 {
				s.depth--
			}
		case '=':
			s.keys++
		case '.':
			s.dots++
			if s.dots >= MaxTOMLDepth {
				return &TOMLError{Line: s.line, Msg: fmt.Sprintf("a dotted key has more than %d parts; vwnw allows at most %d", MaxTOMLDepth, MaxTOMLDepth)}
			}
		}
		if c == '\n' || c == '=' || c == ',' || c == '[' || c == ']' || c == '{' || c == '}' {
			s.dots = 0
		}
		if c == '[' && s.depth == 1 && s.atLineStart() {
			s.keys++ // a table header
		}
		if s.keys > MaxTOMLKeys {
			return &TOMLError{Line: s.line, Msg: fmt.Sprintf("more than %d keys and tables; vwnw allows at most %d in one file", MaxTOMLKeys, MaxTOMLKeys)}
		}
		s.i++
	}
	return nil
}

// atLineStart reports whether only blanks precede position i on its line.
func (s *scanner) atLineStart() bool {
	for j := s.i - 1; j >= 0; j-- {
		switch s.data[j] {
		case '\n':
			return true
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return true
}

func (s *scanner) skipComment() {
	for s.i < len(s.data) && s.data[s.i] != '\n' {
		s.i++
	}
}

// skipString moves past the string that starts at i with quote q: basic
// ("…", with backslash escapes) or literal ('…'), single-line or
// multi-line (tripled quotes). A single-line string ends at the end of its
// line at the latest, as the decoder reports it there.
func (s *scanner) skipString(q byte) {
	multi := s.i+2 < len(s.data) && s.data[s.i+1] == q && s.data[s.i+2] == q
	if multi {
		s.i += 3
	} else {
		s.i++
	}
	for s.i < len(s.data) {
		c := s.data[s.i]
		switch {
		case c == '\\' && q == '"':
			if s.i+1 < len(s.data) && s.data[s.i+1] == '\n' {
				s.line++
			}
			s.i += 2
			continue
		case c == '\n':
			if !multi {
				return
			}
			s.line++
		case c == q && !multi:
			s.i++
			return
		case c == q && s.i+2 < len(s.data) && s.data[s.i+1] == q && s.data[s.i+2] == q:
			// Up to two more quotes may end the content: """"" is "" then """.
			s.i += 3
			for n := 0; n < 2 && s.i < len(s.data) && s.data[s.i] == q; n++ {
				s.i++
			}
			return
		}
		s.i++
	}
}

// TOMLErrorLine returns the line of data at which the TOML decoder's error
// pe lies. The decoder counts a line break it has read as the start of the
// next line, so an error at the end of a line (an unclosed [table) names
// the line below; pe.Position's byte offsets, whose last byte is the one
// read last, name the right one. Any other line is pe's own.
func TOMLErrorLine(data []byte, pe toml.ParseError) int {
	line := pe.Position.Line
	last := pe.Position.Start + pe.Position.Len - 1
	if last < 0 || last >= len(data) || data[last] != '\n' {
		return line
	}
	if at := 1 + bytes.Count(data[:last], []byte("\n")); at == line-1 {
		return at
	}
	return line
}

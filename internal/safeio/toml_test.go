package safeio

import (
	"errors"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

func TestCheckTOML(t *testing.T) {
	deep := func(open, close string, n int) string {
		return "x = " + strings.Repeat(open, n) + "1" + strings.Repeat(close, n) + "\n"
	}
	many := func(n int) string {
		var b strings.Builder
		for i := range n {
			b.WriteString("k")
			b.WriteString(strings.Repeat("x", i%7))
			b.WriteString(" = 1\n")
		}
		return b.String()
	}
	tests := []struct {
		name, text string
		line       int // 0: accepted
		msg        string
	}{
		{"plain", "a = 1\n[t]\nb = { c = [1, 2], d = \"x\" }\n", 0, ""},
		{"deep arrays at the limit", deep("[", "]", MaxTOMLDepth), 0, ""},
		{"deep arrays", deep("[", "]", MaxTOMLDepth+1), 1, "nest more than 16 deep"},
		{"deep tables", "\n\n" + deep("{a=", "}", 10000), 3, "nest more than 16 deep"},
		{"brackets in strings", `s = "` + strings.Repeat("[{", 100) + `"` + "\nl = '" + strings.Repeat("[", 100) + "'\n", 0, ""},
		{"brackets in comments", "# " + strings.Repeat("[", 100) + "\na = 1\n", 0, ""},
		{"brackets in multi-line strings", "s = \"\"\"\n" + strings.Repeat("[\n", 100) + "\"\"\"\nt = '''\n" + strings.Repeat("{\n", 100) + "'''\n", 0, ""},
		{"escaped quote", `s = "a\"` + strings.Repeat("[", 40) + `"` + "\n", 0, ""},
		{"escaped backslash ends the string", `s = "a\\"` + strings.Repeat("[", 40) + "\n", 1, "nest more"},
		{"literal string has no escapes", `s = 'a\'` + strings.Repeat("[", 40) + "\n", 1, "nest more"},
		{"single-line string ends at the line", "s = \"abc\n" + strings.Repeat("[", 40) + "\n", 2, "nest more"},
		{"five quotes end a multi-line string", "s = \"\"\"a\"\"\"\"\"\n" + strings.Repeat("[", 40) + "\n", 2, "nest more"},
		{"dotted key at the limit", "[" + strings.Repeat("a.", MaxTOMLDepth-1) + "a]\n" + strings.Repeat("b.", MaxTOMLDepth-1) + "b = 1.5\n", 0, ""},
		{"dotted header", "[" + strings.Repeat("a.", MaxTOMLDepth) + "a]\n", 1, "more than 16 parts"},
		{"dotted key", "\n" + strings.Repeat("a . ", 100000) + "a = 1\n", 2, "more than 16 parts"},
		{"dotted key in an inline table", "x = { " + strings.Repeat(`"a".`, 20) + "b = 1 }\n", 1, "more than 16 parts"},
		{"floats and dates", "x = [1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5, 11.5, 12.5, 13.5, 14.5, 15.5, 16.5, 17.5]\nd = 1979-05-27T07:32:00.999999Z\n", 0, ""},
		{"keys at the limit", many(MaxTOMLKeys), 0, ""},
		{"too many keys", many(MaxTOMLKeys + 1), MaxTOMLKeys + 1, "more than 5000 keys"},
		{"too many headers", strings.Repeat("[a]\n", MaxTOMLKeys+1), MaxTOMLKeys + 1, "more than 5000 keys"},
		{"= in strings does not count", "s = \"" + strings.Repeat("=", 2*MaxTOMLKeys) + "\"\n", 0, ""},
	}
	for _, tt := range tests {
		err := CheckTOML([]byte(tt.text))
		switch {
		case tt.line == 0 && err != nil:
			t.Errorf("%s: CheckTOML = %v, want nil", tt.name, err)
		case tt.line != 0 && err == nil:
			t.Errorf("%s: CheckTOML = nil, want line %d: %s", tt.name, tt.line, tt.msg)
		case tt.line != 0 && (err.Line != tt.line || !strings.Contains(err.Msg, tt.msg)):
			t.Errorf("%s: CheckTOML = %v, want line %d: %s", tt.name, err, tt.line, tt.msg)
		}
	}
}

func TestCheckTOMLAllocatesNothing(t *testing.T) {
	text := []byte("a = { b = [1, 2, \"[\"] } # [\n")
	if n := testing.AllocsPerRun(100, func() { _ = CheckTOML(text) }); n != 0 {
		t.Errorf("CheckTOML allocates %v times", n)
	}
}

func TestTOMLErrorLine(t *testing.T) {
	tests := []struct {
		name, text string
		line       int
	}{
		{"unclosed table at the end of a line", "name = \"c\"\n\n[economy\nmcpf = 1\n", 3},
		{"unclosed table at the end of the file", "name = \"c\"\n\n[economy", 3},
		{"unclosed array table", "a = 1\n[[b]\n", 2},
		{"value missing at the end of a line", "a = 1\nb = \n", 2},
		{"string across a line break", "a = \"abc\nb = 1\n", 1},
		{"bad escape in a multi-line string", "a = \"\"\"x\ny\nz\\q\"\"\"\n", 3},
		{"key defined twice", "a = 1\na = 2\n", 2},
		{"inline table not closed", "a = { b = 1\n", 1},
		{"two values", "a = 1\nb = 1 2\n", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m map[string]any
			_, err := toml.Decode(tt.text, &m)
			var pe toml.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("want a toml.ParseError, got %v", err)
			}
			if got := TOMLErrorLine([]byte(tt.text), pe); got != tt.line {
				t.Errorf("line %d, want %d (decoder: %d: %s)", got, tt.line, pe.Position.Line, pe.Message)
			}
		})
	}
}

package scenarios

import (
	"strings"
	"testing"
)

func TestCheckName(t *testing.T) {
	for name, ok := range map[string]bool{
		"baseline": true, "my-scenario_2": true, "A": true, strings.Repeat("a", maxNameLen): true,
		"": false, "=HYPERLINK(1)": false, "@SUM(1)": false, "+1": false, "-1": false, "\tx": false,
		"a\nb": false, "abc\u202edef": false, "1abc": false, "<b>": false, "a b": false,
		strings.Repeat("a", maxNameLen+1): false, "één": false,
	} {
		if err := checkName("scenario name", name); (err == nil) != ok {
			t.Errorf("checkName(%q) = %v, want ok %v", name, err, ok)
		}
	}
	err := checkName("service name", "a\u202eb\n")
	if err == nil || strings.ContainsAny(err.Error(), "\u202e\n") || !strings.Contains(err.Error(), `\u202e`) {
		t.Errorf("checkName message %q: want the name escaped", err)
	}
}

func TestCheckText(t *testing.T) {
	tests := []struct {
		s         string
		multiline bool
		want      string // "" for ok
	}{
		{"Intensieve coaching – één traject", false, ""},
		{"line one\nline two\twith a tab", true, ""},
		{"a\nb", false, "U+000A"},
		{"evil \u202e txt", false, "U+202E"},
		{"x\u2066y", true, "U+2066"},
		{"in\u200bvisible", true, "U+200B"},
		{"\x1b[31mred", false, "U+001B"},
		{"soft\u00adhyphen", false, "U+00AD"},
		{"bom\ufeff", false, "U+FEFF"},
		{"line\u2028sep", true, "U+2028"},
		{"private\ue000", false, "U+E000"},
		{"bad \xff byte", false, "not valid UTF-8"},
		{strings.Repeat("x", 201), false, "has 201 characters"},
	}
	for _, tt := range tests {
		err := checkText(tt.s, 200, tt.multiline)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("checkText(%q) = %v, want ok", tt.s, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("checkText(%q) = %v, want %q", tt.s, err, tt.want)
		}
	}
}

func TestEscapeInvisible(t *testing.T) {
	for in, want := range map[string]string{
		"plain ok":              "plain ok",
		"invalid escape '\x00'": `invalid escape '\x00'`,
		"bidi \u202e here":      `bidi \u202e here`,
		"byte \xff":             `byte \xff`,
		"é and \ufffd":          "é and \ufffd",
	} {
		if got := escapeInvisible(in); got != want {
			t.Errorf("escapeInvisible(%q) = %q, want %q", in, got, want)
		}
	}
}

package csvdialect

import (
	"bytes"
	"encoding/csv"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
)

func TestNeutralise(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"baseline", "baseline"},
		{`=HYPERLINK("http://x","y")`, `'=HYPERLINK("http://x","y")`},
		{"+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1:A2)", "'@SUM(A1:A2)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"-12", "-12"},
		{"+3.5", "+3.5"},
		{"-0,25", "-0,25"},
		{"-1e-3", "-1e-3"},
		{"-Inf", "'-Inf"},
		{"-0x10", "'-0x10"},
		{"-1_000", "'-1_000"},
		{"a=1", "a=1"},
		{" =1", " =1"}, // a leading space: spreadsheets read text
		{"'quoted", "'quoted"},
	} {
		if got := Neutralise(tc.in); got != tc.want {
			t.Errorf("Neutralise(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Dialect
		ok   bool
	}{
		{"en", EN, true}, {"nl", NL, true}, {"", "", false}, {"NL", "", false}, {"excel", "", false},
	} {
		got, err := Parse(tc.in)
		if got != tc.want || (err == nil) != tc.ok {
			t.Errorf("Parse(%q) = %q, %v; want %q, ok %v", tc.in, got, err, tc.want, tc.ok)
		}
		if err != nil && !strings.Contains(err.Error(), "en, nl") {
			t.Errorf("Parse(%q): error %q does not say what is allowed", tc.in, err)
		}
	}
}

func write(t *testing.T, d Dialect) string {
	t.Helper()
	var buf bytes.Buffer
	w := NewWriter(&buf, d)
	if err := w.WriteStrings([]string{"scenario", "key", "mean", "p5"}); err != nil {
		t.Fatal(err)
	}
	rows := [][]Field{
		{Text("intensive_coaching"), Text("society"), Number(162632.1477), Number(-100217.55)},
		{Text(`=HYPERLINK("x")`), Text("a;b,c"), Number(0.000001), Number(math.NaN())},
		{Text("coaching, pilot"), Text("line\nbreak"), Number(1e21), Number(-0.5)},
	}
	for _, r := range rows {
		if err := w.Write(r...); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestDialects(t *testing.T) {
	for _, tc := range []struct {
		d    Dialect
		want string
	}{
		{EN, "scenario,key,mean,p5\n" +
			"intensive_coaching,society,162632.1477,-100217.55\n" +
			`"'=HYPERLINK(""x"")","a;b,c",1e-06,` + "\n" +
			`"coaching, pilot","line` + "\n" + `break",1e+21,-0.5` + "\n"},
		{NL, BOM + "scenario;key;mean;p5\r\n" +
			"intensive_coaching;society;162632,1477;-100217,55\r\n" +
			`"'=HYPERLINK(""x"")";"a;b,c";0,000001;` + "\r\n" +
			`coaching, pilot;"line` + "\r\n" + `break";1000000000000000000000;-0,5` + "\r\n"},
	} {
		if got := write(t, tc.d); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.d, got, tc.want)
		}
	}
}

// TestRoundTrip reads each dialect back as a spreadsheet with its regional
// settings would: the same fields, numbers with the dialect's separator.
func TestRoundTrip(t *testing.T) {
	for _, d := range []Dialect{EN, NL} {
		out := write(t, d)
		r := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, BOM)))
		if d == NL {
			r.Comma = ';'
		}
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", d, err)
		}
		if len(recs) != 4 || !slices.Equal(recs[3][:2], []string{"coaching, pilot", "line\nbreak"}) {
			t.Errorf("%s: read back %q", d, recs)
		}
		mean := recs[1][2]
		if want := map[Dialect]string{EN: "162632.1477", NL: "162632,1477"}[d]; mean != want {
			t.Errorf("%s: mean %q, want %q", d, mean, want)
		}
	}
}

func TestUnknownDialectIsEN(t *testing.T) {
	var a, b bytes.Buffer
	for _, x := range []struct {
		buf *bytes.Buffer
		d   Dialect
	}{{&a, EN}, {&b, "fr"}} {
		w := NewWriter(x.buf, x.d)
		_ = w.Write(Text("x"), Number(1.5))
		_ = w.Flush()
	}
	if a.String() != b.String() {
		t.Errorf("unknown dialect wrote %q, want EN's %q", b.String(), a.String())
	}
}

type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	if f.n--; f.n < 0 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

func TestWriteError(t *testing.T) {
	w := NewWriter(&failWriter{}, NL) // the BOM fails
	if err := w.Write(Text("x")); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("write: error %v, want disk full", err)
	}
	if err := w.Flush(); err == nil {
		t.Error("flush after a failed write: no error")
	}
	w = NewWriter(&failWriter{}, EN) // the buffered record fails on flush
	if err := w.Write(Text("x")); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err == nil {
		t.Error("flush: no error")
	}
}

package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestWroteNotice checks that the commands that write files name them on
// stderr, in the terminal's language (English unless --lang is given), and
// leave stdout as it is without the files.
func TestWroteNotice(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	run := []string{"compare", "intensive_coaching", "--iterations", "3", "--horizon", "24", "--format", "csv"}
	plain, stderr, code := vwnw(t, run...)
	if code != 0 {
		t.Fatal(stderr)
	}
	all := "results.json, results.csv, results.xlsx, report.html"
	for _, tt := range []struct {
		name   string
		args   []string
		want   string // stderr's last line
		stdout string // "" for any
	}{
		{"compare --out", append(run, "--out", "out"), "wrote out/: " + all, plain},
		{"compare --out nl", append(run, "--out", "uit/", "--lang", "nl"), "geschreven in uit/: " + all, plain},
		{"report", []string{"report", filepath.Join("out", "results.json"), "-o", "b.html"}, "wrote b.html", ""},
		{"report nl", []string{"report", filepath.Join("out", "results.json"), "-o", "c.html", "--lang", "nl"}, "c.html geschreven", ""},
		{"template nl", []string{"cohort", "template", "--lang", "nl", "t.xlsx"}, "", "t.xlsx geschreven; vul één rij per persoon in, dan: vwnw validate t.xlsx\n"},
		{"template en", []string{"cohort", "template", "--lang", "en", "t.csv"}, "", "wrote t.csv; fill in one row per person, then: vwnw validate t.csv\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := vwnw(t, tt.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
			if last := lines[len(lines)-1]; last != tt.want {
				t.Errorf("stderr ends %q, want %q", last, tt.want)
			}
			if tt.stdout != "" && stdout != tt.stdout {
				t.Errorf("stdout:\n%s\nwant:\n%s", stdout, tt.stdout)
			}
		})
	}
}

package main

import (
	"io"
	"os"
	"strings"
	"testing"
)

// TestReadmeNamesEveryCommand checks that the README's sentence on `vwnw
// --help` names every command the help lists, and no other.
func TestReadmeNamesEveryCommand(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	const lead = "`vwnw --help` lists the commands\n("
	_, rest, ok := strings.Cut(strings.ReplaceAll(string(data), "\r\n", "\n"), lead)
	if !ok {
		t.Fatalf("README.md lacks %q", lead)
	}
	sentence, _, _ := strings.Cut(rest, ").")
	root := newRoot(io.Discard, io.Discard)
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	named := map[string]bool{}
	for _, c := range root.Commands() {
		if !c.IsAvailableCommand() && c.Name() != "help" {
			continue
		}
		named[c.Name()] = true
		if !strings.Contains(sentence, "`"+c.Name()+"`") {
			t.Errorf("README.md's list of commands lacks `%s`: %q", c.Name(), sentence)
		}
	}
	for i, w := range strings.Split(sentence, "`") {
		if i%2 == 1 && !named[w] {
			t.Errorf("README.md names `%s`, which vwnw --help does not list", w)
		}
	}
}

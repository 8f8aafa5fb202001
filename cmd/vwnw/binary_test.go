//go:build linux

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// testBin is the vwnw binary the subprocess tests run, built once.
var testBin struct {
	once sync.Once
	dir  string
	path string
	err  error
}

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "vwnw-test-bin")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	testBin.dir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// binary builds the vwnw binary on first use and returns its path.
func binary(t *testing.T) string {
	t.Helper()
	testBin.once.Do(func() {
		testBin.path = filepath.Join(testBin.dir, "vwnw")
		out, err := exec.Command("go", "build", "-o", testBin.path, ".").CombinedOutput()
		if err != nil {
			testBin.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if testBin.err != nil {
		t.Fatal(testBin.err)
	}
	return testBin.path
}

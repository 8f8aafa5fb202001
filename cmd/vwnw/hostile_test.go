//go:build linux

package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The hostile corpus (testdata/hostile): every case is a file in cases/
// holding comment lines and then the command-line arguments, one per line
// as a JSON string:
//
//	# what the case tries
//	# exit: 2                 the exit code wanted
//	# stderr: cohort.file     text stderr must hold (repeatable)
//	# not: root:x             text stderr must not hold (repeatable)
//	# known-bad: reason       a known failure, reported as skipped; the
//	                          test fails once the case passes
//	"run"
//	"stray_quote.toml"
//
// Each case runs the vwnw binary in a copy of testdata/hostile in which
// special/ holds what git cannot: FIFOs (fifo.toml, fifo.csv, fifo.json), a
// directory (dir.toml) and sparse files beyond the size limits (big.toml,
// big.csv, big.json). $TMP in an argument is a directory of the case's own.
// A case must finish within hostileCPU of CPU time (and hostileTimeout of
// wall-clock time), without panic, under
// hostileMaxRSS of memory, and leave no temporary file and, when it fails,
// no output.

const (
	// hostileCPU is the most CPU time (user and system) a case may take.
	hostileCPU = 5 * time.Second
	// hostileTimeout is the wall-clock time after which a case is killed
	// as hanging: longer than hostileCPU, so that a busy machine does not
	// fail a case that computes little, while a case blocked on a FIFO
	// (no CPU at all) still fails.
	hostileTimeout = 20 * time.Second
	// knownBadTimeout is the shorter time a known-bad case gets: it is
	// expected to fail, and may hang.
	knownBadTimeout = 1500 * time.Millisecond
	hostileMaxRSS   = 500 << 20 // bytes
	// hostileAddressLimit caps a case's address space (ulimit -v, KiB), so
	// that a case that reads without limit dies quickly instead of taking
	// the machine's memory.
	hostileAddressLimit = 4 << 20
)

var hostileOnly = flag.String("hostile", "", "run only the hostile cases whose name contains this")

type hostileCase struct {
	name, doc   string
	exit        int
	stderr, not []string
	knownBad    string
	args        []string
}

func readCase(path string) (hostileCase, error) {
	c := hostileCase{name: strings.TrimSuffix(filepath.Base(path), ".case"), exit: -1}
	data, err := os.ReadFile(path)
	if err != nil {
		return c, err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, "# "); ok {
			k, v, _ := strings.Cut(rest, ": ")
			switch k {
			case "exit":
				if _, err := fmt.Sscan(v, &c.exit); err != nil {
					return c, fmt.Errorf("%s: exit: %v", path, err)
				}
			case "stderr":
				c.stderr = append(c.stderr, v)
			case "not":
				c.not = append(c.not, v)
			case "known-bad":
				c.knownBad = v
			default:
				if c.doc == "" {
					c.doc = rest
				}
			}
			continue
		}
		var arg string
		if err := json.Unmarshal([]byte(line), &arg); err != nil {
			return c, fmt.Errorf("%s: argument %s: %v", path, line, err)
		}
		c.args = append(c.args, arg)
	}
	if c.exit < 0 || len(c.args) == 0 {
		return c, fmt.Errorf("%s: needs an exit line and arguments", path)
	}
	return c, sc.Err()
}

// hostileDir copies testdata/hostile into a temporary directory and adds
// the special files.
func hostileDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	src := filepath.Join("..", "..", "testdata", "hostile")
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	special := filepath.Join(dir, "special")
	if err := os.MkdirAll(filepath.Join(special, "dir.toml"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"fifo.toml", "fifo.csv", "fifo.json"} {
		if err := syscall.Mkfifo(filepath.Join(special, n), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for n, size := range map[string]int64{"big.toml": 2 << 20, "big.csv": 100 << 20, "big.json": 100 << 20} {
		f, err := os.Create(filepath.Join(special, n))
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(size); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	return dir
}

func TestHostileInput(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs subprocesses")
	}
	bin := binary(t)
	dir := hostileDir(t)
	paths, err := filepath.Glob(filepath.Join(dir, "cases", "*.case"))
	if err != nil || len(paths) < 100 {
		t.Fatalf("hostile corpus: %d cases (%v); want at least 100", len(paths), err)
	}
	golden, err := os.ReadFile(filepath.Join("..", "..", "testdata", "golden", "results.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		c, err := readCase(p)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(c.name, *hostileOnly) {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			tmp := t.TempDir()
			if err := os.WriteFile(filepath.Join(tmp, "results.json"), golden, 0o644); err != nil {
				t.Fatal(err)
			}
			problems := runHostile(bin, dir, tmp, c)
			switch {
			case c.knownBad != "" && len(problems) == 0:
				t.Errorf("%s: marked known-bad (%s) but passes now; remove the known-bad line", c.doc, c.knownBad)
			case c.knownBad != "":
				t.Skipf("known-bad (%s): %s", c.knownBad, strings.Join(problems, "; "))
			case len(problems) > 0:
				t.Errorf("%s\nvwnw %s:\n  %s", c.doc, shorten(fmt.Sprintf("%q", c.args)), strings.Join(problems, "\n  "))
			}
		})
	}
}

// runHostile runs one case and returns what is wrong with how vwnw took it.
func runHostile(bin, dir, tmp string, c hostileCase) []string {
	args := make([]string, len(c.args))
	for i, a := range c.args {
		args[i] = strings.ReplaceAll(a, "$TMP", tmp)
	}
	timeout := hostileTimeout
	if c.knownBad != "" {
		timeout = knownBadTimeout
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	script := fmt.Sprintf(`ulimit -v %d; exec "$0" "$@"`, hostileAddressLimit)
	cmd := exec.CommandContext(ctx, "/bin/sh", append([]string{"-c", script, bin}, args...)...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	elapsed := time.Since(start)
	var problems []string
	if ctx.Err() != nil {
		return []string{fmt.Sprintf("still running after %v (killed)", timeout)}
	}
	code := 0
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		code = ee.ExitCode()
	case err != nil:
		return []string{err.Error()}
	}
	msg := stderr.String()
	if code != c.exit {
		problems = append(problems, fmt.Sprintf("exit code %d, want %d; stderr: %s", code, c.exit, shorten(msg)))
	}
	for _, bad := range []string{"panic", "goroutine ", "fatal error"} {
		if strings.Contains(msg, bad) {
			problems = append(problems, fmt.Sprintf("stderr holds %q: %s", bad, shorten(msg)))
		}
	}
	for _, want := range c.stderr {
		if !strings.Contains(msg, want) {
			problems = append(problems, fmt.Sprintf("stderr lacks %q: %s", want, shorten(msg)))
		}
	}
	for _, not := range c.not {
		if strings.Contains(msg, not) {
			problems = append(problems, fmt.Sprintf("stderr holds %q: %s", not, shorten(msg)))
		}
	}
	if n := len(msg); n > 8000 {
		problems = append(problems, fmt.Sprintf("stderr is %d bytes long; a message should be short", n))
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && ru.Maxrss*1024 > hostileMaxRSS {
		problems = append(problems, fmt.Sprintf("peak memory %d MB, want under %d MB", ru.Maxrss/1024, hostileMaxRSS>>20))
	}
	if cpu := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(); cpu > hostileCPU {
		problems = append(problems, fmt.Sprintf("took %v of CPU time (%v in all), want under %v", cpu, elapsed, hostileCPU))
	}
	return append(problems, leftovers(tmp, code)...)
}

// leftovers reports temporary files under tmp, and outputs after a failure.
func leftovers(tmp string, code int) []string {
	var problems []string
	filepath.WalkDir(tmp, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		name := d.Name()
		switch {
		case strings.Contains(name, ".tmp"):
			problems = append(problems, "temporary file left: "+p)
		case code != 0 && p != filepath.Join(tmp, "results.json") && slices.Contains([]string{"results.json", "results.csv", "report.html", "r.html", "c.toml"}, name):
			problems = append(problems, "output written although the run failed: "+p)
		}
		return nil
	})
	return problems
}

func shorten(s string) string {
	s = strings.TrimSpace(s)
	if r := []rune(s); len(r) > 600 {
		return string(r[:600]) + "…"
	}
	return s
}

// reportKnown fails t with problems, or skips it when the failure is
// known, and fails it when a known failure no longer happens.
func reportKnown(t *testing.T, knownBad string, problems []string) {
	t.Helper()
	switch {
	case knownBad != "" && len(problems) == 0:
		t.Errorf("marked known-bad (%s) but passes now; clear the mark", knownBad)
	case knownBad != "":
		t.Skipf("known-bad (%s): %s", knownBad, strings.Join(problems, "; "))
	case len(problems) > 0:
		t.Error(strings.Join(problems, "\n"))
	}
}

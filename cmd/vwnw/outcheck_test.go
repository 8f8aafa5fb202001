//go:build linux

package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// vwnwStopped runs vwnw in-process with its context already cancelled, as
// if Ctrl-C came at once: a check made before the work still answers, the
// work itself stops ("interrupted").
func vwnwStopped(t *testing.T, dir string, args ...string) (string, int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if dir != "" {
		t.Chdir(dir)
	}
	var out, errb bytes.Buffer
	code := run(ctx, args, strings.NewReader(""), &out, &errb)
	return errb.String(), code
}

// asNobody returns a directory that user nobody can read, and a function
// that runs vwnw in it as a user who cannot write to a directory mode
// 0555: in-process (stopped at once, see vwnwStopped) when the tests do
// not run as root, else the binary under setpriv as nobody. It skips the
// test when it is root and cannot drop privileges.
func asNobody(t *testing.T) (string, func(args ...string) (string, int)) {
	t.Helper()
	dir, err := os.MkdirTemp("", "vwnw-nobody")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() != 0 {
		return dir, func(args ...string) (string, int) { return vwnwStopped(t, dir, args...) }
	}
	setpriv, err := exec.LookPath("setpriv")
	if err != nil {
		t.Skip("root without setpriv: cannot test an unwritable directory")
	}
	bin := filepath.Join(dir, "vwnw")
	if err := copyFile(binary(t), bin); err != nil {
		t.Fatal(err)
	}
	return dir, func(args ...string) (string, int) {
		cmd := exec.Command(setpriv, append([]string{"--reuid=65534", "--regid=65534", "--clear-groups", bin}, args...)...)
		cmd.Dir = dir
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		var exit *exec.ExitError
		if err != nil && !errors.As(err, &exit) {
			t.Fatal(err)
		}
		return stderr.String(), cmd.ProcessState.ExitCode()
	}
}

func copyFile(from, to string) error {
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	if err != nil {
		return err
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		return err
	}
	return dst.Close()
}

// TestUnwritableOut: an --out, report -o or calibrate --write that cannot
// be written is refused naming the flag, exit 2, before the simulation
// (not after it, with a temporary file's name).
func TestUnwritableOut(t *testing.T) {
	dir, vw := asNobody(t)
	if err := os.Mkdir(filepath.Join(dir, "ro"), 0o555); err != nil {
		t.Fatal(err)
	}
	fit := []string{"calibrate", "--observed", "pilot", "intensive_coaching", "--fit", "interventions.coaching.job_finding_hr", "--iterations", "2000"}
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"compare", []string{"compare", "--iterations", "2000", "--out", "ro"}, "--out ro: cannot write into ro (permission denied); choose a directory you can write to"},
		{"compare, a new directory", []string{"compare", "--iterations", "2000", "--out", "ro/new/sub"}, "--out ro/new/sub: cannot write into ro (permission denied)"},
		{"a shard", []string{"compare", "--iterations", "2000", "--shard", "1/2", "--out", "ro"}, "--out ro: cannot write into ro (permission denied)"},
		{"sensitivity", []string{"sensitivity", "intensive_coaching", "--iterations", "200", "--out", "ro"}, "--out ro: cannot write into ro (permission denied)"},
		{"merge", []string{"merge", "shard.parquet", "--out", "ro"}, "--out ro: cannot write into ro (permission denied)"},
		{"calibrate --write", append(fit, "--write", "ro/x.toml"), "--write ro/x.toml: cannot write into ro (permission denied)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			stderr, code := vw(c.args...)
			if code != 2 || !strings.Contains(stderr, c.want) {
				t.Errorf("exit %d, stderr %q; want exit 2 saying %q", code, stderr, c.want)
			}
		})
	}
}

// TestOutCheckedFirst: report -o DIR and calibrate --write into a missing
// directory, or onto a file that exists, are refused with exit 2 before
// any work (a stopped run would say "interrupted"), and the file that
// exists is left as it was.
func TestOutCheckedFirst(t *testing.T) {
	dir := t.TempDir()
	results := filepath.Join(dir, "out", "results.json")
	if _, stderr, code := vwnw(t, "compare", "--iterations", "3", "--out", filepath.Join(dir, "out")); code != 0 {
		t.Fatalf("compare: exit %d: %s", code, stderr)
	}
	if err := os.WriteFile(filepath.Join(dir, "mine.toml"), []byte("# mine\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	fit := []string{"calibrate", "--observed", "pilot", "intensive_coaching", "--fit", "interventions.coaching.job_finding_hr", "--iterations", "50"}
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"report -o a directory", []string{"report", results, "-o", "out"}, "-o out is a directory; name a file to write, e.g. out/report.html"},
		{"report -o in a missing directory", []string{"report", results, "-o", "nodir/r.html"}, "-o nodir/r.html: the directory nodir does not exist"},
		{"calibrate --write in a missing directory", append(fit, "--write", "nodir/x.toml"), "--write nodir/x.toml: the directory nodir does not exist"},
		{"calibrate --write onto a file", append(fit, "--write", "mine.toml"), "--write mine.toml already exists; choose another name or remove it"},
	} {
		t.Run(c.name, func(t *testing.T) {
			stderr, code := vwnwStopped(t, dir, c.args...)
			if code != 2 || !strings.Contains(stderr, c.want) {
				t.Errorf("exit %d, stderr %q; want exit 2 saying %q", code, stderr, c.want)
			}
		})
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "mine.toml")); string(data) != "# mine\n" {
		t.Errorf("mine.toml now holds %q", data)
	}
}

// TestStoppedShardLeavesNoDirectory: a compare or sensitivity --shard
// stopped before it wrote its file removes the --out directory it made,
// its parents too, but not a directory that was there before.
func TestStoppedShardLeavesNoDirectory(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name string
		args []string
	}{
		{"compare", []string{"compare", "--iterations", "200", "--shard", "1/2"}},
		{"sensitivity", []string{"sensitivity", "intensive_coaching", "--iterations", "200", "--shard", "1/2"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			stderr, code := vwnwStopped(t, dir, append(c.args, "--out", "made/sub")...)
			if code != 1 || !strings.Contains(stderr, "interrupted; nothing written") {
				t.Fatalf("exit %d, stderr %q; want it stopped", code, stderr)
			}
			if _, err := os.Stat(filepath.Join(dir, "made")); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("the directory it made is still there (%v)", err)
			}
			if err := os.Mkdir(filepath.Join(dir, "there"), 0o755); err != nil && !os.IsExist(err) {
				t.Fatal(err)
			}
			vwnwStopped(t, dir, append(c.args, "--out", "there")...)
			if _, err := os.Stat(filepath.Join(dir, "there")); err != nil {
				t.Errorf("a directory that was there before is gone: %v", err)
			}
		})
	}
}

// TestOutFileNotRegular: an --out whose results.json (or another output)
// is a named pipe is refused before the run, exit 2, and the pipe is left
// as it was.
func TestOutFileNotRegular(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "results.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	stderr, code := vwnwStopped(t, "", "compare", "--iterations", "3", "--out", dir)
	if code != 2 || !strings.Contains(stderr, "named pipe") || strings.Contains(stderr, "interrupted") {
		t.Errorf("exit %d, stderr %q; want exit 2 naming the pipe, before the run", code, stderr)
	}
	if info, err := os.Lstat(fifo); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the pipe was not left as it was: %v, %v", info, err)
	}
}

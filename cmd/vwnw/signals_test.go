//go:build linux

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// startLong starts a compare that runs for tens of seconds, writing into
// out, and waits until it simulates.
func startLong(t *testing.T, out string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(binary(t), "compare", "intensive_coaching", "--iterations", "100000", "--out", out)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(700 * time.Millisecond)
	return cmd, &stderr
}

// TestHostileSignals stops a run with SIGINT and with SIGTERM: each must
// exit 1 saying nothing was written, within a second, and leave nothing in
// --out, not even a temporary file.
func TestHostileSignals(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary")
	}
	for name, sig := range map[string]os.Signal{"SIGINT": os.Interrupt, "SIGTERM": syscall.SIGTERM} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			out := filepath.Join(t.TempDir(), "out")
			cmd, stderr := startLong(t, out)
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			var problems []string
			select {
			case <-done:
			case <-time.After(3 * time.Second):
				cmd.Process.Kill()
				<-done
				problems = append(problems, "still running 3 s after the signal")
			}
			if code := cmd.ProcessState.ExitCode(); code != 1 || !strings.Contains(stderr.String(), "interrupted; nothing written") {
				problems = append(problems, fmt.Sprintf("exit code %d, stderr %q; want 1 and \"interrupted; nothing written\"", code, shorten(stderr.String())))
			}
			if entries, _ := os.ReadDir(out); len(entries) > 0 {
				problems = append(problems, fmt.Sprintf("--out holds %d files", len(entries)))
			}
			reportKnown(t, "", problems)
		})
	}
}

// TestHostileMixedSets makes the last file of an --out set impossible to
// write (report.html is a directory): the old results.json and
// results.csv must stay as they were, and no temporary file may remain.
func TestHostileMixedSets(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary")
	}
	out := t.TempDir()
	old := map[string]string{"results.json": "old json\n", "results.csv": "old csv\n"}
	for n, text := range old {
		if err := os.WriteFile(filepath.Join(out, n), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(out, "report.html"), 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(binary(t), "compare", "intensive_coaching", "--iterations", "20", "--out", out)
	msg, _ := cmd.CombinedOutput()
	var problems []string
	if cmd.ProcessState.ExitCode() == 0 {
		problems = append(problems, "exit code 0 although report.html cannot be written")
	}
	for n, text := range old {
		if b, _ := os.ReadFile(filepath.Join(out, n)); string(b) != text {
			problems = append(problems, n+" was replaced: a new set mixed with an old one")
		}
	}
	problems = append(problems, leftovers(out, 0)...)
	if len(problems) > 0 {
		problems = append(problems, "output: "+shorten(string(msg)))
	}
	reportKnown(t, "", problems)
}

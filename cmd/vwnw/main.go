// Command vwnw is a social cost-benefit analysis (MKBA) of job-to-job ("van
// werk naar werk") arrangements for workers threatened with redundancy: it
// simulates cohorts month by month under scenarios and says, with
// uncertainty, who gains and who pays.
//
// Exit codes: 0 success, 1 failure while running, 2 invalid input or usage.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

// version is set at build time with -ldflags "-X main.version=…"; otherwise
// it comes from the module's build information.
var version = ""

func main() {
	// SIGTERM (kill, a container stopping) is handled like Ctrl-C: the run
	// stops and writes nothing, instead of dying with temporary files.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes the command line args and returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRoot(stdout, stderr)
	root.SetArgs(args)
	root.SetIn(stdin)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	if ctx.Err() != nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
		// Stopped (Ctrl-C): files are written only after a run finishes,
		// each to a temporary name first, so none was written.
		fmt.Fprintln(stderr, "vwnw: interrupted; nothing written")
		return 1
	}
	fmt.Fprintln(stderr, "vwnw: "+indent(err.Error()))
	var f *failure
	if errors.As(err, &f) || errors.Is(err, context.Canceled) {
		return 1
	}
	return 2
}

// failure marks an error that happened while running (exit code 1), as
// opposed to invalid input or usage (exit code 2).
type failure struct{ err error }

func (f *failure) Error() string { return f.err.Error() }
func (f *failure) Unwrap() error { return f.err }

func fail(err error) error {
	if err == nil {
		return nil
	}
	return &failure{err}
}

// indent puts continuation lines of a multi-line message under the first.
func indent(s string) string {
	out := []byte{}
	for i := 0; i < len(s); i++ {
		out = append(out, s[i])
		if s[i] == '\n' && i+1 < len(s) {
			out = append(out, "  "...)
		}
	}
	return string(out)
}

func buildVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "0.1.0-dev"
}

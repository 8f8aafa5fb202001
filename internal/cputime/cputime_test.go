package cputime_test

import (
	"runtime"
	"testing"
	"time"

	"github.com/vwnw/vwnw/internal/cputime"
)

// TestUsedGrows: spinning for a while uses processor time, which Used
// sees (on unix; elsewhere it reports none).
func TestUsedGrows(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no processor time on", runtime.GOOS)
	}
	start := cputime.Used()
	x := 0.0
	for deadline := time.Now().Add(50 * time.Millisecond); time.Now().Before(deadline); {
		x += 1
	}
	if used := cputime.Used() - start; used < 10*time.Millisecond {
		t.Errorf("50 ms of spinning used %v of processor time (x = %v)", used, x)
	}
}

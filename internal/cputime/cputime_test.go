package cputime_test

import (
	"runtime"
	"testing"
	"time"

	"github.com/vwnw/vwnw/internal/cputime"
)

// TestUsedGrows: spinning uses processor time, which Used sees (on unix;
// elsewhere it reports none). The spin goes on until Used has grown by
// 20 ms, so that a busy machine, which gives the test less of each second,
// only makes it take longer; it fails when Used has not grown so much
// after 10 s of the clock.
func TestUsedGrows(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no processor time on", runtime.GOOS)
	}
	start := cputime.Used()
	x := 0.0
	for deadline := time.Now().Add(10 * time.Second); cputime.Used()-start < 20*time.Millisecond; x++ {
		if time.Now().After(deadline) {
			t.Fatalf("10 s of spinning used %v of processor time (x = %v)", cputime.Used()-start, x)
		}
	}
}

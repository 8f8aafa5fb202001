package main

import (
	"strings"
	"testing"
)

// TestHorizonShorterThanService: run warns when the horizon is shorter than
// the coaching service it charges by capacity, and not at the default.
func TestHorizonShorterThanService(t *testing.T) {
	const warning = "longer than the horizon of 3"
	_, stderr, code := vwnw(t, "run", "intensive_coaching", "--iterations", "2", "--horizon", "3")
	if code != 0 || !strings.Contains(stderr, warning) {
		t.Errorf("--horizon 3: exit %d, stderr %q; want exit 0 and the warning", code, stderr)
	}
	_, stderr, code = vwnw(t, "run", "intensive_coaching", "--iterations", "2")
	if code != 0 || strings.Contains(stderr, "longer than the horizon") {
		t.Errorf("default horizon: exit %d, stderr %q; want no warning", code, stderr)
	}
}

package main

import (
	"strings"
	"testing"
)

// TestWorkBoundHint: a run refused as too long names only the ways to less
// work that its command has: calibrate has neither --cohort-size nor
// --horizon.
func TestWorkBoundHint(t *testing.T) {
	tests := []struct {
		name      string
		args      []string
		want, not []string
	}{
		{"calibrate of one key", []string{"calibrate", "intensive_coaching", "--observed", "pilot", "--fit", "interventions.coaching.job_finding_hr", "--iterations", "1000000"},
			[]string{"--allow-long", "fewer --iterations"}, []string{"--cohort-size", "--horizon", "--fit keys"}},
		{"calibrate of two keys", []string{"calibrate", "intensive_coaching", "--observed", "pilot", "--fit", "interventions.coaching.job_finding_hr,hazards.job_finding", "--iterations", "1000000"},
			[]string{"fewer --iterations or fewer --fit keys"}, []string{"--cohort-size", "--horizon"}},
		{"compare", []string{"compare", "--iterations", "1000000", "--cohort-size", "1000000"},
			[]string{"fewer --iterations, a smaller --cohort-size or a shorter --horizon"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := vwnw(t, tt.args...)
			if code != 2 {
				t.Fatalf("exit code %d, want 2; stderr: %s", code, stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr %q does not contain %q", stderr, w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(stderr, n) {
					t.Errorf("stderr %q names %q, which %s does not take", stderr, n, tt.args[0])
				}
			}
		})
	}
}
